import { describe, expect, it } from 'vitest';
import { LEGEND_ROW, legendLayout } from './legend';
import { textWidth } from './text';

describe('legendLayout', () => {
	const items = [{ label: 'Active' }, { label: 'At risk' }, { label: 'Lost' }];
	it('puts items on one row when they fit', () => {
		const { placements, height } = legendLayout(items, 1000);
		expect(height).toBe(LEGEND_ROW);
		expect(placements.map((p) => p.y)).toEqual([0, 0, 0]);
		expect(placements[1].x).toBe(12 + 6 + textWidth('Active', 12) + 16);
	});
	it('wraps to a new row at the width', () => {
		const { placements, height } = legendLayout(items, 90);
		expect(placements.map((p) => [p.x, p.y])).toEqual([
			[0, 0],
			[0, LEGEND_ROW],
			[0, 2 * LEGEND_ROW]
		]);
		expect(height).toBe(3 * LEGEND_ROW);
	});
	it('takes no room without items', () => {
		expect(legendLayout([], 300).height).toBe(0);
	});
});
