/**
 * The validation report of an import: every data row is imported or skipped with a reason key,
 * with examples per reason and the rejected rows themselves (up to a cap) for a download.
 */
import type { DayNumber } from '../calendar';
import { writeCsv } from '../export/csv-writer';
import { readRecords } from './record-texts';
import type { Delimiter } from './records';
import type { StatusCount } from './status';

/**
 * Why a row was skipped. `missing_frequency` … `inconsistent_summary` only occur in customer
 * summary files; `cancelled_or_unpaid` in transactions with a status column (see `status.ts`); `already_in_dataset`
 * only in an append (`worker/append-merge.ts`).
 */
export const SKIP_REASONS = [
	'missing_customer_id',
	'missing_date',
	'unparseable_date',
	'future_date',
	'missing_amount',
	'unparseable_amount',
	'unparseable_quantity',
	'unparseable_price',
	'missing_frequency',
	'unparseable_frequency',
	'inconsistent_summary',
	'cancelled_or_unpaid',
	'already_in_dataset'
] as const;

export type SkipReason = (typeof SKIP_REASONS)[number];

/** One skipped row, as the report shows it. */
export interface SkipExample {
	/** 1-based line in the file where the record starts (the header is line 1). */
	line: number;
	column: string;
	/** The raw value of that column ('' when empty). */
	value: string;
}

export interface SkipCount {
	count: number;
	/** The first `MAX_EXAMPLES` skipped rows. */
	examples: SkipExample[];
}

export interface ImportReport {
	kind: 'transactions' | 'customer_summary';
	/** Data rows read (blank lines excluded). Equals imported + skipped + continuationRows. */
	rowsRead: number;
	imported: number;
	skipped: number;
	skippedByReason: Partial<Record<SkipReason, SkipCount>>;
	/** Imported rows with a negative amount (returns): not errors. */
	returns: number;
	/** Imported rows with a zero amount: kept, but never a purchase. */
	zeroAmount: number;
	/**
	 * Rows with an empty amount whose order id is the previous imported row's: further lines of an
	 * order whose total sits on its first line (Shopify's export). Neither imported nor errors.
	 */
	continuationRows: number;
	/** Lines with nothing but whitespace and delimiters. */
	blankLines: number;
	/** Imported lines (a customer summary row becomes several). */
	lines: number;
	customers: number;
	orders: number;
	firstDay: DayNumber | null;
	lastDay: DayNumber | null;
	/** Year-last dates that failed in the chosen day order but would be valid in the other one. */
	dayOrderConflicts: number;
	/** More than half the rows were skipped: the import should not be committed. */
	tooManySkipped: boolean;
	/**
	 * Imported dates more than `SUSPICIOUS_GAP_YEARS` before the rest of the data (a typo such as
	 * 1924 for 2024, or a placeholder date), when there are any; absent in reports of older imports.
	 */
	suspiciousDates?: SuspiciousDates | null;
	/**
	 * The distinct values of the status column with their rows (most first) and whether they
	 * counted as sales; absent without a status column.
	 */
	statuses?: StatusCount[];
}

/** Dates far before the rest of the data: how many, the first day of the rest, and examples. */
export interface SuspiciousDates {
	count: number;
	/** The earliest date of the rest of the data. */
	restFrom: DayNumber;
	examples: SkipExample[];
}

/** A gap between the years of imported dates above which the earlier ones are suspicious. */
export const SUSPICIOUS_GAP_YEARS = 50;

/** Years 1700–2299 by bucket; dates outside count in the first or last bucket. */
const FIRST_YEAR = 1700;
const YEARS = 600;
const DAYS_PER_YEAR = 365.2425;
/** Day number (days since 1970-01-01) of 1 January of `FIRST_YEAR`, near enough for buckets. */
const FIRST_YEAR_DAY = (FIRST_YEAR - 1970) * DAYS_PER_YEAR;

/** A `YearHistogram` as plain data (a part's, sent between workers: `parts.ts`). */
export interface YearCounts {
	counts: Uint32Array;
	firstLine: Int32Array;
	firstText: string[];
	minDay: Float64Array;
}

/**
 * Counts imported dates by year (a typed array: nothing per row but an increment) and keeps the
 * first line and text of each year, to report dates far before the rest of the data.
 * @example
 * const years = new YearHistogram();
 * years.count(-16_000, 2, () => '1926-03-01'); // 1926
 * for (let i = 0; i < 9; i++) years.count(19_800, 3 + i, () => '2024-03-18');
 * years.suspicious('date')?.count; // → 1
 */
export class YearHistogram {
	private readonly counts = new Uint32Array(YEARS);
	private readonly firstLine = new Int32Array(YEARS);
	private readonly firstText: string[] = [];
	private readonly minDay = new Float64Array(YEARS).fill(Infinity);

	count(day: number, line: number, text: () => string): void {
		let y = Math.floor((day - FIRST_YEAR_DAY) / DAYS_PER_YEAR);
		if (y < 0) y = 0;
		else if (y >= YEARS) y = YEARS - 1;
		if (this.counts[y]++ === 0) {
			this.firstLine[y] = line;
			this.firstText[y] = text();
		}
		if (day < this.minDay[y]) this.minDay[y] = day;
	}

