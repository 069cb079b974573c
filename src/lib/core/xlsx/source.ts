/**
 * Format adapters in front of the CSV importer: an .xlsx sheet becomes UTF-8 CSV, a text aligned
 * with spaces becomes TSV, and the importer reads either unchanged — every mapping role, skip
 * reason and report applies as for a CSV file. `ImportOptions.source` says which adapter a file
 * needs (none for a delimited text).
 */
import { decodeText } from '../csv/encoding';
import { detectWhitespaceLayout, WhitespaceToTsv } from '../csv/fixed-width';
import type { WhitespaceLayout } from '../csv/fixed-width';
import { createImporter, importOptionsFromSniff, sniffFile } from '../csv/importer';
import type { FileSniff, ImportOptions, ImportResult, SniffOverrides } from '../csv/importer';
import { ImportError } from '../csv/messages';
import type { DayNumber } from '../calendar';
import type { LineChunk } from '../columns';
import { concatBytes } from '../backup/bytes';
import { sheetCsv } from './sheet';
import { openWorkbook } from './workbook';
import type { SheetInfo, Workbook } from './workbook';

// The worker loads this module lazily, as the one entry to the adapters and their ZIP reader.
export { openWorkbook };

/** Which adapter a file goes through before the CSV importer. */
export type ImportSource =
	{ format: 'xlsx'; sheet: number } | { format: 'whitespace'; layout: WhitespaceLayout };

/** Sniff overrides, plus the sheet of a workbook. */
export interface SourceOverrides extends SniffOverrides {
	sheet?: number;
}

/** A sniff of a file that needs an adapter, over the adapted text. */
export interface SourceSniff {
	sniff: FileSniff;
	source: ImportSource;
	/** The workbook's sheets (empty for a text file). */
	sheets: SheetInfo[];
	/** The adapted bytes the sniff read (for the preview's dry run). */
	bytes: Uint8Array;
}

/** The ZIP local header signature that every .xlsx starts with. */
export function isZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The sheet read when the user has not chosen one: the first visible sheet. */
export function defaultSheet(sheets: SheetInfo[]): number {
	return Math.max(
		0,
		sheets.findIndex((sheet) => !sheet.hidden)
	);
}

/**
 * Sniff a workbook (the whole .xlsx in memory) over the CSV of its first `sampleBytes` of the
 * chosen sheet; null when the bytes are not an .xlsx with a worksheet.
 * @example sniffWorkbook(xlsx, {}, 512 * 1024)?.sniff.header // → ['customer', 'date', 'amount']
 */
export function sniffWorkbook(
	bytes: Uint8Array | Workbook,
	overrides: SourceOverrides,
	sampleBytes: number
): SourceSniff | null {
	const workbook = bytes instanceof Uint8Array ? openWorkbook(bytes) : bytes;
	if (!workbook || workbook.sheets.length === 0) return null;
	const sheet =
		overrides.sheet !== undefined && overrides.sheet < workbook.sheets.length
			? overrides.sheet
			: defaultSheet(workbook.sheets);
	const pieces: Uint8Array[] = [];
	let size = 0;
	let complete = true;
	for (const piece of sheetCsv(workbook, sheet)) {
		pieces.push(piece);
		size += piece.length;
		if (size >= sampleBytes) {
			complete = false;
			break;
		}
	}
	const csv = concatBytes(pieces);
	const sniff = sniffFile(csv, complete ? csv.length : Infinity, {
		encoding: 'utf-8',
		delimiter: ','
	});
	return { sniff, source: { format: 'xlsx', sheet }, sheets: workbook.sheets, bytes: csv };
}

/**
 * When the sniff of a text found one column, look for a table aligned with spaces in the same
 * bytes and sniff its TSV instead; null when there is none.
 * @example sniffWhitespace(sniffFile(bytes, bytes.length), bytes)?.sniff.header
 * // → ['customer_id', 'date', 'number_of_cds', 'dollar_value']
 */
export function sniffWhitespace(raw: FileSniff, bytes: Uint8Array): SourceSniff | null {
	const encoding = raw.encoding.encoding;
	if (raw.fileKind || raw.header.length !== 1 || encoding.startsWith('utf-16')) return null;
	const layout = detectWhitespaceLayout(decodeText(encoding, bytes, raw.complete), raw.complete);
	if (!layout) return null;
	const tsv = new WhitespaceToTsv(layout.header).push(bytes);
	const sniff = sniffFile(tsv, raw.complete ? tsv.length : Infinity, { encoding, delimiter: '\t' });
	return { sniff, source: { format: 'whitespace', layout }, sheets: [], bytes: tsv };
}

/**
 * The bytes the CSV importer reads for a file in memory: the file itself, an .xlsx sheet as CSV
 * or a whitespace-aligned text as TSV. Throws `file_excel` when an .xlsx cannot be opened.
 * @example for (const piece of adaptedBytes(xlsx, { format: 'xlsx', sheet: 0 })) importer.push(piece);
 */
export function* adaptedBytes(
	bytes: Uint8Array,
	source: ImportSource | undefined,
	workbook?: Workbook | null
): Generator<Uint8Array> {
	if (!source) {
		yield bytes;
	} else if (source.format === 'whitespace') {
		yield new WhitespaceToTsv(source.layout.header).push(bytes);
	} else {
		yield* sheetCsv(workbook ?? workbookOf(bytes), source.sheet);
	}
}

function workbookOf(bytes: Uint8Array): Workbook {
	const workbook = openWorkbook(bytes);
	if (!workbook) throw new ImportError({ code: 'file_excel', params: {} });
	return workbook;
}

/**
 * Import a whole file held in memory through its adapter (tests, benches): all chunks in one list.
 * @example importSourceBytes(xlsx, { ...options, source: { format: 'xlsx', sheet: 0 } }).report.imported
 */
export function importSourceBytes(
	bytes: Uint8Array,
	options: ImportOptions & { source?: ImportSource }
): ImportResult {
	const importer = createImporter(options);
	const chunks: LineChunk[] = [];
	for (const piece of adaptedBytes(bytes, options.source)) chunks.push(...importer.push(piece));
	const result = importer.finish();
	return { ...result, chunks: [...chunks, ...result.chunks] };
}

/**
 * Import a file held in memory with everything its sniff guessed (tests, benches).
 * @example importGuessed(xlsx, sniffWorkbook(xlsx, {}, 1 << 20)!, todayDay()).customerIds.length
 */
export function importGuessed(
	bytes: Uint8Array,
	sniffed: SourceSniff,
	today: DayNumber
): ImportResult {
	return importSourceBytes(bytes, {
		...importOptionsFromSniff(sniffed.sniff, today),
		source: sniffed.source
	});
}
