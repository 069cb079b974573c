/**
 * Money and quantities read exactly from their decimal text.
 *
 * A value is held as an exact decimal `units × 10^−scale` (a safe integer, or a bigint when it is
 * longer than 15 digits) and only turned into integer cents at the end, rounding half away from
 * zero. Nothing goes through `parseFloat`, so `2.675` is 2.675 and rounds to 268 cents.
 */

/** The character that separates whole units from the fraction in a file's numbers. */
export type DecimalSeparator = '.' | ',';

/** An exact decimal number: `units × 10^−scale`. */
export interface Decimal {
	units: number | bigint;
	scale: number;
}

/** Powers of ten that a double holds exactly (10^0 … 10^22). */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
const CURRENCY_SIGNS = '$€£¥元円';
const CURRENCY_CODES = ['RMB', 'CNY', 'USD', 'EUR', 'GBP', 'HKD', 'US'];

/**
 * Reads decimals from a range of a larger text without slicing it, for the import's hot path.
 * After a successful `read`, the value is `units × 10^−scale`, or `big × 10^−scale` when `big` is
 * not null (values longer than 15 digits).
 * @example
 * const q = new DecimalReader('.');
 * const p = new DecimalReader('.');
 * q.read('x,3,3.375', 2, 3) && p.read('x,3,3.375', 4, 9); // → true
 * q.timesCents(p); // → 1013 (10.125 rounded half away from zero)
 */
export class DecimalReader {
	units = 0;
	big: bigint | null = null;
	scale = 0;
	readonly decimalSeparator: DecimalSeparator;
	private readonly decimalCode: number;

	constructor(decimalSeparator: DecimalSeparator = '.') {
		this.decimalSeparator = decimalSeparator;
		this.decimalCode = decimalSeparator.charCodeAt(0);
	}

	/** Read `text[start, end)`; false when it is not a number. */
	read(text: string, start: number, end: number): boolean {
		// Fast path: [-]digits[<decimal separator>digits], plain ASCII, at most 15 digits.
		let i = start;
		let negative = false;
		if (text.charCodeAt(i) === 45) {
			negative = true;
			i++;
		}
		let units = 0;
		let digits = 0;
		let scale = 0;
		let point = false;
		for (; i < end; i++) {
			const c = text.charCodeAt(i);
			if (c >= 48 && c <= 57) {
				units = units * 10 + (c - 48);
				digits++;
				if (point) scale++;
			} else if (c === this.decimalCode && !point) {
				point = true;
			} else {
				return this.readParts(text.slice(start, end));
			}
		}
		if (digits === 0 || digits > 15) return this.readParts(text.slice(start, end));
		this.units = negative ? 0 - units : units;
		this.big = null;
		this.scale = scale;
		return true;
	}

	/** The value read last, in integer cents rounded half away from zero; NaN when too large. */
	cents(): number {
		return this.big === null
			? centsOfUnits(this.units, this.scale)
			: centsOfBig(this.big, this.scale);
	}

	/** Cents of (the value read last) × (the value `other` read last), rounded once, exactly. */
	timesCents(other: DecimalReader): number {
		const scale = this.scale + other.scale;
		if (this.big === null && other.big === null) {
			const product = this.units * other.units;
			// A double product below 2^53 is the exact integer product.
			if (Math.abs(product) <= Number.MAX_SAFE_INTEGER) return centsOfUnits(product, scale);
		}
		const a = this.big ?? BigInt(this.units);
		const b = other.big ?? BigInt(other.units);
		return centsOfBig(a * b, scale);
	}

	private readParts(raw: string): boolean {
		const parts = amountParts(raw, this.decimalSeparator);
		if (parts === null) return false;
		this.scale = parts.scale;
		if (parts.digits.length <= 15) {
			const units = Number(parts.digits);
			this.units = parts.negative ? 0 - units : units;
			this.big = null;
		} else {
			const big = BigInt(parts.digits);
			this.big = parts.negative ? -big : big;
			this.units = NaN;
		}
		return true;
	}
}

/**
 * Integer cents of `units × 10^−scale`, rounded half away from zero; NaN beyond 2^53 cents.
 * @example centsOfUnits(2675, 3) // → 268
 */
export function centsOfUnits(units: number, scale: number): number {
	if (scale <= 2) {
		const cents = units * POW10[2 - scale];
		return Number.isSafeInteger(cents) ? cents : NaN;
	}
	if (scale - 2 >= POW10.length) return 0;
	const divisor = POW10[scale - 2];
	const magnitude = Math.abs(units);
	let whole = Math.floor(magnitude / divisor);
	let rest = magnitude - whole * divisor;
	// The float division may be one off; the remainder tells.
	if (rest < 0) {
		whole--;
		rest += divisor;
	} else if (rest >= divisor) {
		whole++;
		rest -= divisor;
	}
	if (rest * 2 >= divisor) whole++;
	return units < 0 ? 0 - whole : whole;
}

