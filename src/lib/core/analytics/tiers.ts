/**
 * Member tiers (金牌 / 银牌 / 普通会员): customers ranked on one metric, a tier reached when the
 * share of scored customers with a strictly lower value is at least the tier's cut. The share is
 * always over every scored customer (n), also when ranking on CLV.
 */
import { customerAov } from './metrics';
import type { CustomerStats } from './customer-stats';
import type { CustomerScores } from './scores';
import { strictlyLowerCounts } from './scores';
import type { TierMetric, TierSettings } from './types';
import { NONE } from './types';

/**
 * The value tiers rank on, per customer (0 for unscored ones): monetary cents, frequency, average
 * order value (monetary / frequency, cents), R + F + M scores, or the forecast's CLV (`clv`, money
 * units, indexed like the customers; a customer without a finite CLV — or every customer, when no
 * CLV is given — gets −∞ and so ranks below every forecasted customer).
 * @example // monetary 1000 cents over 4 purchases, metric 'aov' → 250
 * @example // metric 'clv', clv [12.5, NaN] → [12.5, -Infinity]
 */
export function tierMetricValues(
	stats: CustomerStats,
	scores: CustomerScores,
	metric: TierMetric,
	clv?: Float64Array | null
): Float64Array {
	const count = stats.scored.length;
	const values = new Float64Array(count);
	for (let c = 0; c < count; c++) {
		if (!stats.scored[c]) continue;
		if (metric === 'monetary') values[c] = stats.monetaryCents[c];
		else if (metric === 'frequency') values[c] = stats.frequency[c];
		else if (metric === 'aov') values[c] = customerAov(stats, c);
		else if (metric === 'clv') values[c] = clvRank(clv?.[c]);
		else values[c] = scores.r[c] + scores.f[c] + scores.m[c];
	}
	return values;
}

/** A CLV as ranked: not enough data (NaN, missing) ranks below every forecasted customer. */
function clvRank(value: number | undefined): number {
	return value !== undefined && Number.isFinite(value) ? value : -Infinity;
}

/**
 * Whether tiers on CLV have anything to rank: some scored customer has a finite CLV.
 * @example hasTierClv(Uint8Array.of(1, 0), Float64Array.of(NaN, 5)) // → false
 */
export function hasTierClv(scored: Uint8Array, clv: Float64Array | null | undefined): boolean {
	if (!clv) return false;
	for (let c = 0; c < scored.length; c++) if (scored[c] && Number.isFinite(clv[c])) return true;
	return false;
}

/**
 * Tier index of every scored customer (`NONE` for the others): the first tier, best first, whose
 * cut ≤ below / n. With `metric: 'clv'`, `clv` holds the forecast's CLV per customer (see
 * `tierMetricValues` for customers without one).
 * @example
 * // monetary 100, 200, 300, 400, 500 with cuts 0.8 / 0.5 / 0: below / n = 0, .2, .4, .6, .8
 * // → tiers [2, 2, 2, 1, 0] (regular, regular, regular, silver, gold)
 */
export function assignTiers(
	stats: CustomerStats,
	scores: CustomerScores,
	settings: TierSettings,
	clv?: Float64Array | null
): Uint8Array {
	const count = stats.scored.length;
	const tier = new Uint8Array(count).fill(NONE);
	const { metric } = settings;
	const n = stats.scoredCount;
	// Quantile scoring already counted "strictly worse" for frequency and monetary.
	const below =
		scores.below && metric === 'monetary'
			? scores.below.m
			: scores.below && metric === 'frequency'
				? scores.below.f
				: strictlyLowerCounts(tierMetricValues(stats, scores, metric, clv), stats.scored).below;
	const cuts = settings.tiers.map((t) => t.cut);
	const last = cuts.length - 1;
	for (let c = 0; c < count; c++) {
		if (!stats.scored[c]) continue;
		const share = below[c] / n;
		let t = 0;
		while (t < last && share < cuts[t]) t++;
		tier[c] = t;
	}
	return tier;
}
