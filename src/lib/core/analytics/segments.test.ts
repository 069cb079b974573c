import { describe, expect, it } from 'vitest';
import { customerStatsAt } from './customer-stats';
import { RFM_GRID, RFM_GRID_SEGMENTS, VALUE8_SEGMENTS } from './labels';
import { SHOP_CUSTOMERS, SHOP_ROWS, orderTable } from './order-table.fixture';
import { prepare } from './prepare';
import { scoreCustomers } from './scores';
import { assignSegments, rawSums, schemeSegments, validateCustomScheme } from './segments';
import type { CustomSegment, ScoreBinning, SegmentScheme } from './types';
import { NONE } from './types';

const stats = customerStatsAt(prepare(orderTable(SHOP_ROWS), SHOP_CUSTOMERS), 100);

function segmentKeys(binning: ScoreBinning, scheme: SegmentScheme): (string | null)[] {
	const keys = schemeSegments(scheme).map((s) => s.key);
	const segment = assignSegments(stats, scoreCustomers(stats, binning), scheme);
	return [...segment].map((s) => (s === NONE ? null : keys[s]));
}

describe('the default R × FM grid', () => {
	it('has every cell in one of 11 segments, each segment used', () => {
		const keys = RFM_GRID_SEGMENTS.map((s) => s.key);
		expect(keys).toHaveLength(11);
		const used = new Set(RFM_GRID.flat());
		expect([...used].sort()).toEqual([...keys].sort());
		expect(RFM_GRID[4]).toEqual([
			'new_customers',
			'potential_loyalist',
			'potential_loyalist',
			'champions',
			'champions'
		]);
		expect(RFM_GRID[0][0]).toBe('lost');
	});

	// (R, FM) per customer A, B, –, D, E, F (see scores.test.ts), placed on the grid:
	it.each([
		// 5 bins: (3,5) (2,3) (4,2) (1,1) (4,4)
		[
			{ kind: 'quantile', bins: 5 },
			['loyal', 'at_risk', null, 'potential_loyalist', 'lost', 'loyal', null]
		],
		// 4 bins → grid 1,2,4,5: (2,4)→(2,5) (1,2)→(1,2) (3,1)→(4,1) (1,1) (3,3)→(4,4)
		[
			{ kind: 'quantile', bins: 4 },
			['cant_lose_them', 'lost', null, 'promising', 'lost', 'loyal', null]
		],
		// 3 bins → grid 1,3,5: (2,3)→(3,5) (1,2)→(1,3) (2,1)→(3,1) (1,1) (2,2)→(3,3)
		[
			{ kind: 'quantile', bins: 3 },
			['loyal', 'at_risk', null, 'about_to_sleep', 'lost', 'need_attention', null]
		],
		// thresholds: R on 4 bins (grid 1,2,4,5), FM on 3 bins (grid 1,3,5):
		// (3,3)→(4,5) (2,2)→(2,3) (4,1)→(5,1) (1,1) (4,2)→(5,3)
		[
			{ kind: 'thresholds', recency: [7, 30, 90], frequency: [2, 3], monetary: [1000, 5000] },
			['champions', 'at_risk', null, 'new_customers', 'lost', 'potential_loyalist', null]
		]
	] as [ScoreBinning, (string | null)[]][])('binning %j', (binning, expected) => {
		expect(segmentKeys(binning, { kind: 'rfm_grid' })).toEqual(expected);
	});
});

describe('value8 (客户价值八分类)', () => {
	it('compares raw values with the means of scored customers', () => {
		// means: recency 185 / 5 = 37, frequency 9 / 5 = 1.8, monetary 10800 / 5 = 2160
		expect(rawSums(stats)).toEqual({ recency: 185, frequency: 9, monetary: 10800 });
		expect(segmentKeys({ kind: 'quantile', bins: 5 }, { kind: 'value8' })).toEqual([
			'important_value', // A: 10 < 37, 3 > 1.8, 6000 > 2160
			'general_retain', // B: 80, 2 > 1.8, 1000
			null,
			'general_develop', // D: 0 < 37, 1, 800
			'general_winback', // E: 95, 1, 0
			'important_value', // F: 0, 2, 3000
			null
		]);
	});

	it('treats a value equal to the mean as not high', () => {
		// recency 10, 20, 30 (mean 20); frequency 1, 2, 3 (mean 2); monetary 100, 200, 300 (mean 200)
		const p = prepare(
			orderTable([
				[0, 90, 100],
				[1, 80, 100],
				[1, 79, 100],
				[2, 70, 100],
				[2, 69, 100],
				[2, 68, 100]
			]),
			3
		);
		const s = customerStatsAt(p, 100);
		expect([...s.recencyDays]).toEqual([10, 20, 30]);
		const segment = assignSegments(s, scoreCustomers(s, { kind: 'quantile', bins: 5 }), {
			kind: 'value8'
		});
		expect([...segment].map((i) => VALUE8_SEGMENTS[i].key)).toEqual([
			'general_develop', // R high only
			'general_winback', // all equal to the mean → all low
			'important_retain' // F and M high, R low
		]);
	});

	it('lists all 8 classes with Chinese names', () => {
		expect(VALUE8_SEGMENTS.map((s) => s.label.zh)).toEqual([
			'重要价值客户',
			'重要发展客户',
			'重要保持客户',
			'重要挽留客户',
			'一般价值客户',
			'一般发展客户',
			'一般保持客户',
			'一般挽留客户'
		]);
	});
});

