/**
 * One import in two parse workers (issue 18): on this 2-core machine the second part of a large
 * file is parsed by a nested worker (`parse.worker.ts`, `part.ts`) while the analysis worker
 * parses the first (a little under half, `FIRST_PART_SHARE`), and the first importer then
 * absorbs the second part (`core/csv/parts.ts`), so the result is exactly that of one importer:
 * same chunks, dictionaries, orders and report.
 *
 * 1. The nested worker starts when a large file is chosen (`preparePartWorker`, from the sniff),
 *    so its module has loaded by the time the import starts; it gets the header (peeked from
 *    the first bytes) and the point `FIRST_PART_SHARE` into the file. It looks for a line feed
 *    after that point and for the first row there that depends on no row above it, and posts
 *    that offset, the cut, before parsing on.
 * 2. The analysis worker parses exactly the bytes before the cut and asks its importer whether
 *    they ended on a record boundary: the line feed found may lie inside a quoted field. If they
 *    did, the part is exact: the scanner carries nothing across a record boundary, even when the
 *    nested worker, having started inside quotes, read the rows before the cut wrongly (those
 *    rows are not its part). If not, or whenever the part cannot be had or merged exactly, the
 *    analysis worker stops the nested one and reads on from the cut itself: the serial import.
 *
 * The first part's chunks are stored as they are parsed (they are final); the second part's come
 * out of the importer's `finish` with the rest, so the import stays all-or-nothing. Appending to
 * a dataset (`append.ts`) stays serial: its files are usually small.
 */
import type { LineChunk } from '$lib/core/columns';
import { createImporter, type Importer, type ImportOptions } from '$lib/core/csv';
import { splitsAtLineFeeds, type ImportPart } from '$lib/core/csv/parts';
import type { ImportProgressEvent } from './import';
import { progressEvent } from './progress';
import { PART_SLICE_BYTES, type PartJob, type PartMessage } from './part';

/**
 * Files from this size on are parsed in two parts. Below it the nested worker's start (tens of
 * milliseconds to load its module) and the merge cost about what the second core saves: 8 MB is
 * some 100,000 lines, about 0.1 s of parsing.
 */
export const PARALLEL_FROM_BYTES = 8 * 1024 * 1024;

/** A part parser: the nested worker, or in Node tests the same code in-process. */
export interface PartParser {
	/** Parse the part of `job`; `onMessage` gets its messages (`cut` first). */
	start(job: PartJob, onMessage: (message: PartMessage) => void): void;
	/** Stop it (its messages are no longer wanted). */
	stop(): void;
}

/** The nested parse worker (Vite bundles it only from this literal `new URL(…)` form). */
export function partWorker(): PartParser {
	const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), {
		type: 'module',
		name: 'strata-parse'
	});
	return {
		start(job, onMessage) {
			worker.onmessage = (event: MessageEvent<PartMessage>) => onMessage(event.data);
			worker.onerror = (event) => {
				event.preventDefault();
				onMessage({ type: 'error', message: event.message || 'parse worker failed' });
			};
			worker.postMessage(job);
		},
		stop: () => worker.terminate()
	};
}

/**
 * How imports are split: the parser (none where there are no workers, as in Node) and the size
 * from which a file is split (tests lower it and run the part in-process).
 */
export const partSettings: { parser: (() => PartParser) | null; fromBytes: number } = {
	parser: typeof Worker === 'undefined' ? null : partWorker,
	fromBytes: PARALLEL_FROM_BYTES
};

/** A parse worker started ahead of an import (`preparePartWorker`), not yet used. */
let spare: PartParser | null = null;

/**
 * Start a parse worker when a file this large is chosen (sniffed), so that its module has long
 * loaded when the import starts: started with the import, it took 0.1–0.5 s to run its first
 * line, a third of the whole parse. Kept for the next import if this one does not use it.
 */
export function preparePartWorker(size: number): void {
	if (spare === null && partSettings.parser !== null && size >= partSettings.fromBytes) {
		spare = partSettings.parser();
	}
}

function deferred<T>() {
	let resolve: (value: T) => void = () => undefined;
	const promise = new Promise<T>((done) => (resolve = done));
	return { promise, resolve };
}

/**
 * Feed a file to an importer, in two parts when it is large enough and its encoding allows a
 * cut at any line feed (see above), else slice by slice; `store` gets the completed chunks of the
 * first part as they are parsed. Returns the bytes read.
 */
