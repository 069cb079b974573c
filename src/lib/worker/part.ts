/**
 * One segment of a file, parsed apart from the rest (`parallel.ts`): in a parse worker of its own
 * (`parse.worker.ts`), or in the analysis worker itself when it is free before the segments
 * ahead of it are merged. A segment runs from a cut to the next cut (or the end); a cut is where
 * a part may start: the first row after a line feed that depends on no row above it, found from
 * a small window of bytes (`findCut`) before any segment is parsed. The part's chunks are
 * transferred with it (`core/csv/parts.ts`).
 */
import type { LineChunk } from '$lib/core/columns';
import { columnBuffer, columnsOf, type StoredLineChunk } from '$lib/core/stored-columns';
import { DATABASE_NAME } from '$lib/db/name';
import type { ChunkRecord } from '$lib/db/schema';
import { putRecords } from './put';
import { createPartImporter, importBytes, type ImportOptions } from '$lib/core/csv/importer';
import { afterLineFeeds, partStart, type ImportPart } from '$lib/core/csv/parts';
import { slicesOf } from './slices';

/** Bytes after a point within which its cut must lie (else there is no cut there). */
export const CUT_WINDOW_BYTES = 64 * 1024;

/** The segment `index` of `file`: bytes [from, to), `from` a cut. */
export interface PartJob {
	file: Blob;
	index: number;
	from: number;
	to: number;
	options: ImportOptions;
	/** The file's header, as the analysis worker's importer reads it. */
	header: string[];
}

/** Bytes to parse and forget, before any segment (`warmPartWorker` in `parallel.ts`, `warmUp`). */
export interface WarmJob {
	warm: Uint8Array;
	options: ImportOptions;
}

/**
 * A warm-up's passes over the sniffed bytes, and the time it may take at most. One pass left the
 * importer's per-row functions to V8's optimising compiler at the import's start, in both workers
 * at once: 0.7–0.8 s of TurboFan in the first 300 ms of a 1M-line import, on the two cores the
 * parsers needed; after 20 passes, 0.2 s (issue 18, eleventh session). A pass over the half
 * megabyte takes 10–40 ms.
 */
const WARM_PASSES = 20;
const WARM_MILLIS = 400;

/** Counts warm-ups begun and stopped: a warm-up goes on while the count is its own. */
let warming = 0;

/** Stop the warm-up under way after its current pass: an import has started (`importFile`, a part). */
export function stopWarming(): void {
	warming++;
}

/**
 * Parse a `WarmJob`'s bytes for nothing but the compiled code it leaves, pass after pass, each in
 * a task of its own, until `WARM_PASSES` or `WARM_MILLIS`, or until an import starts
 * (`stopWarming`): an import never waits for more than one pass. `done`: passes the caller made
 * already (the preview's dry run); the next then waits for a task of its own too. The warm-up is
 * under way from the call, so a `stopWarming` before its first pass stops it. Errors are the
 * import's business.
 */
export async function warmUp(
	job: WarmJob,
	parse: (bytes: Uint8Array, options: ImportOptions) => unknown = importBytes,
	done = 0
): Promise<void> {
	const run = ++warming;
	const t0 = performance.now();
	for (let pass = done; pass < WARM_PASSES && performance.now() - t0 < WARM_MILLIS; pass++) {
		if (pass > 0) await new Promise((next) => setTimeout(next));
		if (warming !== run) return;
		try {
			parse(job.warm, job.options);
		} catch {
			return; // the real import reports whatever is wrong with these bytes or options
		}
	}
}

/**
 * Chunk records a parse worker writes to IndexedDB for the import, once it has no segment left
 * to parse (`IdleWriters` in `parallel.ts`): its core is free, the analysis worker's is not.
 */
export interface WriteJob {
	write: number;
	records: ChunkRecord[];
}

/** A parse worker's answer to a `WriteJob`: committed, or the IndexedDB error's name and message. */
export type WriteMessage =
	| { type: 'written'; write: number }
	| { type: 'write-failed'; write: number; name: string; message: string };

/** This worker's connection to the database (no Dexie here: it would triple the worker's code). */
let database: Promise<IDBDatabase> | null = null;

export function openDatabase(): Promise<IDBDatabase> {
	database ??= new Promise<IDBDatabase>((resolve, reject) => {
		// No version: the analysis worker has opened (and upgraded) it before any import.
		const request = indexedDB.open(DATABASE_NAME);
		request.onsuccess = () => {
			// Another tab's upgrade must not wait for this connection.
			request.result.onversionchange = () => {
				request.result.close();
				database = null;
			};
			resolve(request.result);
		};
		request.onerror = () => {
			database = null;
			reject(request.error ?? new Error('indexedDB.open failed'));
		};
	});
	return database;
}

