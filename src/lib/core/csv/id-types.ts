/**
 * Customer id types: how a customer column's values are made comparable, so the same member in two
 * sources (a shop export with phones written `+86 138-0013-8000`, a POS with `13800138000`) is one
 * customer. `text` keeps the value as written (trimmed); `phone` and `email` normalise it.
 */

export const ID_TYPES = ['text', 'phone', 'email'] as const;
export type IdType = (typeof ID_TYPES)[number];

/** An 11-digit mainland Chinese mobile number. */
const CHINESE_MOBILE = /^1[3-9][\d*]{9}$/;

/**
 * A phone number as digits only: spaces, dashes, dots, brackets and a leading `+` dropped, and a
 * leading country code `86` / `0086` removed when what follows is an 11-digit Chinese mobile.
 * Masking stars (`138****8000`) are kept so that masked numbers stay distinct. Other numbers keep
 * their digits as written (`+1 415…` stays `1415…`). A value without digits is kept as written.
 * @example normalisePhone('+86 138-0013-8000') // → '13800138000'
 * @example normalisePhone('(0086) 138 0013 8000') // → '13800138000'
 * @example normalisePhone('+44 20 7946 0958') // → '442079460958'
 */
export function normalisePhone(value: string): string {
	const digits = value.normalize('NFKC').replace(/[^\d*]/g, '');
	if (!/\d/.test(digits)) return value.trim();
	for (const prefix of ['0086', '86']) {
		if (digits.startsWith(prefix) && CHINESE_MOBILE.test(digits.slice(prefix.length))) {
			return digits.slice(prefix.length);
		}
	}
	return digits;
}

/**
 * An email address trimmed and lower-cased.
 * @example normaliseEmail('  Ann.Lee@Example.COM ') // → 'ann.lee@example.com'
 */
export function normaliseEmail(value: string): string {
	return value.trim().toLowerCase();
}

/**
 * True when `normaliseEmail` leaves `text[start, end)` as it is: printable ASCII without spaces
 * and without capitals (most e-mail ids), so the importer can look it up in place, with no string
 * per row.
 * @example isNormalEmail('ann.lee@example.com', 0, 19) // → true
 * @example isNormalEmail('Ann.Lee@example.com', 0, 19) // → false
 */
export function isNormalEmail(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c <= 32 || c >= 127 || (c >= 65 && c <= 90)) return false;
	}
	return true;
}

/**
 * A customer id normalised for its type (`text`: trimmed only).
 * @example normaliseId('0086-138-0013-8000', 'phone') // → '13800138000'
 */
export function normaliseId(value: string, type: IdType): string {
	if (type === 'phone') return normalisePhone(value);
	if (type === 'email') return normaliseEmail(value);
	return value.trim();
}
