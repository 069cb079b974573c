/**
 * The streaming import API for the worker: `sniffFile` (in `sniff.ts`, re-exported here) looks
 * at the first bytes of a file and guesses how to import it; `createImporter` then takes the whole file as byte chunks of any size and returns line chunks
 * as they fill, and the dictionaries, order count and validation report at the end.
 *
 * Bytes go through one streaming `TextDecoder`, so a character split between two chunks is never
 * corrupted; the scanner keeps an incomplete last record until more text arrives.
 */
import type { DayNumber } from '../calendar';
import type { DatasetDictionaries, LineChunk } from '../columns';
import { DecimalReader } from './amounts';
import type { DecimalSeparator } from './amounts';
import { DateReader } from './dates';
import type { DateFormat } from './dates';
import { createDecoder } from './encoding';
import type { Encoding } from './encoding';
import { LineBuilder } from './lines';
import type { ProductDictionaryBuilder } from '../products/dictionary';
import { copyOf } from './text-index';
import { mappingProblems } from './mapping';
import type { ColumnMapping, TransactionMapping } from './mapping';
import { excelSepLine, isTrimmable, RecordScanner, uniqueHeader } from './records';
import type { Delimiter } from './records';
import { detectFileKind } from './file-kind';
import { ImportError } from './messages';
import { DEFAULT_REJECTED_CAP, SkipLog, YearHistogram } from './report';
import type { ImportReport, RejectedRows, SkipReason } from './report';
import type { FileSniff } from './sniff';
import { summaryLines } from './summary';
import { addressFirstPart } from './address';
import { normaliseId } from './id-types';
import type { IdType } from './id-types';
import { netCents, StatusTally } from './status';
import type { ImportSource } from '../xlsx/source';
import type { ImportPart } from './parts';

export { PREVIEW_ROWS, sniffFile, sniffTail } from './sniff';
export type { FileSniff, SniffOverrides } from './sniff';

/** How to import a file; `importOptionsFromSniff` makes one from the guesses. */
export interface ImportOptions {
	encoding: Encoding;
	delimiter: Delimiter;
	mapping: ColumnMapping;
	dateFormat: DateFormat;
	decimalSeparator: DecimalSeparator;
	/** As-of day of a customer summary's recency column (required when it is mapped). */
	asOfDay?: DayNumber;
	/** Most rejected rows kept for the download (default 100,000). */
	rejectedRowsCap?: number;
	/**
	 * Today in the user's calendar: rows dated after the next day (one day of slack for time
	 * zones) are skipped as `future_date`. Without it no date is too late.
	 */
	todayDay?: DayNumber;
	/** The adapter an .xlsx or a text aligned with spaces goes through first (`core/xlsx/source.ts`). */
	source?: ImportSource;
}

/**
 * The import options the sniff suggests (the user may change any of them before importing).
 * @example importOptionsFromSniff(sniff, 20_000).mapping === sniff.mapping // → true
 */
export function importOptionsFromSniff(sniff: FileSniff, asOfDay?: DayNumber): ImportOptions {
	return {
		encoding: sniff.encoding.encoding,
		delimiter: sniff.delimiter.delimiter,
		mapping: sniff.mapping,
		dateFormat: { dayOrder: sniff.dateFormat.dayOrder, excelEpoch: sniff.dateFormat.excelEpoch },
		decimalSeparator: sniff.decimalSeparator.decimalSeparator,
		asOfDay,
		todayDay: asOfDay
	};
}

/** Everything an import produced after `finish`. */
export interface ImportResult extends DatasetDictionaries {
	/** Chunks not yet returned by `push` (the last one partial). */
	chunks: LineChunk[];
	orderCount: number;
	/** Per order index: its order id, '' without one (`LineBuilder.orderIds`). */
	orderIds: string[];
	header: string[];
	report: ImportReport;
	rejected: RejectedRows;
}

export interface ImportProgress {
	bytes: number;
	rows: number;
}

export interface Importer {
	/** Feed the next bytes of the file; returns the line chunks completed by them. */
	push(bytes: Uint8Array): LineChunk[];
	/** End of file: the remaining chunks, dictionaries, order count and report. */
	finish(): ImportResult;
	readonly progress: ImportProgress;
	/** The options it imports with (a part of the same file must use the same). */
	readonly options: ImportOptions;
	/** The header once it has been read (`uniqueHeader`), else null. */
	readonly headerRow: string[] | null;
	/**
	 * True when the bytes pushed so far end with a line feed that ends a record: the header is
	 * read, no record is pending and the scanner is not inside quotes. The rest of the file may
	 * then be parsed apart from an independent row on (`createPartImporter`) and `absorb`ed.
	 */
	atRecordBoundary(): boolean;
	/**
	 * Add the rest of the file, parsed by `createPartImporter` from where the bytes pushed so far
	 * end (`atRecordBoundary`), as if its bytes had been pushed here. Returns false, changing
	 * nothing, when the result could not be exactly the same (more status values than are
	 * tallied); then push the rest instead. Call `finish` next.
	 */
	absorb(part: ImportPart): boolean;
}

