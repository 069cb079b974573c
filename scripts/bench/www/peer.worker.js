// DuckDB's own 'eh' worker, wrapped only to learn the size of its WebAssembly memory: the CDP
// heap figures leave wasm memory out, and since it never shrinks, its final size is its peak.
'use strict';

const memories = new Set();
const OriginalMemory = WebAssembly.Memory;
WebAssembly.Memory = class extends OriginalMemory {
	constructor(descriptor) {
		super(descriptor);
		memories.add(this);
	}
};
for (const name of ['instantiate', 'instantiateStreaming']) {
	const original = WebAssembly[name];
	WebAssembly[name] = (...args) =>
		original(...args).then((result) => {
			const exports = (result.instance ?? result).exports ?? {};
			for (const value of Object.values(exports))
				if (value instanceof OriginalMemory) memories.add(value);
			return result;
		});
}

// Asked through a MessagePort of its own, so DuckDB's message handlers never see the question.
self.addEventListener('message', (event) => {
	if (!(event.data && event.data.benchWasmBytes instanceof MessagePort)) return;
	event.stopImmediatePropagation();
	let bytes = 0;
	for (const memory of memories) bytes += memory.buffer.byteLength;
	event.data.benchWasmBytes.postMessage(bytes);
});

importScripts('/node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js');
