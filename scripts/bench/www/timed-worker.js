// A page that times one job of a Web Worker on the chosen file: the worker starts at load, so
// its start-up is not measured; `timedWorker(url, name)` returns { ready, run } for the harness.
'use strict';

window.timedWorker = (url, name) => {
	const worker = new Worker(url, { name });
	const ready = new Promise((resolve) => {
		worker.addEventListener('message', (event) => event.data === 'ready' && resolve(true));
	});
	const run = () =>
		new Promise((resolve, reject) => {
			const file = document.querySelector('#file').files[0];
			if (!file) return reject(new Error('no file chosen'));
			const started = performance.now();
			worker.onerror = (event) => reject(new Error(event.message));
			worker.onmessage = (event) => {
				if (event.data.error) return reject(new Error(event.data.error));
				resolve({ ...event.data, seconds: (performance.now() - started) / 1000 });
			};
			worker.postMessage(file);
		});
	return { ready, run };
};