describe('custom schemes', () => {
	const twoByFm: CustomSegment[] = [
		{ key: 'recent', label: { en: 'Recent', zh: '近期' }, r: [4, 5], fm: [1, 5] },
		{ key: 'older', label: 'Older', r: [1, 3], fm: [1, 5] }
	];

	it('accepts an exact R × FM tiling and assigns by grid cell', () => {
		expect(validateCustomScheme(twoByFm)).toEqual({
			ok: true,
			mode: 'r_fm',
			overlaps: [],
			gaps: [],
			problems: [],
			// rows R 1–3 are 'older', rows R 4–5 'recent', by hand
			coverage: Array.from({ length: 25 }, (_, i) => [i < 15 ? 'older' : 'recent'])
		});
		expect(
			segmentKeys({ kind: 'quantile', bins: 5 }, { kind: 'custom', segments: twoByFm })
		).toEqual(['older', 'older', null, 'recent', 'older', 'recent', null]);
		expect(schemeSegments({ kind: 'custom', segments: twoByFm })[1].label).toEqual({
			en: 'Older',
			zh: 'Older'
		});
	});

	it('flags overlaps and gaps cell by cell', () => {
		const v = validateCustomScheme([
			{ key: 'top', label: 'Top', r: [3, 5], fm: [1, 5] },
			{ key: 'rest', label: 'Rest', r: [1, 3], fm: [1, 4] }
		]);
		expect(v.ok).toBe(false);
		expect(v.overlaps).toEqual(
			[1, 2, 3, 4].map((fm) => ({ cell: { r: 3, fm }, keys: ['top', 'rest'] }))
		);
		expect(v.gaps).toEqual([
			{ r: 1, fm: 5 },
			{ r: 2, fm: 5 }
		]);
		expect(v.problems).toEqual([]);
	});

	it('works on the R × F × M cube when segments give f and m', () => {
		const cube: CustomSegment[] = [
			{ key: 'big', label: 'Big', r: [1, 5], f: [1, 5], m: [4, 5] },
			{ key: 'small', label: 'Small', r: [1, 5], f: [1, 5], m: [1, 3] }
		];
		expect(validateCustomScheme(cube).ok).toBe(true);
		// M scores A 5, B 3, D 2, E 1, F 4
		expect(segmentKeys({ kind: 'quantile', bins: 5 }, { kind: 'custom', segments: cube })).toEqual([
			'big',
			'small',
			null,
			'small',
			'small',
			'big',
			null
		]);
		const gap = validateCustomScheme([cube[0]]);
		expect(gap.mode).toBe('r_f_m');
		expect(gap.gaps).toHaveLength(75);
		expect(gap.gaps[0]).toEqual({ r: 1, f: 1, m: 1 });
	});

	it('reports malformed segments', () => {
		const v = validateCustomScheme([
			{ key: 'Bad Key', label: 'x', r: [0, 5], fm: [1, 5] },
			{ key: 'dup', label: '', r: [1, 5], fm: [5, 1] },
			{ key: 'dup', label: 'y', r: [1, 5], f: [1, 5], m: [1, 5], fm: [1, 5] }
		]);
		expect(v.ok).toBe(false);
		expect(v.mode).toBe('r_f_m');
		const bad = { segment: 1, key: 'Bad Key' };
		const dup2 = { segment: 2, key: 'dup' };
		const dup3 = { segment: 3, key: 'dup' };
		expect(v.problems.map((p) => [p.code, p.field, p.params])).toEqual([
			['segment.badKey', 'scheme.segments.0.key', bad],
			['segment.badRange', 'scheme.segments.0.r', { ...bad, axis: 'r', min: 1, max: 5 }],
			['segment.missingRange', 'scheme.segments.0.f', { ...bad, axis: 'f' }],
			['segment.missingRange', 'scheme.segments.0.m', { ...bad, axis: 'm' }],
			['segment.mixedAxes', 'scheme.segments.0.fm', { ...bad, axis: 'fm' }],
			['segment.emptyName', 'scheme.segments.1.label', dup2],
			['segment.missingRange', 'scheme.segments.1.f', { ...dup2, axis: 'f' }],
			['segment.missingRange', 'scheme.segments.1.m', { ...dup2, axis: 'm' }],
			['segment.mixedAxes', 'scheme.segments.1.fm', { ...dup2, axis: 'fm' }],
			['segment.duplicateKey', 'scheme.segments.2.key', dup3],
			['segment.mixedAxes', 'scheme.segments.2.fm', { ...dup3, axis: 'fm' }]
		]);
		expect(validateCustomScheme([]).problems).toEqual([
			{ code: 'scheme.empty', field: 'scheme.segments', params: {} }
		]);
	});

	it('refuses to assign with an invalid scheme', () => {
		expect(() =>
			segmentKeys({ kind: 'quantile', bins: 5 }, { kind: 'custom', segments: [twoByFm[0]] })
		).toThrow(/scheme\.gaps \(15\)/);
	});
});
