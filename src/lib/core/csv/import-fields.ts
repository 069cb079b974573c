/**
 * The second layer of the importer (`importer.ts`): the current record's fields, the ids and
 * attributes of a row (with the previous row's texts as caches), skipping a row, and the report
 * counters. Shared by the transaction and the summary rows (`transaction-rows.ts`,
 * `summary-rows.ts`).
 */
import { DecimalReader } from './amounts';
import { DateReader } from './dates';
import { LineBuilder } from './lines';
import { copyOf } from './text-index';
import { isTrimmable, RecordScanner } from './records';
import { ImportError } from './messages';
import { SkipLog, YearHistogram } from './report';
import type { SkipReason } from './report';
import { addressFirstPart } from './address';
import { isNormalEmail, normaliseId } from './id-types';
import type { ImportOptions, ImportProgress } from './importer';
import { ImportColumns } from './import-columns';

/** Ids written as floats by spreadsheets (`17850.0`) lose the `.0`: digits, a dot and zeros. */
function floatIdEnd(text: string, start: number, end: number): number {
	let dot = end - 1;
	while (dot > start && text.charCodeAt(dot) === 48) dot--;
	if (dot === end - 1 || dot <= start || text.charCodeAt(dot) !== 46) return end;
	for (let i = start; i < dot; i++) {
		const c = text.charCodeAt(i);
		if (c < 48 || c > 57) return end;
	}
	return dot;
}

/** True when `text[start, end)` equals `other`. */
export function sameText(text: string, start: number, end: number, other: string): boolean {
	if (end - start !== other.length) return false;
	for (let i = 0; i < other.length; i++) {
		if (text.charCodeAt(start + i) !== other.charCodeAt(i)) return false;
	}
	return true;
}

export abstract class RowFields extends ImportColumns {
	readonly progress: ImportProgress = { bytes: 0, rows: 0 };
	readonly options: ImportOptions;
	protected readonly scanner: RecordScanner;
	protected readonly dates: DateReader;
	protected readonly first: DecimalReader;
	protected readonly second: DecimalReader;
	/** Range of the current record in the scanner's text (with its line end). */
	protected recordStart = 0;
	protected recordEnd = 0;
	protected header: string[] | null = null;
	protected builder: LineBuilder | null = null;
	protected log: SkipLog | null = null;

	protected attributeScratch = new Int32Array(0);
	/** Order id of the last row skipped for its status: its further lines are skipped too. */
	protected skippedOrder = '';
	/** Day of the last imported row (further product lines of its order take it). */
	protected prevDay = 0;

	// The field `field()` found last: text[fa, fb), trimmed.
	protected fs = '';
	protected fa = 0;
	protected fb = 0;

	// Repeats of the previous row's texts skip the Map lookups.
	private prevCustomer = '';
	private prevCustomerIndex = -1;
	protected prevOrder = '';
	protected prevOrderCustomer = -1;
	protected prevOrderIndex = -1;
	protected prevAttribute: string[] = [];
	protected prevAttributeIndex: number[] = [];
	/** The last imported row had an order id (then it is `prevOrder`): continuation rows. */
	protected lastHadOrder = false;

	/** Rows dated after this day are skipped as `future_date` (today + 1 day of slack). */
	protected readonly latestDay: number;
	protected readonly years = new YearHistogram();

	// Report counters.
	protected rowsRead = 0;
	protected imported = 0;
	protected returns = 0;
	protected zeroAmount = 0;
	protected continuationRows = 0;
	protected blankLines = 0;
	protected firstDay = Infinity;
	protected lastDay = -Infinity;

	constructor(options: ImportOptions) {
		super();
		const { mapping } = options;
		if (
			mapping.kind === 'customer_summary' &&
			mapping.recencyDays &&
			options.asOfDay === undefined
		) {
			throw new ImportError({ code: 'recency_needs_as_of', field: 'recencyDays', params: {} });
		}
		this.options = options;
		this.scanner = new RecordScanner(options.delimiter, 4096);
		this.dates = new DateReader(options.dateFormat);
		this.first = new DecimalReader(options.decimalSeparator);
		this.second = new DecimalReader(options.decimalSeparator);
		this.latestDay = options.todayDay === undefined ? Infinity : options.todayDay + 1;
	}

