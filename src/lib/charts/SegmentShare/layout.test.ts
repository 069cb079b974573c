import { describe, expect, it } from 'vitest';
import { group } from '../fixtures';
import { BAR, byRevenueShare, shareLayout } from './layout';

const groups = [
	group('loyal', { customers: 30, share: 0.3, revenueShare: 0.2 }),
	group('champions', { customers: 10, share: 0.1, revenueShare: 0.6 }),
	group('lost', { customers: 60, share: 0.6, revenueShare: 0.2 })
];

describe('byRevenueShare', () => {
	it('sorts by revenue share, then customer share, then input order', () => {
		expect(byRevenueShare(groups).map((g) => [g.group.key, g.index])).toEqual([
			['champions', 1],
			['lost', 2],
			['loyal', 0]
		]);
		const tied = [group('a', { share: 0.5 }), group('b', { share: 0.5 })];
		expect(byRevenueShare(tied).map((g) => g.group.key)).toEqual(['a', 'b']);
	});
});

describe('shareLayout', () => {
	// width 600: labels 156 px (26 %), plot 164 → 548, domain [0, 0.6].
	const layout = shareLayout(groups, 600, 20);

	it('places the plot between the labels and the value texts', () => {
		expect(layout.labelWidth).toBe(156);
		expect(layout.plotLeft).toBe(164);
		expect(layout.plotRight).toBe(548);
		expect(layout.zeroX).toBe(164);
		expect(layout.ticks.map((t) => t.value)).toEqual([0, 0.2, 0.4, 0.6]);
		expect(layout.ticks.at(-1)?.x).toBeCloseTo(548);
	});

	it('draws the customers bar above the revenue bar, lengths proportional to shares', () => {
		const [first, second] = layout.rows;
		expect(first.group.key).toBe('champions');
		expect(first.index).toBe(1);
		expect(first.y).toBe(26); // legend 20 + half the row padding
		expect(first.customers).toMatchObject({ x: 164, y: 26, height: BAR, labelAnchor: 'start' });
		expect(first.customers.width).toBeCloseTo(64);
		expect(first.revenue.y).toBe(26 + BAR + 2);
		expect(first.revenue.width).toBeCloseTo(384);
		expect(first.revenue.labelX).toBeCloseTo(552);
		expect(second.y).toBe(26 + 40);
		expect(layout.plotBottom).toBe(20 + 3 * 40);
		expect(layout.height).toBe(layout.plotBottom + 26);
	});

	it('extends the axis below zero for a negative revenue share', () => {
		const negative = shareLayout(
			[
				group('a', { share: 0.5, revenueShare: 1.2 }),
				group('b', { share: 0.5, revenueShare: -0.2 })
			],
			600
		);
		expect(negative.zeroX).toBeGreaterThan(negative.plotLeft + 10);
		const b = negative.rows[1];
		expect(b.revenue.x + b.revenue.width).toBeCloseTo(negative.zeroX);
		expect(b.revenue.labelAnchor).toBe('end');
	});

	it('keeps a usable plot on narrow screens', () => {
		const narrow = shareLayout(groups, 200);
		expect(narrow.labelWidth).toBe(90);
		expect(narrow.plotRight - narrow.plotLeft).toBeGreaterThanOrEqual(40);
	});
});
