/**
 * Reading a file in slices for a parser (the analysis worker's and the parse workers'), each next
 * slice read while the current one is parsed. No Dexie here: the parse worker imports it.
 */
import type { LineChunk } from '$lib/core/columns';
import type { Importer } from '$lib/core/csv';
import type { ImportProgressEvent } from './import';
import { progressEvent } from './progress';

/** Bytes read at a time once a read is under way. */
export const SLICE_BYTES = 4 * 1024 * 1024;

/**
 * The first slice's bytes. A 4 MB first read took ~50 ms before any parsing could start (1M
 * lines, two parsers reading at once, issue 18); a small one starts the parse at once, and each
 * next slice, twice the size of the one before, is read while that one is parsed: reading runs
 * several times faster than parsing, so the parser does not wait for it.
 */
export const FIRST_SLICE_BYTES = 512 * 1024;

/**
 * The bytes of `file[from, to)` in slices of `FIRST_SLICE_BYTES`, then doubling up to
 * `SLICE_BYTES`; the next slice is already being read when one is handed out.
 * @example for await (const bytes of slicesOf(file, 0, file.size)) importer.push(new Uint8Array(bytes));
 */
export async function* slicesOf(
	file: Blob,
	from: number,
	to: number,
	first = FIRST_SLICE_BYTES
): AsyncGenerator<ArrayBuffer, void, undefined> {
	let at = from;
	let size = Math.max(1, Math.min(first, SLICE_BYTES));
	const read = (): Promise<ArrayBuffer> => {
		const end = Math.min(at + size, to);
		const bytes = file.slice(at, end).arrayBuffer();
		// Awaited below; a read left behind when the caller stops must not be an unhandled rejection.
		bytes.catch(() => undefined);
		at = end;
		size = Math.min(size * 2, SLICE_BYTES);
		return bytes;
	};
	let next = at < to ? read() : null;
	while (next) {
		const bytes = await next;
		next = at < to ? read() : null;
		yield bytes;
	}
}

/**
 * Feed a file to an importer slice by slice, reading the next slice while the current one is
 * parsed; `store` gets the completed chunks of each slice. Returns the bytes read.
 */
export async function readInto(
	file: Blob,
	importer: Importer,
	store: (chunks: LineChunk[]) => Promise<void>,
	onProgress: (event: ImportProgressEvent) => void,
	t0: number
): Promise<number> {
	let bytesDone = 0;
	for await (const buffer of slicesOf(file, 0, file.size)) {
		await store(importer.push(new Uint8Array(buffer)));
		bytesDone += buffer.byteLength;
		onProgress(progressEvent(bytesDone, file.size, importer.progress.rows, t0));
	}
	return bytesDone;
}
