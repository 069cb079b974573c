import { describe, expect, it } from 'vitest';
import type { LineChunk } from '../columns';
import { buildOrders } from '../orders';
import { analyze, analyzeOrders, resultTransferables } from './analyze';
import { SHOP_CUSTOMERS, SHOP_ROWS, orderTable } from './order-table.fixture';
import { prepare } from './prepare';
import { gridCell } from './segments';
import type { SettingsProblem } from './problems';
import { validateSettings } from './settings';
import type { AnalysisResult, AnalysisSettings } from './types';
import { DEFAULT_SETTINGS, NONE } from './types';

const prepared = prepare(orderTable(SHOP_ROWS), SHOP_CUSTOMERS);
const settings: AnalysisSettings = { ...DEFAULT_SETTINGS, migrationOffsetDays: 40 };
const result = analyze(prepared, settings);

function keysOf(r: AnalysisResult, list: 'segments' | 'tiers' | 'stages', index: Uint8Array) {
	return [...index].map((i) => (i === NONE ? null : r[list][i].key));
}

describe('analyze the example shop with default settings', () => {
	it('uses the latest purchase day as D and counts unscored customers', () => {
		expect(result.asOfDay).toBe(100);
		expect(result.scoredCount).toBe(5);
		expect(result.unscoredCount).toBe(2); // C (returns only) and G (no orders)
		expect(result.bins).toEqual({ r: 5, f: 5, m: 5 });
	});

	it('fills the customer table', () => {
		const t = result.customers;
		expect([...t.scored]).toEqual([1, 1, 0, 1, 1, 1, 0]);
		expect([...t.monetaryCents]).toEqual([6000, 1000, -400, 800, 0, 3000, 0]);
		expect([...t.rScore]).toEqual([3, 2, 0, 4, 1, 4, 0]);
		expect([...t.fmScore]).toEqual([5, 3, 0, 2, 1, 4, 0]);
		expect(keysOf(result, 'segments', t.segment)).toEqual([
			'loyal',
			'at_risk',
			null,
			'potential_loyalist',
			'lost',
			'loyal',
			null
		]);
		expect(keysOf(result, 'tiers', t.tier)).toEqual([
			'gold',
			'regular',
			null,
			'regular',
			'regular',
			'silver',
			null
		]);
		expect(keysOf(result, 'stages', t.stage)).toEqual([
			'repeat',
			'repeat',
			null,
			'new',
			'at_risk',
			'repeat',
			null
		]);
	});

	it('lists every segment of the scheme with its profile', () => {
		expect(result.segments.map((s) => [s.key, s.customers])).toEqual([
			['champions', 0],
			['loyal', 2],
			['potential_loyalist', 1],
			['new_customers', 0],
			['promising', 0],
			['need_attention', 0],
			['about_to_sleep', 0],
			['at_risk', 1],
			['cant_lose_them', 0],
			['hibernating', 0],
			['lost', 1]
		]);
		expect(result.segments[1]).toMatchObject({
			label: { en: 'Loyal', zh: '忠诚客户' },
			revenueCents: 9000,
			aovCents: 1800
		});
		expect(result.tiers.map((s) => [s.key, s.label.zh, s.customers])).toEqual([
			['gold', '金牌会员', 1],
			['silver', '银牌会员', 1],
			['regular', '普通会员', 3]
		]);
		expect(result.stages.map((s) => [s.key, s.customers])).toEqual([
			['new', 1],
			['repeat', 3],
			['loyal', 0],
			['at_risk', 1],
			['lost', 0]
		]);
	});

	it('counts the R × FM grid', () => {
		const expected = new Int32Array(25);
		const revenue = new Float64Array(25);
		for (const [r, fm, m] of [
			[3, 5, 6000],
			[2, 3, 1000],
			[4, 2, 800],
			[1, 1, 0],
			[4, 4, 3000]
		]) {
			expected[gridCell(r, fm)]++;
			revenue[gridCell(r, fm)] += m;
		}
		expect(result.grid.customers).toEqual(expected);
		expect(result.grid.revenueCents).toEqual(revenue);
	});

	it('computes the headline over all orders up to D', () => {
		expect(result.headline).toEqual({
			customers: 5,
			orders: 12,
			purchases: 9,
			returns: 3,
			revenueCents: 10400, // 10800 of scored customers − C's 400
			firstDay: 5,
			lastDay: 100,
			aovCents: 10400 / 9,
			repeatRate: 0.6 // A, B, F
		});
	});

	it('builds the migration matrix against D − 40 days', () => {
		// At day 60 (n = 3): A R4 FM3 potential_loyalist, B R2 FM2 hibernating, E R1 FM1 lost.
		const m = result.migration!;
		expect(m.previousAsOfDay).toBe(60);
		expect(m.offsetDays).toBe(40);
		expect(m.presentAtBoth).toBe(3);
		expect(m.newSinceThen).toBe(2);
		expect(keysOf(result, 'segments', result.customers.previousSegment)).toEqual([
			'potential_loyalist',
			'hibernating',
			null,
			null,
			'lost',
			null,
			null
		]);
		const s = result.segments.map((x) => x.key);
		const cell = (from: string | null, to: string) =>
			m.counts[(from === null ? s.length : s.indexOf(from)) * s.length + s.indexOf(to)];
		expect(cell('potential_loyalist', 'loyal')).toBe(1); // A
		expect(cell('hibernating', 'at_risk')).toBe(1); // B
		expect(cell('lost', 'lost')).toBe(1); // E
		expect(cell(null, 'potential_loyalist')).toBe(1); // D
		expect(cell(null, 'loyal')).toBe(1); // F
		expect(m.counts.reduce((a, b) => a + b, 0)).toBe(5);
		expect(m.counts).toHaveLength(12 * 11);
	});

	it('can be structured-cloned and transferred', () => {
		const copy = structuredClone(analyze(prepared, settings));
		expect(copy.segments).toEqual(result.segments);
		const buffers = resultTransferables(analyze(prepared, settings));
		// 14 customer columns, 2 tier × segment, 2 grid, 3 × 4 cohorts, 5 growth, 1 migration
		expect(buffers).toHaveLength(14 + 2 + 2 + 12 + 5 + 1);
	});
});

