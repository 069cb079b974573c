/**
 * Per-customer forecasts over a horizon: P(alive), expected purchases, expected order value and
 * the discounted customer lifetime value.
 */
import { expectedTransactions, pAlive, type BgnbdParams } from './bgnbd';
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
	let previous = 0;
	let value = 0;
	const months = Math.ceil(horizonDays / MONTH_DAYS - 1e-9);
	for (let m = 1; m <= months; m++) {
		const end = Math.min(m * MONTH_DAYS, horizonDays) / unitDays;
		const cumulative = expectedTransactions(bgnbd, x, tx, T, end);
		value += (cumulative - previous) / (1 + discount) ** m;
		previous = cumulative;
	}
	return value * orderValue;
}

/**
 * Score every customer of a summary. Customers who are not modeled get NaN everywhere; without
 * Gamma-Gamma parameters, order value and CLV are NaN. Customers with x = 0 share their value by T,
 * so it is computed once per distinct age.
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
	const horizon = horizonDays / summary.unitDays;
	// per distinct T (days) of x = 0 customers: [expected purchases, CLV per money unit]
	const newcomers = new Map<number, [number, number]>();
	for (let c = 0; c < n; c++) {
		if (summary.status[c] !== CUSTOMER_STATUS.modeled) continue;
		const x = summary.x[c];
		const tx = summary.tx[c];
		const T = summary.T[c];
		const aov = gammaGamma ? expectedOrderValue(gammaGamma, x, summary.zbar[c]) : NaN;
		let purchases: number;
		let perUnit: number;
		if (x === 0) {
			const key = summary.asOfDay - summary.firstDay[c];
			let cached = newcomers.get(key);
			if (!cached) {
				cached = [
					expectedTransactions(bgnbd, 0, 0, T, horizon),
					customerValue(bgnbd, 0, 0, T, summary.unitDays, horizonDays, discount, 1)
				];
				newcomers.set(key, cached);
			}
			[purchases, perUnit] = cached;
		} else {
			purchases = expectedTransactions(bgnbd, x, tx, T, horizon);
			perUnit = customerValue(bgnbd, x, tx, T, summary.unitDays, horizonDays, discount, 1);
		}
		result.pAlive[c] = pAlive(bgnbd, x, tx, T);
		result.expectedPurchases[c] = purchases;
		result.expectedAov[c] = aov;
		result.clv[c] = perUnit * aov;
	}
	return result;
}