	/** Find field `i` of the current record, trimmed; false when it is empty. */
	protected field(i: number): boolean {
		const scanner = this.scanner;
		if (i >= scanner.fieldCount) return false;
		let a = scanner.start[i];
		let b: number;
		let text: string;
		if (a < 0) {
			text = scanner.unescaped(i);
			a = 0;
			b = text.length;
		} else {
			text = scanner.text;
			b = scanner.end[i];
		}
		while (a < b && isTrimmable(text.charCodeAt(a))) a++;
		while (b > a && isTrimmable(text.charCodeAt(b - 1))) b--;
		this.fs = text;
		this.fa = a;
		this.fb = b;
		return a < b;
	}

	/** The current record's text, without its line end, as a string of its own. */
	protected recordText = (): string => {
		const text = this.scanner.text;
		let end = this.recordEnd;
		while (end > this.recordStart) {
			const c = text.charCodeAt(end - 1);
			if (c !== 10 && c !== 13) break;
			end--;
		}
		return copyOf(text, this.recordStart, end);
	};

	private skippedColumn = 0;
	private skippedValue = (): string => {
		const raw = this.scanner.raw(this.skippedColumn);
		return copyOf(raw, 0, raw.length);
	};

	/**
	 * Skip the current row. A skipped row that is not a further line of an order (see
	 * `TransactionImporter.row`) ends the order above it: the lines below are no longer its
	 * further lines.
	 */
	protected skip(reason: SkipReason, line: number, column: number): void {
		if (reason === 'missing_customer_id' && this.scanner.isBlank()) {
			this.blankLines++;
			return;
		}
		this.skippedOrder = '';
		this.lastHadOrder = false;
		this.logSkip(reason, line, column);
	}

	/** Count and log a skipped row (its cross-row state is the caller's business). */
	protected logSkip(reason: SkipReason, line: number, column: number): void {
		this.rowsRead++;
		this.skippedColumn = column;
		const header = this.header as string[];
		const log = this.log as SkipLog;
		log.skip(reason, line, header[column], this.skippedValue, this.recordText);
	}

	/** The customer index of the (trimmed, non-empty) id `text[start, end)`. */
	protected customer(text: string, start: number, end: number): number {
		const a = start;
		const b = floatIdEnd(text, a, end);
		if (this.idType !== 'text' && !(this.idType === 'email' && isNormalEmail(text, a, b))) {
			return this.normalisedCustomer(text.slice(a, b));
		}
		if (sameText(text, a, b, this.prevCustomer)) return this.prevCustomerIndex;
		const index = (this.builder as LineBuilder).customerIndexIn(text, a, b);
		this.prevCustomer = (this.builder as LineBuilder).customerId(index);
		this.prevCustomerIndex = index;
		return index;
	}

	/** `customer()` for a phone or email id: the index of the normalised id. */
	private normalisedCustomer(raw: string): number {
		const id = normaliseId(raw, this.idType);
		if (id === this.prevCustomer) return this.prevCustomerIndex;
		const builder = this.builder as LineBuilder;
		const index = builder.customerIndexIn(id, 0, id.length);
		this.prevCustomer = builder.customerId(index);
		this.prevCustomerIndex = index;
		return index;
	}

	protected attributes(): Int32Array {
		const scratch = this.attributeScratch;
		const builder = this.builder as LineBuilder;
		for (let k = 0; k < this.cAttributes.length; k++) {
			if (!this.field(this.cAttributes[k])) {
				scratch[k] = -1;
				continue;
			}
			if (sameText(this.fs, this.fa, this.fb, this.prevAttribute[k])) {
				scratch[k] = this.prevAttributeIndex[k];
				continue;
			}
			if (this.attributeFirstPart[k]) {
				const value = this.fs.slice(this.fa, this.fb);
				scratch[k] = builder.attributeIndex(k, addressFirstPart(value));
				this.prevAttribute[k] = value;
			} else {
				scratch[k] = builder.attributeIndexIn(k, this.fs, this.fa, this.fb);
				this.prevAttribute[k] = builder.attributeValue(k, scratch[k]);
			}
			this.prevAttributeIndex[k] = scratch[k];
		}
		return scratch;
	}

	/** The date field of the current record, as written (for a suspicious-date example). */
	protected dateText = (): string => {
		const raw = this.scanner.raw(this.cDateRead);
		return copyOf(raw, 0, Math.min(raw.length, 100));
	};
}
