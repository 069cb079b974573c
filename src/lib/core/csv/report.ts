/**
 * The validation report of an import: every data row is imported or skipped with a reason key,
 * with examples per reason and the rejected rows themselves (up to a cap) for a download.
 */
import Papa from 'papaparse';
import type { DayNumber } from '../calendar';
import { readRecords } from './records';
import type { Delimiter } from './records';

/** Why a row was skipped. The last three only occur in customer summary files. */
export const SKIP_REASONS = [
	'missing_customer_id',
	'missing_date',
	'unparseable_date',
	'missing_amount',
	'unparseable_amount',
	'unparseable_quantity',
	'unparseable_price',
	'missing_frequency',
	'unparseable_frequency',
	'inconsistent_summary'
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
	/** Why, in English, when `tooManySkipped` (the UI may build its own text from the counts). */
	explanation: string | null;
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
}

/**
 * The English explanation of a report that skips more than half its rows, or null.
 * @example tooManySkippedExplanation(10, 6, { missing_customer_id: { count: 6, examples: [] } })
 * // → '6 of 10 rows (60%) would be skipped, most of them for missing_customer_id. Check the column mapping and the date and number formats.'
 */
export function tooManySkippedExplanation(
	rowsRead: number,
	skipped: number,
	byReason: Partial<Record<SkipReason, SkipCount>>
): string | null {
	if (skipped * 2 <= rowsRead) return null;
	let top: SkipReason = SKIP_REASONS[0];
	let most = -1;
	for (const reason of SKIP_REASONS) {
		const count = byReason[reason]?.count ?? 0;
		if (count > most) {
			most = count;
			top = reason;
		}
	}
	const share = Math.round((skipped / rowsRead) * 100);
	return (
		`${skipped} of ${rowsRead} rows (${share}%) would be skipped, most of them for ${top}. ` +
		'Check the column mapping and the date and number formats.'
	);
}

/**
 * The rejected rows as CSV (comma-separated, whatever the file used): the file's header plus
 * `line` and `reason` columns.
 * @example rejectedRowsCsv({ header: ['id', 'date'], delimiter: ';', records: [';2024-01-05'],
 *   lines: [3], reasons: ['missing_customer_id'], truncated: false })
 * // → 'id,date,line,reason\r\n,2024-01-05,3,missing_customer_id'
 */
export function rejectedRowsCsv(rejected: RejectedRows): string {
	const data = rejected.records.map((record, i) => {
		const row = readRecords(record, rejected.delimiter, { limit: 1 }).rows[0] ?? [];
		const cells = rejected.header.map((_, c) => row[c] ?? '');
		cells.push(String(rejected.lines[i]), rejected.reasons[i]);
		return cells;
	});
	return Papa.unparse([[...rejected.header, 'line', 'reason'], ...data]);
}
