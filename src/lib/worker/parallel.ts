/**
 * One import in several parse workers (issue 18): a large file is cut into segments
 * (`segmentPoints`), the analysis worker reads from the front straight into its importer
 * (storing its chunks as it goes) while parse workers (`parse.worker.ts`, `part.ts`) parse
 * segments from the back, each into a part (`core/csv/parts.ts`), and the importer absorbs the
 * parts strictly in file order, so the result is exactly that of one importer: same chunks,
 * dictionaries, orders and report.
 *
 * 1. Up to `partSettings.parsers` parsers (the analysis worker among them): up to four, as many
 *    as the machine has cores. One parse worker starts when a large file is chosen
 *    (`preparePartWorker`, from the sniff), so its module has loaded by the time the import
 *    starts; the others start with the import.
 * 2. Before any segment is parsed, the header is peeked from the first bytes and each point of
 *    `segmentPoints` is turned into a cut (`findCut`): the first row after a line feed there that
 *    depends on no row above it. The analysis worker's segment comes first, the parse workers'
 *    last, and up to eight smaller ones lie between them. Two parsers get one cut at 48 % and no
 *    middle: on a 2-core machine the middle's parts cost more than the balance they bring.
 * 3. Each parse worker takes the last segment not handed out (its own large one first), and the
 *    one before it when less than two slices of its own are left and two are still to be had
 *    (`supply`: it need not wait for the busy analysis worker to hear that it is done, and the
 *    last segment goes to whoever is free first). The
 *    analysis worker reads on from the front, segment after segment straight into its importer,
 *    until none is left; then it absorbs the parts in file order. So the parsers meet wherever
 *    their speeds bring them, no parser waits for the others longer than a small segment takes,
 *    and only the parse workers' lines are absorbed (each part absorbed costs a merge of its own
 *    dictionaries).
 * 4. A part is absorbed only when it is exact: the bytes before it ended on a record boundary
 *    (a cut's line feed may lie inside a quoted field, where the part's parser read rows that are
 *    not rows), it started with the row at its cut, its own bytes ended on a record boundary,
 *    and the importer could merge it. Any other segment (a part that failed, a worker that died)
 *    the analysis worker reads itself, in order: the serial import from there, with further parts
 *    absorbed again once a segment ends on a record boundary.
 *
 * 5. A parse worker with no segment left is lent to the import (`IdleWriters`): it writes chunk
 *    records to IndexedDB (copies of their arrays, transferred), which costs the thread that puts
 *    them about a tenth of the import's CPU, while the analysis worker absorbs, finishes and
 *    takes the first figures.
 *
 * The parts' chunks come out of the importer with the rest (at its next `push` or `finish`), so
 * the import stays all-or-nothing. The parse workers' parts wait until the analysis worker has
 * read up to them, as the one part did with one cut at 48 %: they hold about as many lines.
 * UTF-16 files, and appends to a dataset (`append.ts`, usually small), are read serially.
 */
import type { LineChunk } from '$lib/core/columns';
import { createImporter, type Importer, type ImportOptions } from '$lib/core/csv';
import { segmentPoints, splitsAtLineFeeds, type ImportPart } from '$lib/core/csv/parts';
import type { ImportProgressEvent } from './import';
import { progressEvent } from './progress';
import { findCut, type PartJob, type PartMessage } from './part';
import { SLICE_BYTES, slicesOf } from './slices';
import { partWorker, type IdleWriters, type PartParser } from './part-parser';

/**
 * Files from this size on are parsed in segments by two parsers (a 2-core machine). Below it one
 * parser is faster: the parse worker's part has to be merged, and the two cores are not free —
 * the browser reads the file and writes IndexedDB beside them. On the 2-core bench machine
 * (ninth session of issue 18; click → figures, instrumented build, alternating builds): 11 MB
 * (100k shop lines) ~390 ms in one parser against ~450 ms in two, 28 MB (250k shop) 480–610
 * against 670–750 ms, 39 MB (500k uci) 760–870 against 730–1050 ms; at 79 and 113 MB (1M lines)
 * two parsers won, 1.29–1.76 s against 1.64–1.96 s and 1.38–2.05 s against 1.85–2.19 s.
 */
