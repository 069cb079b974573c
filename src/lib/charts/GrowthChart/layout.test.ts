import { describe, expect, it } from 'vitest';
import type { GrowthTable } from '$lib/core/analytics/types';
import { growthLayout, monthTicks, monthTickStep } from './layout';

const growth: GrowthTable = {
	firstMonth: 646, // Nov 2023
	months: 4,
	newCustomers: Int32Array.of(10, 20, 5, 0),
	activeCustomers: Int32Array.of(10, 25, 15, 40),
	returningCustomers: Int32Array.of(0, 5, 10, 40),
	newRevenueCents: Float64Array.of(1000, 2000, 500, 0),
	returningRevenueCents: Float64Array.of(0, 500, -300, 4000),
	activeGrowth: [null, 1.5, -0.4, 1.6666666666666667]
};

describe('monthTickStep', () => {
	it.each([
		[100, 60, 1],
		[40, 60, 2],
		[20, 60, 6],
		[8, 60, 12],
		[1, 60, 120]
	])('%d px per month, %d px labels → every %d months', (bandwidth, labelWidth, step) => {
		expect(monthTickStep(bandwidth, labelWidth)).toBe(step);
	});
});

describe('monthTicks', () => {
	it.each([
		[646, 6, 3, [648, 651]],
		[646, 6, 12, [648]],
		[649, 3, 12, [649]],
		[646, 0, 1, []]
	])('from %d, %d months, every %d → %j', (first, count, step, expected) => {
		expect(monthTicks(first, count, step)).toEqual(expected);
	});
});

describe('growthLayout', () => {
	const layout = growthLayout(growth, 660, { top: 20, labelWidth: 50 });

	it('shares one band per month across both panels', () => {
		expect(layout.left).toBe(60);
		expect(layout.right).toBe(644);
		expect(layout.months.map((m) => m.month)).toEqual([646, 647, 648, 649]);
		expect(layout.months[0].x).toBeGreaterThan(60);
		expect(layout.months[3].x + layout.bandwidth).toBeLessThan(644);
		// 4 bands of 146 px: every month gets a label.
		expect(layout.monthTicks.map((t) => t.month)).toEqual([646, 647, 648, 649]);
		expect(layout.monthTicks[0].x).toBe(layout.months[0].center);
	});

	it('draws the three customer series as lines on a nice scale', () => {
		expect(layout.customers).toMatchObject({ top: 46, bottom: 256 });
		expect(layout.customers.lines.map((l) => l.series)).toEqual(['active', 'new', 'returning']);
		expect(layout.customers.ticks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40]);
		const active = layout.months.map((m) => m.points.active);
		expect(active[3]).toBe(46); // 40 = the top of the scale
		expect(active[0]).toBeCloseTo(256 - (210 * 10) / 40);
		expect(layout.customers.lines[0].path).toMatch(/^M[\d.]+,[\d.]+L/);
		expect(layout.customers.lines[0].path.match(/L/g)).toHaveLength(3);
	});

	it('stacks revenue from returning and new customers, negative months below zero', () => {
		const revenue = layout.revenue!;
		expect(revenue.top).toBe(256 + 24 + 18 + 26);
		expect(revenue.bottom).toBe(revenue.top + 170);
		// Zero-revenue bars are left out: 8 values, 2 of them 0.
		expect(revenue.bars).toHaveLength(6);
		const negative = revenue.bars.find((b) => b.value < 0)!;
		expect(negative).toMatchObject({ i: 2, series: 'returningRevenue' });
		expect(negative.y).toBeCloseTo(revenue.zeroY, 1);
		const april = revenue.bars.filter((b) => b.i === 1);
		expect(april.map((b) => b.series)).toEqual(['returningRevenue', 'newRevenue']);
		// Returning sits on zero, new on top of it.
		expect(april[0].y + april[0].height).toBeCloseTo(revenue.zeroY, 1);
		expect(april[1].y + april[1].height).toBeCloseTo(april[0].y, 1);
		expect(layout.height).toBe(revenue.bottom + 24 + 4);
	});

	it('has only the customers panel when compact', () => {
		const compact = growthLayout(growth, 660, { compact: true });
		expect(compact.revenue).toBeNull();
		expect(compact.customers.bottom - compact.customers.top).toBe(150);
		expect(compact.customers.ticks.length).toBeLessThanOrEqual(4);
	});

	it('thins month labels over many months', () => {
		const long: GrowthTable = {
			...growth,
			firstMonth: 600,
			months: 48,
			newCustomers: new Int32Array(48).fill(1),
			activeCustomers: new Int32Array(48).fill(2),
			returningCustomers: new Int32Array(48).fill(1),
			newRevenueCents: new Float64Array(48),
			returningRevenueCents: new Float64Array(48),
			activeGrowth: new Array(48).fill(0)
		};
		const layout = growthLayout(long, 660, { labelWidth: 50 });
		expect(layout.monthTicks.map((t) => t.month)).toEqual([600, 606, 612, 618, 624, 630, 636, 642]);
	});
});
