/**
 * One import in segments, parsed at once by several workers (issue 18): the first segment from
 * the start of the file, each other from a row that depends on no row above it (see
 * `TransactionImporter.row` in `transaction-rows.ts`) up to where the next one starts. Such a
 * segment is parsed by an importer of its own (`createPartImporter`) and `absorb`ed by the first
 * importer, part after part in file order, whose result is then exactly that of one importer
 * reading the whole file: the same chunks, dictionaries and their order, order indexes, report
 * and rejected rows. This file holds what crosses between them, where a file may be cut and
 * how it is cut into segments.
 */
import type { BuiltLines } from './lines';
import type { Encoding } from './encoding';
import type { RejectedRows, SkipCount, SkipReason, YearCounts } from './report';
import type { StatusCount } from './status';

/** Everything a part importer read (plain data: it crosses between workers). */
export interface ImportPart {
	/** Line feeds before the part's first row, from the first byte given to its importer. */
	leadingLineFeeds: number;
	/** Lines the part took (its line numbers are 1 … `lines`). */
	lines: number;
	/** All the part's lines (every chunk) and its own dictionaries. */
	built: BuiltLines;
	/** Its products in the order their categories were set (`ProductDictionaryBuilder`). */
	categoryOrder: number[];
	counts: PartCounts;
	skips: {
		total: number;
		byReason: Partial<Record<SkipReason, SkipCount>>;
		rejected: RejectedRows;
	};
	years: YearCounts;
	/** The status values in first-seen order, null without a status column. */
	statuses: StatusCount[] | null;
}

/** A part's report counters (days ±Infinity when it imported nothing). */
export interface PartCounts {
	rowsRead: number;
	imported: number;
	returns: number;
	zeroAmount: number;
	continuationRows: number;
	blankLines: number;
	firstDay: number;
	lastDay: number;
	dayOrderConflicts: number;
}

/**
 * Encodings in which byte 0x0A is always a line feed and a line feed always byte 0x0A, with no
 * decoder state across it: a part may start after any 0x0A byte. Not UTF-16 (two bytes a unit).
 * @example splitsAtLineFeeds('gb18030') // → true
 * @example splitsAtLineFeeds('utf-16le') // → false
 */
export function splitsAtLineFeeds(encoding: Encoding): boolean {
	return encoding === 'utf-8' || encoding === 'gb18030' || encoding === 'windows-1252';
}

/**
 * Where a part may start in bytes read from the middle of a file: after the first line feed, and
 * not at a UTF-8 byte order mark (a fresh decoder would drop it). −1 when there is none.
 * @example partStart(new TextEncoder().encode('ab\ncd\n')) // → 3
 */
export function partStart(bytes: Uint8Array, encoding: Encoding): number {
	for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) {
		const start = at + 1;
		const bom =
			encoding === 'utf-8' &&
			bytes[start] === 0xef &&
			bytes[start + 1] === 0xbb &&
			bytes[start + 2] === 0xbf;
		if (start < bytes.length - 2 && !bom) return start;
	}
	return -1;
}

/**
 * The offset just after the `count`-th line feed of `bytes` (0 for none), or −1 when there are
 * fewer.
 * @example afterLineFeeds(new TextEncoder().encode('a\nb\nc'), 2) // → 4
 */
export function afterLineFeeds(bytes: Uint8Array, count: number): number {
	let at = 0;
	for (let k = 0; k < count; k++) {
		const lf = bytes.indexOf(10, at);
		if (lf < 0) return -1;
		at = lf + 1;
	}
	return at;
}

/**
 * The share of a file that the analysis worker reads straight into its importer before it reads
 * on through the middle, among `parsers` parsers, and the size of each other parser's first
 * segment: a little less than a fair share, as the analysis worker also stores its chunks and
 * absorbs every part. Not much less: every line it does not read itself is absorbed, at 10–40 %
 * of the cost of parsing it (dictionaries and chunks merged), and each segment of the middle
 * costs a part of its own (43 % was 4–8 % slower than 47 % at 1M lines, load 2–4). With two
 * parsers there is no middle: one cut at 48 % (see `segmentPoints`).
 * @example firstShare(3) // → 0.30333…
 * @example firstShare(2) // → 0.48
 */
export function firstShare(parsers: number): number {
	return parsers === 2 ? 0.48 : Math.max(0.1, 1 / parsers - 0.03);
}

/**
 * Where a file of `size` bytes is cut into segments for `parsers` parsers: the points at which a
 * cut is looked for (`worker/part.ts`, `findCut`). The first segment (the analysis worker's) and
 * the last `parsers − 1` (one for each parse worker) are `firstShare` of the file each; the
 * middle left between them is cut into up to eight segments of at least `minBytes`, which the
 * analysis worker reads on into from the front and the parse workers take from the back, so
 * that they meet wherever their speeds bring them. None for one parser or a first segment
 * under `minBytes`. Two parsers get one cut and no middle: on the 2-core bench machine the middle's
 * parts cost more than the balance they bring (1M lines, load 1.6–4.4: 0.89 s against 0.85 s for
 * uci, 1.00 s against 0.95 s for shop, with one cut at 48 % balanced to within 2–15 ms).
 * @example segmentPoints(100, 3, 5) // → [30, 35, 40, 70]
 * @example segmentPoints(100, 2, 5) // → [48]
 */
export function segmentPoints(size: number, parsers: number, minBytes: number): number[] {
	const first = Math.floor(size * firstShare(parsers));
	if (parsers < 2 || first < minBytes) return [];
	if (parsers === 2) return [first];
	const middle = size - parsers * first;
	const count = Math.floor(middle / Math.max(minBytes, middle / 8));
	const points: number[] = [];
	for (let k = 0; k < count; k++) points.push(first + Math.floor((k * middle) / count));
	for (let k = count > 0 ? 0 : 1; k < parsers - 1; k++) points.push(first + middle + k * first);
	return count > 0 ? points : [first, ...points];
}