export const PARALLEL_FROM_BYTES = 64 * 1024 * 1024;

/**
 * The same with three or four parsers (more cores, so more left for the browser too): the size
 * chosen before the measurements above, when 8 MB (some 100,000 lines) was about 0.1 s of parsing
 * and a parse worker's start and the merge cost about what the second core saved. Not measured
 * on a machine with more cores.
 */
export const PARALLEL_FROM_BYTES_MANY = 8 * 1024 * 1024;

/**
 * The smallest segment: some 25,000 lines, 20–30 ms of parsing. Each part absorbed costs
 * 10–25 ms however small (1M uci, Node, load 5–7): smaller ones balance no better.
 */
export const SEGMENT_MIN_BYTES = 2 * 1024 * 1024;

/**
 * The smallest segment of a large file, as a share of it: at 10M lines each part's dictionaries
 * hold hundreds of thousands of customers and orders, and 15 parts took 1.6 s to absorb.
 */
export const SEGMENT_MIN_SHARE = 0.01;

/** Bytes of segments given to a parse worker and not yet parsed, under which it gets another. */
const QUEUE_BYTES = 2 * SLICE_BYTES;

/** Most parsers, the analysis worker among them (more cores than this are left to the page). */
export const MAX_PARSERS = 4;

/** Parsers at most on this machine: its cores, up to `MAX_PARSERS`. */
function machineParsers(): number {
	const cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1);
	return Math.max(1, Math.min(cores, MAX_PARSERS));
}

/**
 * How imports are split: the parse worker (none where there are no workers, as in Node), the
 * parsers at most (the analysis worker among them), the size from which a file is split and the
 * smallest segment (tests lower both and run the parts in-process).
 */
export const partSettings: {
	parser: (() => PartParser) | null;
	parsers: number;
	fromBytes: number;
	minSegmentBytes: number;
	/** The smallest segment as a share of the file, when that is larger (`SEGMENT_MIN_SHARE`). */
	minSegmentShare: number;
} = {
	parser: typeof Worker === 'undefined' ? null : partWorker,
	parsers: machineParsers(),
	fromBytes: machineParsers() > 2 ? PARALLEL_FROM_BYTES_MANY : PARALLEL_FROM_BYTES,
	minSegmentBytes: SEGMENT_MIN_BYTES,
	minSegmentShare: SEGMENT_MIN_SHARE
};

/** A parse worker started ahead of an import (`preparePartWorker`), not yet used. */
let spare: PartParser | null = null;

/**
 * Start a parse worker when a file this large is chosen (sniffed), so that its module has long
 * loaded when the import starts: started with the import, it took 0.1–0.5 s to run its first
 * line, a third of the whole parse. Kept for the next import if this one does not use it.
 */
export function preparePartWorker(size: number): void {
	const { parser, parsers, fromBytes } = partSettings;
	if (spare === null && parser !== null && parsers > 1 && size >= fromBytes) spare = parser();
}

/**
 * Let the spare parse worker parse the sniffed bytes a few times (`warmUp`, dropping the results)
 * while the user looks at the preview: cold, its first segment — half a file — parsed about 15 %
 * slower in Chromium than warm (330 against 280 ms of CPU for half the 1M uci bench file). The
 * analysis worker warms itself the same way after the preview's dry run (`sniff` in `import.ts`).
 */
export function warmPartWorker(bytes: Uint8Array, options: ImportOptions): void {
	spare?.warm?.(bytes, options);
}

/** How `readInParts` pushes bytes into the importer, and the progress of all parsers. */
interface Reader {
	/** Bytes merged into the importer (pushed, or parsed in an absorbed part). */
	done: number;
	/** Bytes and rows of each part not yet merged (as its parser posted them). */
	parts: Map<number, { bytes: number; rows: number }>;
	progress(): void;
	/** Push bytes [from, to) in slices, reading the next while the current one is parsed. */
	read(from: number, to: number): Promise<void>;
}