/** An importer of the second part of a file (`createPartImporter`). */
export interface PartImporter {
	/** Feed the next bytes of the part; returns the line chunks completed by them. */
	push(bytes: Uint8Array): LineChunk[];
	/**
	 * Line feeds before the part's first row, counted from the first byte pushed; null until that
	 * row has been seen. The part starts after them.
	 */
	readonly leadingLineFeeds: number | null;
	/** End of file: the part (its remaining chunks), or null when no row could start it. */
	finishPart(): ImportPart | null;
	readonly progress: ImportProgress;
}

/**
 * Start an import. Throws an `ImportError` (a coded message) when the first bytes are not a table
 * of text (`file_pdf`, …), when the mapping does not fit the header (checked as soon as the header
 * has been read) or when a summary's recency column is mapped without `asOfDay`.
 * @example
 * const importer = createImporter(importOptionsFromSniff(sniff));
 * for (const slice of slices) store(importer.push(slice));
 * const { chunks, customerIds, attributes, orderCount, report } = importer.finish();
 */
export function createImporter(options: ImportOptions): Importer {
	return new StreamingImporter(options);
}

/**
 * Start an importer for the rest of a file from a point after a line feed, in a worker of its
 * own: with the header read by the importer of the first part, no header, sep line or file-kind
 * check of its own, and lines numbered from 1. The rows before its first *independent* row (see
 * `transactionRow`) — blank lines, further lines of an order, a record not after a line feed —
 * are passed over without a trace: they belong to the first part. A part that started inside a
 * quoted field is wrong about its first records; the first importer tells (`atRecordBoundary`).
 * @example
 * const part = createPartImporter(options, importer.headerRow);
 * part.push(rest); // the bytes after the first line feed at or after the middle
 * part.leadingLineFeeds // → 0 when the first line there is an independent row
 */
export function createPartImporter(options: ImportOptions, header: string[]): PartImporter {
	return new StreamingImporter(options, header);
}

/**
 * Import a whole file held in memory (tests, small files): all chunks in one list.
 * @example importBytes(new TextEncoder().encode('id,date,amount\nA,2024-01-05,2.675\n'), {
 *   encoding: 'utf-8', delimiter: ',', decimalSeparator: '.', dateFormat: DEFAULT_DATE_FORMAT,
 *   mapping: { kind: 'transactions', customerId: 'id', orderDate: 'date', amount: 'amount',
 *     quantity: null, unitPrice: null, orderId: null, attributes: [] } }).chunks[0].amountCents
 * // → Float64Array [268]
 */
export function importBytes(bytes: Uint8Array, options: ImportOptions): ImportResult {
	const importer = createImporter(options);
	const chunks = importer.push(bytes);
	const result = importer.finish();
	return { ...result, chunks: [...chunks, ...result.chunks] };
}

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
function sameText(text: string, start: number, end: number, other: string): boolean {
	if (end - start !== other.length) return false;
	for (let i = 0; i < other.length; i++) {
		if (text.charCodeAt(start + i) !== other.charCodeAt(i)) return false;
	}
	return true;
}

/** The recency column of a summary as whole days (rounded half away from zero), or NaN. */
function wholeDays(reader: DecimalReader): number {
	const cents = reader.cents();
	if (Number.isNaN(cents)) return NaN;
	const days = Math.floor((Math.abs(cents) + 50) / 100);
	return cents < 0 ? -days : days;
}

/** Leading bytes that decide whether a file is a text table at all (see `detectFileKind`). */
const HEAD_BYTES = 8192;

class StreamingImporter implements Importer, PartImporter {
	readonly progress: ImportProgress = { bytes: 0, rows: 0 };
	readonly options: ImportOptions;
	private readonly decoder: TextDecoder;
	private readonly scanner: RecordScanner;
	private readonly dates: DateReader;
	private readonly first: DecimalReader;
	private readonly second: DecimalReader;
	private pending = '';
	private line = 1;
	/** Range of the current record in the scanner's text (with its line end). */
	private recordStart = 0;
	private recordEnd = 0;
	private header: string[] | null = null;
	private builder: LineBuilder | null = null;
	private log: SkipLog | null = null;

