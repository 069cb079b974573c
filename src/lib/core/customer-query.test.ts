import { describe, expect, it } from 'vitest';
import { analyze } from './analytics/analyze';
import { prepare } from './analytics/prepare';
import { DEFAULT_SETTINGS, NONE, type AnalysisResult } from './analytics/types';
import {
	emptyQuery,
	paramsFromQuery,
	queryFromParams,
	runQuery,
	type CustomerQuery,
	type ForecastColumns
} from './customer-query';
import type { OrderTable } from './orders';

// Five customers, as-of day 100 (the latest purchase):
// c0 'A-01': 3 purchases 50+50+100 = 200.00, last day 100 → recency 0
// c1 'B-02': 1 purchase 20.00 on day 40 → recency 60
// c2 'a-03': 2 purchases 10+10 on days 90, 95 → recency 5
// c3 'C-04': only a return (−5.00) → not scored
// c4 'D-05': 1 purchase 500.00 on day 10 → recency 90
const rows: [customer: number, day: number, cents: number][] = [
	[0, 10, 5000],
	[0, 50, 5000],
	[0, 100, 10000],
	[1, 40, 2000],
	[2, 90, 1000],
	[2, 95, 1000],
	[3, 60, -500],
	[4, 10, 50000]
];
const orders: OrderTable = {
	customer: Int32Array.from(rows, (r) => r[0]),
	day: Int32Array.from(rows, (r) => r[1]),
	amountCents: Float64Array.from(rows, (r) => r[2]),
	length: rows.length
};
const ids = ['A-01', 'B-02', 'a-03', 'C-04', 'D-05'];
const result = analyze(prepare(orders, 5), DEFAULT_SETTINGS);
const query = (patch: Partial<CustomerQuery>) => ({ ...emptyQuery(), ...patch });
const run = (patch: Partial<CustomerQuery>) => [...runQuery(result, ids, query(patch))];

describe('runQuery', () => {
	it('lists scored customers only, biggest spenders first by default', () => {
		expect(run({})).toEqual([4, 0, 1, 2]);
	});

	it('sorts by any column, ties broken by customer id', () => {
		expect(run({ sort: 'recency', descending: false })).toEqual([0, 2, 1, 4]);
		expect(run({ sort: 'customer_id', descending: false })).toEqual([0, 1, 4, 2]);
		expect(run({ sort: 'frequency', descending: true })).toEqual([0, 2, 1, 4]);
		expect(run({ sort: 'aov', descending: true })).toEqual([4, 0, 1, 2]);
	});

	it('searches ids case-insensitively', () => {
		expect(run({ search: 'a-0' })).toEqual([0, 2]);
		expect(run({ search: '  b-02 ' })).toEqual([1]);
	});

	it('filters by raw ranges (money in cents) and scores', () => {
		expect(run({ ranges: { recency: [0, 10] } })).toEqual([0, 2]);
		expect(run({ ranges: { monetary: [2000, 20000] } })).toEqual([0, 1, 2]);
		expect(run({ ranges: { frequency: [2, Infinity] } })).toEqual([0, 2]);
		// R scores with 4 scored customers: recency 0 → 1 + floor(5·3/4) = 4; 5 → 3; 60 → 2; 90 → 1
		expect(run({ scores: { r: [3, 5] } })).toEqual([0, 2]);
	});

	it('filters by tier and stage keys', () => {
		// Tier by monetary: 500.00 beats 3 of 4 → below/n = 0.75 → silver; 200.00 → 0.5 silver
		expect(run({ tiers: ['gold'] })).toEqual([]);
		expect(run({ tiers: ['silver'] })).toEqual([4, 0]);
		// Lifecycle: c0 recency 0 with 3 purchases → repeat; c2 → repeat; c1 → new; c4 (90 days) → new
		expect(run({ stages: ['repeat'] })).toEqual([0, 2]);
	});
});

/**
 * A hand-made result, not the engine's: group memberships and grid scores are set here, so each
 * filter's expected rows follow from this table alone. Six customers, c3 unscored, 5 bins.
 *
 *   c   segment    tier     stage    R  FM  monetary
 *   0   champions  gold     repeat   5  5   900
 *   1   lost       regular  lost     1  1   100
 *   2   champions  silver   repeat   5  4   500
 *   3   —          —        —        0  0   0
 *   4   loyal      gold     repeat   4  5   700
 *   5   lost       regular  new      1  2   300
 */
function handMade() {
	const segment = [0, 1, 0, NONE, 2, 1];
	const tier = [0, 2, 1, NONE, 0, 2];
	const stage = [1, 4, 1, NONE, 1, 0];
	const r = [5, 1, 5, 0, 4, 1];
	const fm = [5, 1, 4, 0, 5, 2];
	const monetary = [900, 100, 500, 0, 700, 300];
	const n = segment.length;
	const groups = (keys: string[]) => keys.map((key) => ({ key }));
	const customers = {
		scored: Uint8Array.from(segment, (s) => (s === NONE ? 0 : 1)),
		segment: Uint8Array.from(segment),
		tier: Uint8Array.from(tier),
		stage: Uint8Array.from(stage),
		previousSegment: new Uint8Array(n).fill(NONE),
		rScore: Uint8Array.from(r),
		fScore: Uint8Array.from(fm),
		mScore: Uint8Array.from(fm),
		fmScore: Uint8Array.from(fm),
		recencyDays: new Int32Array(n),
		frequency: new Int32Array(n).fill(1),
		monetaryCents: Float64Array.from(monetary),
		firstPurchaseDay: new Int32Array(n),
		lastPurchaseDay: new Int32Array(n)
	};
	return {
		bins: { r: 5, f: 5, m: 5 },
		customers,
		segments: groups(['champions', 'lost', 'loyal']),
		tiers: groups(['gold', 'silver', 'regular']),
		stages: groups(['new', 'repeat', 'loyal', 'at_risk', 'lost'])
	} as unknown as AnalysisResult;
}

