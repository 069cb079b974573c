import { describe, expect, it } from 'vitest';
import { LEVER_KEYS, NEUTRAL_LEVERS, doublingMonth, project } from './model';
import type { GrowthInputs, GrowthLevers } from './model';
import { simulate } from './simulate';

// n₀ 10 new a month, retention r = [1, 0.5, 0.2] (0.2 after), today's customers expected active
// E = [50, 40, 30, 30, …], 60 active now, 200 customers, 100 at risk or lost, repeat rate 0.25,
// active retention 0.4, 10.00 a month per active customer.
const INPUTS: GrowthInputs = {
	horizon: 12,
	activeNow: 60,
	newPerMonth: 10,
	retention: Float64Array.of(1, 0.5, 0.2),
	existingActive: Float64Array.from({ length: 36 }, (_, t) => [50, 40][t] ?? 30),
	existingCustomers: 200,
	winBackPool: 100,
	secondPurchaseRate: 0.25,
	activeRetention: 0.4,
	revenuePerActiveCents: 1000
};

const ALL: GrowthLevers = {
	newCustomers: 0.2,
	secondPurchase: 0.05,
	winBack: 0.1,
	retention: 0.1,
	averageOrderValue: 0.1,
	referrals: 1.2
};

const lever = (key: keyof GrowthLevers, value: number): GrowthLevers => ({
	...NEUTRAL_LEVERS,
	[key]: value
});

describe('project', () => {
	it('computes the baseline months by hand', () => {
		// month | existing | cohorts of new customers          | active | revenue
		//   1   |   50     | 10                                 |   60   | 60,000
		//   2   |   40     | 10 × 0.5 + 10                      |   55   | 55,000
		//   3   |   30     | 10 × 0.2 + 10 × 0.5 + 10           |   47   | 47,000
		//   4   |   30     | 2 × 10 × 0.2 + 10 × 0.5 + 10       |   49   | 49,000
		const { active, newCustomers, revenueCents } = project(INPUTS, NEUTRAL_LEVERS, 4);
		expect([...newCustomers]).toEqual([10, 10, 10, 10]);
		expect([...active]).toEqual([60, 55, 47, 49]);
		expect([...revenueCents]).toEqual([60_000, 55_000, 47_000, 49_000]);
	});

	it('computes every lever at once by hand', () => {
		// f₂ = (0.25 + 0.05) / 0.25 = 1.2; f_R = (0.4 + 0.1) / 0.4 = 1.25; new cohorts use
		// 1.2 × 1.25 = 1.5 → c_new = [1, 0.75, 0.3, …]; won back 0.1 × 100 = 10 with
		// c_wb = [1, 0.625, 0.25, …]; existing × 1.25 = [62.5, 50, 37.5]; organic 10 × 1.2 = 12;
		// referrals 1.2 / 12 = 0.1 per active of the month before; 10.00 × 1.1 = 11.00 per active.
		// month | new                  | active                                              | revenue
		//   1   | 12 + 0.1 × 60 = 18   | 62.5 + 10 + 18 = 90.5                               | 99,550
		//   2   | 12 + 9.05 = 21.05    | 50 + 6.25 + 18 × 0.75 + 21.05 = 90.8                | 99,880
		//   3   | 12 + 9.08 = 21.08    | 37.5 + 2.5 + 18 × 0.3 + 21.05 × 0.75 + 21.08 = 82.2675 | 90,494.25
		const { active, newCustomers, revenueCents } = project(INPUTS, ALL, 3);
		const close = (actual: Float64Array, expected: number[]) =>
			expected.forEach((e, i) => expect(actual[i]).toBeCloseTo(e, 9));
		close(newCustomers, [18, 21.05, 21.08]);
		close(active, [90.5, 90.8, 82.2675]);
		close(revenueCents, [99_550, 99_880, 90_494.25]);
	});

	it.each([
		// lever alone → month 1 and 2 active, by hand
		['newCustomers', 0.2, [50 + 12, 40 + 12 * 0.5 + 12]],
		// c_new = min(1, r × 1.2): [1, 0.6] → month 2: 40 + 10 × 0.6 + 10
		['secondPurchase', 0.05, [60, 56]],
		// 10 won back active in month 1, 10 × 0.5 in month 2
		['winBack', 0.1, [70, 60]],
		// f_R 1.25: [62.5 + 10, 50 + 10 × 0.625 + 10]
		['retention', 0.1, [72.5, 66.25]],
		['averageOrderValue', 0.1, [60, 55]],
		// 0.1 × 60 = 6 more new in month 1; month 2: 0.1 × 66 = 6.6 more, plus 6 × 0.5
		['referrals', 1.2, [66, 40 + 16 * 0.5 + 16.6]]
	] as const)('%s alone', (key, value, expected) => {
		const { active } = project(INPUTS, lever(key, value), 2);
		expect(active[0]).toBeCloseTo(expected[0], 9);
		expect(active[1]).toBeCloseTo(expected[1], 9);
	});

	it('caps a cohort at 100 % and today’s customers at their number', () => {
		const inputs = { ...INPUTS, existingActive: new Float64Array(36).fill(190) };
		// f_R = (0.4 + 0.4) / 0.4 = 2: existing min(200, 380) = 200; new cohort min(1, 0.5 × 2) = 1
		const { active } = project(inputs, lever('retention', 0.4), 2);
		expect([...active]).toEqual([210, 220]);
	});
});

