/**
 * The one CSV writer every file Strata saves goes through (customers, skipped rows, pairs, lists,
 * reports): RFC 4180 quoting, CRLF record ends, and the OWASP CSV-injection guard on every text
 * cell, so a spreadsheet never runs a cell as a formula.
 */

/** A number already formatted (such as `-12.50`): written as it is when it is plain digits. */
export interface CsvDecimal {
	decimal: string;
}

/**
 * A cell: text is guarded and quoted; numbers and `CsvDecimal`s are written as they are (`-12.5`
 * stays a number).
 */
export type CsvValue = string | number | CsvDecimal | null | undefined;

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Byte order mark to put before the CSV when saving a file: Excel only reads a CSV as UTF-8 (and
 * so shows Chinese labels and non-ASCII ids correctly) when it starts with one.
 */
export const UTF8_BOM = '\uFEFF';

/** Record separator (RFC 4180). */
export const CRLF = '\r\n';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP: `=` `+` `-` `@` tab CR,
 * plus LF and their full-width forms), also after leading spaces.
 */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\t\r\n＝＋－＠]/;

/**
 * One text cell: prefixed with `'` when it could start a formula, then quoted when it holds a
 * delimiter, a quote or a line break (or starts or ends with a space, which some readers trim).
 * @example csvText('=HYPERLINK("http://x","y")') // → `"'=HYPERLINK(""http://x"",""y"")"`
 * @example csvText('  +1') // → "'  +1"
 * @example csvText('Lee, "Jo"') // → '"Lee, ""Jo"""'
 */
export function csvText(text: string): string {
	const safe = FORMULA_START.test(text) ? "'" + text : text;
	return /[",\r\n]/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
}

/**
 * One cell of any kind: finite numbers as `String(n)`, empty for null, undefined and non-finite
 * numbers, a `CsvDecimal` as it is when it is plain digits (else as text), text through `csvText`.
 * @example csvCell(-12.5) // → '-12.5'
 * @example csvCell({ decimal: '-12.50' }) // → '-12.50'
 * @example csvCell('-12.5') // → "'-12.5"
 */
export function csvCell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'object') {
		return PLAIN_DECIMAL.test(value.decimal) ? value.decimal : csvText(value.decimal);
	}
	return csvText(value);
}

/**
 * One record, without its line end.
 * @example csvRow(['a', 1, null, '@b']) // → "a,1,,'@b"
 */
export function csvRow(cells: readonly CsvValue[]): string {
	let line = '';
	for (let i = 0; i < cells.length; i++) line += (i > 0 ? ',' : '') + csvCell(cells[i]);
	return line;
}

/**
 * A whole CSV: the header and every row, each record ending with CRLF. No BOM: prepend
 * `UTF8_BOM` when saving for Excel.
 * @example writeCsv(['id', 'amount'], [['=1', 5]]) // → "id,amount\r\n'=1,5\r\n"
 */
export function writeCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
	const lines = [csvRow(header)];
	for (const row of rows) lines.push(csvRow(row));
	return lines.join(CRLF) + CRLF;
}
