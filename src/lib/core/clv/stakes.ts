/**
 * Forecast figures per group and distribution: value at stake by segment or tier, histograms of
 * P(alive) and CLV, and the "valuable and slipping away" list.
 */

/** Forecast totals of one group of customers. */
export interface GroupStake {
	/** Customers of the group with a CLV. */
	customers: number;
	totalClv: number;
	/** totalClv / customers (NaN for an empty group). */
	meanClv: number;
	/** Σ expected purchases over the horizon. */
	expectedPurchases: number;
}

/**
 * Value at stake per group (`group[c]` = group index, anything ≥ `groupCount` skipped), summed over
 * customers with a finite CLV.
 * @example
 * valueAtStake(Uint8Array.of(0, 1, 0, 255), 2, Float64Array.of(10, 5, 20, 7), Float64Array.of(1, 2, 3, 4))
 * // → [{ customers: 2, totalClv: 30, meanClv: 15, expectedPurchases: 4 }, { customers: 1, totalClv: 5, meanClv: 5, expectedPurchases: 2 }]
 */
export function valueAtStake(
	group: ArrayLike<number>,
	groupCount: number,
	clv: Float64Array,
	expectedPurchases: Float64Array
): GroupStake[] {
	const stakes = Array.from({ length: groupCount }, () => ({
		customers: 0,
		totalClv: 0,
		meanClv: NaN,
		expectedPurchases: 0
	}));
	for (let c = 0; c < clv.length; c++) {
		const g = group[c];
		if (g >= groupCount || !Number.isFinite(clv[c])) continue;
		stakes[g].customers++;
		stakes[g].totalClv += clv[c];
		stakes[g].expectedPurchases += expectedPurchases[c];
	}
	for (const s of stakes) if (s.customers) s.meanClv = s.totalClv / s.customers;
	return stakes;
}

/** Counts of finite values in equal-width bins [min + i·w, min + (i+1)·w); the last bin is closed. */
export interface Histogram {
	min: number;
	max: number;
	counts: Float64Array;
	/** Finite values above `max` (left out of the bins). */
	above: number;
}

/**
 * Histogram of the finite values of `values` over [min, max] in `bins` bins.
 * @example histogram(Float64Array.of(0, 0.1, 0.5, 1, NaN), 0, 1, 2) // → counts [2, 2], above 0
 */
export function histogram(values: Float64Array, min: number, max: number, bins: number): Histogram {
	const counts = new Float64Array(bins);
	let above = 0;
	const width = (max - min) / bins;
	for (const v of values) {
		if (!Number.isFinite(v) || v < min) continue;
		if (v > max) above++;
		else counts[width > 0 ? Math.min(bins - 1, Math.floor((v - min) / width)) : 0]++;
	}
	return { min, max, counts, above };
}

/**
 * The q-quantile (0–1) of the finite values, by the nearest-rank rule; NaN when there are none.
 * @example quantile(Float64Array.of(5, 1, NaN, 3), 0.5) // → 3
 */
export function quantile(values: Float64Array, q: number): number {
	const finite = values.filter(Number.isFinite).sort();
	if (finite.length === 0) return NaN;
	return finite[Math.min(finite.length - 1, Math.max(0, Math.ceil(q * finite.length) - 1))];
}

/** "Valuable and slipping away": CLV in the top fifth and P(alive) below one half. */
export const SLIPPING = { clvQuantile: 0.8, maxPAlive: 0.5 } as const;

/**
 * Customers with CLV ≥ the 80th percentile of CLV and P(alive) < 0.5, highest CLV first, at most
 * `limit` of them.
 * @example slippingAway(Float64Array.of(100, 90, 10, 80), Float64Array.of(0.2, 0.9, 0.1, 0.4), 10)
 * // → [0] (80th percentile = 90; customer 1 is still alive)
 */
export function slippingAway(clv: Float64Array, pAlive: Float64Array, limit: number): Int32Array {
	const threshold = quantile(clv, SLIPPING.clvQuantile);
	const picked: number[] = [];
	for (let c = 0; c < clv.length; c++)
		if (clv[c] >= threshold && pAlive[c] < SLIPPING.maxPAlive) picked.push(c);
	picked.sort((i, j) => clv[j] - clv[i] || i - j);
	return Int32Array.from(picked.slice(0, limit));
}
