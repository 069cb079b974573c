import { describe, expect, it } from 'vitest';
import { customerStatsAt } from './customer-stats';
import {
	assignStages,
	lifecycleFunnel,
	nearestRank,
	stageOf,
	suggestLifecycle,
	toWeeks
} from './lifecycle';
import { STAGE_KEYS } from './labels';
import { SHOP_CUSTOMERS, SHOP_ROWS, orderTable } from './order-table.fixture';
import { prepare } from './prepare';
import type { LifecycleSettings } from './types';
import { DEFAULT_SETTINGS, NONE } from './types';

const prepared = prepare(orderTable(SHOP_ROWS), SHOP_CUSTOMERS);
const stats = customerStatsAt(prepared, 100);
const defaults = DEFAULT_SETTINGS.lifecycle;

describe('stageOf (A = 90, W = 180)', () => {
	it.each([
		[0, 1, 'new'],
		[90, 1, 'new'],
		[0, 2, 'repeat'],
		[90, 3, 'repeat'],
		[0, 4, 'loyal'],
		[10, 40, 'loyal'],
		[91, 1, 'at_risk'],
		[180, 12, 'at_risk'],
		[181, 12, 'lost'],
		[400, 1, 'lost']
	])('recency %i, frequency %i → %s', (recency, frequency, stage) => {
		expect(STAGE_KEYS[stageOf(recency, frequency, defaults)]).toBe(stage);
	});
});

describe('lifecycle of the example shop', () => {
	it('assigns stages', () => {
		// recency / frequency: A 10/3, B 80/2, D 0/1, E 95/1, F 0/2
		const keys = (l: LifecycleSettings) =>
			[...assignStages(stats, l)].map((s) => (s === NONE ? null : STAGE_KEYS[s]));
		expect(keys(defaults)).toEqual(['repeat', 'repeat', null, 'new', 'at_risk', 'repeat', null]);
		expect(keys({ activeDays: 30, churnDays: 90, funnelSteps: [1] })).toEqual([
			'repeat',
			'at_risk',
			null,
			'new',
			'lost',
			'repeat',
			null
		]);
	});

	it('builds the funnel with statuses and conversions', () => {
		expect(lifecycleFunnel(stats, defaults)).toEqual([
			{ minPurchases: 1, customers: 5, active: 4, atRisk: 1, lost: 0, conversion: 1 },
			{ minPurchases: 2, customers: 3, active: 3, atRisk: 0, lost: 0, conversion: 0.6 },
			{ minPurchases: 3, customers: 1, active: 1, atRisk: 0, lost: 0, conversion: 1 / 3 },
			{ minPurchases: 4, customers: 0, active: 0, atRisk: 0, lost: 0, conversion: 0 }
		]);
		// A = 30, W = 90: B (80) at risk, E (95) lost
		expect(lifecycleFunnel(stats, { activeDays: 30, churnDays: 90, funnelSteps: [2, 3] })).toEqual([
			{ minPurchases: 2, customers: 3, active: 2, atRisk: 1, lost: 0, conversion: 1 },
			{ minPurchases: 3, customers: 1, active: 1, atRisk: 0, lost: 0, conversion: 1 / 3 }
		]);
	});
});

describe('suggestLifecycle', () => {
	it('uses nearest-rank percentiles', () => {
		const sorted = Int32Array.of(10, 20, 30, 200);
		expect(nearestRank(sorted, 50)).toBe(20);
		expect(nearestRank(sorted, 90)).toBe(200);
		expect(nearestRank(Int32Array.of(7), 90)).toBe(7);
		expect(nearestRank(Int32Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90)).toBe(9);
	});

	it.each([
		[0, 7],
		[3, 7],
		[10, 7],
		[10.5, 14],
		[11, 14],
		[200, 203]
	])('rounds %d days to %i (whole weeks, at least one)', (days, weeks) => {
		expect(toWeeks(days)).toBe(weeks);
	});

	it('proposes windows from gaps between purchase days of repeat customers', () => {
		// A: days 10, 50, 90 → gaps 40, 40; B: two purchases on day 20 → no gap; F: 70, 100 → 30.
		// Sorted 30, 40, 40: median (rank 2) 40, p90 (rank 3) 40 → A = W = round(40 / 7) weeks = 42.
		expect(suggestLifecycle(prepared)).toEqual({
			activeDays: 42,
			churnDays: 42,
			gaps: 3,
			medianGapDays: 40,
			p90GapDays: 40
		});
		// As of day 60: only A's gap of 40 days (returns are not purchases).
		expect(suggestLifecycle(prepared, 60)).toMatchObject({ gaps: 1, activeDays: 42 });
		expect(suggestLifecycle(prepared, 30)).toBeNull();
	});

	it('keeps W at least A and spreads them apart on wide gaps', () => {
		// gaps 10, 20, 30, 200 → median 20 → 21 days; p90 200 → 203 days
		const p = prepare(
			orderTable([
				[0, 0, 1],
				[0, 10, 1],
				[0, 30, 1],
				[1, 0, 1],
				[1, 30, 1],
				[1, 230, 1]
			]),
			2
		);
		expect(suggestLifecycle(p)).toEqual({
			activeDays: 21,
			churnDays: 203,
			gaps: 4,
			medianGapDays: 20,
			p90GapDays: 200
		});
	});
});