describe('analyze with other settings', () => {
	it('ignores orders after an earlier as-of date', () => {
		const r = analyze(prepared, { ...settings, asOfDay: 60 });
		expect(r.asOfDay).toBe(60);
		expect(r.scoredCount).toBe(3);
		expect(r.unscoredCount).toBe(4);
		expect([...r.customers.recencyDays]).toEqual([10, 40, 0, 0, 55, 0, 0]);
		expect(keysOf(r, 'segments', r.customers.segment)).toEqual([
			'potential_loyalist',
			'hibernating',
			null,
			null,
			'lost',
			null,
			null
		]);
		expect(r.headline).toMatchObject({ orders: 8, purchases: 5, revenueCents: 3600, lastDay: 60 });
		expect(r.migration?.previousAsOfDay).toBe(20);
	});

	it('switches scheme, binning and lifecycle windows', () => {
		const r = analyze(prepared, {
			...settings,
			binning: { kind: 'quantile', bins: 3 },
			scheme: { kind: 'value8' },
			lifecycle: { activeDays: 30, churnDays: 90, funnelSteps: [1, 2] }
		});
		expect(r.bins).toEqual({ r: 3, f: 3, m: 3 });
		expect(r.segments.map((s) => s.key)[0]).toBe('important_value');
		expect(keysOf(r, 'segments', r.customers.segment)).toEqual([
			'important_value',
			'general_retain',
			null,
			'general_develop',
			'general_winback',
			'important_value',
			null
		]);
		expect(keysOf(r, 'stages', r.customers.stage)).toEqual([
			'repeat',
			'at_risk',
			null,
			'new',
			'lost',
			'repeat',
			null
		]);
		expect(r.funnel.map((s) => s.customers)).toEqual([5, 3]);
	});

	it('refuses invalid settings', () => {
		const bad = {
			...settings,
			scheme: {
				kind: 'custom',
				segments: [{ key: 'a', label: 'A', r: [1, 4], fm: [1, 5] }]
			}
		} satisfies AnalysisSettings;
		expect(() => analyze(prepared, bad)).toThrow(/scheme\.gaps/);
	});

	it('handles a dataset without purchases', () => {
		const r = analyzeOrders(orderTable([[0, 3, -500]]), 2, DEFAULT_SETTINGS);
		expect(r.asOfDay).toBeNull();
		expect(r.scoredCount).toBe(0);
		expect(r.unscoredCount).toBe(2);
		expect(r.migration).toBeNull();
		expect(r.cohorts.cohorts).toEqual([]);
		expect(r.headline).toMatchObject({ customers: 0, orders: 1, revenueCents: -500, aovCents: 0 });
		expect(r.segments.every((s) => s.customers === 0 && s.share === 0)).toBe(true);
	});
});

