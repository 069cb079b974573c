/**
 * The overview's first figures straight from the orders, without regrouping them by customer:
 * what an import sends with its outcome before `prepare` has run (issue 18). Two passes over the
 * orders and one byte per customer, against `prepare`'s sort and CSR layout. The definitions are
 * those of `overviewFigures` (`analyze.ts`), which gives the same values from prepared orders.
 */
import { isPurchase, type OrderTable } from '../orders';
import { asOfDays, assertValidSettings, headlineOf } from './analyze';
import type { AnalysisSettings, OverviewFigures } from './types';

/**
 * `overviewFigures(prepare(orders, customerCount), settings)`, computed from the unsorted orders;
 * null when the total might differ in its last bit because the orders are summed in another order
 * (amounts that are not whole cents, or whose absolute sum passes 2^53): then prepare. Orders of a
 * customer outside 0 … customerCount − 1 are left out, as `prepare` drops them. Throws like
 * `analyze` on invalid settings.
 * @example
 * // customer 0: +10.00 day 3, −2.00 day 5; customer 1: nothing; default settings (D = day 3)
 * overviewFiguresOfOrders({ customer: Int32Array.of(0, 0), day: Int32Array.of(3, 5),
 *   amountCents: Float64Array.of(1000, -200), length: 2 }, 2, DEFAULT_SETTINGS)
 * // → { asOfDay: 3, scoredCount: 1, unscoredCount: 1, headline: { customers: 1, orders: 1,
 * //     purchases: 1, returns: 0, revenueCents: 1000, firstDay: 3, lastDay: 3, … } }
 */
export function overviewFiguresOfOrders(
	orders: OrderTable,
	customerCount: number,
	settings: AnalysisSettings
): OverviewFigures | null {
	assertValidSettings(settings);
	const { customer, day, amountCents, length } = orders;
	let latestPurchase = -Infinity;
	let latestOrder = -Infinity;
	for (let o = 0; o < length; o++) {
		const c = customer[o];
		if (c < 0 || c >= customerCount) continue;
		const d = day[o];
		if (d > latestOrder) latestOrder = d;
		if (isPurchase(amountCents[o]) && d > latestPurchase) latestPurchase = d;
	}
	const { asOfDay, statsDay: until } = asOfDays(
		settings,
		latestPurchase === -Infinity ? null : latestPurchase,
		latestOrder === -Infinity ? null : latestOrder
	);
	// Purchases per customer up to D, counted up to 2 (scored: ≥ 1, repeater: ≥ 2).
	const bought = new Uint8Array(customerCount);
	let scored = 0;
	let repeaters = 0;
	let count = 0;
	let purchases = 0;
	let returns = 0;
	let revenueCents = 0;
	let absoluteCents = 0;
	let whole = true;
	let firstDay = Infinity;
	let lastDay = -Infinity;
	for (let o = 0; o < length; o++) {
		const c = customer[o];
		const d = day[o];
		if (c < 0 || c >= customerCount || d > until) continue;
		const amount = amountCents[o];
		count++;
		revenueCents += amount;
		absoluteCents += Math.abs(amount);
		if (amount !== Math.trunc(amount)) whole = false;
		if (d < firstDay) firstDay = d;
		if (d > lastDay) lastDay = d;
		if (isPurchase(amount)) {
			purchases++;
			const before = bought[c];
			if (before === 0) scored++;
			else if (before === 1) repeaters++;
			if (before < 2) bought[c] = before + 1;
		} else if (amount < 0) returns++;
	}
	// Whole cents with an absolute sum within 2^53: every partial sum is exact, in any order.
	if (!whole || !(absoluteCents <= Number.MAX_SAFE_INTEGER)) return null;
	return {
		asOfDay,
		headline: headlineOf({
			customers: scored,
			repeaters,
			orders: count,
			purchases,
			returns,
			revenueCents,
			firstDay,
			lastDay
		}),
		scoredCount: scored,
		unscoredCount: customerCount - scored
	};
}
