/**
 * Calendar-month views up to D: acquisition cohorts (retention and revenue) and 客户倍增 growth
 * (new, active and returning customers and their revenue).
 */
import { monthIndexFromDay } from '../calendar';
import type { CustomerStats } from './customer-stats';
import type { PreparedOrders } from './prepare';
import type { Cohort, CohortTable, GrowthTable } from './types';

/**
 * Cohorts by month of first purchase, one per month from the earliest first purchase to D's month
 * (empty months included, with size 0). retained[k] counts cohort customers with a purchase in
 * month c + k; revenueCents[k] sums the net amounts of the cohort's orders dated in month c + k
 * (orders before the first purchase's month, i.e. early returns, are in no column).
 * @example
 * // customer A buys in Jan and Mar, B buys in Jan and returns 5.00 in Feb; D in Mar
 * // → one cohort Jan: size 2, retained [2, 0, 1], retention [1, 0, 0.5], revenue [A1+B1, −500, A2]
 * //   plus empty cohorts for Feb and Mar
 */
export function cohortTable(prepared: PreparedOrders, stats: CustomerStats): CohortTable {
	if (stats.scoredCount === 0) return { cohorts: [] };
	const lastMonth = monthIndexFromDay(stats.asOfDay);
	let firstMonth = lastMonth;
	const { offsets, month, amountCents } = prepared;
	const cohortOf = new Int32Array(stats.scored.length);
	for (let c = 0; c < cohortOf.length; c++) {
		if (!stats.scored[c]) continue;
		let i = offsets[c];
		while (!(amountCents[i] > 0)) i++;
		cohortOf[c] = month[i];
		if (month[i] < firstMonth) firstMonth = month[i];
	}
	const cohorts: Cohort[] = [];
	for (let m = firstMonth; m <= lastMonth; m++) {
		const width = lastMonth - m + 1;
		cohorts.push({
			month: m,
			size: 0,
			retained: new Int32Array(width),
			retention: new Float64Array(width),
			revenueCents: new Float64Array(width)
		});
	}
	for (let c = 0; c < cohortOf.length; c++) {
		if (!stats.scored[c]) continue;
		const cohort = cohorts[cohortOf[c] - firstMonth];
		cohort.size++;
		let counted = -1;
		for (let i = offsets[c]; i < stats.end[c]; i++) {
			const k = month[i] - cohort.month;
			if (k < 0) continue;
			cohort.revenueCents[k] += amountCents[i];
			if (amountCents[i] > 0 && k !== counted) {
				cohort.retained[k]++;
				counted = k;
			}
		}
	}
	for (const cohort of cohorts) {
		if (cohort.size === 0) continue;
		for (let k = 0; k < cohort.retained.length; k++) {
			cohort.retention[k] = cohort.retained[k] / cohort.size;
		}
	}
	return { cohorts };
}

/**
 * Month-by-month growth from the month of the first order up to D to D's month: new customers
 * (first purchase in the month), active customers (≥ 1 purchase in the month), returning customers
 * (active, first purchase before the month), net revenue of new and of returning customers (orders
 * of customers whose first purchase is in / before the month; orders before a customer's first
 * purchase month count in neither), and the growth of active customers over the previous month.
 * @example
 * // A buys in Jan and Feb, B buys in Feb → new [1, 1], active [1, 2], returning [0, 1],
 * // activeGrowth [null, 1]
 */
export function growthTable(prepared: PreparedOrders, stats: CustomerStats): GrowthTable {
	const { offsets, month, amountCents } = prepared;
	const lastMonth = monthIndexFromDay(stats.asOfDay);
	let firstMonth = Infinity;
	for (let c = 0; c < stats.scored.length; c++) {
		if (stats.end[c] > offsets[c]) firstMonth = Math.min(firstMonth, month[offsets[c]]);
	}
	if (firstMonth === Infinity) firstMonth = lastMonth;
	const months = lastMonth - firstMonth + 1;
	const newCustomers = new Int32Array(months);
	const activeCustomers = new Int32Array(months);
	const returningCustomers = new Int32Array(months);
	const newRevenueCents = new Float64Array(months);
	const returningRevenueCents = new Float64Array(months);
	for (let c = 0; c < stats.scored.length; c++) {
		if (!stats.scored[c]) continue;
		let i = offsets[c];
		while (!(amountCents[i] > 0)) i++;
		const first = month[i];
		let counted = -1;
		for (i = offsets[c]; i < stats.end[c]; i++) {
			const m = month[i];
			if (m < first) continue;
			const at = m - firstMonth;
			if (m === first) newRevenueCents[at] += amountCents[i];
			else returningRevenueCents[at] += amountCents[i];
			if (amountCents[i] > 0 && m !== counted) {
				counted = m;
				activeCustomers[at]++;
				if (m === first) newCustomers[at]++;
				else returningCustomers[at]++;
			}
		}
	}
	const activeGrowth: (number | null)[] = [];
	for (let k = 0; k < months; k++) {
		const previous = k === 0 ? 0 : activeCustomers[k - 1];
		activeGrowth.push(previous === 0 ? null : (activeCustomers[k] - previous) / previous);
	}
	return {
		firstMonth,
		months,
		newCustomers,
		activeCustomers,
		returningCustomers,
		newRevenueCents,
		returningRevenueCents,
		activeGrowth
	};
}
