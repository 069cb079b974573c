/**
 * CSV records from text, one at a time, without one array per row.
 *
 * A hand-written scanner (RFC 4180 quoting, `""` escapes, CRLF, LF or lone CR line ends) that
 * records each field as a range of the text, so values are parsed in place. It resumes cleanly:
 * a record that runs past the end of the text so far is reported as incomplete and scanned again
 * once more text has arrived, so a record may be split anywhere, even inside quotes.
 */

/** Field delimiters the importer recognises. */
export type Delimiter = ',' | ';' | '\t' | '|';

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

const QUOTE = 34;
const LF = 10;
const CR = 13;
/** `end[i]` of a field with `start[i]` −1: `""` escapes to undo, or only text after the quote. */
const ESCAPED = -2;
const TRAILING = -3;
/** `RecordScanner.limit` when every field is scanned. */
const NO_LIMIT = 0x7fffffff;

/**
 * Whitespace trimmed from values: space, tab, no-break spaces, ideographic space, a stray BOM.
 * @example isTrimmable(0x3000) // → true
 */
export function isTrimmable(c: number): boolean {
	// Printable ASCII (most characters of a file) leaves after two comparisons.
	if (c <= 32) return c === 32 || c === 9;
	return c >= 0xa0 && (c === 0xa0 || c === 0x202f || c === 0x3000 || c === 0xfeff);
}

/**
 * Scans one record at a time. After `scan` returns, field `i < fieldCount` of the record is
 * `text.slice(start[i], end[i])`, unless `start[i]` is −1: then it is `unescaped(i)` (a quoted
 * field with `""` escapes or text after its closing quote). Such a field becomes a string of its
 * own only when asked for: a file whose quoted product names are never read costs no string per
 * row. Fields past `capacity` are scanned but not kept.
 * @example
 * const scanner = new RecordScanner(',');
 * scanner.scan('a,"b""c"\nnext', 0, false); // → 9 (the position after the line end)
 * scanner.value(1); // → 'b"c'
 */
export class RecordScanner {
	readonly delimiterCode: number;
	/**
	 * Fields in the record scanned last (all of them, also those past `capacity`), or `limit`
	 * when the fields past the limit were skipped (see `scanOnly`).
	 */
	fieldCount = 0;
	/** Line breaks inside quoted fields of the record scanned last. */
	innerLineBreaks = 0;
	start: Int32Array;
	end: Int32Array;
	/**
	 * Field `i` with `start[i]` −1: text[quotedStart[i], quotedEnd[i]) with `""` escapes, plus
	 * `trailing[i]` (text after its closing quote, usually null); materialised by `unescaped`.
	 */
	private quotedStart: Int32Array;
	private quotedEnd: Int32Array;
	private trailing: (string | null)[];
	private values: (string | null)[];
	/** The text the ranges refer to. */
	text = '';
	capacity: number;
	readonly delimiter: Delimiter;
	// Next delimiter, LF and CR at or after the scan position in `text` (text length: none).
	private nextDelimiter = -1;
	private nextLf = -1;
	private nextCr = -1;
	private nextQuote = -1;
	/** Fields scanned per record before the rest of the line may be skipped (`scanOnly`). */
	private limit = NO_LIMIT;
	/** Skipped rest of the record scanned last: text[skippedFrom, skippedTo); −1: none. */
	private skippedFrom = -1;
	private skippedTo = -1;
	/** Where the last scan started. */
	private scannedFrom = -1;

	constructor(delimiter: Delimiter, capacity = 64) {
		this.delimiter = delimiter;
		this.delimiterCode = delimiter.charCodeAt(0);
		this.capacity = capacity;
		this.start = new Int32Array(capacity);
		this.end = new Int32Array(capacity);
		this.quotedStart = new Int32Array(capacity);
		this.quotedEnd = new Int32Array(capacity);
		this.trailing = new Array<string | null>(capacity).fill(null);
		this.values = new Array<string | null>(capacity).fill(null);
	}

	/** Keep at most `capacity` fields per record. */
	resize(capacity: number): void {
		this.capacity = capacity;
		this.limit = NO_LIMIT;
		this.start = new Int32Array(capacity);
		this.end = new Int32Array(capacity);
		this.quotedStart = new Int32Array(capacity);
		this.quotedEnd = new Int32Array(capacity);
		this.trailing = new Array<string | null>(capacity).fill(null);
		this.values = new Array<string | null>(capacity).fill(null);
	}

	/**
	 * Scan only the first `count` fields of a record: past them, when the rest of its line holds
	 * no quote, jump to the line end (a shop export's later columns are often unused). Fields past
	 * the limit read as absent then; `isBlank` still looks at the skipped text up to `capacity`.
	 */
	scanOnly(count: number): void {
		this.limit = count > 0 && count < this.capacity ? count : NO_LIMIT;
	}

