import { describe, expect, it } from 'vitest';
import { axisTicks, screenTicks, thinTicks } from './ticks';

describe('ticks', () => {
	it.each<[boolean, number, number, number, number[]]>([
		// [log, constant, lo, hi, ticks]
		[false, 1, 0, 100, [0, 20, 40, 60, 80, 100]],
		[false, 1, 1.2, 3.9, [2, 3]], // purchases: whole numbers only
		[true, 1, 0, 1000, [0, 1, 10, 100, 1000]],
		[true, 1, -0.5, 120, [0, 1, 10, 100]], // > count / 3 decades: powers of ten only
		[true, 1, 0.5, 30, [1, 2, 5, 10, 20]], // few decades: 1, 2, 5 steps
		[true, 1, 0.4, 4.6, [1, 2, 3, 4]], // under a decade: linear ticks
		// Net revenue with returns, in cents: 5.7 decades → every other decade, both signs.
		[true, 100, -5_000, 1_000_000, [-100, 0, 100, 10_000, 1_000_000]],
		[true, 100, -50_000, -200, [-10_000, -1_000]],
		[true, 100, 0, 1e9, [0, 100, 10_000, 1_000_000, 100_000_000]]
	])('log=%s c=%d [%d, %d] → %j', (log, constant, lo, hi, expected) => {
		expect(axisTicks({ log, constant }, lo, hi, 5, true)).toEqual(expected);
	});

	it.each<[string, [number, number][], number, number[]]>([
		// [case, (value, pixel) pairs, min gap, kept values]
		[
			'even ticks all fit',
			[
				[0, 0],
				[20, 50],
				[40, 100]
			],
			40,
			[0, 20, 40]
		],
		[
			'0 wins over ±1',
			[
				[-1, 10],
				[0, 20],
				[1, 30],
				[10, 60]
			],
			15,
			[0, 10]
		],
		[
			'nearer 0 first',
			[
				[100, 0],
				[200, 10],
				[1000, 60]
			],
			20,
			[100, 1000]
		],
		[
			'descending pixels (y axis)',
			[
				[-10, 90],
				[0, 50],
				[1, 45],
				[10, 10]
			],
			12,
			[-10, 0, 10]
		]
	])('thinTicks: %s', (_, pairs, gap, kept) => {
		const ticks = pairs.map(([value, at]) => ({ value, at }));
		expect(thinTicks(ticks, gap).map((t) => t.value)).toEqual(kept);
	});

	it('returns nothing for an empty range', () => {
		expect(axisTicks({ log: true, constant: 1 }, 5, 5, 5, true)).toEqual([]);
	});
});

describe('screenTicks', () => {
	const linear = { log: false, constant: 1 };
	it.each<[string, number, boolean, number, number, [number, number][]]>([
		// [case, size, flip, k, offset, (value, screen pixel) pairs]
		[
			'x axis, zoom 1',
			200,
			false,
			1,
			0,
			[
				[0, 0],
				[50, 100],
				[100, 200]
			]
		],
		[
			'y axis grows upwards',
			200,
			true,
			1,
			0,
			[
				[0, 200],
				[50, 100],
				[100, 0]
			]
		],
		// Zoom 2 shifted by −100: base pixels 50…150 show, values 25…75; ticks every 20.
		[
			'x axis zoomed',
			200,
			false,
			2,
			-100,
			[
				[40, 60],
				[60, 140]
			]
		]
	])('%s', (_, size, flip, k, offset, expected) => {
		const axis = { transform: linear, domain: [0, 100] as [number, number], size, flip, k, offset };
		const ticks = screenTicks(axis, 100, (v) => `${v}`, 10);
		expect(ticks.map((t) => [t.value, t.at])).toEqual(expected);
		expect(ticks.map((t) => t.label)).toEqual(expected.map(([v]) => `${v}`));
	});

	it('reads a symmetric-log axis in axis space and thins crowded labels', () => {
		// Axis [0, 3] is raw [0, 999] over 30 px: five ticks wanted, 0, 1, 10, 100 found at
		// 10·log10(1 + v) = 0, 3.0, 10.4, 20.0 px; 1 sits within 5 px of 0 and goes.
		const axis = {
			transform: { log: true, constant: 1 },
			domain: [0, 3] as [number, number],
			size: 30,
			flip: false,
			k: 1,
			offset: 0
		};
		const ticks = screenTicks(axis, 6, (v) => `v${v}`, 5);
		expect(ticks.map((t) => [t.value, t.label])).toEqual([
			[0, 'v0'],
			[10, 'v10'],
			[100, 'v100']
		]);
		expect(ticks[1].at).toBeCloseTo(10 * Math.log10(11), 6);
	});
});
