import { describe, expect, it } from 'vitest';
import { checkLayout } from './layout';

describe('checkLayout', () => {
	it('matches its example', () => {
		const layout = checkLayout({ x: [0, 1], actual: [0, 2], expected: [0, 1] }, 260, 140);
		expect(layout.actualPath).toBe('M48,112L248,12');
		expect(layout.expectedPath).toBe('M48,112L248,62');
		expect(layout.yTicks.map((t) => t.value)).toEqual([0, 0.5, 1, 1.5, 2]);
	});

	it('places the marker on the x scale and breaks lines at missing values', () => {
		const layout = checkLayout(
			{ x: [10, 20, 30], actual: [1, NaN, 3], expected: [1, 2, 3], marker: 20 },
			260,
			140
		);
		expect(layout.markerX).toBe(148);
		expect(layout.actualPath).toBe('M48,78.667ZM248,12Z');
	});

	it('thins x labels to one per ~80 px', () => {
		const x = Array.from({ length: 78 }, (_, i) => i);
		const layout = checkLayout({ x, actual: x, expected: x }, 500, 200);
		// plot 440 px → 5 labels → every 16th point
		expect(layout.xTicks).toEqual([0, 16, 32, 48, 64]);
	});
});
