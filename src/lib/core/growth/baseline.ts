/**
 * The simulator's inputs measured from the data (all up to the last complete month, so a half
 * month at D does not read as a collapse): the new-customer run rate, the retention curve of the
 * cohorts, the expected activity of today's customers (from the cohorts, or from a forecast when
 * one is fitted), the month-to-month retention of active customers and revenue per active customer.
 */
import { monthIndexFromDay, ymdFromDay, daysInMonth } from '../calendar';
import type { DayNumber } from '../calendar';
import type { CustomerStats } from '../analytics/customer-stats';
import type { PreparedOrders } from '../analytics/prepare';
import type { CohortTable, GrowthTable } from '../analytics/types';
import { SIMULATION_MONTHS, retentionAt } from './model';
import type { GrowthInputs } from './model';

/** Months averaged for the run rates. */
export const RECENT_MONTHS = 3;
/** An age enters the retention curve only while its pooled cohorts hold at least this many customers. */
export const MIN_CURVE_CUSTOMERS = 30;

/**
 * D's month when D is its last day, else the month before.
 * @example lastCompleteMonth(dayFromYmd(2024, 3, 31)) // → month index of 2024-03
 * @example lastCompleteMonth(dayFromYmd(2024, 3, 30)) // → month index of 2024-02
 */
export function lastCompleteMonth(asOfDay: DayNumber): number {
	const { year, month, day } = ymdFromDay(asOfDay);
	const m = monthIndexFromDay(asOfDay);
	return day === daysInMonth(year, month) ? m : m - 1;
}

/**
 * Pooled retention curve: r[k] = Σ retained[k] ÷ Σ size over the cohorts whose month k is complete
 * (cohort month + k ≤ last complete month). It stops before the first age whose pooled cohorts
 * hold fewer than `minCustomers` (default `MIN_CURVE_CUSTOMERS`) customers, and at 35; r[0] = 1.
 * Empty without customers.
 * @example
 * // cohorts Jan (size 40, retained [40, 10, 8]) and Feb (size 60, retained [60, 20]), last
 * // complete month Mar → r = [1, (10 + 20) / 100, 8 / 40] = [1, 0.3, 0.2]
 */
export function retentionCurve(
	cohorts: CohortTable,
	lastComplete: number,
	minCustomers = MIN_CURVE_CUSTOMERS
): Float64Array {
	const curve: number[] = [];
	for (let k = 0; k < SIMULATION_MONTHS; k++) {
		let size = 0;
		let retained = 0;
		for (const cohort of cohorts.cohorts) {
			if (cohort.month + k > lastComplete) continue;
			size += cohort.size;
			retained += cohort.retained[k];
		}
		if (size === 0 || size < minCustomers) break;
		curve.push(retained / size);
	}
	return Float64Array.from(curve);
}

/**
 * Baseline expected active customers among today's customers, month t after the last complete
 * month: E(t) = Σ over cohorts up to that month of size × r(age + t), age = last complete month −
 * cohort month.
 * @example
 * // one cohort of 100 acquired in the last complete month, r = [1, 0.3, 0.2] → E = [30, 20, 20, …]
 */
export function existingActiveFromCohorts(
	cohorts: CohortTable,
	lastComplete: number,
	retention: Float64Array
): Float64Array {
	const active = new Float64Array(SIMULATION_MONTHS);
	for (const cohort of cohorts.cohorts) {
		if (cohort.month > lastComplete || cohort.size === 0) continue;
		const age = lastComplete - cohort.month;
		for (let t = 1; t <= SIMULATION_MONTHS; t++) {
			active[t - 1] += cohort.size * retentionAt(retention, age + t);
		}
	}
	return active;
}

/**
 * Baseline expected active customers from a forecast: E(t) = expected purchases of today's
 * customers in month t ÷ purchases per active customer-month (`recentActivity`).
 * @example existingActiveFromForecast([120, 90], 1.2) // → [100, 75, 0, …] (36 months)
 */
export function existingActiveFromForecast(
	expectedPurchases: ArrayLike<number>,
	purchasesPerActive: number
): Float64Array {
	const active = new Float64Array(SIMULATION_MONTHS);
	if (!(purchasesPerActive > 0)) return active;
	for (let t = 0; t < Math.min(SIMULATION_MONTHS, expectedPurchases.length); t++) {
		active[t] = expectedPurchases[t] / purchasesPerActive;
	}
	return active;
}

/** Run rates over the last `RECENT_MONTHS` complete months of the growth table. */
export interface RecentGrowth {
	/** Mean new customers per month. */
	newPerMonth: number;
	/** Active customers in the last complete month. */
	activeNow: number;
	/** Σ net revenue ÷ Σ active customers over those months, cents. */
	revenuePerActiveCents: number;
}

/**
 * @example
 * // last three complete months: new 10, 20, 30; active 50, 60, 70; revenue 5000, 6000, 7000
 * // → { newPerMonth: 20, activeNow: 70, revenuePerActiveCents: 18000 / 180 = 100 }
 */
