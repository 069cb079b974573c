/**
 * Today's customers' expected purchases per month from a fitted BG/NBD model: the forecast source
 * of the growth simulator's baseline (`baselineInputs({ forecastPurchases })`).
 */
import type { BgnbdParams } from '../clv/bgnbd';
import { expectedTransactions } from '../clv/bgnbd';
import type { TransactionSummary } from '../clv/summary';
import { CUSTOMER_STATUS, UNIT_DAYS } from '../clv/summary';

/**
 * [t − 1] = Σ over modelled customers of E[transactions in (T + (t − 1) m, T + t m]] with m one
 * average month (365.25 ÷ 12 days) in the summary's unit, for t = 1 … months, counted from D.
 * @example
 * // one customer with x = 0, t_x = 0, T = 0 (a new customer at D), monthly units:
 * monthlyExpectedPurchases(params, summary, 2)
 * // → [E(1), E(2) − E(1)] with E(t) = expectedTransactions(params, 0, 0, 0, t)
 */
export function monthlyExpectedPurchases(
	params: BgnbdParams,
	summary: TransactionSummary,
	months: number
): Float64Array {
	const perMonth = UNIT_DAYS.month / summary.unitDays;
	const out = new Float64Array(months);
	for (let c = 0; c < summary.customerCount; c++) {
		if (summary.status[c] !== CUSTOMER_STATUS.modeled) continue;
		const { x, tx, T } = { x: summary.x[c], tx: summary.tx[c], T: summary.T[c] };
		let previous = 0;
		for (let t = 1; t <= months; t++) {
			const cumulative = expectedTransactions(params, x, tx, T, t * perMonth);
			out[t - 1] += cumulative - previous;
			previous = cumulative;
		}
	}
	return out;
}
