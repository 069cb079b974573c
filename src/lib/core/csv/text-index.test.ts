import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyOf, hashRange, HashFilter, TextIndex, withRoom } from './text-index';

describe('TextIndex', () => {
	it('gives dense indexes in first-seen order, looked up by a range of a larger text', () => {
		const index = new TextIndex();
		const text = 'C1,C2,C1,C3,C2';
		const found = text.split(',').map((_, i) => index.add(text, i * 3, i * 3 + 2));
		expect(found).toEqual([0, 1, 0, 2, 1]);
		expect(index.keys).toEqual(['C1', 'C2', 'C3']);
		expect(index.size).toBe(3);
		expect(index.find('xC3x', 1, 3)).toBe(2);
		expect(index.find('C4', 0, 2)).toBe(-1);
		// A prefix of a key is another key.
		expect(index.find('C', 0, 1)).toBe(-1);
		expect(index.add('', 0, 0)).toBe(3);
	});

	it('keeps every key through growth, numeric-looking keys included', () => {
		const index = new TextIndex();
		const keys: string[] = [];
		for (let i = 0; i < 50_000; i++) keys.push(i % 2 ? String(536_365 + i) : `C${i}`);
		keys.forEach((key, i) => expect(index.add(key, 0, key.length)).toBe(i));
		expect(index.size).toBe(keys.length);
		// Look every key up again, out of order, from inside other texts.
		for (let i = keys.length - 1; i >= 0; i -= 7) {
			const text = `,${keys[i]};`;
			expect(index.find(text, 1, text.length - 1)).toBe(i);
		}
		expect(index.find('536364', 0, 6)).toBe(-1);
	});

	it('tells apart keys whose hashes collide', () => {
		// Found by search: two customer-like ids with the same 32-bit hash.
		expect(hashRange('C449599', 0, 7)).toBe(hashRange('C612382', 0, 7));
		const index = new TextIndex();
		expect(index.add('C449599', 0, 7)).toBe(0);
		expect(index.find('C612382', 0, 7)).toBe(-1);
		expect(index.add('C612382', 0, 7)).toBe(1);
		expect(index.find('C449599', 0, 7)).toBe(0);
		expect(index.find('C612382', 0, 7)).toBe(1);
	});
});

describe('TextIndex.addAll (merging another index)', () => {
	it('maps keys in their order, adding the new ones as `add` one by one would, with or without their hashes', () => {
		const key = fc
			.array(fc.constantFrom(...'ab01中'.split('')), { minLength: 0, maxLength: 4 })
			.map((chars) => chars.join(''));
		fc.assert(
			fc.property(
				fc.array(key, { maxLength: 300 }),
				fc.uniqueArray(key, { maxLength: 300 }),
				fc.boolean(),
				(mine, theirs, withHashes) => {
					// The reference: a Map in first-seen order.
					const reference = new Map<string, number>();
					const index = new TextIndex();
					for (const k of mine) {
						if (!reference.has(k)) reference.set(k, reference.size);
						index.add(k, 0, k.length);
					}
					const other = new TextIndex();
					for (const k of theirs) other.add(k, 0, k.length);
					const hashes = withHashes ? other.hashList() : undefined;
					const mapped = index.addAll(other.keys, hashes);
					for (const k of theirs) if (!reference.has(k)) reference.set(k, reference.size);
					expect(Array.from(mapped)).toEqual(theirs.map((k) => reference.get(k)));
					expect(index.keys).toEqual([...reference.keys()]);
					// Still a working index: every key found, new ones added after.
					for (const [k, i] of reference) expect(index.find(`(${k})`, 1, 1 + k.length)).toBe(i);
					expect(index.add('zzz', 0, 3)).toBe(reference.size);
				}
			)
		);
	});

	it('hashList gives hashRange of every key; reserve keeps the keys and finds them', () => {
		const index = new TextIndex();
		const keys = ['536365', 'C1', '', '#500002'];
		for (const k of keys) index.add(k, 0, k.length);
		expect(Array.from(index.hashList())).toEqual(keys.map((k) => hashRange(k, 0, k.length)));
		index.reserve(100_000);
		keys.forEach((k, i) =>
			expect(index.findHashed(k, 0, k.length, hashRange(k, 0, k.length))).toBe(i)
		);
		expect(index.find('536366', 0, 6)).toBe(-1);
		expect(index.add('536366', 0, 6)).toBe(4);
	});
});

describe('HashFilter', () => {
	it('never misses a hash it was given, and lets most others through as absent', () => {
		const keys = Array.from({ length: 20_000 }, (_, i) => String(500_001 + 2 * i));
		const hashes = Int32Array.from(keys, (k) => hashRange(k, 0, k.length));
		const filter = new HashFilter(hashes, hashes.length);
		for (const h of hashes) expect(filter.mayHave(h)).toBe(true);
		// Others, checked against a Set of the given hashes: ~1 in 8 may pass at 8 bits a key.
		const given = new Set(hashes);
		let passed = 0;
		for (let i = 0; i < 20_000; i++) {
			const h = hashRange(String(500_002 + 2 * i), 0, 7);
			if (!given.has(h) && filter.mayHave(h)) passed++;
		}
		expect(passed).toBeLessThan(20_000 / 4);
		expect(new TextIndex().filter().mayHave(hashes[0])).toBe(false);
	});
});

describe('hashRange', () => {
	it('depends only on the characters of the range', () => {
		expect(hashRange('xxABCxx', 2, 5)).toBe(hashRange('ABC', 0, 3));
		expect(hashRange('ABC', 0, 3)).not.toBe(hashRange('ABD', 0, 3));
		expect(hashRange('536365', 0, 6)).not.toBe(hashRange('536366', 0, 6));
	});
});

describe('copyOf', () => {
	it('returns the characters of the range', () => {
		const text = 'a'.repeat(100) + 'THE-LONG-CUSTOMER-ID' + 'b'.repeat(100);
		expect(copyOf(text, 100, 120)).toBe('THE-LONG-CUSTOMER-ID');
		expect(copyOf('abc', 1, 2)).toBe('b');
	});
});

describe('withRoom', () => {
	it('keeps an array with room, else doubles it and keeps the contents', () => {
		const array = Int32Array.of(7, 8);
		expect(withRoom(array, 1)).toBe(array);
		expect(Array.from(withRoom(array, 2))).toEqual([7, 8, 0, 0]);
		expect(withRoom(array, 9).length).toBe(16);
		expect(withRoom(new Int32Array(0), 0).length).toBe(1);
	});
});
