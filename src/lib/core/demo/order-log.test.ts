import { describe, expect, it } from 'vitest';
import { Random } from './random';
import { chronological } from './order-log';

/** The same order by an independent route: the built-in stable sort with an index tie-break. */
function bySort(keys: Int32Array, length: number): number[] {
	return Array.from({ length }, (_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
}

describe('chronological (radix sort of order indexes by minute)', () => {
	it('sorts a hand-checked case, ties in index order', () => {
		expect([...chronological(Int32Array.of(5, 1, 5, 0), 4, 8)]).toEqual([3, 1, 0, 2]);
	});

	it.each([
		// [keyCount, length]: one digit, exactly one digit, two digits, the demo's window, beyond
		[1, 10],
		[2, 50],
		[2048, 500],
		[2049, 500],
		[731 * 1440, 12_734],
		[1 << 22, 3000]
	])('matches a stable sort for keys below %i (%i orders)', (keyCount, length) => {
		const random = new Random(keyCount ^ length);
		// Few distinct keys as well as many, so that ties occur.
		const distinct = Math.max(1, Math.min(keyCount, length >> 2));
		const pool = Array.from({ length: distinct }, () => random.int(keyCount));
		const keys = Int32Array.from({ length }, () => pool[random.int(distinct)]);
		expect([...chronological(keys, length, keyCount)]).toEqual(bySort(keys, length));
	});
});
