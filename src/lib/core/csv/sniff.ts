/**
 * Sniffing: look at the first (and, when needed, the last) bytes of a file and guess everything
 * an import needs — encoding, delimiter, header, column mapping, date and number formats, kind —
 * plus a preview of the first rows.
 */
import { detectDecimalSeparator } from './amounts';
import type { DecimalSeparatorGuess } from './amounts';
import { detectDateFormat } from './dates';
import type { DateFormatGuess } from './dates';
import { decodeText, detectEncoding } from './encoding';
import type { Encoding, EncodingGuess } from './encoding';
import { guessSummaryMapping, guessTransactionMapping } from './mapping';
import type { ColumnMapping, SummaryGuess, TransactionGuess } from './mapping';
import { detectFileKind } from './file-kind';
import type { FileKindCode } from './file-kind';
import { headerEncodingHint } from './header-encoding';
import type { ImportMessage } from './messages';
import { excelSepLine, readRecords, detectDelimiter, uniqueHeader } from './record-texts';
import type { DelimiterGuess } from './record-texts';
import type { Delimiter } from './records';

/** Rows shown in the preview. */
export const PREVIEW_ROWS = 50;
/** Most sampled rows used for guesses. */
const SAMPLE_ROWS = 10_000;

export interface SniffOverrides {
	encoding?: Encoding;
	delimiter?: Delimiter;
}

/** What the first bytes of a file say about it. */
export interface FileSniff {
	encoding: EncodingGuess;
	delimiter: DelimiterGuess & { reason: 'detected' | 'override' };
	/** Header names made unique (`Column 3`, `amount (2)`). */
	header: string[];
	/** The first data rows, raw values, each as long as the header. */
	preview: string[][];
	/** 1-based file line of each preview row. */
	previewLines: number[];
	/** Data rows in the sample (all complete records of the bytes given). */
	sampleRows: number;
	/** The bytes given are the whole file. */
	complete: boolean;
	/** No header: the file is empty or blank. */
	empty: boolean;
	/**
	 * What the first bytes say the file is when it is not a table of text (an image, a PDF, an
	 * Excel workbook…): then nothing else was read and header, preview and guesses are empty.
	 */
	fileKind: FileKindCode | null;
	/**
	 * The bytes given end inside the header or the first data row (a field longer than the
	 * sample): sniff again with more bytes.
	 */
	needsMoreBytes: boolean;
	/** The file starts with Excel's `sep=X` line, skipped (and X used as the delimiter). */
	sepLine: boolean;
	/** The header looks like mojibake: which encoding reads it right (see `headerEncodingHint`). */
	encodingHint: ImportMessage | null;
	kind: 'transactions' | 'customer_summary';
	transactions: TransactionGuess;
	summary: SummaryGuess | null;
	/** The suggested mapping for `kind`. */
	mapping: ColumnMapping;
	dateFormat: DateFormatGuess;
	decimalSeparator: DecimalSeparatorGuess;
}

/**
 * Look at the first bytes of a file (a few hundred KB is plenty) and guess how to import it.
 * Pass overrides to look again after the user changed the encoding or delimiter.
 * @example
 * const bytes = new TextEncoder().encode('customer,date,total\nA,2024-01-05,"1,5"\n');
 * const sniff = sniffFile(bytes, bytes.length);
 * // sniff.delimiter.delimiter → ','; sniff.mapping → { kind: 'transactions', customerId:
 * //   'customer', orderDate: 'date', amount: 'total', … }; sniff.decimalSeparator.decimalSeparator → ','
 */