export async function readInParts(
	file: Blob,
	importer: Importer,
	store: (chunks: LineChunk[]) => Promise<void>,
	onProgress: (event: ImportProgressEvent) => void,
	t0: number
): Promise<number> {
	const reader: Reader = {
		done: 0,
		partBytes: 0,
		partRows: 0,
		progress() {
			const bytesDone = reader.done + reader.partBytes;
			const rows = importer.progress.rows + reader.partRows;
			onProgress(progressEvent(bytesDone, file.size, rows, t0));
		},
		async read(from, to) {
			const slice = (at: number) =>
				file.slice(at, Math.min(at + PART_SLICE_BYTES, to)).arrayBuffer();
			let next = from < to ? slice(from) : null;
			for (let offset = from; next;) {
				const buffer: ArrayBuffer = await next;
				offset = Math.min(offset + PART_SLICE_BYTES, to);
				next = offset < to ? slice(offset) : null;
				await store(importer.push(new Uint8Array(buffer)));
				reader.done += buffer.byteLength;
				reader.progress();
			}
		}
	};
	const { options } = importer;
	const { parser, fromBytes } = partSettings;
	const split =
		parser !== null &&
		file.size >= fromBytes &&
		splitsAtLineFeeds(options.encoding) &&
		options.source === undefined;
	if (!split) {
		await reader.read(0, file.size);
		return reader.done;
	}
	const running = spare ?? parser();
	spare = null;
	try {
		await readSplit(file, importer, running, reader);
		return file.size;
	} finally {
		// Also when the import fails half-way (a refused write): the part is no longer wanted.
		running.stop();
	}
}

/**
 * The share of the file's bytes parsed by the analysis worker: a little under half, because it
 * also stores its chunks as it parses (and collects their garbage). Timed with temporary logs
 * (when its part was parsed against when the part arrived, bench shop file, load 3–6): cut in
 * the middle, the parse worker sat idle 0.4–1.0 s at 10M lines (three runs) and ~35 ms at 1M
 * (median of eight, ±70 ms of noise); at 0.46 the analysis worker idled 0.7–0.9 s at 10M; at
 * 0.48 the gap was 0.2 s at 10M and under 20 ms on both 1M bench shapes.
 */
export const FIRST_PART_SHARE = 0.48;

/** Bytes enough for any sane header (a longer one: the import is not split). */
const HEADER_BYTES = 64 * 1024;

/**
 * The header as the importer will read it, from the file's first bytes by an importer of their
 * own, so that the part can start before the first slice is parsed; null when it is not within
 * them or the importer refuses them (the real import then says why).
 */
async function peekHeader(file: Blob, options: ImportOptions): Promise<string[] | null> {
	const peek = createImporter(options);
	try {
		peek.push(new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer()));
	} catch {
		return null;
	}
	return peek.headerRow;
}

/** How `readInParts` reads the first part, and the progress of both. */
interface Reader {
	/** Bytes pushed into the importer. */
	done: number;
	/** Bytes and rows of the part so far (as it posted them). */
	partBytes: number;
	partRows: number;
	progress(): void;
	/** Push bytes [from, to) in slices, reading the next while the current one is parsed. */
	read(from: number, to: number): Promise<void>;
}

/** `readInParts` with a part parser running: the whole file ends up in `importer`. */
async function readSplit(
	file: Blob,
	importer: Importer,
	running: PartParser,
	reader: Reader
): Promise<void> {
	const point = Math.floor(file.size * FIRST_PART_SHARE);
	const header = await peekHeader(file, importer.options);
	if (header === null) return reader.read(0, file.size);
	const cut = deferred<number | null>();
	const part = deferred<ImportPart | null>();
	running.start({ file, from: point, options: importer.options, header }, (message) => {
		if (message.type === 'cut') cut.resolve(message.at);
		else if (message.type === 'progress') {
			reader.partBytes = message.bytes;
			reader.partRows = message.rows;
		} else if (message.type === 'part') part.resolve(message.part);
		if (message.type === 'error' || (message.type === 'cut' && message.at === null)) {
			cut.resolve(null);
			part.resolve(null);
		}
	});
	await reader.read(0, point);
	const at = await cut.promise;
	if (at === null) return reader.read(point, file.size);
	await reader.read(point, at);
	const exact =
		importer.atRecordBoundary() && importer.headerRow?.join('\u0000') === header.join('\u0000');
	const theirs = exact ? await part.promise : null;
	running.stop();
	reader.partBytes = 0;
	reader.partRows = 0;
	if (theirs === null || !importer.absorb(theirs)) return reader.read(at, file.size);
	reader.done = file.size;
	reader.progress();
}