	/** Field `i` (with `start[i]` −1) of the last record, its `""` escapes undone. */
	unescaped(i: number): string {
		let value = this.values[i];
		if (value === null) {
			value = this.text.slice(this.quotedStart[i], this.quotedEnd[i]);
			if (this.end[i] === ESCAPED) value = value.replaceAll('""', '"');
			value += this.trailing[i] ?? '';
			this.values[i] = value;
		}
		return value;
	}

	/**
	 * Scan the record that starts at `pos`. Returns the position after its line end, or −1 when the
	 * record is incomplete (only possible when `final` is false: more text may follow). At the end
	 * of the final text a last record without a line end is complete.
	 */
	scan(text: string, pos: number, final: boolean): number {
		const n = text.length;
		const delimiter = this.delimiterCode;
		const capacity = this.capacity;
		const start = this.start;
		const end = this.end;
		// The positions found are kept while the scan moves on in one text; a text scanned again
		// from an earlier position (the pending record rescanned as final) looks them up anew.
		if (text !== this.text || pos <= this.scannedFrom) {
			this.text = text;
			this.nextDelimiter = -1;
			this.nextLf = -1;
			this.nextCr = -1;
			this.nextQuote = -1;
		}
		this.scannedFrom = pos;
		const limit = this.limit;
		let skippedFrom = -1;
		// The next delimiter, LF and CR as locals while scanning (saved when the record is complete;
		// an incomplete one is scanned again in a new text, which starts them afresh).
		let nextDelimiter = this.nextDelimiter;
		let nextLf = this.nextLf;
		let nextCr = this.nextCr;
		let fields = 0;
		let inner = 0;
		let p = pos;
		for (;;) {
			let fieldStart = p;
			let fieldEnd: number;
			// Not a plain range: ESCAPED (`""` inside) or TRAILING (text after the closing quote).
			let special = 0;
			let trailing: string | null = null;
			if (p < n && text.charCodeAt(p) === QUOTE) {
				let q = p + 1;
				let escaped = false;
				let close: number;
				for (;;) {
					close = text.indexOf('"', q);
					if (close < 0) {
						if (!final) return -1;
						close = n; // unclosed quote: the field runs to the end of the file
						break;
					}
					if (close + 1 >= n && !final) return -1; // a '"' may follow
					if (text.charCodeAt(close + 1) === QUOTE) {
						escaped = true;
						q = close + 2;
						continue;
					}
					break;
				}
				fieldStart = p + 1;
				fieldEnd = close;
				// Most quoted fields hold no line break: the next LF and CR tell without a loop.
				// (The `indexOf … at < 0 ? n : at` repeats below stay inline: a helper function
				// for them measured 3–6 % slower on the 1M shop file in Node.)
				if (nextLf < fieldStart) {
					const at = text.indexOf('\n', fieldStart);
					nextLf = at < 0 ? n : at;
				}
				if (nextCr < fieldStart) {
					const at = text.indexOf('\r', fieldStart);
					nextCr = at < 0 ? n : at;
				}
				if (nextLf < fieldEnd || nextCr < fieldEnd) {
					inner += countLineBreaks(text, fieldStart, fieldEnd);
				}
				if (escaped) special = ESCAPED;
				p = close + 1;
				if (p < n) {
					const c = text.charCodeAt(p);
					if (c !== delimiter && c !== LF && c !== CR) {
						// Text after the closing quote: keep it, as spreadsheet programs do.
						let k = p;
						while (k < n) {
							const d = text.charCodeAt(k);
							if (d === delimiter || d === LF || d === CR) break;
							k++;
						}
						if (k >= n && !final) return -1;
						special = escaped ? ESCAPED : TRAILING;
						trailing = text.slice(p, k);
						p = k;
					}
				} else if (p > n) p = n;
			} else {
				// Native indexOf finds the next delimiter and line end far faster than a loop; the
				// positions are kept until passed (a text without CR is searched for it once).
				if (nextDelimiter < p) {
					const at = text.indexOf(this.delimiter, p);
					nextDelimiter = at < 0 ? n : at;
				}
				if (nextLf < p) {
					const at = text.indexOf('\n', p);
					nextLf = at < 0 ? n : at;
				}
				if (nextCr < p) {
					const at = text.indexOf('\r', p);
					nextCr = at < 0 ? n : at;
				}
				p = nextDelimiter;
				if (nextLf < p) p = nextLf;
				if (nextCr < p) p = nextCr;
				fieldEnd = p;
			}
			if (fields < capacity) {
				if (special === 0) {
					start[fields] = fieldStart;
					end[fields] = fieldEnd;
				} else {
					start[fields] = -1;
					end[fields] = special;
					this.quotedStart[fields] = fieldStart;
					this.quotedEnd[fields] = fieldEnd;
					this.trailing[fields] = trailing;
					this.values[fields] = null;
				}
			}
			fields++;
			if (p >= n) {
				if (!final) return -1;
				this.fieldCount = fields;
				this.innerLineBreaks = inner;
				this.skippedFrom = -1;
				return n;
			}
			let c = text.charCodeAt(p);
			if (c === delimiter) {
				if (fields !== limit) {
					p++;
					continue;
				}
				// Past the last field wanted: jump to the line end unless a quote could hide one.
				if (nextLf < p) {
					const at = text.indexOf('\n', p);
					nextLf = at < 0 ? n : at;
				}
				if (nextCr < p) {
					const at = text.indexOf('\r', p);
					nextCr = at < 0 ? n : at;
				}
				const lineEnd = nextLf < nextCr ? nextLf : nextCr;
				if (this.nextQuote < p) {
					const at = text.indexOf('"', p);
					this.nextQuote = at < 0 ? n : at;
				}
				if (this.nextQuote < lineEnd) {
					p++;
					continue;
				}
				skippedFrom = p;
				p = lineEnd;
				if (p >= n) {
					if (!final) return -1;
					this.fieldCount = fields;
					this.innerLineBreaks = inner;
					this.skippedFrom = skippedFrom;
					this.skippedTo = n;
					return n;
				}
				c = text.charCodeAt(p);
			}
			this.fieldCount = fields;
			this.innerLineBreaks = inner;
			this.skippedFrom = skippedFrom;
			this.skippedTo = p;
			this.nextDelimiter = nextDelimiter;
			this.nextLf = nextLf;
			this.nextCr = nextCr;
			if (c === LF) return p + 1;
			// CR: alone, or the first half of CRLF (which needs the next character to tell).
			if (p + 1 >= n) return final ? n : -1;
			return text.charCodeAt(p + 1) === LF ? p + 2 : p + 1;
		}
	}

