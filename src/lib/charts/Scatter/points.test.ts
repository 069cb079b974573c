import { describe, expect, it } from 'vitest';
import { NONE, type CustomerTable } from '$lib/core/analytics/types';
import { group } from '../fixtures';
import { ScatterPoints, type PointsInput } from './points.svelte';

/** Four customers, the third not scored; recency 0/10/–/100 days, revenue in cents. */
const customers = {
	scored: Uint8Array.from([1, 1, 0, 1]),
	recencyDays: Int32Array.from([0, 10, 5, 100]),
	frequency: Int32Array.from([1, 2, 0, 4]),
	monetaryCents: Float64Array.from([1_000, 3_000, 0, 5_000]),
	segment: Uint8Array.from([0, 1, NONE, 1]),
	tier: Uint8Array.from([1, 0, NONE, 0])
} as unknown as CustomerTable;

function points(input: Partial<PointsInput> = {}) {
	const base: PointsInput = {
		customers,
		forecast: null,
		segments: [group('champions'), group('lost')],
		tiers: [group('gold'), group('regular')],
		x: 'recency',
		y: 'monetary',
		xLog: false,
		yLog: false,
		colorBy: 'segment',
		hidden: [],
		width: 200,
		height: 100,
		...input
	};
	return new ScatterPoints(() => base);
}

describe('ScatterPoints', () => {
	it('draws the scored customers, grouped by the chosen colouring', () => {
		const p = points();
		expect([...p.points]).toEqual([0, 1, 3]);
		expect(p.groupCount).toBe(2);
		// Segment 0 first (point 0), then segment 1 (points 1 and 2).
		expect([...p.drawing.order]).toEqual([0, 1, 2]);
		expect(JSON.parse(p.groupsJson)).toEqual({ champions: 1, lost: 2 });
		const byTier = points({ colorBy: 'tier' });
		expect(JSON.parse(byTier.groupsJson)).toEqual({ gold: 2, regular: 1 });
	});

	it('places points on the plot by their values: recency 0…100 days across 200 px', () => {
		const p = points();
		// Domains are padded by 4% on each side: [−4, 104] days → x = (v + 4) / 108 · 200.
		expect(p.xDomain).toEqual([-4, 104]);
		expect(p.px[1]).toBeCloseTo(((10 + 4) / 108) * 200, 4);
		// Revenue grows upwards: the largest is nearest the top.
		expect(p.py[2]).toBeLessThan(p.py[1]);
		expect(p.py[1]).toBeLessThan(p.py[0]);
	});

	it('leaves hidden groups out of the drawing but not out of the domains', () => {
		const shown = points();
		const hidden = points({ hidden: ['lost'] });
		expect([...hidden.mask]).toEqual([0, 1]);
		expect([...hidden.drawing.order]).toEqual([0]);
		expect(hidden.xDomain).toEqual(shown.xDomain);
		expect(hidden.yDomain).toEqual(shown.yDomain);
	});

	it('plots P(alive) against CLV from the forecast, leaving out customers without one', () => {
		const forecast = {
			p_alive: Float64Array.from([1, 0.5, NaN, NaN]),
			expected_purchases: Float64Array.from([1, 1, NaN, NaN]),
			clv: Float64Array.from([100, 300, NaN, NaN])
		};
		const p = points({ forecast, x: 'clv', y: 'p_alive' });
		// Customer 3 is scored but the model has no figure for them; customer 2 is not scored.
		expect([...p.points]).toEqual([0, 1]);
		// CLV 100 … 300 padded by 4 % of 200: [92, 308] across 200 px.
		expect(p.xDomain).toEqual([92, 308]);
		expect(p.px[0]).toBeCloseTo((8 / 216) * 200, 4);
		// P(alive) 1 is above 0.5.
		expect(p.py[0]).toBeLessThan(p.py[1]);
		expect(JSON.parse(p.groupsJson)).toEqual({ champions: 1, lost: 1 });
	});
});
