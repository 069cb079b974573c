/**
 * Raw R, F and M of every customer as of a date, from prepared orders: one pass over each
 * customer's run of orders up to D.
 */
import type { DayNumber } from '../calendar';
import type { PreparedOrders } from './prepare';

/** Per-customer raw values as of `asOfDay`; arrays have length customerCount. */
export interface CustomerStats {
	asOfDay: DayNumber;
	/** 1 when the customer has a purchase (order amount > 0) up to D. */
	scored: Uint8Array;
	scoredCount: number;
	/** 0 for unscored customers. */
	firstPurchaseDay: Int32Array;
	lastPurchaseDay: Int32Array;
	recencyDays: Int32Array;
	frequency: Int32Array;
	/** Net amount of all orders up to D (returns included), also for unscored customers. */
	monetaryCents: Float64Array;
	/** End (exclusive) of each customer's orders up to D in the prepared arrays. */
	end: Int32Array;
}

/**
 * R, F and M of every customer as of D: orders dated after D are ignored; frequency counts orders
 * with amount > 0; monetary is the net amount of all orders (returns included); recency is D minus
 * the last purchase day.
 * @example
 * // customer 0: +100 on day 2, −30 on day 5, +50 on day 9; as of day 6
 * customerStatsAt(prepare({ customer: Int32Array.of(0, 0, 0), day: Int32Array.of(2, 5, 9),
 *   amountCents: Float64Array.of(100, -30, 50), length: 3 }, 1), 6)
 * // → scored [1], frequency [1], monetaryCents [70], lastPurchaseDay [2], recencyDays [4]
 */
export function customerStatsAt(prepared: PreparedOrders, asOfDay: DayNumber): CustomerStats {
	const { customerCount, offsets, day, amountCents } = prepared;
	const scored = new Uint8Array(customerCount);
	const firstPurchaseDay = new Int32Array(customerCount);
	const lastPurchaseDay = new Int32Array(customerCount);
	const recencyDays = new Int32Array(customerCount);
	const frequency = new Int32Array(customerCount);
	const monetaryCents = new Float64Array(customerCount);
	const end = new Int32Array(customerCount);
	let scoredCount = 0;
	for (let c = 0; c < customerCount; c++) {
		const stop = offsets[c + 1];
		let i = offsets[c];
		let purchases = 0;
		let net = 0;
		let first = 0;
		let last = 0;
		for (; i < stop && day[i] <= asOfDay; i++) {
			const amount = amountCents[i];
			net += amount;
			if (amount > 0) {
				if (purchases === 0) first = day[i];
				last = day[i];
				purchases++;
			}
		}
		end[c] = i;
		monetaryCents[c] = net;
		if (purchases > 0) {
			scored[c] = 1;
			scoredCount++;
			firstPurchaseDay[c] = first;
			lastPurchaseDay[c] = last;
			recencyDays[c] = asOfDay - last;
			frequency[c] = purchases;
		}
	}
	return {
		asOfDay,
		scored,
		scoredCount,
		firstPurchaseDay,
		lastPurchaseDay,
		recencyDays,
		frequency,
		monetaryCents,
		end
	};
}
