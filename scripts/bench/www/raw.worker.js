// (0) the raw read: what reading the bytes alone costs. Stream the File (`file.stream()`, the
// same chunks an import's reader gets) and count the newline bytes; decode nothing, keep nothing.
'use strict';

self.onmessage = async (event) => {
	try {
		self.postMessage(await read(event.data));
	} catch (error) {
		self.postMessage({ error: String(error) });
	}
};

async function read(file) {
	const reader = file.stream().getReader();
	let lines = 0;
	let last = 10;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		let at = value.indexOf(10);
		while (at >= 0) {
			lines++;
			at = value.indexOf(10, at + 1);
		}
		if (value.length > 0) last = value[value.length - 1];
	}
	// A last line without its newline counts too; the first line is the header.
	if (last !== 10) lines++;
	return { rows: Math.max(0, lines - 1), bytes: file.size };
}

self.postMessage('ready');