describe('runQuery group and cell filters (hand-made result)', () => {
	const made = handMade();
	const ids6 = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5'];
	const pick = (patch: Partial<CustomerQuery>) => [...runQuery(made, ids6, query(patch))];

	it.each([
		[{}, [0, 4, 2, 5, 1]],
		[{ segments: ['champions'] }, [0, 2]],
		[{ segments: ['champions', 'loyal'] }, [0, 4, 2]],
		[{ segments: ['lost'] }, [5, 1]],
		[{ segments: ['nobody_has_this'] }, []],
		[{ tiers: ['gold'] }, [0, 4]],
		[{ stages: ['repeat'] }, [0, 4, 2]],
		[{ stages: ['lost'] }, [1]],
		[{ segments: ['champions'], tiers: ['silver'] }, [2]],
		[{ cell: { r: 5, fm: 5 } }, [0]],
		[{ cell: { r: 1, fm: 2 } }, [5]],
		[{ cell: { r: 3, fm: 3 } }, []]
	] as [Partial<CustomerQuery>, number[]][])('%j → %j', (patch, expected) => {
		expect(pick(patch)).toEqual(expected);
	});
});

/**
 * Hand-made forecast figures for the hand-made result (c2 has none: NaN; c3 is unscored).
 *
 *   c   p_alive  expected  clv    monetary
 *   0   0.9      2         120    900
 *   1   0.1      0.1       3.5    100
 *   2   —        —         —      500
 *   4   0.3      1.5       80     700
 *   5   0.25     0.4       10     300
 */
describe('runQuery forecast columns (hand-made figures)', () => {
	const made = handMade();
	const ids6 = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5'];
	const forecast: ForecastColumns = {
		p_alive: [0.9, 0.1, NaN, 0.5, 0.3, 0.25],
		expected_purchases: [2, 0.1, NaN, 0, 1.5, 0.4],
		clv: [120, 3.5, NaN, 0, 80, 10]
	};
	const pick = (patch: Partial<CustomerQuery>, columns: ForecastColumns = forecast) => [
		...runQuery(made, ids6, query(patch), columns)
	];

	it.each([
		[{ sort: 'clv', descending: true }, [0, 4, 5, 1, 2]],
		[{ sort: 'clv', descending: false }, [1, 5, 4, 0, 2]],
		[{ sort: 'p_alive', descending: false }, [1, 5, 4, 0, 2]],
		[{ sort: 'expected_purchases', descending: true }, [0, 4, 5, 1, 2]],
		[{ forecastRanges: { p_alive: [0, 0.3] } }, [4, 5, 1]],
		[{ forecastRanges: { clv: [50, Infinity] } }, [0, 4]],
		[{ forecastRanges: { expected_purchases: [-Infinity, 0.4] } }, [5, 1]],
		[{ forecastRanges: { p_alive: [0, 1], clv: [0, 20] } }, [5, 1]]
	] as [Partial<CustomerQuery>, number[]][])(
		'%j → %j (no value: last, never filtered in)',
		(patch, expected) => {
			expect(pick(patch)).toEqual(expected);
		}
	);

	it('without a loaded forecast: a forecast filter keeps no one, a forecast sort falls back to id', () => {
		expect(pick({ forecastRanges: { p_alive: [0, 1] } }, null)).toEqual([]);
		expect(pick({ sort: 'clv', descending: true }, null)).toEqual([0, 1, 2, 4, 5]);
	});
});

describe('URL round trip', () => {
	it('writes only what differs from the defaults', () => {
		expect(paramsFromQuery(emptyQuery()).toString()).toBe('');
		expect(paramsFromQuery(query({ stages: ['lost'] })).toString()).toBe('stage=lost');
	});

	it('reads back what it wrote', () => {
		const q = query({
			search: 'C0',
			segments: ['champions', 'loyal'],
			tiers: ['gold'],
			scores: { r: [4, 5], fm: [1, 2] },
			cell: { r: 5, fm: 4 },
			ranges: { recency: [0, 30], monetary: [10050, Infinity], aov: [-Infinity, 2500] },
			sort: 'recency',
			descending: false
		});
		const text = paramsFromQuery(q).toString();
		expect(text).toContain('monetary=100.5..');
		expect(queryFromParams(new URLSearchParams(text))).toEqual(q);
	});

	it('reads forecast ranges as min..max or min-max, CLV in currency units', () => {
		const q = queryFromParams(new URLSearchParams('palive=0-0.3&purchases=1..&clv=..250.5'));
		expect(q.forecastRanges).toEqual({
			p_alive: [0, 0.3],
			expected_purchases: [1, Infinity],
			clv: [-Infinity, 250.5]
		});
		const text = paramsFromQuery(q).toString();
		expect(text).toBe('palive=0..0.3&purchases=1..&clv=..250.5');
		expect(queryFromParams(new URLSearchParams(text))).toEqual(q);
		expect(queryFromParams(new URLSearchParams('palive=0.5-0.2')).forecastRanges).toEqual({});
	});

	it('ignores malformed parameters', () => {
		const q = queryFromParams(new URLSearchParams('r=5..1&cell=9-1&sort=nope&dir=up&recency=abc'));
		expect(q).toEqual(emptyQuery());
	});
});
