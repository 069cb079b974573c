import { describe, expect, it } from 'vitest';
import type { FunnelStep } from '$lib/core/analytics/types';
import { funnelLayout } from './layout';

const steps: FunnelStep[] = [
	{ minPurchases: 1, customers: 100, active: 50, atRisk: 30, lost: 20, conversion: 1 },
	{ minPurchases: 2, customers: 40, active: 25, atRisk: 10, lost: 5, conversion: 0.4 },
	{ minPurchases: 3, customers: 0, active: 0, atRisk: 0, lost: 0, conversion: 0 }
];

describe('funnelLayout', () => {
	// width 600: names end at 132, bars 144 → 468 (centre 306), counts from 480.
	const layout = funnelLayout(steps, 600);

	it('centres bars proportional to customers', () => {
		expect(layout).toMatchObject({ labelRight: 132, countLeft: 480, center: 306 });
		const [first, second, third] = layout.rows;
		expect(first).toMatchObject({ y: 0, height: 34, x: 144, width: 324, shareOfFirst: 1 });
		expect(second.y).toBe(62);
		expect(second.x).toBeCloseTo(241.2);
		expect(second.width).toBeCloseTo(129.6);
		expect(second.shareOfFirst).toBeCloseTo(0.4);
		expect(third.width).toBe(0);
		expect(layout.height).toBe(2 * 62 + 34 + 4);
	});

	it('stacks active, at risk and lost inside each bar', () => {
		const parts = layout.rows[0].parts;
		expect(parts.map((p) => p.status)).toEqual(['active', 'atRisk', 'lost']);
		expect(parts.map((p) => Math.round(p.x * 10) / 10)).toEqual([144, 306, 403.2]);
		expect(parts.map((p) => Math.round(p.width * 10) / 10)).toEqual([162, 97.2, 64.8]);
		expect(parts.map((p) => p.share)).toEqual([0.5, 0.3, 0.2]);
		expect(layout.rows[2].parts).toEqual([]);
	});

	it('writes the conversion in the gap above every step after the first', () => {
		expect(layout.rows[0].conversion).toBeNull();
		expect(layout.rows[1].conversion).toEqual({ rate: 0.4, y: 48 });
		expect(layout.rows[2].conversion).toEqual({ rate: 0, y: 110 });
	});

	it('is tighter when compact and shifts under a legend', () => {
		const compact = funnelLayout(steps, 600, true, 30);
		expect(compact.rows[0]).toMatchObject({ y: 30, height: 22 });
		expect(compact.rows[1].y).toBe(30 + 42);
	});

	it('handles no steps', () => {
		expect(funnelLayout([], 600, false, 12)).toMatchObject({ rows: [], height: 12 });
	});
});
