/**
 * Whole texts through the record scanner: reading records with their lines, guessing the
 * delimiter, making header names usable and Excel's `sep=` line. The scanner itself, with the
 * delimiters and the trimming rule, is in `records.ts`.
 */
import { DELIMITERS, RecordScanner, trimText, type Delimiter } from './records';

/** Records read from a text, with the 1-based line each starts on. */
export interface RecordList {
	rows: string[][];
	lines: number[];
	/** Position after the last complete record (the rest needs more text). */
	end: number;
}

/**
 * Read up to `limit` non-blank records (untrimmed fields) from a text. When `final` is false, a
 * last record that may continue in more text is left out.
 * @example readRecords('a,b\r\n\r\n"x\ny",2\n', ',').rows // → [['a', 'b'], ['x\ny', '2']]
 */
export function readRecords(
	text: string,
	delimiter: Delimiter,
	options: { final?: boolean; limit?: number } = {}
): RecordList {
	const { final = true, limit = Infinity } = options;
	const scanner = new RecordScanner(delimiter, 4096);
	const rows: string[][] = [];
	const lines: number[] = [];
	let pos = 0;
	let line = 1;
	while (pos < text.length && rows.length < limit) {
		const next = scanner.scan(text, pos, final);
		if (next < 0) break;
		if (!scanner.isBlank()) {
			const count = Math.min(scanner.fieldCount, scanner.capacity);
			const row: string[] = [];
			for (let i = 0; i < count; i++) row.push(scanner.raw(i));
			rows.push(row);
			lines.push(line);
		}
		line += 1 + scanner.innerLineBreaks;
		pos = next;
	}
	return { rows, lines, end: pos };
}

/** The delimiter guessed from a text sample. */
export interface DelimiterGuess {
	delimiter: Delimiter;
	/** The most common number of fields per record with that delimiter. */
	fieldCount: number;
	/** Share of sampled records (header included) with exactly that many fields (0–1). */
	consistency: number;
}

/**
 * Guess the delimiter from the first records of a text: the one whose most common field count
 * (above 1) is shared by the largest share of records, quotes respected and blank lines (such as
 * Excel's trailing newline) ignored. Ties go to the larger field count, then to `,` `;` tab `|`.
 * @example detectDelimiter('a;b;c\n1,5;2;3\n').delimiter // → ';'
 */
export function detectDelimiter(text: string, final = true, sampleRecords = 50): DelimiterGuess {
	let best: DelimiterGuess = { delimiter: ',', fieldCount: 1, consistency: 0 };
	for (const delimiter of DELIMITERS) {
		const scanner = new RecordScanner(delimiter, 1);
		const counts = new Map<number, number>();
		let records = 0;
		let pos = 0;
		while (pos < text.length && records < sampleRecords) {
			const next = scanner.scan(text, pos, final);
			if (next < 0) break;
			pos = next;
			if (scanner.fieldCount === 1 && scanner.isBlank()) continue;
			counts.set(scanner.fieldCount, (counts.get(scanner.fieldCount) ?? 0) + 1);
			records++;
		}
		let mode = 1;
		let modeCount = 0;
		for (const [fieldCount, count] of counts) {
			if (count > modeCount || (count === modeCount && fieldCount > mode)) {
				mode = fieldCount;
				modeCount = count;
			}
		}
		if (mode < 2 || records === 0) continue;
		const consistency = modeCount / records;
		if (
			consistency > best.consistency ||
			(consistency === best.consistency && mode > best.fieldCount)
		) {
			best = { delimiter, fieldCount: mode, consistency };
		}
	}
	return best;
}

/**
 * Header names made usable: trimmed, empty ones named `Column N` (1-based position), duplicates
 * numbered `name (2)`, `name (3)`.
 * @example uniqueHeader(['amount', '', 'amount']) // → ['amount', 'Column 2', 'amount (2)']
 */
export function uniqueHeader(names: string[]): string[] {
	const trimmed = names.map((name, i) => trimText(name) || `Column ${i + 1}`);
	const taken = new Set<string>();
	const counts = new Map<string, number>();
	const result: string[] = [];
	// First pass reserves every original name, so a renamed duplicate never takes one of them.
	for (const name of trimmed) taken.add(name);
	const seen = new Set<string>();
	for (const name of trimmed) {
		if (!seen.has(name)) {
			seen.add(name);
			result.push(name);
			continue;
		}
		let k = counts.get(name) ?? 1;
		let candidate: string;
		do {
			k++;
			candidate = `${name} (${k})`;
		} while (taken.has(candidate));
		counts.set(name, k);
		taken.add(candidate);
		result.push(candidate);
	}
	return result;
}

/**
 * Excel's `sep=X` first line (written by Excel and read by it as "the delimiter is X"): its
 * length with the line end, and the delimiter when the importer knows it; null without one.
 * @example excelSepLine('sep=;\r\nid;date\n') // → { delimiter: ';', length: 7 }
 */
export function excelSepLine(text: string): { delimiter: Delimiter | null; length: number } | null {
	const match = /^\uFEFF?"?sep=(.?)"?[ \t]*(\r\n|\n|\r|$)/i.exec(text.slice(0, 16));
	if (!match) return null;
	const named = match[1] as Delimiter;
	return { delimiter: DELIMITERS.includes(named) ? named : null, length: match[0].length };
}