	// Column indexes of the roles (−1: not mapped).
	private cCustomer = -1;
	private cDate = -1;
	private cAmount = -1;
	private cQuantity = -1;
	private cPrice = -1;
	private cOrder = -1;
	private cRecency = -1;
	private cFirst = -1;
	private cAttributes: number[] = [];
	private cProduct = -1;
	/** The product column is the name column (no id column mapped): then no separate name. */
	private cProductName = -1;
	private cProductCategory = -1;
	private prevProduct = '';
	private prevProductIndex = -1;
	private attributeScratch = new Int32Array(0);
	private cStatus = -1;
	private cRefund = -1;
	private cDateFallback = -1;
	/** The date column of the current row (the fallback when the order date is empty). */
	private cDateRead = -1;
	/** Present with a status column: the verdict and row count of each status value. */
	private statusTally: StatusTally | null = null;
	private prevStatus = '';
	/** Order id of the last row skipped for its status: its further lines are skipped too. */
	private skippedOrder = '';
	/** Customer ids are normalised unless `text` (then `customer()` costs one check more). */
	private idType: IdType = 'text';
	/** Per kept attribute: keep only its first part (`addressFirstPart`). */
	private attributeFirstPart: boolean[] = [];
	/** Day of the last imported row (further product lines of its order take it). */
	private prevDay = 0;

	/** The quantity of the current row, read with its amount when that is quantity × unit price. */
	private units = NaN;

	// The field `field()` found last: text[fa, fb), trimmed.
	private fs = '';
	private fa = 0;
	private fb = 0;

	// Repeats of the previous row's texts skip the Map lookups.
	private prevCustomer = '';
	private prevCustomerIndex = -1;
	private prevOrder = '';
	private prevOrderCustomer = -1;
	private prevOrderIndex = -1;
	private prevAttribute: string[] = [];
	private prevAttributeIndex: number[] = [];
	/** The last imported row had an order id (then it is `prevOrder`): continuation rows. */
	private lastHadOrder = false;

	/** Rows dated after this day are skipped as `future_date` (today + 1 day of slack). */
	private readonly latestDay: number;
	private readonly years = new YearHistogram();
	private pastSepLine = false;
	private head: Uint8Array | null = new Uint8Array(HEAD_BYTES);
	private headLength = 0;

	// Report counters.
	private rowsRead = 0;
	private imported = 0;
	private returns = 0;
	private zeroAmount = 0;
	private continuationRows = 0;
	private blankLines = 0;
	private firstDay = Infinity;
	private lastDay = -Infinity;
	/** Day-order conflicts of an absorbed part (its own `DateReader` counted them). */
	private absorbedConflicts = 0;
	/** The last byte pushed (a record boundary is only checked after a line feed). */
	private lastByte = -1;
	/** A part importer still before its first row; line feeds passed over so far. */
	private leading = false;
	private leadingFeeds = 0;
	private afterLineFeed = true;

	constructor(options: ImportOptions, partHeader?: string[]) {
		const { mapping } = options;
		if (
			mapping.kind === 'customer_summary' &&
			mapping.recencyDays &&
			options.asOfDay === undefined
		) {
			throw new ImportError({ code: 'recency_needs_as_of', field: 'recencyDays', params: {} });
		}
		this.options = options;
		this.decoder = createDecoder(options.encoding);
		this.scanner = new RecordScanner(options.delimiter, 4096);
		this.dates = new DateReader(options.dateFormat);
		this.first = new DecimalReader(options.decimalSeparator);
		this.second = new DecimalReader(options.decimalSeparator);
		this.latestDay = options.todayDay === undefined ? Infinity : options.todayDay + 1;
		if (partHeader) {
			this.head = null;
			this.pastSepLine = true;
			this.leading = true;
			this.useHeader(partHeader);
		}
	}

	push(bytes: Uint8Array): LineChunk[] {
		this.checkHead(bytes, false);
		this.progress.bytes += bytes.length;
		if (bytes.length > 0) this.lastByte = bytes[bytes.length - 1];
		this.consume(this.decoder.decode(bytes, { stream: true }), false);
		return this.builder ? this.builder.takeChunks() : [];
	}

	/** Refuse files that are not text tables, from their first bytes (gathered over pushes). */
	private checkHead(bytes: Uint8Array, final: boolean): void {
		if (this.head === null) return;
		const room = HEAD_BYTES - this.headLength;
		this.head.set(bytes.subarray(0, room), this.headLength);
		this.headLength += Math.min(room, bytes.length);
		if (this.headLength < HEAD_BYTES && !final) return;
		const kind = detectFileKind(this.head.subarray(0, this.headLength));
		this.head = null;
		if (kind !== null && kind !== 'file_empty') throw new ImportError({ code: kind, params: {} });
	}

