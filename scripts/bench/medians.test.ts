import { describe, expect, it } from 'vitest';
import { median, renderMedians, spread } from './medians';
import type { SizeResult } from './report';

/** One file's result in one run, with the seconds that matter here (the rest is not read). */
function result(times: { raw: number; floor?: number; strata: number; longest?: number }) {
	const longTasks = { count: 0, longest: times.longest ?? 0, blocking: 0 };
	return {
		file: { label: '1m', rows: 1_000_000, shape: 'uci', path: '', bytes: 1 },
		raw: { seconds: times.raw },
		floor: times.floor === undefined ? { error: 'not measured' } : { seconds: times.floor },
		peer: { error: 'not measured (--no-peers)' },
		strata: {
			status: 'ok',
			import: { seconds: times.strata, longTasks },
			reopen: { seconds: 0.25, longTasks },
			firstVisit: { seconds: 0.6, longTasks },
			pages: [],
			errors: [],
			foreign: [],
			notes: []
		}
	} as unknown as SizeResult;
}

describe('median', () => {
	it.each([
		[[3, 1, 2], 2],
		[[4, 1, 3, 2], 2.5],
		[[7], 7]
	])('%j → %d', (values, expected) => expect(median(values)).toBe(expected));

	it('is undefined without values', () => expect(median([])).toBeUndefined());
});

describe('spread', () => {
	it('gives the median and the range', () => {
		expect(spread([1.26, 1.04, 1.07])).toBe('1.07 (1.04–1.26)');
		expect(spread([12.34])).toBe('12.3');
		expect(spread([])).toBe('–');
	});
});

describe('renderMedians', () => {
	it('says nothing for one run', () => {
		expect(renderMedians([[result({ raw: 0.2, strata: 1 })]])).toBe('');
	});

	it('takes each ratio within its run, then the median', () => {
		// (c)/(0) run by run: 1.0 / 0.2 = 5×, 1.2 / 0.15 = 8×, 1.5 / 0.3 = 5×, whose median is 5×;
		// the ratio of the medians would say 1.2 / 0.2 = 6×.
		const table = renderMedians([
			[result({ raw: 0.2, floor: 1.0, strata: 1.0 })],
			[result({ raw: 0.15, floor: 1.1, strata: 1.2, longest: 54 })],
			[result({ raw: 0.3, strata: 1.5 })]
		]);
		const row = table.split('\n').find((line) => line.startsWith('| 1m uci'));
		expect(row?.split(' | ')).toEqual([
			'| 1m uci',
			'0.20 (0.15–0.30)',
			'1.05 (1.00–1.10)', // two runs measured the floor
			'–',
			'1.20 (1.00–1.50)',
			'5.0× (5.0×–8.0×)',
			'1.0× (1.0×–1.1×)',
			'–',
			'54 ms',
			'0.25 (0.25–0.25)',
			'0.60 (0.60–0.60) |'
		]);
		expect(table).toMatch(/^## Medians of 3 runs/);
	});
});
