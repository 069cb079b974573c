import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '$lib/db/schema';
import { csvOptions } from './append.fixture';
import { importFile } from './import';
import { sourceProfiles } from './sources';

/**
 * Two sources of one shop, as of 2024-03-01 (the last purchase). B buys in both, E only returns.
 * By hand, over all purchases (5 quantile bins, n = 4 scored):
 *   customer  recency  F  M (cents)  R  F  M  FM  segment        tier (monetary: below / n)
 *   A         0        1  10000      2  1  2  2   hibernating    regular (1/4)
 *   B         0        2  50000      2  3  3  3   at_risk        silver  (2/4)
 *   C         29       1   5000      1  1  1  1   lost           regular (0/4)
 *   D         0        2  50000      2  3  3  3   at_risk        silver  (2/4)
 * (R: below = customers with a strictly longer recency, so A, B, D have 1 → 1 + ⌊5 × 1 / 4⌋ = 2.)
 */
const SHOP = [
	'customer,order,date,amount',
	'A,s1,2024-03-01,100',
	'B,s2,2024-01-01,200',
	'D,s3,2024-01-15,0'
];
const WEB = [
	'customer,order,date,amount',
	'B,w1,2024-03-01,300',
	'C,w2,2024-02-01,50',
	'D,w3,2024-02-01,100',
	'D,w4,2024-03-01,400',
	'E,w5,2024-02-15,-20'
];

async function importLines(lines: string[], source: string, target?: string) {
	const file = new File([lines.join('\n')], `${source}.csv`);
	const outcome = await importFile(
		file,
		{ options: csvOptions('order'), name: '', currency: 'CNY', source, target },
		() => undefined
	);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome));
	return outcome.datasetId;
}

afterEach(async () => {
	await Promise.all([
		db.datasets.clear(),
		db.chunks.clear(),
		db.dictionaries.clear(),
		db.results.clear()
	]);
});

/** Customers and revenue per group key, groups without customers left out. */
const figures = (groups: { key: string; customers: number; revenueCents: number }[]) =>
	Object.fromEntries(
		groups.filter((g) => g.customers > 0).map((g) => [g.key, [g.customers, g.revenueCents]])
	);

describe('segments and tiers filtered by source', () => {
	// Expected by hand from the table above: a filter keeps whom it counts, never their scores.
	it.each([
		{
			source: 'shop', // A, B and D (D's one shop order is 0, no purchase, yet a line of the shop)
			scored: 3,
			segments: { hibernating: [1, 10000], at_risk: [2, 100000] },
			tiers: { silver: [2, 100000], regular: [1, 10000] }
		},
		{
			source: 'web', // B, C, D (E only returned: not scored)
			scored: 3,
			segments: { at_risk: [2, 100000], lost: [1, 5000] },
			tiers: { silver: [2, 100000], regular: [1, 5000] }
		},
		{ source: 'nowhere', scored: 0, segments: {}, tiers: {} }
	])('$source', async ({ source, scored, segments, tiers }) => {
		const id = await importLines(SHOP, 'shop');
		await importLines(WEB, 'web', id);
		const view = await sourceProfiles(id, source);
		expect(view.source).toBe(source);
		expect(view.scoredCount).toBe(scored);
		expect(figures(view.segments)).toEqual(segments);
		expect(figures(view.tiers)).toEqual(tiers);
		// Shares are of the source's scored customers and of their revenue.
		for (const group of [...view.segments, ...view.tiers]) {
			expect(group.share).toBeCloseTo(scored ? group.customers / scored : 0);
		}
		const revenue = Object.values(segments).reduce((sum, [, cents]) => sum + cents, 0);
		const atRisk = view.segments.find((g) => g.key === 'at_risk');
		expect(atRisk?.revenueShare).toBeCloseTo(revenue ? (segments.at_risk?.[1] ?? 0) / revenue : 0);
		// The tier × segment table counts the same customers.
		expect(view.tierSegments.customers.reduce((a, b) => a + b, 0)).toBe(scored);
		expect(view.grid.customers.reduce((a, b) => a + b, 0)).toBe(scored);
	});
});