	/** Field `i` of the last record, untrimmed ('' past the end of a short record). */
	raw(i: number): string {
		if (i >= this.fieldCount || i >= this.capacity) return '';
		const s = this.start[i];
		return s < 0 ? this.unescaped(i) : this.text.slice(s, this.end[i]);
	}

	/** Field `i` of the last record with surrounding whitespace trimmed. */
	value(i: number): string {
		if (i >= this.fieldCount || i >= this.capacity) return '';
		const s = this.start[i];
		if (s < 0) return trimText(this.unescaped(i));
		let a = s;
		let b = this.end[i];
		const text = this.text;
		while (a < b && isTrimmable(text.charCodeAt(a))) a++;
		while (b > a && isTrimmable(text.charCodeAt(b - 1))) b--;
		return text.slice(a, b);
	}

	/** True when every field of the last record is empty or whitespace (a blank line). */
	isBlank(): boolean {
		const count = Math.min(this.fieldCount, this.capacity);
		for (let i = 0; i < count; i++) {
			const s = this.start[i];
			if (s < 0) {
				if (trimText(this.unescaped(i)) !== '') return false;
				continue;
			}
			for (let k = s; k < this.end[i]; k++) {
				if (!isTrimmable(this.text.charCodeAt(k))) return false;
			}
		}
		if (this.skippedFrom < 0) return true;
		// The skipped rest (no quotes in it): its fields up to `capacity`, as if they were kept.
		let field = this.limit - 1;
		for (let k = this.skippedFrom; k < this.skippedTo; k++) {
			const c = this.text.charCodeAt(k);
			if (c === this.delimiterCode) {
				if (++field >= this.capacity) break;
			} else if (!isTrimmable(c)) return false;
		}
		return true;
	}
}

/** Line breaks (CRLF, LF or CR each count once) in `text[from, to)`. */
function countLineBreaks(text: string, from: number, to: number): number {
	let count = 0;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === LF) count++;
		else if (c === CR) {
			count++;
			if (i + 1 < to && text.charCodeAt(i + 1) === LF) i++;
		}
	}
	return count;
}

/**
 * Text with the importer's whitespace trimmed from both ends.
 * @example trimText('\u3000会员001\u00a0') // → '会员001'
 */
export function trimText(text: string): string {
	let a = 0;
	let b = text.length;
	while (a < b && isTrimmable(text.charCodeAt(a))) a++;
	while (b > a && isTrimmable(text.charCodeAt(b - 1))) b--;
	return a === 0 && b === text.length ? text : text.slice(a, b);
}