/**
 * Feed a file to an importer, in segments when it is large enough and its encoding allows a cut
 * at any line feed (see above), else slice by slice; `store` gets the chunks completed by each
 * push. Returns the bytes read.
 */
export async function readInParts(
	file: Blob,
	importer: Importer,
	store: (chunks: LineChunk[]) => Promise<void>,
	onProgress: (event: ImportProgressEvent) => void,
	t0: number,
	writers?: IdleWriters
): Promise<number> {
	const reader: Reader = {
		done: 0,
		parts: new Map(),
		progress() {
			let bytes = reader.done;
			let rows = importer.progress.rows;
			for (const part of reader.parts.values()) {
				bytes += part.bytes;
				rows += part.rows;
			}
			onProgress(progressEvent(bytes, file.size, rows, t0));
		},
		async read(from, to) {
			for await (const buffer of slicesOf(file, from, to)) {
				await store(importer.push(new Uint8Array(buffer)));
				reader.done += buffer.byteLength;
				reader.progress();
			}
		}
	};
	const { options } = importer;
	const { parser, parsers, fromBytes } = partSettings;
	const split =
		parser !== null &&
		parsers > 1 &&
		file.size >= fromBytes &&
		splitsAtLineFeeds(options.encoding) &&
		options.source === undefined;
	if (!split) {
		await reader.read(0, file.size);
		return reader.done;
	}
	const workers: PartParser[] = [];
	// Workers lent to `writers` (those with no segment left) are theirs to stop.
	const lend = (worker: PartParser) => {
		const at = workers.indexOf(worker);
		if (at < 0) return;
		workers.splice(at, 1);
		if (writers) writers.lend(worker);
		else worker.stop();
	};
	try {
		await readSegments(file, importer, reader, workers, lend);
		return file.size;
	} finally {
		// Also when the import fails half-way (a refused write): the parts are no longer wanted.
		for (const worker of workers) worker.stop();
	}
}

/** Bytes enough for any sane header (a longer one: the import is not split). */
const HEADER_BYTES = 64 * 1024;

/**
 * The header as the importer will read it, from the file's first bytes by an importer of their
 * own, so that the parts can start before the first slice is parsed; null when it is not within
 * them or the importer refuses them (the real import then says why).
 */
async function peekHeader(file: Blob, options: ImportOptions): Promise<string[] | null> {
	const peek = createImporter(options);
	try {
		// The first kilobytes hold the header of nearly every file.
		for (let at = 0, size = HEADER_BYTES / 16; at < HEADER_BYTES && peek.headerRow === null;) {
			peek.push(new Uint8Array(await file.slice(at, at + size).arrayBuffer()));
			at += size;
			size = HEADER_BYTES - at;
		}
	} catch {
		return null;
	}
	return peek.headerRow;
}

/** The cuts of `file`: 0, then each found cut (strictly increasing), then the file's end. */
async function segmentBounds(
	file: Blob,
	options: ImportOptions,
	header: string[]
): Promise<number[]> {
	const { parsers, minSegmentBytes, minSegmentShare } = partSettings;
	const smallest = Math.max(minSegmentBytes, Math.floor(file.size * minSegmentShare));
	const points = segmentPoints(file.size, parsers, smallest);
	const cuts = await Promise.all(points.map((point) => findCut(file, point, options, header)));
	const bounds = [0];
	for (const cut of cuts) if (cut !== null && cut > bounds[bounds.length - 1]) bounds.push(cut);
	bounds.push(file.size);
	return bounds;
}

/** What a segment's parser gave: its part and whether its bytes ended on a record boundary. */
type Parsed = { part: ImportPart | null; boundary: boolean } | null;

