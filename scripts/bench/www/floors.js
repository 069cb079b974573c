// The floors page: runFloors({ decode, piece, store, parts }) times floors.worker.js on the
// chosen file, cut into `parts` equal byte ranges read at once (as Strata's parsers share a file).
'use strict';

const workers = [0, 1].map((k) => new Worker('floors.worker.js', { name: `bench-floors-${k}` }));
window.floorsReady = Promise.all(
	workers.map(
		(worker) =>
			new Promise((resolve) =>
				worker.addEventListener('message', (event) => event.data === 'ready' && resolve(true))
			)
	)
);
window.runFloors = ({ decode, piece, store, parts }) => {
	const file = document.querySelector('#file').files[0];
	if (!file) return Promise.reject(new Error('no file chosen'));
	const started = performance.now();
	const jobs = workers.slice(0, parts).map(
		(worker, k) =>
			new Promise((resolve, reject) => {
				worker.onerror = (event) => reject(new Error(event.message));
				worker.onmessage = (event) =>
					event.data.error ? reject(new Error(event.data.error)) : resolve(event.data);
				const from = Math.floor((file.size * k) / parts);
				const to = Math.floor((file.size * (k + 1)) / parts);
				worker.postMessage({ file, from, to, decode, piece, store, id: k });
			})
	);
	return Promise.all(jobs).then((done) => ({
		seconds: (performance.now() - started) / 1000,
		lines: done.reduce((sum, part) => sum + part.lines, 0)
	}));
};
