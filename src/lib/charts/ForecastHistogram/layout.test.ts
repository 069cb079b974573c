import { describe, expect, it } from 'vitest';
import { histogramLayout } from './layout';

describe('histogramLayout', () => {
	it('matches its example: heights in proportion to the nice top tick', () => {
		// plot from y 12 to 112 (100 px); domain [0, 3] → 1 customer = 33.3 px
		const layout = histogramLayout({ min: 0, max: 1, counts: [1, 3] }, 240, 140);
		expect(layout.bars.map((b) => b.height)).toEqual([33, 100]);
		expect(layout.bars.map((b) => [b.from, b.to])).toEqual([
			[0, 0.5],
			[0.5, 1]
		]);
		// plot from x 48 to 228: two bins of 90 px, 1 px gap each side
		expect(layout.bars.map((b) => [b.x, b.width])).toEqual([
			[49, 88],
			[139, 88]
		]);
	});

	it('labels every bin edge when there is room and thins them when not', () => {
		const counts = new Array(20).fill(1);
		expect(histogramLayout({ min: 0, max: 1, counts }, 1460, 200).xTicks).toHaveLength(21);
		const narrow = histogramLayout({ min: 0, max: 1, counts }, 300, 200).xTicks;
		expect(narrow.map((t) => t.value)).toEqual([0, 0.5, 1]);
	});

	it('keeps an axis when every bin is empty', () => {
		const layout = histogramLayout({ min: 0, max: 1, counts: [0, 0] }, 240, 140);
		expect(layout.bars.every((b) => b.height === 0)).toBe(true);
		expect(layout.yTicks.at(-1)!.value).toBe(1);
	});
});