	/**
	 * The dates before the last gap of more than `SUSPICIOUS_GAP_YEARS` empty years, when they are
	 * fewer than the dates after it; else null.
	 */
	suspicious(column: string): SuspiciousDates | null {
		let total = 0;
		for (let y = 0; y < YEARS; y++) total += this.counts[y];
		let previous = -1;
		let before = 0;
		let cut = -1;
		let seen = 0;
		for (let y = 0; y < YEARS; y++) {
			if (this.counts[y] === 0) continue;
			if (previous >= 0 && y - previous > SUSPICIOUS_GAP_YEARS) {
				cut = y;
				before = seen;
			}
			seen += this.counts[y];
			previous = y;
		}
		if (cut < 0 || before * 2 >= total) return null;
		const examples: SkipExample[] = [];
		for (let y = 0; y < cut && examples.length < MAX_EXAMPLES; y++) {
			if (this.counts[y] > 0) {
				examples.push({ line: this.firstLine[y], column, value: this.firstText[y] });
			}
		}
		return { count: before, restFrom: this.minDay[cut], examples };
	}

	/** The counts as plain data. */
	state(): YearCounts {
		const { counts, firstLine, firstText, minDay } = this;
		return { counts, firstLine, firstText, minDay };
	}

	/** Add the dates of the rest of the file, whose line numbers start after `lineShift` lines. */
	absorb(later: YearCounts, lineShift: number): void {
		for (let y = 0; y < YEARS; y++) {
			if (later.counts[y] === 0) continue;
			if (this.counts[y] === 0) {
				this.firstLine[y] = later.firstLine[y] + lineShift;
				this.firstText[y] = later.firstText[y];
			}
			this.counts[y] += later.counts[y];
			this.minDay[y] = Math.min(this.minDay[y], later.minDay[y]);
		}
	}
}

/** Skipped rows kept for a download, with the reason and line of each. */
export interface RejectedRows {
	header: string[];
	delimiter: Delimiter;
	/** Each skipped record's text as written in the file (one string per row, no line end). */
	records: string[];
	lines: number[];
	reasons: SkipReason[];
	/** More rows were skipped than kept. */
	truncated: boolean;
}

export const MAX_EXAMPLES = 20;
export const DEFAULT_REJECTED_CAP = 100_000;

/**
 * Counts skips, keeps examples and rejected rows.
 * @example
 * const log = new SkipLog(['id', 'date'], ',', 100);
 * log.skip('missing_customer_id', 2, 'id', () => '', () => ',2024-01-05');
 * log.byReason.missing_customer_id?.count; // → 1
 */
export class SkipLog {
	readonly byReason: Partial<Record<SkipReason, SkipCount>> = {};
	readonly rejected: RejectedRows;
	total = 0;
	private readonly cap: number;

	constructor(header: string[], delimiter: Delimiter, cap: number) {
		this.rejected = { header, delimiter, records: [], lines: [], reasons: [], truncated: false };
		this.cap = cap;
	}

	/**
	 * Record a skipped row. The callbacks give the failing column's value and the record's text;
	 * they are only called while examples or rows are still being kept.
	 */
	skip(
		reason: SkipReason,
		line: number,
		column: string,
		value: () => string,
		record: () => string
	): void {
		this.total++;
		let entry = this.byReason[reason];
		if (entry === undefined) {
			entry = { count: 0, examples: [] };
			this.byReason[reason] = entry;
		}
		entry.count++;
		if (entry.examples.length < MAX_EXAMPLES) entry.examples.push({ line, column, value: value() });
		const rejected = this.rejected;
		if (rejected.records.length < this.cap) {
			rejected.records.push(record());
			rejected.lines.push(line);
			rejected.reasons.push(reason);
		} else rejected.truncated = true;
	}

	/**
	 * Add the skips of the rest of the file, whose line numbers start after `lineShift` lines:
	 * the same counts, examples and kept rows as if they had been logged here.
	 */
	absorb(
		later: {
			total: number;
			byReason: Partial<Record<SkipReason, SkipCount>>;
			rejected: RejectedRows;
		},
		lineShift: number
	): void {
		this.total += later.total;
		for (const [reason, theirs] of Object.entries(later.byReason) as [SkipReason, SkipCount][]) {
			let entry = this.byReason[reason];
			if (entry === undefined) {
				entry = { count: 0, examples: [] };
				this.byReason[reason] = entry;
			}
			entry.count += theirs.count;
			for (const example of theirs.examples.slice(0, MAX_EXAMPLES - entry.examples.length)) {
				entry.examples.push({ ...example, line: example.line + lineShift });
			}
		}
		const rejected = this.rejected;
		const rows = later.rejected;
		for (let i = 0; i < rows.records.length; i++) {
			if (rejected.records.length >= this.cap) {
				rejected.truncated = true;
				break;
			}
			rejected.records.push(rows.records[i]);
			rejected.lines.push(rows.lines[i] + lineShift);
			rejected.reasons.push(rows.reasons[i]);
		}
		if (rows.truncated) rejected.truncated = true;
	}
}

/**
 * The rejected rows as CSV (comma-separated, whatever the file used; through the injection-safe
 * `writeCsv`): the file's header plus `line` and `reason` columns.
 * @example rejectedRowsCsv({ header: ['id', 'date'], delimiter: ';', records: [';2024-01-05'],
 *   lines: [3], reasons: ['missing_customer_id'], truncated: false })
 * // → 'id,date,line,reason\r\n,2024-01-05,3,missing_customer_id\r\n'
 */
export function rejectedRowsCsv(rejected: RejectedRows): string {
	const data = rejected.records.map((record, i) => {
		const row = readRecords(record, rejected.delimiter, { limit: 1 }).rows[0] ?? [];
		const cells: (string | number)[] = rejected.header.map((_, c) => row[c] ?? '');
		cells.push(rejected.lines[i], rejected.reasons[i]);
		return cells;
	});
	return writeCsv([...rejected.header, 'line', 'reason'], data);
}