	finish(): ImportResult {
		this.checkHead(new Uint8Array(0), true);
		this.consume(this.decoder.decode(), true);
		const header = this.header ?? [];
		const builder = this.builder ?? new LineBuilder(this.options.mapping.attributes);
		const log = this.log ?? new SkipLog(header, this.options.delimiter, 0);
		const built = builder.finish();
		const report: ImportReport = {
			kind: this.options.mapping.kind,
			rowsRead: this.rowsRead,
			imported: this.imported,
			skipped: log.total,
			skippedByReason: log.byReason,
			returns: this.returns,
			zeroAmount: this.zeroAmount,
			continuationRows: this.continuationRows,
			blankLines: this.blankLines,
			lines: built.lineCount,
			customers: built.customerIds.length,
			orders: built.orderCount,
			firstDay: this.firstDay === Infinity ? null : this.firstDay,
			lastDay: this.lastDay === -Infinity ? null : this.lastDay,
			dayOrderConflicts: this.dates.otherOrderOnly + this.absorbedConflicts,
			tooManySkipped: log.total * 2 > this.rowsRead,
			suspiciousDates: this.years.suspicious(header[this.cDate] ?? ''),
			...(this.statusTally ? { statuses: this.statusTally.list() } : {})
		};
		return {
			chunks: built.chunks,
			customerIds: built.customerIds,
			attributes: built.attributes,
			...(built.products ? { products: built.products } : {}),
			orderCount: built.orderCount,
			orderIds: built.orderIds,
			header,
			report,
			rejected: log.rejected
		};
	}

	private consume(piece: string, final: boolean): void {
		// join, not +: a cons string made every charCodeAt of the hot helpers go through it in
		// Chromium (1M lines: worker CPU −15% with join, which copies once as flattening did).
		const text = this.pending === '' ? piece : [this.pending, piece].join('');
		const scanner = this.scanner;
		let pos = 0;
		while (pos < text.length) {
			const next = scanner.scan(text, pos, final);
			if (next < 0) break;
			const line = this.line;
			this.line += 1 + scanner.innerLineBreaks;
			this.recordStart = pos;
			this.recordEnd = next;
			pos = next;
			if (this.header === null) this.readHeader();
			else if (this.leading && this.leadingRow()) this.line = 1;
			else if (this.options.mapping.kind === 'transactions') this.transactionRow(line);
			else this.summaryRow(line);
		}
		this.pending = pos < text.length ? text.slice(pos) : '';
		this.progress.rows = this.rowsRead;
	}

	private readHeader(): void {
		const scanner = this.scanner;
		if (scanner.isBlank()) return;
		if (!this.pastSepLine) {
			this.pastSepLine = true;
			if (excelSepLine(this.recordText())) return;
		}
		const names: string[] = [];
		for (let i = 0; i < Math.min(scanner.fieldCount, scanner.capacity); i++) {
			names.push(scanner.raw(i));
		}
		this.useHeader(uniqueHeader(names));
	}

	/** Take the file's header: the columns of the roles, the line builder and the skip log. */
	private useHeader(header: string[]): void {
		const scanner = this.scanner;
		const { mapping } = this.options;
		const problems = mappingProblems(mapping, header);
		if (problems.length > 0) throw new ImportError(problems[0]);
		this.header = header;
		scanner.resize(header.length);
		const at = (column: string | null) => (column === null ? -1 : header.indexOf(column));
		this.cCustomer = at(mapping.customerId);
		this.idType = mapping.customerIdType ?? 'text';
		if (mapping.kind === 'transactions') {
			this.readStatusColumns(mapping, at);
			this.cDate = at(mapping.orderDate);
			this.cAmount = at(mapping.amount);
			this.cQuantity = at(mapping.quantity);
			this.cPrice = at(mapping.unitPrice);
			this.cOrder = at(mapping.orderId);
			const id = at(mapping.productId ?? null);
			const name = at(mapping.productName ?? null);
			this.cProduct = id >= 0 ? id : name;
			this.cProductName = id >= 0 ? name : -1;
			this.cProductCategory = this.cProduct >= 0 ? at(mapping.productCategory ?? null) : -1;
		} else {
			this.cDate = at(mapping.lastPurchaseDate);
			this.cRecency = this.cDate < 0 ? at(mapping.recencyDays) : -1;
			this.cQuantity = at(mapping.frequency);
			this.cAmount = at(mapping.monetary);
			this.cFirst = at(mapping.firstPurchaseDate);
		}
		this.cDateRead = this.cDate;
		this.cAttributes = mapping.attributes.map(at);
		const firstPart = mapping.kind === 'transactions' ? (mapping.attributeFirstPart ?? []) : [];
		this.attributeFirstPart = mapping.attributes.map((column) => firstPart.includes(column));
		this.attributeScratch = new Int32Array(mapping.attributes.length);
		this.prevAttribute = mapping.attributes.map(() => '');
		this.prevAttributeIndex = mapping.attributes.map(() => -1);
		// Fields past the last mapped column are never read: the scanner may skip them.
		scanner.scanOnly(1 + Math.max(...this.mappedColumns()));
		this.builder = new LineBuilder(mapping.attributes, {
			product: this.cProduct >= 0,
			quantity: mapping.kind === 'transactions' && this.cQuantity >= 0
		});
		this.log = new SkipLog(
			header,
			this.options.delimiter,
			this.options.rejectedRowsCap ?? DEFAULT_REJECTED_CAP
		);
	}

