/**
 * The streaming import API for the worker: `sniffFile` (in `sniff.ts`, re-exported here) looks
 * at the first bytes of a file and guesses how to import it; `createImporter` then takes the whole file as byte chunks of any size and returns line chunks
 * as they fill, and the dictionaries, order count and validation report at the end.
 *
 * The importer is a class in layers, one file each: `import-columns.ts` (the header → the column
 * of each role), `import-fields.ts` (fields, ids, attributes, skips, counters), `import-stream.ts`
 * (bytes → records, the header, the hooks of an import in two parts) and the rows of each kind,
 * `transaction-rows.ts` and `summary-rows.ts`.
 */
import type { DayNumber } from '../calendar';
import type { DatasetDictionaries, LineChunk } from '../columns';
import type { DecimalSeparator } from './amounts';
import type { DateFormat } from './dates';
import type { Encoding } from './encoding';
import type { ColumnMapping } from './mapping';
import type { Delimiter } from './records';
import type { ImportReport, RejectedRows } from './report';
import type { FileSniff } from './sniff';
import type { ImportSource } from '../xlsx/source';
import type { ImportPart } from './parts';
import type { StreamingImporter } from './import-stream';
import { SummaryImporter } from './summary-rows';
import { TransactionImporter } from './transaction-rows';

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
	/** As `Importer.atRecordBoundary`: the part may end here, the next one start here. */
	atRecordBoundary(): boolean;
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
	return newImporter(options);
}

/**
 * Start an importer for the rest of a file from a point after a line feed, in a worker of its
 * own: with the header read by the importer of the first part, no header, sep line or file-kind
 * check of its own, and lines numbered from 1. The rows before its first *independent* row (see
 * `TransactionImporter.row` in `transaction-rows.ts`) — blank lines, further lines of an order, a record not after a line feed —
 * are passed over without a trace: they belong to the first part. A part that started inside a
 * quoted field is wrong about its first records; the first importer tells (`atRecordBoundary`).
 * @example
 * const part = createPartImporter(options, importer.headerRow);
 * part.push(rest); // the bytes after the first line feed at or after the middle
 * part.leadingLineFeeds // → 0 when the first line there is an independent row
 */
export function createPartImporter(options: ImportOptions, header: string[]): PartImporter {
	return newImporter(options, header);
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

/** The importer of the mapping's kind of rows; a part importer with the first part's header. */
function newImporter(options: ImportOptions, header?: string[]): StreamingImporter {
	return options.mapping.kind === 'transactions'
		? new TransactionImporter(options, header)
		: new SummaryImporter(options, header);
}