/** `readInParts` in segments: the whole file ends up in `importer`. */
async function readSegments(
	file: Blob,
	importer: Importer,
	reader: Reader,
	workers: PartParser[],
	lend: (worker: PartParser) => void
): Promise<void> {
	const { options } = importer;
	const header = await peekHeader(file, options);
	const bounds = header === null ? [0, file.size] : await segmentBounds(file, options, header);
	const count = bounds.length - 1;
	if (header === null || count < 2) return reader.read(0, file.size);
	const job = (index: number): PartJob => ({
		file,
		index,
		from: bounds[index],
		to: bounds[index + 1],
		options,
		header
	});
	/**
	 * The segments not handed out are `next` … `last`: the analysis worker reads on from the front,
	 * the parse workers take from the back. Then the next to merge, and the parsed ones.
	 */
	let next = 1;
	let last = count - 1;
	let merged = 1;
	const parsed = new Map<number, Parsed>();
	let wake: (() => void) | null = null;
	/** Per parse worker, the bytes of the segments given to it and not yet parsed. */
	const given = new Map<PartParser, Map<number, number>>();
	const heard = (message: PartMessage, parser: PartParser) => {
		const left = given.get(parser) as Map<number, number>;
		if (message.type === 'progress') {
			reader.parts.set(message.index, { bytes: message.bytes, rows: message.rows });
			left.set(message.index, bounds[message.index + 1] - bounds[message.index] - message.bytes);
		} else {
			parsed.set(message.index, message.type === 'part' ? message : null);
			left.delete(message.index);
			wake?.();
		}
		supply(parser);
		// Nothing left to give it: its core may write the import's chunks.
		if (left.size === 0 && next > last) lend(parser);
	};
	/**
	 * Give a parse worker the last segment not handed out when it has none, or a second while it
	 * has less than `QUEUE_BYTES` of its one left: it need not wait for the busy analysis worker
	 * to hear that it is done, and no segment waits behind a long one that another parser could
	 * take.
	 */
	const supply = (parser: PartParser) => {
		const left = given.get(parser) ?? new Map<number, number>();
		given.set(parser, left);
		let bytes = 0;
		for (const n of left.values()) bytes += n;
		// A second segment only while two are left: the last one goes to whoever is free first.
		const wanted = left.size === 0 || (left.size === 1 && bytes < QUEUE_BYTES && next < last);
		if (next <= last && wanted) {
			const index = last--;
			left.set(index, bounds[index + 1] - bounds[index]);
			parser.parse(job(index), (message) => heard(message, parser));
		}
	};
	// Parse workers (the one prepared at the sniff first), no more than one per two segments.
	const wanted = Math.min(partSettings.parsers - 1, Math.ceil((count - 1) / 2));
	for (let k = 0; k < wanted; k++) {
		const worker = k === 0 && spare !== null ? spare : (partSettings.parser as () => PartParser)();
		if (worker === spare) spare = null;
		workers.push(worker);
	}
	for (const worker of workers) supply(worker);
	for (const worker of workers) supply(worker);

	await reader.read(0, bounds[1]);
	if (importer.headerRow?.join('\u0000') !== header.join('\u0000')) {
		return reader.read(bounds[1], file.size);
	}
	let boundary = importer.atRecordBoundary();
	/** Merge the segments next in order that are parsed: absorb the part, or read it here. */
	const mergeParsed = async () => {
		while (merged < count && parsed.has(merged)) {
			const got = parsed.get(merged) as Parsed;
			parsed.delete(merged);
			reader.parts.delete(merged);
			const exact = got !== null && got.part !== null && got.part.leadingLineFeeds === 0;
			if (exact && boundary && got.boundary && importer.absorb(got.part as ImportPart)) {
				reader.done += bounds[merged + 1] - bounds[merged];
				reader.progress();
			} else {
				await reader.read(bounds[merged], bounds[merged + 1]);
				boundary = importer.atRecordBoundary();
			}
			merged++;
		}
	};
	// Read on from the front (each segment taken before it is read, so no worker takes it too).
	while (next <= last) {
		const index = next++;
		await reader.read(bounds[index], bounds[index + 1]);
		boundary = importer.atRecordBoundary();
		merged = index + 1;
	}
	while (merged < count) {
		await mergeParsed();
		if (merged < count && !parsed.has(merged)) {
			await new Promise<void>((resolve) => (wake = resolve));
			wake = null;
		}
	}
	// Every segment given out has been answered.
	for (const worker of [...workers]) lend(worker);
}
