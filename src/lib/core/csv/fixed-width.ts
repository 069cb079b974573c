/**
 * Text tables aligned with spaces (fixed-width or whitespace-separated exports of older ERPs and
 * of classic data sets such as CDNOW): detected when a text has one column under every delimiter
 * but the same number of whitespace-separated fields on (nearly) every line, and read by turning
 * every run of spaces or tabs into one tab, so the importer reads the result as TSV.
 *
 * Values that themselves contain spaces (a product name) cannot be told apart from the gaps
 * between columns: such a file has no consistent field count and is not detected.
 */

/** How to read a whitespace-aligned text. */
export interface WhitespaceLayout {
	/** Fields per line. */
	fields: number;
	/**
	 * Names written as a header line before the data, when the file has none of its own (`column
	 * 1`…, or CDNOW's published names for its four-field shape); null when its first line is one.
	 */
	header: string[] | null;
}

/** Lines looked at when detecting a layout. */
const SAMPLE_LINES = 2_000;
/** Share of data lines that must have the common field count. */
const CONSISTENCY = 0.98;
const NUMBER = /^[-+]?(\d+([.,]\d+)?|\.\d+)$/;
/** CDNOW's four fields: id, yyyymmdd date, count of CDs, dollar value. */
const CDNOW_SHAPE = [/^\d+$/, /^(19|20)\d{6}$/, /^\d+$/, /^\d+(\.\d+)?$/];
/** The names CDNOW's own documentation gives its four columns. */
export const CDNOW_COLUMNS = ['customer_id', 'date', 'number_of_cds', 'dollar_value'];

/**
 * The whitespace layout of a text, or null when it is not a table aligned with spaces (a line
 * holds a comma, semicolon, pipe or quote; fewer than two fields; field counts that differ).
 * @example detectWhitespaceLayout(' id  date   amount\n 001 20240105  1.50\n 002 20240106 2\n', true)
 * // → { fields: 3, header: null }
 * @example detectWhitespaceLayout('00001 19970101 1 11.77\n00002 19970112 1 12.00\n', true)?.header
 * // → ['customer_id', 'date', 'number_of_cds', 'dollar_value']
 */
export function detectWhitespaceLayout(text: string, complete: boolean): WhitespaceLayout | null {
	let lines = text.split(/\r\n|\n|\r/);
	if (!complete) lines = lines.slice(0, -1);
	lines = lines.filter((line) => line.trim() !== '').slice(0, SAMPLE_LINES);
	if (lines.length < 2 || lines.some((line) => /[,;|"]/.test(line))) return null;
	const split = lines.map((line) => line.trim().split(/[ \t]+/));
	const data = split.slice(1);
	const counts = new Map<number, number>();
	for (const fields of data) counts.set(fields.length, (counts.get(fields.length) ?? 0) + 1);
	const [fields, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
	if (fields < 2 || count < data.length * CONSISTENCY) return null;
	const first = split[0];
	if (first.length === fields && first.some((value) => !NUMBER.test(value))) {
		return { fields, header: null };
	}
	const cdnow =
		fields === 4 && split.every((row) => row.every((value, i) => CDNOW_SHAPE[i].test(value)));
	return {
		fields,
		header: cdnow ? CDNOW_COLUMNS : Array.from({ length: fields }, (_, i) => `column ${i + 1}`)
	};
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Rewrites whitespace-aligned bytes as TSV, in a stream: leading and trailing blanks of a line
 * go, every inner run of spaces and tabs becomes one tab. Works on the bytes of any ASCII-based
 * encoding (UTF-8, GBK, Latin-1), where a space is always the byte 0x20.
 * @example new TextDecoder().decode(new WhitespaceToTsv(null).push(new TextEncoder().encode(' a  b \n')))
 * // → 'a\tb\n'
 */
export class WhitespaceToTsv {
	private lineStart = true;
	private pendingGap = false;
	private header: Uint8Array | null;

	constructor(header: string[] | null) {
		this.header = header ? new TextEncoder().encode(header.join('\t') + '\n') : null;
	}

	/** The TSV bytes of the next bytes of the file. */
	push(bytes: Uint8Array): Uint8Array {
		const head = this.header;
		this.header = null;
		const out = new Uint8Array(bytes.length + (head?.length ?? 0));
		let n = 0;
		if (head) {
			out.set(head);
			n = head.length;
		}
		let lineStart = this.lineStart;
		let gap = this.pendingGap;
		for (let i = 0; i < bytes.length; i++) {
			const b = bytes[i];
			if (b === SPACE || b === TAB) {
				if (!lineStart) gap = true;
			} else if (b === LF || b === CR) {
				gap = false;
				lineStart = true;
				out[n++] = b;
			} else {
				if (gap) out[n++] = TAB;
				gap = false;
				lineStart = false;
				out[n++] = b;
			}
		}
		this.lineStart = lineStart;
		this.pendingGap = gap;
		return out.subarray(0, n);
	}
}
