/**
 * Per-customer forecasts over a horizon: P(alive), expected purchases, expected order value and
 * the discounted customer lifetime value.
 */
import { expectedIfAlive, pAlive, type BgnbdParams } from './bgnbd';
import { expectedOrderValue, type GammaGammaParams } from './gamma-gamma';
import { CUSTOMER_STATUS, type TransactionSummary } from './summary';

/** Length of a CLV discounting month in days. */
export const MONTH_DAYS = 365.25 / 12;

/** Per-customer forecasts; NaN where a customer (or the whole dataset) has not enough data. */
export interface CustomerForecasts {
	pAlive: Float64Array;
	/** Expected transactions in (D, D + horizon]. */
	expectedPurchases: Float64Array;
	/** Expected average order value, money units. */
	expectedAov: Float64Array;
	/** Discounted expected revenue over the horizon, money units. */
	clv: Float64Array;
}

/**
 * CLV of one customer over `horizonDays` with monthly discount rate `discount`:
 * Σₘ (E[Y(tₘ)] − E[Y(tₘ₋₁)]) × E[order value] / (1 + discount)^m, where tₘ = min(m × 365.25/12,
 * horizon) days (the last month may be partial) and E[Y] is BG/NBD's conditional expectation.
 * @example
 * customerValue(cdnowParams, 2, 30.43, 38.86, 7, 365, 0, 20) // → 20 × E[Y(365/7 weeks)]
 */
export function customerValue(
	bgnbd: BgnbdParams,
	x: number,
	tx: number,
	T: number,
	unitDays: number,
	horizonDays: number,
	discount: number,
	orderValue: number
): number {
	const [, discounted] = ifAlive(bgnbd, x, T, unitDays, horizonDays, discount);
	return discounted * pAlive(bgnbd, x, tx, T) * orderValue;
}

/**
 * Expected transactions over the horizon and their monthly-discounted sum, for a customer alive at
 * D (multiply both by P(alive)). They depend on x and T only.
 */
function ifAlive(
	bgnbd: BgnbdParams,
	x: number,
	T: number,
	unitDays: number,
	horizonDays: number,
	discount: number
): [purchases: number, discounted: number] {
	let previous = 0;
	let discounted = 0;
	const months = Math.ceil(horizonDays / MONTH_DAYS - 1e-9);
	for (let m = 1; m <= months; m++) {
		const end = Math.min(m * MONTH_DAYS, horizonDays) / unitDays;
		const cumulative = expectedIfAlive(bgnbd, x, T, end);
		discounted += (cumulative - previous) / (1 + discount) ** m;
		previous = cumulative;
	}
	return [previous, discounted];
}

/**
 * Score every customer of a summary. Customers who are not modeled get NaN everywhere; without
 * Gamma-Gamma parameters, order value and CLV are NaN. The horizon sums depend on (x, T) only, so
 * customers sharing them (most customers with x = 0, many others) share one computation.
 */
export function scoreCustomers(
	summary: TransactionSummary,
	bgnbd: BgnbdParams,
	gammaGamma: GammaGammaParams | null,
	horizonDays: number,
	discount: number
): CustomerForecasts {
	const n = summary.customerCount;
	const result: CustomerForecasts = {
		pAlive: new Float64Array(n).fill(NaN),
		expectedPurchases: new Float64Array(n).fill(NaN),
		expectedAov: new Float64Array(n).fill(NaN),
		clv: new Float64Array(n).fill(NaN)
	};
	let maxDays = 0;
	for (let c = 0; c < n; c++) {
		if (summary.status[c] === CUSTOMER_STATUS.modeled)
			maxDays = Math.max(maxDays, summary.asOfDay - summary.firstDay[c]);
	}
	const shared = new Map<number, [number, number]>();
	for (let c = 0; c < n; c++) {
		if (summary.status[c] !== CUSTOMER_STATUS.modeled) continue;
		const x = summary.x[c];
		const T = summary.T[c];
		const key = x * (maxDays + 1) + (summary.asOfDay - summary.firstDay[c]);
		let sums = shared.get(key);
		if (!sums) {
			sums = ifAlive(bgnbd, x, T, summary.unitDays, horizonDays, discount);
			shared.set(key, sums);
		}
		const alive = pAlive(bgnbd, x, summary.tx[c], T);
		const aov = gammaGamma ? expectedOrderValue(gammaGamma, x, summary.zbar[c]) : NaN;
		result.pAlive[c] = alive;
		result.expectedPurchases[c] = sums[0] * alive;
		result.expectedAov[c] = aov;
		result.clv[c] = sums[1] * alive * aov;
	}
	return result;
}
