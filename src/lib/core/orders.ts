/**
 * **Order** — the rows of one customer with one order id (without an order-id column: one
 * customer-day). Its day is the earliest day among its rows; its amount is the sum of its rows'
 * amounts in integer cents. An order is a **purchase** when its amount > 0; an order with a
 * negative (or zero) amount is a return or a wash: it counts towards monetary value but not as a
 * purchase.
 *
 * The importer assigns the dense order index of each line (`LineChunk.order`); this module
 * aggregates lines into orders with typed arrays, never one object per row.
 */
import type { DayNumber } from './calendar';
import type { LineChunk } from './columns';

/** Orders as parallel typed arrays, sorted by nothing in particular. */
export interface OrderTable {
	customer: Int32Array;
	/** Earliest day among the order's lines. */
	day: Int32Array;
	/** Sum of the order's line amounts, integer cents. */
	amountCents: Float64Array;
	/** Number of orders. */
	length: number;
}

/**
 * Aggregate lines into orders.
 * @example
 * // two lines of order 0 (days 5 and 3), one return line as order 1
 * buildOrders([{ customer: Int32Array.of(0, 0, 0), day: Int32Array.of(5, 3, 9),
 *   amountCents: Float64Array.of(1000, 250, -400), order: Int32Array.of(0, 0, 1), attributes: [] }], 2)
 * // → { customer: [0, 0], day: [3, 9], amountCents: [1250, -400], length: 2 }
 */
export function buildOrders(chunks: LineChunk[], orderCount: number): OrderTable {
	const customer = new Int32Array(orderCount).fill(-1);
	const day = new Int32Array(orderCount).fill(2 ** 31 - 1);
	const amountCents = new Float64Array(orderCount);
	for (const chunk of chunks) {
		const n = chunk.order.length;
		for (let i = 0; i < n; i++) {
			const o = chunk.order[i];
			customer[o] = chunk.customer[i];
			if (chunk.day[i] < day[o]) day[o] = chunk.day[i];
			amountCents[o] += chunk.amountCents[i];
		}
	}
	return { customer, day, amountCents, length: orderCount };
}

/** True when an order counts as a purchase (amount > 0). */
export function isPurchase(amountCents: number): boolean {
	return amountCents > 0;
}

/**
 * Latest purchase day among all orders — the default as-of date — or null without purchases.
 * @example latestPurchaseDay({ customer: Int32Array.of(0, 1), day: Int32Array.of(4, 9),
 *   amountCents: Float64Array.of(100, -50), length: 2 }) // → 4
 */
export function latestPurchaseDay(orders: OrderTable): DayNumber | null {
	let latest = -Infinity;
	for (let o = 0; o < orders.length; o++) {
		if (orders.amountCents[o] > 0 && orders.day[o] > latest) latest = orders.day[o];
	}
	return latest === -Infinity ? null : latest;
}
