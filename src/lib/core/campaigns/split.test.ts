import { describe, expect, it } from 'vitest';
import { controlGroup, splitHash } from './split';

const ids = Array.from({ length: 1001 }, (_, i) => `C${String(i).padStart(5, '0')}`);
const controlIds = (list: string[], share: number, seed: number) => {
	const control = controlGroup(list, share, seed);
	return new Set(list.filter((_, k) => control[k]));
};

/** An independent splitmix32 fold with BigInt arithmetic, as the README states it. */
function referenceHash(seed: number, id: string): number {
	const M = 0xffffffffn;
	const mix = (v: bigint) => {
		let z = (v + 0x9e3779b9n) & M;
		z = ((z ^ (z >> 16n)) * 0x85ebca6bn) & M;
		z = ((z ^ (z >> 13n)) * 0xc2b2ae35n) & M;
		return z ^ (z >> 16n);
	};
	let h = mix(BigInt(seed));
	for (const unit of id.split('').map((c) => BigInt(c.charCodeAt(0)))) h = mix(h ^ unit);
	return Number(h);
}

describe('splitHash', () => {
	it('matches an independent computation', () => {
		for (const [seed, id] of [
			[0, ''],
			[1, 'C1'],
			[4_294_967_295, '会员-0001'],
			[123456, 'anna@example.com']
		] as const) {
			expect(splitHash(seed, id)).toBe(referenceHash(seed, id));
		}
	});
});

describe('controlGroup', () => {
	it('gives the same split for the same seed, whatever the list order', () => {
		const shuffled = [...ids].reverse();
		shuffled.push(...shuffled.splice(300, 200));
		expect(controlIds(shuffled, 0.1, 42)).toEqual(controlIds(ids, 0.1, 42));
		expect(controlIds(ids, 0.1, 43)).not.toEqual(controlIds(ids, 0.1, 42));
	});

	it.each([0, 0.01, 0.1, 0.25, 0.5, 0.999, 1])(
		'holds out share %f within one customer',
		(share) => {
			for (const n of [1, 7, 1001]) {
				const held = controlIds(ids.slice(0, n), share, 7).size;
				expect(Math.abs(held - share * n)).toBeLessThanOrEqual(0.5);
			}
		}
	);

	it('holds out the lowest hashes', () => {
		const list = ids.slice(0, 20);
		const lowest = [...list].sort((a, b) => splitHash(9, a) - splitHash(9, b)).slice(0, 5);
		expect(controlIds(list, 0.25, 9)).toEqual(new Set(lowest));
	});
});
