import { describe, expect, it } from 'vitest';
import { dayFromYmd, monthIndexFromDay } from '../calendar';
import { cohortTable, growthTable } from '../analytics/cohorts';
import { customerStatsAt } from '../analytics/customer-stats';
import { orderTable } from '../analytics/order-table.fixture';
import { prepare } from '../analytics/prepare';
import {
	baselineInputs,
	existingActiveFromCohorts,
	existingActiveFromForecast,
	lastCompleteMonth,
	recentActivity,
	recentGrowth,
	retentionCurve
} from './baseline';

const day = (m: number, d: number) => dayFromYmd(2024, m, d);
const JAN = monthIndexFromDay(day(1, 1));
const MAR = JAN + 2;

// D = 2024-04-15, so March is the last complete month. Every purchase is 10.00, P's April one 20.00.
// A: Jan 5, Feb 5, Mar 5 · B: Jan 10 · C: Mar 20 · P: Feb 1, Apr 2
const ROWS = [
	[0, day(1, 5), 1000],
	[0, day(2, 5), 1000],
	[0, day(3, 5), 1000],
	[1, day(1, 10), 1000],
	[2, day(3, 20), 1000],
	[3, day(2, 1), 1000],
	[3, day(4, 2), 2000]
] as const;
const prepared = prepare(orderTable(ROWS), 4);
const stats = customerStatsAt(prepared, day(4, 15));
const cohorts = cohortTable(prepared, stats);
const growth = growthTable(prepared, stats);

describe('lastCompleteMonth', () => {
	it.each([
		[day(3, 31), MAR],
		[day(3, 30), MAR - 1],
		[dayFromYmd(2024, 2, 29), JAN + 1],
		[day(4, 15), MAR]
	])('day %i → month %i', (asOf, month) => {
		expect(lastCompleteMonth(asOf)).toBe(month);
	});
});

describe('retentionCurve', () => {
	it('pools the complete months of the cohorts (hand-computed)', () => {
		// cohorts Jan {A, B}, Feb {P}, Mar {C} (April's month is not complete)
		// k 0: 4 of 4; k 1: Jan→Feb A, Feb→Mar none → 1 of 3; k 2: Jan→Mar A → 1 of 2
		expect([...retentionCurve(cohorts, MAR, 1)]).toEqual([1, 1 / 3, 1 / 2]);
		// at least 3 customers per age: age 2 (2 customers) is left out
		expect([...retentionCurve(cohorts, MAR, 3)]).toEqual([1, 1 / 3]);
		expect([...retentionCurve(cohorts, MAR)]).toEqual([]);
	});
});

describe('existingActiveFromCohorts', () => {
	it('projects each cohort along the curve from its age', () => {
		// ages at March: Jan 2 (2 customers), Feb 1, Mar 0; r = [1, 1/3, 1/2, 1/2 …]
		// E(1) = 2 r(3) + r(2) + r(1) = 1 + 0.5 + 1/3; E(2) = 2 r(4) + r(3) + r(2) = 2
		const e = existingActiveFromCohorts(cohorts, MAR, Float64Array.of(1, 1 / 3, 1 / 2));
		expect(e.length).toBe(36);
		expect(e[0]).toBeCloseTo(1 + 0.5 + 1 / 3, 12);
		expect(e[1]).toBe(2);
	});

	it('takes a forecast instead when one is fitted', () => {
		expect([...existingActiveFromForecast([120, 90], 1.2).slice(0, 3)]).toEqual([100, 75, 0]);
		expect(existingActiveFromForecast([120], 0)[0]).toBe(0);
	});
});

describe('recent rates', () => {
	it('averages the last three complete months', () => {
		// Jan–Mar: new 2, 1, 1; active 2 (A, B), 2 (A, P), 2 (A, C); revenue 60.00 over 6 actives
		expect(recentGrowth(growth, MAR)).toEqual({
			newPerMonth: 4 / 3,
			activeNow: 2,
			revenuePerActiveCents: 1000
		});
		// Jan→Feb: A stays of A, B; Feb→Mar: A stays of A, P → 2 of 4; 6 purchases in 6 active months
		expect(recentActivity(prepared, stats, MAR)).toEqual({
			activeRetention: 0.5,
			purchasesPerActive: 1
		});
	});

	it('assembles the inputs, from the cohorts or from a forecast', () => {
		const sources = {
			prepared,
			stats,
			cohorts,
			growth,
			winBackPool: 1,
			repeatRate: 0.5,
			horizon: 12
		};
		const fromCohorts = baselineInputs(sources);
		expect(fromCohorts.source).toBe('cohorts');
		expect(fromCohorts.lastCompleteMonth).toBe(MAR);
		expect(fromCohorts.inputs).toMatchObject({
			activeNow: 2,
			newPerMonth: 4 / 3,
			existingCustomers: 4,
			activeRetention: 0.5,
			secondPurchaseRate: 0.5,
			revenuePerActiveCents: 1000
		});
		const fromForecast = baselineInputs({ ...sources, forecastPurchases: [3, 2] });
		expect(fromForecast.source).toBe('forecast');
		expect([...fromForecast.inputs.existingActive.slice(0, 2)]).toEqual([3, 2]);
	});
});
