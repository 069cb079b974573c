// The floors under an import (issue 18): what reading, decoding and storing alone cost, with no
// parsing. `{ file, from, to, decode, piece, store, id }` reads file[from, to) in 4 MB slices as
// Strata's reader does (`file.slice().arrayBuffer()`), counts its line feeds, and with `decode`
// first turns the bytes into text with a streaming UTF-8 TextDecoder, `piece` bytes at a time (0:
// a whole slice; the first step of a parser over strings) and counts them in the text; with
// `store` it puts one record per 65,536 lines into
// IndexedDB as an import stores its chunks: six typed arrays of 19 bytes a line in all (Strata's
// narrow columns measured 19 B/line on the 1M uci file), one write in flight at a time.
'use strict';

const SLICE = 4 * 1024 * 1024;
const CHUNK = 65_536;

self.onmessage = async (event) => {
	try {
		self.postMessage(await run(event.data));
	} catch (error) {
		self.postMessage({ error: String(error) });
	}
};

function open(name) {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(name, 1);
		request.onupgradeneeded = () => request.result.createObjectStore('chunks');
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

function put(db, key, lines) {
	// Values as varied as an import's (snappy would squeeze constant arrays to nothing).
	const record = {
		amount: new Float64Array(lines),
		customer: new Int32Array(lines),
		day: new Uint16Array(lines),
		product: new Uint16Array(lines),
		order: new Uint16Array(lines),
		quantity: new Uint8Array(lines)
	};
	let seed = key * 7919 + 1;
	for (let i = 0; i < lines; i++) {
		seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
		record.amount[i] = (seed % 100_000) / 100;
		record.customer[i] = seed % 100_000;
		record.day[i] = seed % 400;
		record.product[i] = (seed >>> 8) % 4_000;
		record.order[i] = (i / 3) | 0;
		record.quantity[i] = (seed >>> 4) % 24;
	}
	const transaction = db.transaction('chunks', 'readwrite');
	transaction.objectStore('chunks').put(record, key);
	transaction.commit();
	return new Promise((resolve, reject) => {
		transaction.oncomplete = resolve;
		transaction.onabort = () => reject(transaction.error);
	});
}

async function run({ file, from, to, decode, piece, store, id }) {
	const db = store ? await open(`floors-${id}`) : null;
	const decoder = new TextDecoder('utf-8');
	let lines = 0;
	let pending = 0;
	let chunks = 0;
	let writing = Promise.resolve();
	for (let at = from; at < to; at += SLICE) {
		const bytes = new Uint8Array(await file.slice(at, Math.min(to, at + SLICE)).arrayBuffer());
		let count = 0;
		if (decode) {
			const step = piece || bytes.length;
			for (let p = 0; p < bytes.length; p += step) {
				const text = decoder.decode(bytes.subarray(p, p + step), { stream: true });
				for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) count++;
			}
		} else {
			for (let k = bytes.indexOf(10); k >= 0; k = bytes.indexOf(10, k + 1)) count++;
		}
		lines += count;
		pending += count;
		while (db && pending >= CHUNK) {
			pending -= CHUNK;
			await writing;
			writing = put(db, chunks++, CHUNK);
		}
	}
	if (db) {
		await writing;
		if (pending > 0) await put(db, chunks++, pending);
		db.close();
	}
	return { lines };
}

self.postMessage('ready');
