import { describe, expect, it } from 'vitest';
import { histogram, quantile, slippingAway, valueAtStake } from './stakes';

describe('valueAtStake', () => {
	it('sums CLV and purchases per group, skipping NaN and NONE', () => {
		const stakes = valueAtStake(
			Uint8Array.of(0, 1, 0, 255, 1),
			2,
			Float64Array.of(10, 5, 20, 7, NaN),
			Float64Array.of(1, 2, 3, 4, 5)
		);
		expect(stakes).toEqual([
			{ customers: 2, totalClv: 30, meanClv: 15, expectedPurchases: 4 },
			{ customers: 1, totalClv: 5, meanClv: 5, expectedPurchases: 2 }
		]);
	});
});

describe('histogram, quantile, slippingAway', () => {
	it.each([
		[[0, 0.1, 0.5, 1], 0, 1, 2, [2, 2], 0],
		[[0.2, 0.3, 3, NaN], 0, 1, 4, [1, 1, 0, 0], 1]
	])('bins %j over [%s, %s] in %s bins', (values, min, max, bins, counts, above) => {
		const h = histogram(Float64Array.from(values), min, max, bins);
		expect([...h.counts]).toEqual(counts);
		expect(h.above).toBe(above);
	});

	it('takes nearest-rank quantiles of the finite values', () => {
		expect(quantile(Float64Array.of(5, 1, NaN, 3), 0.5)).toBe(3);
		expect(quantile(Float64Array.of(NaN), 0.5)).toBeNaN();
	});

	it('lists high-CLV customers with low P(alive), highest CLV first', () => {
		const clv = Float64Array.of(100, 90, 10, 80, 120, NaN);
		const alive = Float64Array.of(0.2, 0.9, 0.1, 0.4, 0.3, 0.1);
		// 80th percentile of [10, 80, 90, 100, 120] = 100
		expect([...slippingAway(clv, alive, 10)]).toEqual([4, 0]);
		expect([...slippingAway(clv, alive, 1)]).toEqual([4]);
	});
});