	/** Column indexes of every mapped role (−1 for those not mapped). */
	private mappedColumns(): number[] {
		return [
			this.cCustomer,
			this.cDate,
			this.cAmount,
			this.cQuantity,
			this.cPrice,
			this.cOrder,
			this.cRecency,
			this.cFirst,
			this.cProduct,
			this.cProductName,
			this.cProductCategory,
			this.cStatus,
			this.cRefund,
			this.cDateFallback,
			...this.cAttributes
		];
	}

	/** Columns of the status, refund and fallback date roles, and the status verdicts. */
	private readStatusColumns(
		mapping: TransactionMapping,
		at: (column: string | null) => number
	): void {
		this.cStatus = at(mapping.status ?? null);
		this.cRefund = at(mapping.refund ?? null);
		this.cDateFallback = at(mapping.orderDateFallback ?? null);
		this.statusTally = this.cStatus >= 0 ? new StatusTally(mapping.statusCounts ?? {}) : null;
	}

	/** Find field `i` of the current record, trimmed; false when it is empty. */
	private field(i: number): boolean {
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
	private recordText = (): string => {
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
	 * `transactionRow`) ends the order above it: the lines below are no longer its further lines.
	 */
	private skip(reason: SkipReason, line: number, column: number): void {
		if (reason === 'missing_customer_id' && this.scanner.isBlank()) {
			this.blankLines++;
			return;
		}
		this.skippedOrder = '';
		this.lastHadOrder = false;
		this.logSkip(reason, line, column);
	}

	/** Count and log a skipped row (its cross-row state is the caller's business). */
	private logSkip(reason: SkipReason, line: number, column: number): void {
		this.rowsRead++;
		this.skippedColumn = column;
		const header = this.header as string[];
		const log = this.log as SkipLog;
		log.skip(reason, line, header[column], this.skippedValue, this.recordText);
	}

	private customer(): number {
		const text = this.fs;
		const a = this.fa;
		const b = floatIdEnd(text, a, this.fb);
		if (this.idType !== 'text') return this.normalisedCustomer(text.slice(a, b));
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

	private attributes(): Int32Array {
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

	/** The current row's product index, −1 without one; names and categories as first seen. */
	private product(): number {
		if (this.cProduct < 0 || !this.field(this.cProduct)) return -1;
		const products = (this.builder as LineBuilder).products as ProductDictionaryBuilder;
		let index = this.prevProductIndex;
		if (sameText(this.fs, this.fa, this.fb, this.prevProduct)) {
			// Only a cache: a repeated product still takes the first name and category on its lines.
			if (!products.lacksDetails(index, this.cProductCategory >= 0)) return index;
		} else {
			index = products.indexIn(this.fs, this.fa, this.fb);
			this.prevProduct = products.id(index);
			this.prevProductIndex = index;
		}
		// Without a category column only a missing name is worth reading the row again for.
		if (products.lacksDetails(index, this.cProductCategory >= 0)) {
			const name =
				this.cProductName < 0
					? this.prevProduct
					: this.field(this.cProductName)
						? this.fs.slice(this.fa, this.fb)
						: '';
			const category =
				this.cProductCategory >= 0 && this.field(this.cProductCategory)
					? this.fs.slice(this.fa, this.fb)
					: '';
			products.describe(index, name, category);
		}
		return index;
	}

	/** The current row's quantity, NaN when the column is absent, empty or unreadable. */
	private quantity(): number {
		if (this.cQuantity < 0) return NaN;
		// Without an amount column the row's amount read it already: quantity × unit price.
		if (this.cAmount < 0) return this.units;
		if (!this.field(this.cQuantity)) return NaN;
		return this.second.read(this.fs, this.fa, this.fb) ? this.second.cents() / 100 : NaN;
	}

	/**
	 * One transaction row. Only a *dependent* row looks at the rows above it: an amount column is
	 * mapped, the row has an order id and its amount is empty. It may be a further line of an order
	 * — a line directly below that order's row (after the order's other further lines): of an
	 * order skipped for its status (skipped too) or of the order imported last (a continuation
	 * row). Every other non-blank row sets that state afresh from itself alone, so the outcome of
	 * an *independent* row, and the state after it, depend on no earlier row: a file can be cut
	 * before any independent row and its parts parsed apart (`parts.ts`). The `prev…` texts are
	 * only caches.
	 */
	private transactionRow(line: number): void {
		const total = this.cAmount >= 0;
		let hasOrder = false;
		let orderSame = false;
		if (this.cOrder >= 0 && this.field(this.cOrder)) {
			hasOrder = true;
			orderSame = sameText(this.fs, this.fa, this.fb, this.prevOrder);
			// A further line of an order skipped for its status, without its own amount.
			if (
				total &&
				this.skippedOrder !== '' &&
				sameText(this.fs, this.fa, this.fb, this.skippedOrder) &&
				!this.field(this.cAmount)
			) {
				return this.logSkip('cancelled_or_unpaid', line, this.cStatus);
			}
			// A further line of the order imported last, without its own amount (Shopify).
			if (orderSame && total && this.lastHadOrder && !this.field(this.cAmount)) {
				return this.continuationRow();
			}
		}
		if (this.statusTally !== null && !this.statusCounts()) return this.skipStatus(line, hasOrder);
		if (!this.field(this.cCustomer)) return this.skip('missing_customer_id', line, this.cCustomer);
		const dateColumn = this.dateColumn();
		if (dateColumn < 0) return this.skip('missing_date', line, this.cDate);
		const day = this.dates.read(this.fs, this.fa, this.fb);
		if (day !== day) return this.skip('unparseable_date', line, dateColumn);
		if (day > this.latestDay) return this.skip('future_date', line, dateColumn);

		let cents: number;
		if (total) {
			if (!this.field(this.cAmount)) return this.skip('missing_amount', line, this.cAmount);
			if (!this.first.read(this.fs, this.fa, this.fb)) {
				return this.skip('unparseable_amount', line, this.cAmount);
			}
			cents = this.first.cents();
			if (cents !== cents) return this.skip('unparseable_amount', line, this.cAmount);
		} else {
			if (!this.field(this.cQuantity)) return this.skip('missing_amount', line, this.cQuantity);
			if (!this.first.read(this.fs, this.fa, this.fb)) {
				return this.skip('unparseable_quantity', line, this.cQuantity);
			}
			this.units = this.first.cents() / 100;
			if (!this.field(this.cPrice)) return this.skip('missing_amount', line, this.cPrice);
			if (!this.second.read(this.fs, this.fa, this.fb)) {
				return this.skip('unparseable_price', line, this.cPrice);
			}
			cents = this.first.timesCents(this.second);
			if (cents !== cents) return this.skip('unparseable_amount', line, this.cPrice);
		}
		if (this.cRefund >= 0) cents = this.refunded(cents);

		// Only a row that is imported adds its customer id (nothing of a skipped row is kept).
		this.field(this.cCustomer);
		const customer = this.customer();
		const builder = this.builder as LineBuilder;
		let order: number;
		if (hasOrder && this.field(this.cOrder)) {
			if (orderSame && this.prevOrderCustomer === customer) order = this.prevOrderIndex;
			else {
				order = builder.orderIndexIn(customer, this.fs, this.fa, this.fb, day);
				this.prevOrder = builder.lastOrderId;
				this.prevOrderCustomer = customer;
				this.prevOrderIndex = order;
			}
			this.lastHadOrder = true;
		} else {
			order = builder.orderIndex(customer, '', day);
			this.lastHadOrder = false;
		}
		this.skippedOrder = '';
		this.prevDay = day;
		builder.addLine(
			customer,
			day,
			cents,
			order,
			this.attributes(),
			this.product(),
			this.quantity()
		);
		this.countImported(day, cents, line);
	}

	/**
	 * Whether the current row's status counts as a sale (an empty status does), tallied for the
	 * report's list of status values.
	 */
	private statusCounts(): boolean {
		const tally = this.statusTally as StatusTally;
		if (!this.field(this.cStatus)) return true;
		if (sameText(this.fs, this.fa, this.fb, this.prevStatus)) return tally.again();
		this.prevStatus = this.fs.slice(this.fa, this.fb);
		return tally.counts(this.prevStatus);
	}

	/** Skip a row whose status is not a sale, remembering its order for its further lines. */
	private skipStatus(line: number, hasOrder: boolean): void {
		const order = hasOrder && this.field(this.cOrder) ? this.fs.slice(this.fa, this.fb) : '';
		this.skip('cancelled_or_unpaid', line, this.cStatus);
		this.skippedOrder = order;
	}

	/**
	 * Find the current row's date: the order date, or the fallback date when that is empty. Returns
	 * the column read (−1: both empty).
	 */
	private dateColumn(): number {
		let column = this.cDate;
		if (!this.field(column)) {
			column = this.cDateFallback;
			if (column < 0 || !this.field(column)) return -1;
		}
		this.cDateRead = column;
		return column;
	}

	/** An amount less the current row's refund (net = paid − refunded); unreadable: nothing off. */
	private refunded(cents: number): number {
		if (!this.field(this.cRefund) || !this.second.read(this.fs, this.fa, this.fb)) return cents;
		return netCents(cents, this.second.cents());
	}

	/**
	 * A further line of the order imported last, without an amount of its own (Shopify writes the
	 * total on the first line only): its product and quantity join that order as a line of 0, so
	 * the order's amount stays its total. Counted as a continuation row, not as imported.
	 */
	private continuationRow(): void {
		this.rowsRead++;
		this.continuationRows++;
		if (this.cProduct < 0) return;
		const product = this.product();
		if (product < 0) return;
		(this.builder as LineBuilder).addLine(
			this.prevOrderCustomer,
			this.prevDay,
			0,
			this.prevOrderIndex,
			this.attributeScratch,
			product,
			this.quantity()
		);
	}

	private countImported(day: number, cents: number, line: number): void {
		this.rowsRead++;
		this.imported++;
		if (cents < 0) this.returns++;
		else if (cents === 0) this.zeroAmount++;
		if (day < this.firstDay) this.firstDay = day;
		if (day > this.lastDay) this.lastDay = day;
		this.years.count(day, line, this.dateText);
	}

	/** The date field of the current record, as written (for a suspicious-date example). */
	private dateText = (): string => {
		const raw = this.scanner.raw(this.cDateRead);
		return copyOf(raw, 0, Math.min(raw.length, 100));
	};

	private summaryRow(line: number): void {
		if (!this.field(this.cCustomer)) return this.skip('missing_customer_id', line, this.cCustomer);
		let lastDay: number;
		if (this.cDate >= 0) {
			if (!this.field(this.cDate)) return this.skip('missing_date', line, this.cDate);
			lastDay = this.dates.read(this.fs, this.fa, this.fb);
			if (lastDay !== lastDay) return this.skip('unparseable_date', line, this.cDate);
			if (lastDay > this.latestDay) return this.skip('future_date', line, this.cDate);
		} else {
			if (!this.field(this.cRecency)) return this.skip('missing_date', line, this.cRecency);
			if (!this.first.read(this.fs, this.fa, this.fb)) {
				return this.skip('unparseable_date', line, this.cRecency);
			}
			const days = wholeDays(this.first);
			if (days !== days) return this.skip('unparseable_date', line, this.cRecency);
			lastDay = (this.options.asOfDay as number) - days;
			if (lastDay > this.latestDay) return this.skip('future_date', line, this.cRecency);
		}
		if (!this.field(this.cQuantity)) return this.skip('missing_frequency', line, this.cQuantity);
		if (!this.first.read(this.fs, this.fa, this.fb)) {
			return this.skip('unparseable_frequency', line, this.cQuantity);
		}
		const frequency = this.first.cents() / 100;
		if (!Number.isInteger(frequency) || frequency < 0 || frequency > 100_000) {
			return this.skip('unparseable_frequency', line, this.cQuantity);
		}
		if (!this.field(this.cAmount)) return this.skip('missing_amount', line, this.cAmount);
		if (!this.first.read(this.fs, this.fa, this.fb)) {
			return this.skip('unparseable_amount', line, this.cAmount);
		}
		const monetary = this.first.cents();
		if (monetary !== monetary) return this.skip('unparseable_amount', line, this.cAmount);
		let firstDay: number | null = null;
		if (this.cFirst >= 0 && this.field(this.cFirst)) {
			const day = this.dates.read(this.fs, this.fa, this.fb);
			if (day === day) firstDay = day;
		}
		const lines = summaryLines(frequency, monetary, lastDay, firstDay);
		if (lines === null) return this.skip('inconsistent_summary', line, this.cQuantity);

		this.field(this.cCustomer);
		const customer = this.customer();
		const attributes = this.attributes();
		const builder = this.builder as LineBuilder;
		this.rowsRead++;
		this.imported++;
		for (let k = 0; k < lines.days.length; k++) {
			const day = lines.days[k];
			const cents = lines.cents[k];
			builder.addLine(customer, day, cents, builder.newOrderIndex(customer), attributes);
			if (cents < 0) this.returns++;
			else if (cents === 0) this.zeroAmount++;
			if (day < this.firstDay) this.firstDay = day;
			if (day > this.lastDay) this.lastDay = day;
		}
		if (this.cDate >= 0) this.years.count(lastDay, line, this.dateText);
	}
	get headerRow(): string[] | null {
		return this.header;
	}

	get leadingLineFeeds(): number | null {
		return this.leading ? null : this.leadingFeeds;
	}

	atRecordBoundary(): boolean {
		return this.header !== null && this.pending === '' && this.lastByte === 10;
	}

	/**
	 * A part importer before its first row: true when the current record is passed over (blank,
	 * dependent, or not right after a line feed), counting its line feeds; nothing else of it is
	 * kept. False at the first independent row, which the part then starts with.
	 */
	private leadingRow(): boolean {
		const text = this.scanner.text;
		const afterLineFeed = this.afterLineFeed;
		this.afterLineFeed = text.charCodeAt(this.recordEnd - 1) === 10;
		if (afterLineFeed && !this.scanner.isBlank() && !this.dependentRow()) {
			this.leading = false;
			return false;
		}
		for (let i = this.recordStart; i < this.recordEnd; i++) {
			if (text.charCodeAt(i) === 10) this.leadingFeeds++;
		}
		return true;
	}

	/** Whether the current row may be a further line of an order (`transactionRow`). */
	private dependentRow(): boolean {
		return (
			this.options.mapping.kind === 'transactions' &&
			this.cAmount >= 0 &&
			this.cOrder >= 0 &&
			this.field(this.cOrder) &&
			!this.field(this.cAmount)
		);
	}

	finishPart(): ImportPart | null {
		const result = this.finish();
		if (this.leading) return null;
		const builder = this.builder as LineBuilder;
		const log = this.log as SkipLog;
		return {
			leadingLineFeeds: this.leadingFeeds,
			lines: this.line - 1,
			built: {
				chunks: result.chunks,
				customerIds: result.customerIds,
				attributes: result.attributes,
				...(result.products ? { products: result.products } : {}),
				orderCount: result.orderCount,
				lineCount: result.report.lines,
				orderIds: result.orderIds
			},
			categoryOrder: builder.products?.categoryOrder() ?? [],
			counts: {
				rowsRead: this.rowsRead,
				imported: this.imported,
				returns: this.returns,
				zeroAmount: this.zeroAmount,
				continuationRows: this.continuationRows,
				blankLines: this.blankLines,
				firstDay: this.firstDay,
				lastDay: this.lastDay,
				dayOrderConflicts: this.dates.otherOrderOnly
			},
			skips: { total: log.total, byReason: log.byReason, rejected: log.rejected },
			years: this.years.state(),
			statuses: this.statusTally?.inOrder() ?? null
		};
	}

	absorb(part: ImportPart): boolean {
		const tally = this.statusTally;
		if (tally !== null && !tally.canAbsorb(part.statuses ?? [])) return false;
		const kind = this.options.mapping.kind;
		const lineShift = this.line - 1;
		const builder = this.builder as LineBuilder;
		builder.absorb(part.built, part.categoryOrder, kind === 'customer_summary');
		const counts = part.counts;
		this.rowsRead += counts.rowsRead;
		this.imported += counts.imported;
		this.returns += counts.returns;
		this.zeroAmount += counts.zeroAmount;
		this.continuationRows += counts.continuationRows;
		this.blankLines += counts.blankLines;
		this.firstDay = Math.min(this.firstDay, counts.firstDay);
		this.lastDay = Math.max(this.lastDay, counts.lastDay);
		this.absorbedConflicts += counts.dayOrderConflicts;
		(this.log as SkipLog).absorb(part.skips, lineShift);
		this.years.absorb(part.years, lineShift);
		if (tally !== null) tally.absorb(part.statuses ?? []);
		this.line += part.lines;
		this.progress.rows = this.rowsRead;
		return true;
	}
}