export function recentGrowth(growth: GrowthTable, lastComplete: number): RecentGrowth {
	const end = lastComplete - growth.firstMonth;
	const start = Math.max(0, end - RECENT_MONTHS + 1);
	let news = 0;
	let active = 0;
	let revenue = 0;
	for (let i = start; i <= end; i++) {
		news += growth.newCustomers[i];
		active += growth.activeCustomers[i];
		revenue += growth.newRevenueCents[i] + growth.returningRevenueCents[i];
	}
	const months = end - start + 1;
	return {
		newPerMonth: months > 0 ? news / months : 0,
		activeNow: end >= 0 ? growth.activeCustomers[end] : 0,
		revenuePerActiveCents: active > 0 ? revenue / active : 0
	};
}

/** Month-to-month behaviour of active customers over the last complete months. */
export interface RecentActivity {
	/** Σ customers active in both m − 1 and m ÷ Σ customers active in m − 1, m over the window. */
	activeRetention: number;
	/** Σ purchases ÷ Σ active customers over the window's months. */
	purchasesPerActive: number;
}

/**
 * @example
 * // A buys in Jan, Feb, Mar; B in Jan only; C in Mar; last complete month Mar, window Jan–Mar:
 * // pairs (Dec→Jan) 0 of 0, (Jan→Feb) 1 of 2, (Feb→Mar) 1 of 1 → activeRetention 2 / 3
 */
export function recentActivity(
	prepared: PreparedOrders,
	stats: CustomerStats,
	lastComplete: number
): RecentActivity {
	const first = lastComplete - RECENT_MONTHS + 1;
	let stayed = 0;
	let before = 0;
	let purchases = 0;
	let activeMonths = 0;
	// active[j] = 1 when the customer bought in month first − 1 + j
	const active = new Uint8Array(RECENT_MONTHS + 1);
	for (let c = 0; c < stats.scored.length; c++) {
		if (!stats.scored[c]) continue;
		active.fill(0);
		for (let i = prepared.offsets[c]; i < stats.end[c]; i++) {
			const j = prepared.month[i] - first + 1;
			if (prepared.amountCents[i] <= 0 || j < 0 || j > RECENT_MONTHS) continue;
			active[j] = 1;
			if (j >= 1) purchases++;
		}
		for (let j = 1; j <= RECENT_MONTHS; j++) {
			activeMonths += active[j];
			before += active[j - 1];
			stayed += active[j - 1] & active[j];
		}
	}
	return {
		activeRetention: before > 0 ? stayed / before : 0,
		purchasesPerActive: activeMonths > 0 ? purchases / activeMonths : 0
	};
}

/** What the worker has at hand to build the simulator's inputs. */
export interface BaselineSources {
	prepared: PreparedOrders;
	stats: CustomerStats;
	cohorts: CohortTable;
	growth: GrowthTable;
	/** At-risk plus lost customers today (lifecycle stages). */
	winBackPool: number;
	/** Share of scored customers with ≥ 2 purchases (`Headline.repeatRate`). */
	repeatRate: number;
	horizon: number;
	/** Expected purchases of today's customers per month after the last complete month, when a forecast is fitted. */
	forecastPurchases?: ArrayLike<number>;
}

/**
 * All the simulator's inputs from the data, and which source gave today's customers' activity.
 * @example baselineInputs({ prepared, stats, cohorts, growth, winBackPool: 120, repeatRate: 0.3, horizon: 12 })
 * // → { inputs: { horizon: 12, activeNow: …, retention: …, … }, source: 'cohorts' }
 */
export function baselineInputs(sources: BaselineSources): {
	inputs: GrowthInputs;
	source: 'cohorts' | 'forecast';
	lastCompleteMonth: number;
} {
	const last = lastCompleteMonth(sources.stats.asOfDay);
	const recent = recentGrowth(sources.growth, last);
	const activity = recentActivity(sources.prepared, sources.stats, last);
	const retention = retentionCurve(sources.cohorts, last);
	const forecast = sources.forecastPurchases;
	const useForecast = forecast !== undefined && activity.purchasesPerActive > 0;
	return {
		inputs: {
			horizon: sources.horizon,
			activeNow: recent.activeNow,
			newPerMonth: recent.newPerMonth,
			retention,
			existingActive: useForecast
				? existingActiveFromForecast(forecast, activity.purchasesPerActive)
				: existingActiveFromCohorts(sources.cohorts, last, retention),
			existingCustomers: sources.cohorts.cohorts.reduce(
				(n, c) => n + (c.month <= last ? c.size : 0),
				0
			),
			winBackPool: sources.winBackPool,
			secondPurchaseRate: sources.repeatRate,
			activeRetention: activity.activeRetention,
			revenuePerActiveCents: recent.revenuePerActiveCents
		},
		source: useForecast ? 'forecast' : 'cohorts',
		lastCompleteMonth: last
	};
}