describe('orders without an order id (one order per customer-day)', () => {
	it('aggregates the lines of a customer-day before counting purchases', () => {
		// The importer gives lines of one customer on one day the same order index:
		// customer 0, day 10: three lines (+4.00, +6.00, −1.00) → order 0 = +9.00 (one purchase);
		// customer 0, day 12: one line −2.00 → order 1, a return; customer 1, day 12: +3.00 → order 2.
		const chunk: LineChunk = {
			customer: Int32Array.of(0, 0, 0, 0, 1),
			day: Int32Array.of(10, 10, 10, 12, 12),
			amountCents: Float64Array.of(400, 600, -100, -200, 300),
			order: Int32Array.of(0, 0, 0, 1, 2),
			attributes: []
		};
		const r = analyzeOrders(buildOrders([chunk], 3), 2, DEFAULT_SETTINGS);
		expect([...r.customers.frequency]).toEqual([1, 1]);
		expect([...r.customers.monetaryCents]).toEqual([700, 300]);
		expect([...r.customers.recencyDays]).toEqual([2, 0]);
		expect(r.headline).toMatchObject({ orders: 3, purchases: 2, returns: 1, revenueCents: 1000 });
	});
});

describe('validateSettings', () => {
	it('accepts the defaults', () => expect(validateSettings(DEFAULT_SETTINGS)).toEqual([]));

	it.each([
		[
			{ binning: { kind: 'quantile', bins: 6 } },
			{ code: 'binning.bins', field: 'binning.bins', params: { min: 3, max: 5 } }
		],
		[
			{ binning: { kind: 'thresholds', recency: [30, 10], frequency: [2], monetary: [100] } },
			{ code: 'binning.cuts', field: 'binning.recency', params: { metric: 'recency', max: 4 } }
		],
		[
			{ binning: { kind: 'thresholds', recency: [], frequency: [2, 3], monetary: [100] } },
			{ code: 'binning.cutCounts', field: 'binning.monetary', params: {} }
		],
		[
			{ tiers: { metric: 'monetary', tiers: [{ key: 'all', label: 'All', cut: 0 }] } },
			{ code: 'tiers.count', field: 'tiers.tiers', params: { min: 2, max: 5 } }
		],
		[
			{
				tiers: {
					metric: 'monetary',
					tiers: [
						{ key: 'a', label: 'A', cut: 0.5 },
						{ key: 'b', label: 'B', cut: 0.6 },
						{ key: 'c', label: 'C', cut: 0 }
					]
				}
			},
			{ code: 'tiers.badCut', field: 'tiers.tiers.1.cut', params: { tier: 2 } }
		],
		[
			{
				tiers: {
					metric: 'monetary',
					tiers: [
						{ key: 'a', label: 'A', cut: 0.5 },
						{ key: 'b', label: 'B', cut: 0.1 }
					]
				}
			},
			{ code: 'tiers.lastCut', field: 'tiers.tiers.1.cut', params: {} }
		],
		[
			{ lifecycle: { activeDays: 90, churnDays: 60, funnelSteps: [1] } },
			{ code: 'lifecycle.churnDays', field: 'lifecycle.churnDays', params: { activeDays: 90 } }
		],
		[
			{ lifecycle: { activeDays: 90, churnDays: 180, funnelSteps: [1, 1] } },
			{ code: 'lifecycle.funnelSteps', field: 'lifecycle.funnelSteps', params: { min: 1 } }
		],
		[
			{ migrationOffsetDays: 0 },
			{ code: 'migration.offsetDays', field: 'migrationOffsetDays', params: { min: 1 } }
		],
		[{ asOfDay: 1.5 }, { code: 'asOfDay.notWholeDay', field: 'asOfDay', params: {} }]
	] as [Partial<AnalysisSettings>, SettingsProblem][])('%j → %j', (patch, problem) => {
		expect(validateSettings({ ...DEFAULT_SETTINGS, ...patch })).toEqual([problem]);
	});
});

describe('tier × segment cross table', () => {
	it('adds up to the tier and segment profiles', () => {
		const result = analyzeOrders(orderTable(SHOP_ROWS), SHOP_CUSTOMERS, DEFAULT_SETTINGS);
		const { rows, columns, customers, revenueCents } = result.tierSegments;
		expect(rows).toBe(result.tiers.length);
		expect(columns).toBe(result.segments.length);
		for (let t = 0; t < rows; t++) {
			let sum = 0;
			let revenue = 0;
			for (let s = 0; s < columns; s++) {
				sum += customers[t * columns + s];
				revenue += revenueCents[t * columns + s];
			}
			expect(sum).toBe(result.tiers[t].customers);
			expect(revenue).toBe(result.tiers[t].revenueCents);
		}
		for (let s = 0; s < columns; s++) {
			let sum = 0;
			for (let t = 0; t < rows; t++) sum += customers[t * columns + s];
			expect(sum).toBe(result.segments[s].customers);
		}
	});
});
