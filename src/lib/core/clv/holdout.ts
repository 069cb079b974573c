/**
 * The model check on held-out orders: fit on (…, S], compare with what happened in (S, E].
 */
import type { PreparedOrders } from '../analytics/prepare';
import { expectedIfAlive, pAlive, unconditionalExpected, type BgnbdParams } from './bgnbd';
import { CUSTOMER_STATUS, type TransactionSummary } from './summary';

/** Calibration-period x values are grouped 0, 1, …, CALIBRATION_GROUPS − 1 and "that many or more". */
export const CALIBRATION_GROUPS = 8;

/** The check of a fit against held-out transactions. */
export interface HoldoutCheck {
	/** Calibration end S and holdout end E (inclusive days). */
	splitDay: number;
	endDay: number;
	/** Holdout length in the time unit. */
	holdoutLength: number;
	/** Cumulative repeat transactions at the end of each week since the first customer's first day. */
	tracking: { weekEndDay: Int32Array; actual: Float64Array; expected: Float64Array };
	/** Per calibration x group (last group = that x or more): customers, mean actual and expected. */
	calibration: { customers: Float64Array; actual: Float64Array; expected: Float64Array };
	/** Per customer: mean absolute and root mean square error of holdout transactions. */
	mae: number;
	rmse: number;
	/** (Σ expected − Σ actual) / Σ actual × 100; NaN when nothing was bought in the holdout. */
	totalPercentError: number;
	actualTotal: number;
	expectedTotal: number;
}

/**
 * Compare a BG/NBD fit on `summary` (calibration end S = summary.asOfDay, holdout counts up to
 * `endDay` in `summary.holdoutX`) with the held-out transaction days.
 * - Tracking: actual = cumulative repeat transaction days of the calibration customers, counted
 *   at the end of each 7-day week from the earliest first transaction day; expected =
 *   Σ customers E[X(end of week − first day)] (BG/NBD's unconditional expectation).
 * - Calibration: customers grouped by calibration x; mean actual holdout transactions vs mean
 *   E[Y(E − S) | x, t_x, T].
 * - Errors over customers: MAE = mean |expected − actual|, RMSE = √mean (expected − actual)².
 * @example holdoutCheck(prepared, cdnowSummary, cdnowFit, 1998-06-30).expectedTotal // → ≈ 1788
 */
export function holdoutCheck(
	prepared: PreparedOrders,
	summary: TransactionSummary,
	params: BgnbdParams,
	endDay: number
): HoldoutCheck {
	const splitDay = summary.asOfDay;
	const unit = summary.unitDays;
	const holdoutLength = (endDay - splitDay) / unit;
	const customers = new Float64Array(CALIBRATION_GROUPS);
	const actualByX = new Float64Array(CALIBRATION_GROUPS);
	const expectedByX = new Float64Array(CALIBRATION_GROUPS);
	let absolute = 0;
	let squared = 0;
	let modeled = 0;
	let actualTotal = 0;
	let expectedTotal = 0;
	let firstOfAll = Infinity;
	let span = 0;
	for (let c = 0; c < summary.customerCount; c++) {
		if (summary.status[c] === CUSTOMER_STATUS.modeled)
			span = Math.max(span, splitDay - summary.firstDay[c]);
	}
	const shared = new Map<number, number>();
	for (let c = 0; c < summary.customerCount; c++) {
		if (summary.status[c] !== CUSTOMER_STATUS.modeled) continue;
		// E[Y | alive] depends on (x, T) only: share it between customers.
		const key = summary.x[c] * (span + 1) + (splitDay - summary.firstDay[c]);
		let ifAlive = shared.get(key);
		if (ifAlive === undefined) {
			ifAlive = expectedIfAlive(params, summary.x[c], summary.T[c], holdoutLength);
			shared.set(key, ifAlive);
		}
		const expected = ifAlive * pAlive(params, summary.x[c], summary.tx[c], summary.T[c]);
		const actual = summary.holdoutX[c];
		const group = Math.min(summary.x[c], CALIBRATION_GROUPS - 1);
		customers[group]++;
		actualByX[group] += actual;
		expectedByX[group] += expected;
		absolute += Math.abs(expected - actual);
		squared += (expected - actual) ** 2;
		actualTotal += actual;
		expectedTotal += expected;
		modeled++;
		firstOfAll = Math.min(firstOfAll, summary.firstDay[c]);
	}
	for (let g = 0; g < CALIBRATION_GROUPS; g++) {
		actualByX[g] = customers[g] ? actualByX[g] / customers[g] : NaN;
		expectedByX[g] = customers[g] ? expectedByX[g] / customers[g] : NaN;
	}
	return {
		splitDay,
		endDay,
		holdoutLength,
		tracking: modeled ? tracking(prepared, summary, params, firstOfAll, endDay) : emptyTracking(),
		calibration: { customers, actual: actualByX, expected: expectedByX },
		mae: modeled ? absolute / modeled : NaN,
		rmse: modeled ? Math.sqrt(squared / modeled) : NaN,
		totalPercentError: actualTotal > 0 ? ((expectedTotal - actualTotal) / actualTotal) * 100 : NaN,
		actualTotal,
		expectedTotal
	};
}

function emptyTracking() {
	return {
		weekEndDay: new Int32Array(0),
		actual: new Float64Array(0),
		expected: new Float64Array(0)
	};
}

function tracking(
	prepared: PreparedOrders,
	summary: TransactionSummary,
	params: BgnbdParams,
	start: number,
	endDay: number
) {
	const span = endDay - start;
	const weeks = Math.floor(span / 7) + 1;
	const weekEndDay = new Int32Array(weeks);
	for (let w = 0; w < weeks; w++) weekEndDay[w] = Math.min(start + 7 * w + 6, endDay);
	const actual = new Float64Array(weeks);
	const firstCount = new Float64Array(span + 1);
	const { offsets, day, amountCents } = prepared;
	for (let c = 0; c < summary.customerCount; c++) {
		if (summary.status[c] !== CUSTOMER_STATUS.modeled) continue;
		const first = summary.firstDay[c];
		firstCount[first - start]++;
		// Repeat transaction days (net ≥ 0, after the first) up to the end, by week.
		for (let i = offsets[c], end = offsets[c + 1]; i < end;) {
			const d = day[i];
			if (d > endDay) break;
			let net = 0;
			while (i < end && day[i] === d) net += amountCents[i++];
			if (d > first && net >= 0) actual[Math.floor((d - start) / 7)]++;
		}
	}
	for (let w = 1; w < weeks; w++) actual[w] += actual[w - 1];
	const perCustomer = new Float64Array(span + 1);
	for (let s = 0; s <= span; s++)
		perCustomer[s] = unconditionalExpected(params, s / summary.unitDays);
	const expected = new Float64Array(weeks);
	for (let w = 0; w < weeks; w++) {
		let total = 0;
		for (let f = 0; f <= weekEndDay[w] - start; f++) {
			if (firstCount[f]) total += firstCount[f] * perCustomer[weekEndDay[w] - start - f];
		}
		expected[w] = total;
	}
	return { weekEndDay, actual, expected };
}