/** Write a job's records in one transaction (the worker's own connection to the database). */
export async function writeRecords(job: WriteJob): Promise<WriteMessage> {
	try {
		await putRecords(await openDatabase(), job.records);
		return { type: 'written', write: job.write };
	} catch (error) {
		const { name, message } = error instanceof Error ? error : new Error(String(error));
		return { type: 'write-failed', write: job.write, name, message };
	}
}

export type PartMessage =
	/** Bytes of segment `index` read so far, and its rows. */
	| { type: 'progress'; index: number; bytes: number; rows: number }
	/**
	 * The part of segment `index`, null when no row could start it; `boundary`: its bytes end
	 * on a record boundary (a quoted field may hold the line feed before the next cut).
	 */
	| { type: 'part'; index: number; part: ImportPart | null; boundary: boolean }
	/** The segment could not be parsed (the analysis worker reads it itself). */
	| { type: 'error'; index: number; message: string };

/** Bytes after a point read first for its cut (most rows are independent: a few lines do). */
const CUT_FIRST_BYTES = 4 * 1024;

/**
 * The cut at or after `point`: the offset of the first independent row after a line feed within
 * `CUT_WINDOW_BYTES` (looked for in the first `CUT_FIRST_BYTES`, then in all), as a throwaway
 * part importer reads them; null when there is none, or when it starts with a byte order mark (a
 * part's decoder would drop it). Whether the bytes before it end on a record boundary there is
 * checked when they are parsed.
 */
export async function findCut(
	file: Blob,
	point: number,
	options: ImportOptions,
	header: string[]
): Promise<number | null> {
	for (let size = CUT_FIRST_BYTES; ; size = CUT_WINDOW_BYTES) {
		const end = Math.min(point + size, file.size);
		const window = new Uint8Array(await file.slice(point, end).arrayBuffer());
		const at = cutIn(window, end === file.size, options, header);
		if (at !== null || size === CUT_WINDOW_BYTES || end === file.size) {
			return at === null || point + at >= file.size ? null : point + at;
		}
	}
}

/** `findCut` in the bytes of a window (`last`: the file ends with them), relative to it. */
function cutIn(
	window: Uint8Array,
	last: boolean,
	options: ImportOptions,
	header: string[]
): number | null {
	const start = partStart(window, options.encoding);
	if (start < 0) return null;
	const importer = createPartImporter(options, header);
	const bytes = window.subarray(start);
	importer.push(bytes);
	// A file that ends in the window may only show its part's first row at the end.
	const feeds =
		importer.leadingLineFeeds ?? (last ? (importer.finishPart()?.leadingLineFeeds ?? null) : null);
	if (feeds === null) return null;
	const at = start + afterLineFeeds(bytes, feeds);
	const bom =
		options.encoding === 'utf-8' &&
		window[at] === 0xef &&
		window[at + 1] === 0xbb &&
		window[at + 2] === 0xbf;
	return bom ? null : at;
}

/**
 * Parse segment `job.index` into a part: its bytes in slices, `post` getting its progress, then
 * the part or the error (always last).
 */
export async function parsePart(
	job: PartJob,
	post: (message: PartMessage, transfer?: Transferable[]) => void
): Promise<void> {
	const { file, from, to, index } = job;
	try {
		const importer = createPartImporter(job.options, job.header);
		const chunks: LineChunk[] = [];
		let offset = from;
		for await (const buffer of slicesOf(file, from, to)) {
			offset += buffer.byteLength;
			chunks.push(...importer.push(new Uint8Array(buffer)));
			post({ type: 'progress', index, bytes: offset - from, rows: importer.progress.rows });
		}
		const boundary = to === file.size || importer.atRecordBoundary();
		const part = importer.finishPart();
		if (part !== null) part.built.chunks = [...chunks, ...part.built.chunks];
		post({ type: 'part', index, part, boundary }, part ? chunkBuffers(part.built.chunks) : []);
	} catch (error) {
		post({ type: 'error', index, message: String(error) });
	}
}

/** The buffers of line chunks or chunk records, to transfer rather than copy. */
export function chunkBuffers(chunks: readonly StoredLineChunk[]): ArrayBuffer[] {
	return chunks.flatMap((chunk) =>
		columnsOf(chunk).map((column) => columnBuffer(column) as ArrayBuffer)
	);
}
