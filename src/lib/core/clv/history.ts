/**
 * A customer's P(alive) along their timeline: at each of their transaction days up to D, and at D,
 * the BG/NBD P(alive) given only the orders up to that day.
 */
import type { PreparedOrders } from '../analytics/prepare';
import { pAlive, type BgnbdParams } from './bgnbd';
import { CUSTOMER_STATUS, transactionSummary } from './summary';

/** P(alive) of a customer as seen on `day`. */
export interface AlivePoint {
	day: number;
	pAlive: number;
}

/**
 * P(alive) at each transaction day up to `asOfDay` and at `asOfDay` itself, each from the
 * summary (`transactionSummary`, so the same transaction-day rule) of the orders up to that day.
 * On a transaction day t_x = T, so P(alive) = (b+x−1)/(a+b+x−1) for x > 0 and 1 on the first day;
 * between purchases it decays. Empty when the customer has no transaction day up to `asOfDay`.
 * @example
 * // CDNOW parameters, weeks; +10.00 on day 0, +5.00 on day 14, D = 70
 * pAliveHistory(cdnow, [{ day: 0, amountCents: 1000 }, { day: 14, amountCents: 500 }], 70, 7)
 * // → [{ day: 0, pAlive: 1 }, { day: 14, pAlive: b/(a+b) }, { day: 70, pAlive: … }]
 */
export function pAliveHistory(
	params: BgnbdParams,
	orders: readonly { day: number; amountCents: number }[],
	asOfDay: number,
	unitDays: number
): AlivePoint[] {
	const prepared: PreparedOrders = {
		customerCount: 1,
		offsets: Int32Array.of(0, orders.length),
		day: Int32Array.from(orders, (o) => o.day),
		month: new Int32Array(orders.length),
		amountCents: Float64Array.from(orders, (o) => o.amountCents),
		latestPurchaseDay: null,
		latestOrderDay: null
	};
	const days = [...new Set(orders.map((o) => o.day).filter((d) => d < asOfDay)), asOfDay];
	const points: AlivePoint[] = [];
	for (const day of days) {
		const s = transactionSummary(prepared, day, unitDays);
		if (s.status[0] !== CUSTOMER_STATUS.modeled) continue;
		if (day !== asOfDay && s.lastDay[0] !== day) continue;
		points.push({ day, pAlive: pAlive(params, s.x[0], s.tx[0], s.T[0]) });
	}
	return points;
}
