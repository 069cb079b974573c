import { describe, expect, it } from 'vitest';
import { aliveCurveLayout } from './layout';

describe('aliveCurveLayout', () => {
	// 138 × 116 px with margins left 30, right 8, top 8, bottom 8 → plot x 30…130, y 108 (0) … 8 (1)
	it.each([
		[
			[
				{ day: 0, pAlive: 1 },
				{ day: 10, pAlive: 0.5 }
			],
			'M30,8L130,58'
		],
		[
			[
				{ day: 100, pAlive: 1 },
				{ day: 125, pAlive: 0.75 },
				{ day: 200, pAlive: 0.2 }
			],
			'M30,8L55,33L130,88'
		],
		[[{ day: 5, pAlive: 0.3 }], 'M30,78'],
		[[], '']
	])('%j → %s', (points, path) => {
		expect(aliveCurveLayout(points, 138, 116).path).toBe(path);
	});

	it('puts the y ticks at 0, ½ and 1', () => {
		expect(aliveCurveLayout([], 138, 116).yTicks.map((t) => t.y)).toEqual([108, 58, 8]);
	});
});
