// The floor: the least work any browser import must do. Read the File in slices, decode them
// with one streaming TextDecoder and hand whole lines to Papa.parse; keep nothing.
'use strict';

importScripts('/node_modules/papaparse/papaparse.min.js');

/** Bytes read per slice; papaparse's own default chunk for local files is 10 MB. */
const SLICE = 8 * 1024 * 1024;

self.onmessage = async (event) => {
	try {
		self.postMessage(await parse(event.data));
	} catch (error) {
		self.postMessage({ error: String(error) });
	}
};

async function parse(file) {
	const decoder = new TextDecoder();
	let carry = '';
	let rows = 0;
	let next = file.slice(0, SLICE).arrayBuffer();
	for (let start = 0; start < file.size; start += SLICE) {
		const bytes = await next;
		const last = start + SLICE >= file.size;
		// Read the next slice while this one is parsed.
		if (!last) next = file.slice(start + SLICE, start + 2 * SLICE).arrayBuffer();
		const text = carry + decoder.decode(bytes, { stream: !last });
		// A slice ends mid-line: parse up to its last newline, carry the rest into the next one.
		const cut = last ? text.length : text.lastIndexOf('\n');
		if (cut < 0) {
			carry = text;
			continue;
		}
		carry = last ? '' : text.slice(cut + 1);
		const lines = text.slice(0, cut).replace(/\r?\n$/, '');
		if (lines) rows += Papa.parse(lines, { header: false }).data.length;
	}
	// The first row is the header.
	return { rows: Math.max(0, rows - 1), bytes: file.size };
}

self.postMessage('ready');
