import { describe, expect, it } from 'vitest';
import { stageLayout } from './layout';

const stages = [
	{ key: 'new', customers: 50, share: 0.5 },
	{ key: 'repeat', customers: 25, share: 0.25 },
	{ key: 'lost', customers: 0, share: 0 }
];

describe('stageLayout', () => {
	it('keeps the stage order and scales bars to the largest stage', () => {
		// width 400: names end at 80, bars from 90 to 290.
		const layout = stageLayout(stages, 400);
		expect(layout).toMatchObject({ labelRight: 80, plotLeft: 90, plotRight: 290, height: 108 });
		expect(layout.bars.map((b) => [b.stage.key, b.y, b.width, b.labelX])).toEqual([
			['new', 7, 200, 296],
			['repeat', 43, 100, 196],
			['lost', 79, 0, 96]
		]);
	});

	it('is shorter when compact', () => {
		const layout = stageLayout(stages, 400, true);
		expect(layout.height).toBe(78);
		expect(layout.bars[1]).toMatchObject({ y: 31, height: 16 });
	});
});
