import { describe, expect, it } from 'vitest';
import { copyOf, hashRange, TextIndex, withRoom } from './text-index';

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