/**
 * Integer cents of a bigint `units × 10^−scale`, rounded half away from zero; NaN beyond 2^53.
 * @example centsOfBig(-5n, 3) // → -1
 */
export function centsOfBig(units: bigint, scale: number): number {
	let cents: bigint;
	if (scale <= 2) {
		cents = units * 10n ** BigInt(2 - scale);
	} else {
		const divisor = 10n ** BigInt(scale - 2);
		const magnitude = units < 0n ? -units : units;
		let whole = magnitude / divisor;
		if ((magnitude % divisor) * 2n >= divisor) whole++;
		cents = units < 0n ? -whole : whole;
	}
	const result = Number(cents);
	return Number.isSafeInteger(result) ? result : NaN;
}

/**
 * The exact decimal written in an amount text: currency signs or codes before or after,
 * thousands separators, decimal comma, parentheses or a minus before or after for negatives,
 * full-width digits. A lone `1,234` or `1.234` (one separator followed by three digits) is read
 * with the file's decimal separator. Null when the text is not a number.
 * @example parseDecimal('¥1,234.50') // → { units: 123450, scale: 2 }
 * @example parseDecimal('(12,5 €)', ',') // → { units: -125, scale: 1 }
 */
export function parseDecimal(
	text: string,
	decimalSeparator: DecimalSeparator = '.'
): Decimal | null {
	const reader = new DecimalReader(decimalSeparator);
	const trimmed = text.trim();
	if (!reader.read(trimmed, 0, trimmed.length)) return null;
	return { units: reader.big ?? reader.units, scale: reader.scale };
}

/**
 * Integer cents of an amount text, rounded half away from zero; NaN when it is not a number.
 * @example parseAmountCents('2.675') // → 268
 * @example parseAmountCents('1.234,56 €', ',') // → 123456
 */
export function parseAmountCents(text: string, decimalSeparator: DecimalSeparator = '.'): number {
	const reader = new DecimalReader(decimalSeparator);
	const trimmed = text.trim();
	return reader.read(trimmed, 0, trimmed.length) ? reader.cents() : NaN;
}

/**
 * Cents of quantity × unit price, multiplied exactly and rounded once, half away from zero.
 * NaN when either is not a number.
 * @example lineCents('3', '3.375') // → 1013
 */
export function lineCents(
	quantity: string,
	unitPrice: string,
	decimalSeparator: DecimalSeparator = '.'
): number {
	const q = new DecimalReader(decimalSeparator);
	const p = new DecimalReader(decimalSeparator);
	const qt = quantity.trim();
	const pt = unitPrice.trim();
	if (!q.read(qt, 0, qt.length) || !p.read(pt, 0, pt.length)) return NaN;
	return q.timesCents(p);
}

/** Sign, digits and scale of an amount text, or null; the slow path behind `DecimalReader`. */
function amountParts(
	raw: string,
	fileSeparator: DecimalSeparator
): { negative: boolean; digits: string; scale: number } | null {
	// NFKC turns full-width digits and punctuation into ASCII and no-break spaces into spaces.
	const text = raw.normalize('NFKC').replace(/[\u2212\ufe63]/g, '-');
	let a = 0;
	let b = text.length;
	let minus = 0;
	let plus = 0;
	let open = 0;
	let close = 0;
	for (;;) {
		const ch = text[a];
		if (ch === undefined) return null;
		if (ch === '-') minus++;
		else if (ch === '+') plus++;
		else if (ch === '(') open++;
		else if (!isSpace(ch) && !CURRENCY_SIGNS.includes(ch)) {
			const code = currencyCodeAt(text, a, 1);
			if (code === 0) break;
			a += code - 1;
		}
		a++;
	}
	for (;;) {
		const ch = text[b - 1];
		if (b <= a) return null;
		if (ch === '-') minus++;
		else if (ch === ')') close++;
		else if (!isSpace(ch) && !CURRENCY_SIGNS.includes(ch)) {
			const code = currencyCodeAt(text, b, -1);
			if (code === 0) break;
			b -= code - 1;
		}
		b--;
	}
	if (open !== close || open > 1 || minus + open + plus > 1) return null;

	// The middle: digits and separators; spaces and apostrophes only between digits (grouping).
	let body = '';
	let dots = 0;
	let commas = 0;
	let lastDot = -1;
	let lastComma = -1;
	for (let i = a; i < b; i++) {
		const ch = text[i];
		if (ch >= '0' && ch <= '9') body += ch;
		else if (ch === '.') {
			dots++;
			lastDot = body.length;
			body += ch;
		} else if (ch === ',') {
			commas++;
			lastComma = body.length;
			body += ch;
		} else if (isSpace(ch) || ch === "'" || ch === '’') {
			if (!isDigit(text[i - 1]) || !isDigit(text[i + 1])) return null;
		} else return null;
	}
	if (!/\d/.test(body)) return null;

	let decimal: '.' | ',' | null;
	if (dots > 0 && commas > 0) decimal = lastDot > lastComma ? '.' : ',';
	else if (dots + commas === 0) decimal = null;
	else {
		const sep = dots > 0 ? '.' : ',';
		const count = dots + commas;
		if (count > 1) decimal = null;
		else {
			const at = body.indexOf(sep);
			const before = body.slice(0, at);
			const after = body.slice(at + 1);
			const groupLike = after.length === 3 && before.length >= 1 && before.length <= 3;
			decimal = groupLike && before !== '0' && sep !== fileSeparator ? null : sep;
		}
	}
	const grouping = decimal === ',' ? '.' : decimal === '.' ? ',' : dots > 0 ? '.' : ',';
	const point = decimal === null ? -1 : body.lastIndexOf(decimal);
	if (decimal !== null && body.indexOf(decimal) !== point) return null;
	const whole = point < 0 ? body : body.slice(0, point);
	const fraction = point < 0 ? '' : body.slice(point + 1);
	if (fraction.includes(grouping) || !validGroups(whole, grouping)) return null;
	const digits = (whole.split(grouping).join('') + fraction).replace(/^0+(?=\d)/, '');
	return { negative: minus + open > 0, digits, scale: fraction.length };
}