describe('lever bounds', () => {
	it('keeps levers within meaningful values', () => {
		// at most everyone won back; no negative order value, referrals or new customers
		expect(project(INPUTS, lever('winBack', 2), 1).active[0]).toBe(60 + 100);
		expect(project(INPUTS, lever('averageOrderValue', -2), 1).revenueCents[0]).toBe(0);
		expect(project(INPUTS, lever('referrals', -12), 1).newCustomers[0]).toBe(10);
		expect(project(INPUTS, lever('newCustomers', -3), 1).newCustomers[0]).toBe(0);
	});
});

describe('simulate', () => {
	it('equals the baseline exactly with neutral levers', () => {
		const s = simulate(INPUTS, NEUTRAL_LEVERS);
		expect(s.scenario).toEqual(s.baseline);
		expect(s.baseline.active.length).toBe(12);
		expect(s.totals.scenarioRevenueCents).toBe(s.totals.baselineRevenueCents);
		expect(s.contributions.every((c) => c.revenueCents === 0 && c.revenueShare === null)).toBe(
			true
		);
	});

	it('finds the doubling month (an independent loop for the scenario)', () => {
		const s = simulate(INPUTS, ALL);
		// Baseline: active = 41 + 2t from month 3 on → 120 at t = 39.5, beyond 36 months.
		expect(s.doubling.baseline).toBeNull();
		expect(doublingMonth(Float64Array.of(90, 150, 210), 100)).toBe(3);
		expect(doublingMonth(Float64Array.of(1), 0)).toBeNull();
		// Reference: the same rules written as a plain loop over cohorts.
		const c = (k: number, f: number) =>
			k === 0 ? 1 : Math.min(1, [1, 0.5, 0.2][Math.min(k, 2)] * f);
		const cohorts: number[] = [];
		let previous = 60;
		let month: number | null = null;
		for (let t = 1; t <= 36 && month === null; t++) {
			cohorts.push(12 + 0.1 * previous);
			let a = Math.min(200, ([50, 40][t - 1] ?? 30) * 1.25) + 10 * c(t - 1, 1.25);
			cohorts.forEach((n, u) => (a += n * c(t - 1 - u, 1.5)));
			if (a >= 120) month = t;
			previous = a;
		}
		expect(s.doubling.scenario).toBe(month);
		expect(month).not.toBeNull();
	});

	it('splits the gain between two levers by Shapley values (hand-computed)', () => {
		// One month. Baseline revenue 60 × 1,000 = 60,000. New +20 % alone: 62 × 1,000 (+2,000);
		// AOV +10 % alone: 60 × 1,100 (+6,000); both: 62 × 1,100 = 68,200 (+8,200).
		// φ(new) = ½ × 2,000 + ½ × (8,200 − 6,000) = 2,100; φ(AOV) = ½ × 6,000 + ½ × 6,200 = 6,100.
		// Active in the month: +2 from new customers only.
		const s = simulate(
			{ ...INPUTS, horizon: 1 },
			{ ...NEUTRAL_LEVERS, newCustomers: 0.2, averageOrderValue: 0.1 }
		);
		const of = (key: string) => s.contributions.find((c) => c.lever === key);
		expect(of('newCustomers')?.revenueCents).toBeCloseTo(2100, 6);
		expect(of('averageOrderValue')?.revenueCents).toBeCloseTo(6100, 6);
		expect(of('newCustomers')?.revenueShare).toBeCloseTo(2100 / 8200, 12);
		expect(of('newCustomers')?.active).toBeCloseTo(2, 9);
		expect(of('averageOrderValue')?.activeShare).toBeCloseTo(0, 12);
		expect(of('winBack')).toMatchObject({ revenueCents: 0, active: 0 });
	});

	it('matches Shapley values averaged over every order of the levers', () => {
		const s = simulate(INPUTS, ALL);
		const gain = (keys: string[]) => {
			const levers = { ...NEUTRAL_LEVERS };
			for (const key of keys) levers[key as keyof GrowthLevers] = ALL[key as keyof GrowthLevers];
			const revenue = project(INPUTS, levers, 12).revenueCents.reduce((a, b) => a + b, 0);
			return revenue - project(INPUTS, NEUTRAL_LEVERS, 12).revenueCents.reduce((a, b) => a + b, 0);
		};
		const orders: string[][] = [];
		const permute = (rest: string[], done: string[]) =>
			rest.length === 0
				? orders.push(done)
				: rest.forEach((k) =>
						permute(
							rest.filter((x) => x !== k),
							[...done, k]
						)
					);
		permute([...LEVER_KEYS], []);
		for (const key of LEVER_KEYS) {
			const mean =
				orders.reduce((sum, order) => {
					const before = order.slice(0, order.indexOf(key));
					return sum + gain([...before, key]) - gain(before);
				}, 0) / orders.length;
			const c = s.contributions.find((x) => x.lever === key);
			expect(c?.revenueCents).toBeCloseTo(mean, 4);
		}
		const shares = s.contributions.reduce((sum, c) => sum + (c.revenueShare ?? 0), 0);
		expect(shares).toBeCloseTo(1, 12);
	});
});
