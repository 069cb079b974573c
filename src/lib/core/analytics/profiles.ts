/**
 * Profiles of groups of scored customers (segments, tiers, stages): size, revenue, order value,
 * mean R/F/M, repurchase rate and attribute mix.
 */
import type { CustomerStats } from './customer-stats';
import { averageOrderValue, mean, repeatRate, share } from './metrics';
import type { SegmentDefinition } from './labels';
import type { CustomerScores } from './scores';
import type { AttributeDistribution, CustomerAttribute, GroupProfile } from './types';

/** Values listed by name in an attribute distribution; the rest is "other". */
export const TOP_ATTRIBUTE_VALUES = 10;

/**
 * Profile every group of a grouping (`group[c]` = index into `definitions`, scored customers
 * only). Shares are of scored customers and of their net revenue (revenueShare is 0 when that
 * revenue is ≤ 0); AOV = group revenue / group purchases; repurchase rate = share of the group
 * with ≥ 2 purchases.
 * @example
 * // one group, customers with (recency 0, F 1, M 1000) and (recency 10, F 3, M 2000)
 * // → customers 2, revenueCents 3000, purchases 4, aovCents 750, meanRecencyDays 5,
 * //   meanFrequency 2, meanMonetaryCents 1500, repurchaseRate 0.5
 */
export function groupProfiles(
	stats: Pick<
		CustomerStats,
		'scored' | 'scoredCount' | 'recencyDays' | 'frequency' | 'monetaryCents'
	>,
	scores: Pick<CustomerScores, 'r' | 'f' | 'm'>,
	group: Uint8Array,
	definitions: readonly SegmentDefinition[],
	attributes: readonly CustomerAttribute[] = []
): GroupProfile[] {
	const g = definitions.length;
	const customers = new Float64Array(g);
	const revenue = new Float64Array(g);
	const purchases = new Float64Array(g);
	const recency = new Float64Array(g);
	const rScore = new Float64Array(g);
	const fScore = new Float64Array(g);
	const mScore = new Float64Array(g);
	const repeaters = new Float64Array(g);
	let totalRevenue = 0;
	for (let c = 0; c < group.length; c++) {
		if (!stats.scored[c]) continue;
		const k = group[c];
		customers[k]++;
		revenue[k] += stats.monetaryCents[c];
		purchases[k] += stats.frequency[c];
		recency[k] += stats.recencyDays[c];
		rScore[k] += scores.r[c];
		fScore[k] += scores.f[c];
		mScore[k] += scores.m[c];
		if (stats.frequency[c] >= 2) repeaters[k]++;
		totalRevenue += stats.monetaryCents[c];
	}
	const distributions = attributes.map((a) => attributeDistributions(stats.scored, group, g, a));
	const n = stats.scoredCount;
	return definitions.map((definition, k) => {
		const size = customers[k];
		return {
			key: definition.key,
			label: { ...definition.label },
			customers: size,
			share: share(size, n),
			revenueCents: revenue[k],
			revenueShare: share(revenue[k], totalRevenue),
			purchases: purchases[k],
			aovCents: averageOrderValue(revenue[k], purchases[k]),
			meanRecencyDays: mean(recency[k], size),
			meanFrequency: mean(purchases[k], size),
			meanMonetaryCents: mean(revenue[k], size),
			meanRScore: mean(rScore[k], size),
			meanFScore: mean(fScore[k], size),
			meanMScore: mean(mScore[k], size),
			repurchaseRate: repeatRate(repeaters[k], size),
			attributes: distributions.map((d) => d[k])
		};
	});
}

/**
 * Per group, customers per value of one attribute: the 10 most frequent values (ties → lower
 * dictionary index first), the rest as `other`, empty values (−1) as `empty`.
 * @example
 * // group [0, 0, 0], values [2, 2, −1] → [{ name, top: [{ value: 2, customers: 2 }], other: 0, empty: 1 }]
 */
export function attributeDistributions(
	scored: Uint8Array,
	group: Uint8Array,
	groupCount: number,
	attribute: CustomerAttribute
): AttributeDistribution[] {
	const values = attribute.values;
	let size = 0;
	for (let c = 0; c < values.length; c++) if (scored[c] && values[c] >= size) size = values[c] + 1;
	const counts = new Int32Array(groupCount * size);
	const empty = new Int32Array(groupCount);
	for (let c = 0; c < values.length; c++) {
		if (!scored[c]) continue;
		if (values[c] < 0) empty[group[c]]++;
		else counts[group[c] * size + values[c]]++;
	}
	const result: AttributeDistribution[] = [];
	for (let k = 0; k < groupCount; k++) {
		const row = counts.subarray(k * size, (k + 1) * size);
		const present: number[] = [];
		for (let v = 0; v < size; v++) if (row[v] > 0) present.push(v);
		present.sort((a, b) => row[b] - row[a] || a - b);
		let other = 0;
		for (let i = TOP_ATTRIBUTE_VALUES; i < present.length; i++) other += row[present[i]];
		result.push({
			name: attribute.name,
			top: present
				.slice(0, TOP_ATTRIBUTE_VALUES)
				.map((value) => ({ value, customers: row[value] })),
			other,
			empty: empty[k]
		});
	}
	return result;
}