/** Thousands groups: the first 1–3 digits, then groups of exactly three. */
function validGroups(whole: string, grouping: string): boolean {
	if (!whole.includes(grouping)) return true;
	const groups = whole.split(grouping);
	if (groups[0].length < 1 || groups[0].length > 3) return false;
	for (let i = 1; i < groups.length; i++) if (groups[i].length !== 3) return false;
	return true;
}

/** Length of a currency code starting (direction 1) or ending (−1) at `at`, or 0. */
function currencyCodeAt(text: string, at: number, direction: 1 | -1): number {
	for (const code of CURRENCY_CODES) {
		const from = direction === 1 ? at : at - code.length;
		if (from < 0) continue;
		if (text.slice(from, from + code.length).toUpperCase() !== code) continue;
		// A code is a whole word: 'US' must not eat the start of 'USD'.
		const next = direction === 1 ? text[from + code.length] : text[from - 1];
		if (next !== undefined && /[A-Za-z]/.test(next)) continue;
		return code.length;
	}
	return 0;
}

function isSpace(ch: string): boolean {
	return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u202f' || ch === '\u2009';
}

function isDigit(ch: string | undefined): boolean {
	return ch !== undefined && ch >= '0' && ch <= '9';
}

/** How one value votes on the file's decimal separator. */
type DecimalVote = '.' | ',' | 'either' | 'none';

function decimalVote(value: string): DecimalVote {
	const text = value.normalize('NFKC');
	const lastDot = text.lastIndexOf('.');
	const lastComma = text.lastIndexOf(',');
	if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
	if (lastDot < 0 && lastComma < 0) return 'none';
	const sep = lastDot >= 0 ? '.' : ',';
	const other = sep === '.' ? ',' : '.';
	if (text.indexOf(sep) !== text.lastIndexOf(sep)) return other; // repeated: thousands
	const match = /(\d*)[.,](\d*)/.exec(text);
	if (!match) return 'none';
	const [, before, after] = match;
	if (after.length === 3 && before.length >= 1 && before.length <= 3 && before !== '0') {
		return 'either';
	}
	return sep;
}

/** The file-level decimal separator guessed from sampled amount texts. */
export interface DecimalSeparatorGuess {
	decimalSeparator: DecimalSeparator;
	/** True when no sampled value decides it (only values like `1,234`, or none at all). */
	ambiguous: boolean;
	/** Values that only make sense with a decimal point, and with a decimal comma. */
	votes: { point: number; comma: number };
}

/**
 * Guess the decimal separator from sampled amount texts: values like `12,50` or `1.234,56` vote for
 * a comma, `12.50` or `1,234.56` for a point; `1,234` alone decides nothing. Ties go to the point.
 * @example detectDecimalSeparator(['12,50', '1.234,00', '3']) // → { decimalSeparator: ',', ambiguous: false, votes: { point: 0, comma: 2 } }
 */
export function detectDecimalSeparator(values: string[]): DecimalSeparatorGuess {
	let point = 0;
	let comma = 0;
	for (const value of values) {
		const vote = decimalVote(value);
		if (vote === '.') point++;
		else if (vote === ',') comma++;
	}
	return {
		decimalSeparator: comma > point ? ',' : '.',
		ambiguous: point === 0 && comma === 0,
		votes: { point, comma }
	};
}