export function sniffFile(
	bytes: Uint8Array,
	totalBytes: number,
	overrides: SniffOverrides = {}
): FileSniff {
	const complete = bytes.length >= totalBytes;
	const fileKind = detectFileKind(bytes);
	const encoding: EncodingGuess = overrides.encoding
		? { encoding: overrides.encoding, reason: 'override' }
		: detectEncoding(bytes, complete);
	const decoded = fileKind ? '' : decodeText(encoding.encoding, bytes, complete);
	const sep = excelSepLine(decoded);
	const text = sep ? decoded.slice(sep.length) : decoded;
	const delimiter =
		overrides.delimiter || sep?.delimiter
			? {
					delimiter: (overrides.delimiter ?? sep?.delimiter) as Delimiter,
					fieldCount: 0,
					consistency: 0,
					reason: 'override' as const
				}
			: { ...detectDelimiter(text, complete), reason: 'detected' as const };
	const records = readRecords(text, delimiter.delimiter, {
		final: complete,
		limit: SAMPLE_ROWS + 1
	});
	if (sep) for (let i = 0; i < records.lines.length; i++) records.lines[i]++;
	const header = uniqueHeader(records.rows[0] ?? []);
	const rows = records.rows.slice(1).map((row) => header.map((_, c) => row[c] ?? ''));
	const headerEnd = text.search(/[\r\n]/);
	const encodingHint =
		records.rows.length > 0
			? headerEncodingHint(
					bytes,
					encoding.encoding,
					headerEnd < 0 ? text : text.slice(0, headerEnd)
				)
			: null;

	let transactions = guessTransactionMapping(header, rows);
	let summary = guessSummaryMapping(header, rows);
	const amountColumns = [
		transactions.mapping.amount,
		transactions.mapping.quantity,
		transactions.mapping.unitPrice,
		summary?.mapping.monetary ?? null
	];
	const decimalSeparator = detectDecimalSeparator(valuesOf(header, rows, amountColumns));
	if (decimalSeparator.decimalSeparator === ',') {
		transactions = guessTransactionMapping(header, rows, ',');
		summary = guessSummaryMapping(header, rows, ',');
	}
	const strongDate = ['preset', 'header'].includes(transactions.guesses.orderDate?.reason ?? '');
	const kind = summary !== null && !strongDate ? 'customer_summary' : 'transactions';
	const dateColumns =
		kind === 'customer_summary' && summary
			? [summary.mapping.lastPurchaseDate, summary.mapping.firstPurchaseDate]
			: [transactions.mapping.orderDate, transactions.mapping.orderDateFallback ?? null];
	return {
		encoding,
		delimiter,
		header,
		preview: rows.slice(0, PREVIEW_ROWS),
		previewLines: records.lines.slice(1, PREVIEW_ROWS + 1),
		sampleRows: rows.length,
		complete,
		empty: records.rows.length === 0 && complete,
		fileKind,
		needsMoreBytes: !complete && !fileKind && records.rows.length < 2,
		sepLine: sep !== null,
		encodingHint,
		kind,
		transactions,
		summary,
		mapping: kind === 'customer_summary' && summary ? summary.mapping : transactions.mapping,
		dateFormat: presetDateFormat(
			detectDateFormat(valuesOf(header, rows, dateColumns)),
			kind === 'transactions' ? transactions.preset : null
		),
		decimalSeparator
	};
}

/** A known export decides dates its sample could not: UCI Online Retail writes US dates. */
function presetDateFormat(guess: DateFormatGuess, preset: string | null): DateFormatGuess {
	if (!guess.ambiguous || preset !== 'uci_online_retail') return guess;
	return { ...guess, dayOrder: 'mdy', ambiguous: false, candidates: ['mdy'] };
}

/**
 * When the start of a file cannot decide the day order (a large file sorted by date may begin with
 * days 1–12 only), look at its last bytes too: later dates usually decide it. Returns the sniff
 * with the better date guess.
 * @example
 * // a sniff of '…,1/2/2024,…' lines is ambiguous; a tail with '…,1/25/2024,…' makes it 'mdy'
 * sniffTail(sniff, tailBytes).dateFormat.dayOrder // → 'mdy'
 */
export function sniffTail(sniff: FileSniff, tail: Uint8Array): FileSniff {
	if (!sniff.dateFormat.ambiguous || sniff.complete) return sniff;
	const text = decodeText(sniff.encoding.encoding, tail);
	const start = text.search(/[\r\n]/);
	if (start < 0) return sniff;
	const records = readRecords(text.slice(start), sniff.delimiter.delimiter, { final: true });
	const rows = records.rows.map((row) => sniff.header.map((_, c) => row[c] ?? ''));
	const mapping = sniff.mapping;
	const dateColumns =
		mapping.kind === 'customer_summary'
			? [mapping.lastPurchaseDate, mapping.firstPurchaseDate]
			: [mapping.orderDate];
	const guess = detectDateFormat(valuesOf(sniff.header, rows, dateColumns));
	if (guess.ambiguous || (guess.counts.mdyOnly === 0 && guess.counts.dmyOnly === 0)) return sniff;
	return { ...sniff, dateFormat: { ...guess, excelEpoch: sniff.dateFormat.excelEpoch } };
}

function valuesOf(header: string[], rows: string[][], columns: (string | null)[]): string[] {
	const values: string[] = [];
	for (const column of columns) {
		const c = column === null ? -1 : header.indexOf(column);
		if (c >= 0) for (const row of rows) values.push(row[c]);
	}
	return values;
}
