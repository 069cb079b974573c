import { describe, expect, it } from 'vitest';
import {
	averageOrderValue,
	crossTotals,
	customerAov,
	customerMetric,
	groupTotals,
	mean,
	repeatRate,
	share,
	shownAverageOrderValue,
	weightedMean
} from './metrics';
import { summarizeSelection } from './selection';

describe('average order value', () => {
	it.each([
		[1000, 4, 250],
		[1000, 3, 1000 / 3],
		[-600, 2, -300],
		[500, 0, 0]
	])('%d cents over %d purchases → %d', (revenue, purchases, expected) => {
		expect(averageOrderValue(revenue, purchases)).toBe(expected);
	});

	it('takes an exact rounding from an export without restating the definition', () => {
		const halfUp = (a: number, b: number) => Math.round(a / b);
		expect(averageOrderValue(1000, 3, halfUp)).toBe(333);
		expect(averageOrderValue(1000, 0, halfUp)).toBe(0);
	});

	it.each([
		[1000, 4, 250],
		[-500, 0, null],
		[0, 0, null]
	])(
		'to show: %d cents over %d purchases → %s (no purchase: nothing to average)',
		(revenueCents, purchases, expected) => {
			expect(shownAverageOrderValue({ revenueCents, purchases })).toBe(expected);
		}
	);

	it('per customer from the customer table', () => {
		const table = {
			recencyDays: Int32Array.from([3, 40]),
			frequency: Int32Array.from([2, 0]),
			monetaryCents: Float64Array.from([5000, -300])
		};
		expect(customerAov(table, 0)).toBe(2500);
		expect(customerAov(table, 1)).toBe(0);
		expect(
			(['recency', 'frequency', 'monetary', 'aov'] as const).map((m) => customerMetric(table, m, 0))
		).toEqual([3, 2, 5000, 2500]);
	});
});

describe('shares and means', () => {
	it.each([
		[share(1, 4), 0.25],
		[share(3, 0), 0],
		[share(3, -10), 0],
		[mean(30, 4), 7.5],
		[mean(30, 0), 0],
		[repeatRate(1, 4), 0.25],
		[weightedMean([10, 20], [1, 3]), 17.5],
		[weightedMean([10, 20], [0, 0]), 0]
	])('%d = %d', (actual, expected) => expect(actual).toBe(expected));
});

describe('group totals', () => {
	it('sums, takes AOV over the sums and weights the means by customers', () => {
		const totals = groupTotals([
			{
				customers: 2,
				share: 0.5,
				revenueCents: 3000,
				revenueShare: 0.75,
				purchases: 4,
				repurchaseRate: 0.5,
				meanRecencyDays: 5
			},
			{
				customers: 2,
				share: 0.5,
				revenueCents: 1000,
				revenueShare: 0.25,
				purchases: 2,
				repurchaseRate: 0,
				meanRecencyDays: 15
			}
		]);
		expect(totals).toEqual({
			customers: 4,
			share: 1,
			revenueCents: 4000,
			revenueShare: 1,
			purchases: 6,
			aovCents: 4000 / 6,
			meanFrequency: 1.5,
			repurchaseRate: 0.25,
			meanRecencyDays: 10
		});
	});

	it('cross table rows, row, column and grand totals', () => {
		const table = {
			rows: 2,
			columns: 2,
			customers: Int32Array.from([1, 2, 3, 4]),
			revenueCents: Float64Array.from([100, -50, 0, 25])
		};
		expect(crossTotals(table, 'customers')).toEqual({
			rows: [
				[1, 2],
				[3, 4]
			],
			rowTotals: [3, 7],
			columnTotals: [4, 6],
			total: 10,
			max: 4
		});
		expect(crossTotals(table, 'revenue')).toMatchObject({ rowTotals: [50, 25], total: 75 });
	});
});

describe('selection summary', () => {
	it('totals, means over the selection and a breakdown by group', () => {
		const customers = {
			recencyDays: Int32Array.from([10, 20, 30]),
			frequency: Int32Array.from([1, 2, 6]),
			monetaryCents: Float64Array.from([100, 200, 900])
		} as Parameters<typeof summarizeSelection>[0];
		const summary = summarizeSelection(
			customers,
			Int32Array.from([1, 2]),
			Uint8Array.from([0, 0, 1]),
			2,
			4
		);
		expect(summary).toEqual({
			count: 2,
			share: 0.5,
			revenueCents: 1100,
			meanRecencyDays: 25,
			meanFrequency: 4,
			meanMonetaryCents: 550,
			groups: [
				{ customers: 1, revenueCents: 200 },
				{ customers: 1, revenueCents: 900 }
			]
		});
	});
});
