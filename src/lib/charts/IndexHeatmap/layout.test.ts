import { describe, expect, it } from 'vitest';
import { diverging, indexHeatmapLayout } from './layout';

describe('diverging', () => {
	it.each([
		[100, 0.5],
		[400, 1],
		[25, 0],
		[200, 0.75], // log4(2) = 0.5
		[50, 0.25],
		[1000, 1],
		[0, 0],
		[null, 0.5]
	])('%s → %s', (value, t) => {
		expect(diverging(value, 100, 4)).toBeCloseTo(t);
	});
});

describe('indexHeatmapLayout', () => {
	it('places cells row-major from the grid corner', () => {
		const layout = indexHeatmapLayout(['A', 'B'], ['x', 'y', 'z'], [100, 200, 50, null, 400, 25], {
			width: 400,
			neutral: 100,
			labelWidth: 80
		});
		// gridLeft = 80 + 8; cell width = min(90, (400 − 88 − 8) / 3) = 90 (101.3 capped)
		expect(layout.gridLeft).toBe(88);
		expect(layout.cellWidth).toBe(90);
		expect(layout.cells.map((c) => [c.row, c.column, c.x, c.y])).toEqual([
			[0, 0, 88, 110],
			[0, 1, 178, 110],
			[0, 2, 268, 110],
			[1, 0, 88, 138],
			[1, 1, 178, 138],
			[1, 2, 268, 138]
		]);
		expect(layout.cells.map((c) => c.t)).toEqual([0.5, 0.75, 0.25, 0.5, 1, 0]);
	});
});
