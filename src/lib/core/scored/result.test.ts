/**
 * The result of a scored dataset, against figures computed by hand from three customers:
 *
 * | id | F | monetary | R F M FM | segment     | tier    | stage   |
 * | A  | 2 | 300.00   | 5 4 5 5  | champions   | gold    | repeat  |
 * | B  | 1 |  50.00   | 1 1 1 1  | lost        | regular | lost    |
 * | C  | 4 | 150.00   | 3 5 3 4  | loyal       | regular | at_risk |
 *
 * D = 2024-03-11. Purchases 7, revenue 500.00, AOV 500.00 / 7 = 71.43 (cents rounded as the
 * engine rounds), repeat rate 2 / 3. Tiers by mean monetary: gold 300.00 > regular 100.00.
 */
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../calendar';
import { ScoredReader } from './reader';
import { scoredResult } from './result';

const ROWS = [
	[
		'B',
		'2023-01-01',
		'2023-06-01',
		'284',
		'1',
		'50',
		'1',
		'1',
		'1',
		'1',
		'lost',
		'regular',
		'lost'
	],
	[
		'A',
		'2024-01-01',
		'2024-03-01',
		'10',
		'2',
		'300.00',
		'5',
		'4',
		'5',
		'5',
		'champions',
		'gold',
		'repeat'
	],
	[
		'C',
		'2023-02-01',
		'2023-12-01',
		'101',
		'4',
		'150.004',
		'3',
		'5',
		'3',
		'4',
		'loyal',
		'regular',
		'at_risk'
	]
];

function result(steps = [1, 2, 4]) {
	const reader = new ScoredReader();
	for (const row of ROWS) expect(reader.push(row)).toBe(true);
	const { columns, report } = reader.finish();
	expect(report).toMatchObject({ rowsRead: 3, imported: 3, skipped: 0, scheme: 'rfm_grid' });
	return scoredResult(columns!, steps);
}

describe('scoredResult', () => {
	it('headline, as-of date and the stored values', () => {
		const r = result();
		expect(r.asOfDay).toBe(dayFromIso('2024-03-11'));
		expect(r.headline).toMatchObject({
			customers: 3,
			orders: 7,
			purchases: 7,
			returns: 0,
			revenueCents: 50_000,
			firstDay: dayFromIso('2023-01-01'),
			lastDay: dayFromIso('2024-03-01'),
			repeatRate: 2 / 3
		});
		expect(r.headline.aovCents).toBeCloseTo(50_000 / 7, 6);
		expect([...r.customers.monetaryCents]).toEqual([5000, 30000, 15000]);
		expect(r.bins).toEqual({ r: 5, f: 5, m: 5 });
	});

	it('segments, tiers best first and stages from the stored keys', () => {
		const r = result();
		const sizes = (groups: { key: string; customers: number }[]) =>
			Object.fromEntries(groups.filter((g) => g.customers > 0).map((g) => [g.key, g.customers]));
		expect(sizes(r.segments)).toEqual({ champions: 1, loyal: 1, lost: 1 });
		expect(r.tiers.map((t) => [t.key, t.customers, t.revenueCents])).toEqual([
			['gold', 1, 30_000],
			['regular', 2, 20_000]
		]);
		expect(r.tiers[0].label).toEqual({ en: 'Gold', zh: '金牌会员' });
		expect(sizes(r.stages)).toEqual({ repeat: 1, at_risk: 1, lost: 1 });
		expect(r.tierSegments.customers.reduce((a, b) => a + b, 0)).toBe(3);
	});

	it('the funnel counts purchases and takes active / at risk / lost from the stages', () => {
		expect(result([1, 2, 4]).funnel).toEqual([
			{ minPurchases: 1, customers: 3, active: 1, atRisk: 1, lost: 1, conversion: 1 },
			{ minPurchases: 2, customers: 2, active: 1, atRisk: 1, lost: 0, conversion: 2 / 3 },
			{ minPurchases: 4, customers: 1, active: 0, atRisk: 1, lost: 0, conversion: 1 / 2 }
		]);
	});
});
