import { createHmac, webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacHex, hmacKey, pseudonymLookup, pseudonymise } from './pseudonyms';
import type { HmacSubtle } from './pseudonyms';

// Node's Web Crypto, the same API the page passes in (core itself touches no globals).
const subtle: HmacSubtle = webcrypto.subtle;
const bytes = (length: number, value: number) => new Uint8Array(length).fill(value);
const text = (s: string) => new TextEncoder().encode(s);

// RFC 4231 §4, HMAC-SHA-256 (test case 5 truncates the output and is left out).
const VECTORS: [string, Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>, string][] = [
	[
		'1',
		bytes(20, 0x0b),
		text('Hi There'),
		'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'
	],
	[
		'2',
		text('Jefe'),
		text('what do ya want for nothing?'),
		'5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'
	],
	[
		'3',
		bytes(20, 0xaa),
		bytes(50, 0xdd),
		'773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe'
	],
	[
		'4',
		Uint8Array.from({ length: 25 }, (_, i) => i + 1),
		bytes(50, 0xcd),
		'82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b'
	],
	[
		'6',
		bytes(131, 0xaa),
		text('Test Using Larger Than Block-Size Key - Hash Key First'),
		'60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54'
	],
	[
		'7',
		bytes(131, 0xaa),
		text(
			'This is a test using a larger than block-size key and a larger than block-size data.' +
				' The key needs to be hashed before being used by the HMAC algorithm.'
		),
		'9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2'
	]
];

describe('hmacHex', () => {
	it.each(VECTORS)('RFC 4231 test case %s', async (_, key, data, expected) => {
		expect(await hmacHex(subtle, await hmacKey(subtle, key), data)).toBe(expected);
	});
});

describe('pseudonymise', () => {
	it('hashes UTF-8 ids like an independent HMAC, the same on every call', async () => {
		const raw = Uint8Array.from({ length: 32 }, (_, i) => (i * 37) % 256);
		const key = await hmacKey(subtle, raw);
		const ids = [
			'C1',
			'会员-0001',
			'anna@example.com',
			...Array.from({ length: 2000 }, (_, i) => `x${i}`)
		];
		const first = await pseudonymise(subtle, key, ids);
		const expected = ids.map((id) => createHmac('sha256', raw).update(id, 'utf8').digest('hex'));
		expect(first).toEqual(expected);
		expect(await pseudonymise(subtle, key, ids)).toEqual(first);
		expect(pseudonymLookup(first).get(first[1])).toBe(1);
		// another dataset's key gives other pseudonyms
		const other = await pseudonymise(subtle, await hmacKey(subtle, bytes(32, 1)), ids.slice(0, 3));
		expect(other).not.toEqual(first.slice(0, 3));
	});
});
