import { describe, expect, it } from 'vitest';
import { feedbackTrendLayout } from './layout';

describe('feedbackTrendLayout', () => {
	// 160 × 134 px, margins left 40, right 12, top 10, bottom 24 → plot x 40…148, y 110 (min) … 10 (max)
	// Three months: slots of 36 px centred at 58, 94, 130.
	it.each([
		[[0, null, 100], 'M58,60M130,10'],
		[[-100, 50, 100], 'M58,110L94,35L130,10'],
		[[null, null, null], ''],
		[[], '']
	])('%j → %s', (values, path) => {
		expect(feedbackTrendLayout(values, -100, 100, 160, 134, 20).path).toBe(path);
	});

	it('puts five y ticks from min to max', () => {
		const layout = feedbackTrendLayout([0.5], 0, 1, 160, 134, 20);
		expect(layout.yTicks.map((t) => [t.value, t.y])).toEqual([
			[0, 110],
			[0.25, 85],
			[0.5, 60],
			[0.75, 35],
			[1, 10]
		]);
	});

	it('thins month labels to fit: 12 slots of 9 px with 20 px labels → every 4th', () => {
		const values = Array.from({ length: 12 }, () => 0);
		expect(feedbackTrendLayout(values, -100, 100, 160, 134, 20).xLabels.map((l) => l.k)).toEqual([
			0, 4, 8
		]);
	});
});
