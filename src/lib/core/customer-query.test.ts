import { describe, expect, it } from 'vitest';
import { analyze } from './analytics/analyze';
import { prepare } from './analytics/prepare';
import { DEFAULT_SETTINGS } from './analytics/types';
import {
	emptyQuery,
	paramsFromQuery,
	queryFromParams,
	runQuery,
	type CustomerQuery
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

	it('filters by segment, tier and stage keys', () => {
		const segmentOfTop = result.segments[result.customers.segment[4]].key;
		expect(run({ segments: [segmentOfTop] })).toContain(4);
		// Tier by monetary: 500.00 beats 3 of 4 → below/n = 0.75 → silver; 200.00 → 0.5 silver
		expect(run({ tiers: ['gold'] })).toEqual([]);
		expect(run({ tiers: ['silver'] })).toEqual([4, 0]);
		// Lifecycle: c0 recency 0 with 3 purchases → repeat; c2 → repeat; c1 → new; c4 (90 days) → new
		expect(run({ stages: ['repeat'] })).toEqual([0, 2]);
	});

	it('filters by a cell of the R × FM grid', () => {
		const c = 0;
		const cell = { r: result.customers.rScore[c], fm: result.customers.fmScore[c] };
		expect(run({ cell })).toContain(c);
		const count = result.grid.customers[(cell.r - 1) * 5 + (cell.fm - 1)];
		expect(run({ cell })).toHaveLength(count);
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

	it('ignores malformed parameters', () => {
		const q = queryFromParams(new URLSearchParams('r=5..1&cell=9-1&sort=nope&dir=up&recency=abc'));
		expect(q).toEqual(emptyQuery());
	});
});
