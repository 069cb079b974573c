import { describe, expect, it } from 'vitest';
import { customerStatsAt } from './customer-stats';
import { SHOP_CUSTOMERS, SHOP_ROWS, orderTable } from './order-table.fixture';
import { prepare } from './prepare';
import {
	binCounts,
	fmScore,
	gridScore,
	quantileScore,
	scoreCustomers,
	strictlyLowerCounts,
	thresholdScore
} from './scores';

// Ten frequencies with ties; below = number strictly lower = [0, 0, 0, 3, 4, 4, 6, 7, 7, 9].
const FREQUENCIES = [1, 1, 1, 2, 3, 3, 5, 8, 8, 10];

describe('strictlyLowerCounts', () => {
	it('counts strictly lower values, equal values sharing a count', () => {
		const all = new Uint8Array(FREQUENCIES.length).fill(1);
		const { below, n } = strictlyLowerCounts(Float64Array.from(FREQUENCIES), all);
		expect(n).toBe(10);
		expect([...below]).toEqual([0, 0, 0, 3, 4, 4, 6, 7, 7, 9]);
	});

	it.each([
		['wide-range integers (sorted path)', [1e9, -5, 1e9, 0, -5e9]],
		['integers spanning under 2^32 (radix path)', [1e9, -5, 1e9, 0, -2e9]],
		['fractions (sorted path)', [2.5, -0.5, 2.5, 0, -7.25]],
		['narrow negative integers (histogram path)', [3, -1, 3, 0, -9]]
	])('gives the same counts for %s', (_, values) => {
		const { below } = strictlyLowerCounts(Float64Array.from(values), new Uint8Array(5).fill(1));
		expect([...below]).toEqual([3, 1, 3, 2, 0]);
	});

	it('agrees with counting by hand, pair by pair, on every path', () => {
		let seed = 99;
		const random = () => {
			seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
			return seed / 2 ** 32;
		};
		// Ranges for the histogram, the radix sort (cents, also around a large minimum), and
		// the sort (beyond 2^32, and fractions).
		const makers = [
			() => Math.floor(random() * 40),
			() => Math.floor(random() * 5e6) - 2e5,
			() => 3e12 + Math.floor(random() * 4e9),
			() => Math.floor(random() * 1e11),
			() => random() * 100
		];
		for (let trial = 0; trial < 60; trial++) {
			const make = makers[trial % makers.length];
			const n = 1 + Math.floor(random() * 400);
			// Repeats: every value drawn from a pool a third the size, so ties are common.
			const pool = Array.from({ length: Math.max(1, Math.floor(n / 3)) }, make);
			const values = Float64Array.from(
				{ length: n },
				() => pool[Math.floor(random() * pool.length)]
			);
			const mask = Uint8Array.from({ length: n }, () => (random() < 0.9 ? 1 : 0));
			const expected = Array.from(values, (v, i) => {
				if (!mask[i]) return 0;
				let lower = 0;
				for (let j = 0; j < n; j++) if (mask[j] && values[j] < v) lower++;
				return lower;
			});
			const { below, n: counted } = strictlyLowerCounts(values, mask);
			expect([...below]).toEqual(expected);
			expect(counted).toBe(mask.reduce((sum, m) => sum + m, 0));
		}
	});

	it('ignores masked-out entries', () => {
		const { below, n } = strictlyLowerCounts(
			Float64Array.of(5, 3, 5, 9),
			Uint8Array.of(1, 1, 1, 0)
		);
		expect(n).toBe(3);
		expect([...below]).toEqual([1, 0, 1, 0]);
	});
});

describe('quantileScore', () => {
	// score = 1 + floor(bins × below / 10)
	it.each([
		[5, [1, 1, 1, 2, 3, 3, 4, 4, 4, 5]],
		[4, [1, 1, 1, 2, 2, 2, 3, 3, 3, 4]],
		[3, [1, 1, 1, 1, 2, 2, 2, 3, 3, 3]]
	])('%i bins', (bins, expected) => {
		const below = [0, 0, 0, 3, 4, 4, 6, 7, 7, 9];
		expect(below.map((b) => quantileScore(b, 10, bins))).toEqual(expected);
	});
});

