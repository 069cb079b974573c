// The floor page: starts the parsing worker at load, so its start-up is not measured, and
// exposes runFloor() for the harness, which times one parse of the chosen file from the page.
'use strict';

const worker = new Worker('floor.worker.js', { name: 'bench-floor' });

window.floorReady = new Promise((resolve) => {
	worker.addEventListener('message', (event) => event.data === 'ready' && resolve(true));
});

window.runFloor = () =>
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
