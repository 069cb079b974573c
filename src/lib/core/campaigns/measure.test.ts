import { describe, expect, it } from 'vitest';
import { prepare } from '../analytics/prepare';
import { campaignOutcomes, measureCampaign } from './measure';

describe('campaignOutcomes', () => {
	it('counts purchases and net revenue from the campaign day to D, both included', () => {
		// customer 0: +10.00 day 5, +20.00 day 10, −5.00 day 13, +7.00 day 31
		// customer 1: +3.00 day 30; customer 2: nothing
		const prepared = prepare(
			{
				customer: Int32Array.of(0, 0, 0, 0, 1),
				day: Int32Array.of(5, 10, 13, 31, 30),
				amountCents: Float64Array.of(1000, 2000, -500, 700, 300),
				length: 5
			},
			3
		);
		expect(campaignOutcomes(prepared, Int32Array.of(2, 0, 1), 10, 30)).toEqual({
			purchases: Int32Array.of(0, 1, 1),
			revenueCents: Float64Array.of(0, 1500, 300)
		});
	});
});

describe('measureCampaign', () => {
	it('compares target and control on a hand-made example', () => {
		// target (control 0): 4 customers, revenue 10, 20, 30, 40 cents, one purchase each
		// control (1): 4 customers, revenue 10, 10, 20, 20 cents, one purchase each
		const outcomes = {
			purchases: Int32Array.of(1, 1, 1, 1, 1, 1, 1, 1),
			revenueCents: Float64Array.of(10, 10, 20, 20, 10, 20, 30, 40)
		};
		const control = Uint8Array.of(1, 1, 1, 1, 0, 0, 0, 0);
		const m = measureCampaign(outcomes, control);
		expect(m.target).toEqual({
			customers: 4,
			buyers: 4,
			purchaseRate: 1,
			revenuePerCustomerCents: 25,
			ordersPerCustomer: 1
		});
		expect(m.control.revenuePerCustomerCents).toBe(15);
		// Revenue: difference 10, Welch [−9.349, 29.349] (see intervals.test.ts) → not significant;
		// incremental revenue = 10 × 4 target customers = 40, interval [−37.40, 117.40]
		expect(m.revenuePerCustomer?.difference).toBe(10);
		expect(m.revenuePerCustomer?.significant).toBe(false);
		expect(m.incrementalRevenue?.difference).toBe(40);
		expect(m.incrementalRevenue?.lower).toBeCloseTo(-37.396, 2);
		expect(m.incrementalRevenue?.upper).toBeCloseTo(117.396, 2);
		// Everyone bought once in both groups: purchase-rate interval straddles 0, orders don't vary.
		expect(m.purchaseRate?.difference).toBe(0);
		expect(m.purchaseRate?.significant).toBe(false);
		expect(m.ordersPerCustomer).toMatchObject({
			difference: 0,
			lower: 0,
			upper: 0,
			significant: false
		});
		expect(m.notYetSignificant).toBe(true);
	});

	it('flags a clear purchase-rate uplift as significant', () => {
		// target: 30 of 100 bought (one order of 50.00 each), control: 10 of 100
		const purchases = Int32Array.from({ length: 200 }, (_, k) =>
			k < 30 || (k >= 100 && k < 110) ? 1 : 0
		);
		const revenueCents = Float64Array.from(purchases, (n) => n * 5000);
		const control = Uint8Array.from({ length: 200 }, (_, k) => (k >= 100 ? 1 : 0));
		const m = measureCampaign({ purchases, revenueCents }, control);
		// Newcombe [0.0900, 0.3058], hand-computed in intervals.test.ts
		expect(m.purchaseRate?.lower).toBeCloseTo(0.09, 4);
		expect(m.purchaseRate?.upper).toBeCloseTo(0.30579, 4);
		expect(m.purchaseRate?.significant).toBe(true);
		expect(m.notYetSignificant).toBe(false);
		// revenue per customer 15.00 vs 5.00 → incremental 10.00 × 100 = 1,000.00
		expect(m.incrementalRevenue?.difference).toBeCloseTo(100_000, 6);
	});

	it('cannot tell without a control group', () => {
		const m = measureCampaign(
			{ purchases: Int32Array.of(1, 0), revenueCents: Float64Array.of(100, 0) },
			Uint8Array.of(0, 0)
		);
		expect(m.purchaseRate).toBeNull();
		expect(m.revenuePerCustomer).toBeNull();
		expect(m.incrementalRevenue).toBeNull();
		expect(m.notYetSignificant).toBe(true);
	});
});