describe('thresholdScore', () => {
	it.each([
		// frequency cuts [2, 3, 5]: 1 + number of cuts ≤ value
		[1, [2, 3, 5], true, 1],
		[2, [2, 3, 5], true, 2],
		[4, [2, 3, 5], true, 3],
		[5, [2, 3, 5], true, 4],
		[99, [2, 3, 5], true, 4],
		// recency cuts [30, 90, 180, 365]: 1 + number of cuts ≥ value
		[0, [30, 90, 180, 365], false, 5],
		[30, [30, 90, 180, 365], false, 5],
		[31, [30, 90, 180, 365], false, 4],
		[365, [30, 90, 180, 365], false, 2],
		[366, [30, 90, 180, 365], false, 1],
		[-500, [0], true, 1],
		[7, [], true, 1]
	])('value %d with cuts %j (higher better: %s) → %i', (value, cuts, higher, score) => {
		expect(thresholdScore(value, cuts, higher)).toBe(score);
	});
});

describe('fmScore and gridScore', () => {
	it.each([
		[1, 1, 1],
		[1, 2, 2],
		[4, 1, 3],
		[5, 4, 5],
		[5, 5, 5]
	])('FM(%i, %i) = %i', (f, m, fm) => expect(fmScore(f, m)).toBe(fm));

	it.each([
		[5, [1, 2, 3, 4, 5]],
		[4, [1, 2, 4, 5]],
		[3, [1, 3, 5]],
		[2, [2, 4]],
		[1, [3]]
	])('%i bins map onto the grid as %j', (bins, expected) => {
		expect(Array.from({ length: bins }, (_, i) => gridScore(i + 1, bins))).toEqual(expected);
	});

	it('counts bins of thresholds as cuts + 1', () => {
		expect(
			binCounts({ kind: 'thresholds', recency: [7], frequency: [2, 3], monetary: [1, 2] })
		).toEqual({
			r: 2,
			f: 3,
			m: 3
		});
	});
});

describe('scoreCustomers on the example shop (n = 5 scored)', () => {
	const stats = customerStatsAt(prepare(orderTable(SHOP_ROWS), SHOP_CUSTOMERS), 100);
	// recency 10, 80, –, 0, 95, 0 → below (fewer days is better) 2, 1, –, 3, 0, 3
	// frequency 3, 2, –, 1, 1, 2 → below 4, 2, –, 0, 0, 2
	// monetary 6000, 1000, –, 800, 0, 3000 → below 4, 2, –, 1, 0, 3
	it.each([
		[5, [3, 2, 0, 4, 1, 4, 0], [5, 3, 0, 1, 1, 3, 0], [5, 3, 0, 2, 1, 4, 0], [5, 3, 0, 2, 1, 4, 0]],
		[4, [2, 1, 0, 3, 1, 3, 0], [4, 2, 0, 1, 1, 2, 0], [4, 2, 0, 1, 1, 3, 0], [4, 2, 0, 1, 1, 3, 0]],
		[3, [2, 1, 0, 2, 1, 2, 0], [3, 2, 0, 1, 1, 2, 0], [3, 2, 0, 1, 1, 2, 0], [3, 2, 0, 1, 1, 2, 0]]
	] as const)('%i quantile bins', (bins, r, f, m, fm) => {
		const s = scoreCustomers(stats, { kind: 'quantile', bins });
		expect(s.bins).toEqual({ r: bins, f: bins, m: bins });
		expect([...s.r]).toEqual(r);
		expect([...s.f]).toEqual(f);
		expect([...s.m]).toEqual(m);
		expect([...s.fm]).toEqual(fm);
	});

	it('custom thresholds', () => {
		const s = scoreCustomers(stats, {
			kind: 'thresholds',
			recency: [7, 30, 90],
			frequency: [2, 3],
			monetary: [1000, 5000]
		});
		expect(s.bins).toEqual({ r: 4, f: 3, m: 3 });
		expect([...s.r]).toEqual([3, 2, 0, 4, 1, 4, 0]);
		expect([...s.f]).toEqual([3, 2, 0, 1, 1, 2, 0]);
		expect([...s.m]).toEqual([3, 2, 0, 1, 1, 2, 0]);
		expect([...s.fm]).toEqual([3, 2, 0, 1, 1, 2, 0]);
	});
});
