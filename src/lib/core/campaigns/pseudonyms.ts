/**
 * Pseudonymised customer ids: HMAC-SHA-256(key, UTF-8 id), hex-encoded. The key is per dataset and
 * never leaves the browser, so the same customer has the same pseudonym in every export of the
 * dataset, a vendor cannot reverse it, and Strata can map pseudonyms back. The platform's Web
 * Crypto is passed in (core touches no globals).
 */

/** The part of `SubtleCrypto` used here (the browser's and Node's `crypto.subtle` fit). */
export interface HmacSubtle {
	importKey(
		format: 'raw',
		keyData: Uint8Array<ArrayBuffer>,
		algorithm: { name: 'HMAC'; hash: 'SHA-256' },
		extractable: boolean,
		keyUsages: 'sign'[]
	): Promise<CryptoKey>;
	sign(algorithm: 'HMAC', key: CryptoKey, data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
}

/** Length of a generated pseudonym key: 32 bytes, the output size of SHA-256 (RFC 2104 §3). */
export const PSEUDONYM_KEY_BYTES = 32;

/**
 * An HMAC-SHA-256 signing key from raw bytes (e.g. 32 bytes from `crypto.getRandomValues`).
 * @example const key = await hmacKey(crypto.subtle, new Uint8Array(32))
 */
export function hmacKey(subtle: HmacSubtle, raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
	return subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/**
 * Lower-case hex of bytes.
 * @example hex(Uint8Array.of(0, 171, 255)) // → '00abff'
 */
export function hex(bytes: Uint8Array): string {
	let text = '';
	for (let i = 0; i < bytes.length; i++) text += HEX[bytes[i]];
	return text;
}

/**
 * HMAC-SHA-256 of a message (text as UTF-8) under a key, hex-encoded (64 characters).
 * @example await hmacHex(crypto.subtle, await hmacKey(crypto.subtle, jefe), 'what do ya want for nothing?')
 * // → '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843' (RFC 4231, test case 2)
 */
export async function hmacHex(
	subtle: HmacSubtle,
	key: CryptoKey,
	message: string | Uint8Array<ArrayBuffer>
): Promise<string> {
	const data = typeof message === 'string' ? new TextEncoder().encode(message) : message;
	return hex(new Uint8Array(await subtle.sign('HMAC', key, data)));
}

/**
 * The pseudonym of every id, in order (`hmacHex` of each), signed in batches of 1,024 so a long
 * list does not queue 100,000 promises at once.
 * @example await pseudonymise(crypto.subtle, key, ['C1', 'C2']) // → ['3f1c…', '9a0e…'] (64 hex each)
 */
export async function pseudonymise(
	subtle: HmacSubtle,
	key: CryptoKey,
	ids: readonly string[]
): Promise<string[]> {
	const result: string[] = [];
	for (let start = 0; start < ids.length; start += 1024) {
		const batch = ids.slice(start, start + 1024).map((id) => hmacHex(subtle, key, id));
		result.push(...(await Promise.all(batch)));
	}
	return result;
}

/**
 * Pseudonym → position in the list it was made from, to map an exported file back to customers.
 * @example pseudonymLookup(['ab', 'cd']).get('cd') // → 1
 */
export function pseudonymLookup(pseudonyms: readonly string[]): Map<string, number> {
	return new Map(pseudonyms.map((p, i) => [p, i]));
}
