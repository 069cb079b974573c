/**
 * The settings-independent part of an analysis, computed once per dataset: orders regrouped by
 * customer (CSR layout) and sorted by day inside each customer, so that "orders up to D" is a
 * prefix of every customer's run.
 */
import { monthIndexFromDay } from '../calendar';
import type { DayNumber } from '../calendar';
import type { OrderTable } from '../orders';

/** Orders by customer then day, as parallel typed arrays. */
export interface PreparedOrders {
	customerCount: number;
	/** Orders of customer c are at positions offsets[c] … offsets[c + 1] − 1, oldest first. */
	offsets: Int32Array;
	day: Int32Array;
	/** Month index of `day` (months since 1970-01). */
	month: Int32Array;
	amountCents: Float64Array;
	/** Latest day of an order with amount > 0 (the default as-of date), null without purchases. */
	latestPurchaseDay: DayNumber | null;
	/** Latest day of any order, null without orders. */
	latestOrderDay: DayNumber | null;
}

/** Above this many days between the first and last order, sort by comparison instead of counting. */
const MAX_COUNTING_RANGE = 1 << 22;

/**
 * Regroup orders by customer, oldest first. Orders whose customer is outside 0 … customerCount − 1
 * (e.g. unused order slots, customer −1) are dropped. Ties on a day keep the input order.
 * @example
 * prepare({ customer: Int32Array.of(1, 0, 1), day: Int32Array.of(9, 4, 2),
 *   amountCents: Float64Array.of(500, 100, -50), length: 3 }, 2)
 * // → offsets [0, 1, 3], day [4, 2, 9], amountCents [100, -50, 500], latestPurchaseDay 9,
 *   latestOrderDay 9
 */
export function prepare(orders: OrderTable, customerCount: number): PreparedOrders {
	const byDay = ordersByDay(orders, customerCount);
	const offsets = new Int32Array(customerCount + 1);
	for (let k = 0; k < byDay.length; k++) offsets[orders.customer[byDay[k]] + 1]++;
	for (let c = 0; c < customerCount; c++) offsets[c + 1] += offsets[c];
	const kept = offsets[customerCount];
	const day = new Int32Array(kept);
	const amountCents = new Float64Array(kept);
	const next = offsets.slice(0, customerCount);
	let latest = -Infinity;
	let latestOrder = -Infinity;
	// A stable placement of day-sorted orders leaves every customer's run sorted by day.
	for (let k = 0; k < byDay.length; k++) {
		const o = byDay[k];
		const at = next[orders.customer[o]]++;
		day[at] = orders.day[o];
		amountCents[at] = orders.amountCents[o];
		if (amountCents[at] > 0 && day[at] > latest) latest = day[at];
		if (day[at] > latestOrder) latestOrder = day[at];
	}
	return {
		customerCount,
		offsets,
		day,
		month: monthsOfDays(day),
		amountCents,
		latestPurchaseDay: latest === -Infinity ? null : latest,
		latestOrderDay: latestOrder === -Infinity ? null : latestOrder
	};
}

/** Indexes of the orders with a valid customer, stably sorted by day. */
function ordersByDay(orders: OrderTable, customerCount: number): Int32Array {
	let first = Infinity;
	let last = -Infinity;
	let valid = 0;
	for (let o = 0; o < orders.length; o++) {
		const c = orders.customer[o];
		if (c < 0 || c >= customerCount) continue;
		valid++;
		const d = orders.day[o];
		if (d < first) first = d;
		if (d > last) last = d;
	}
	const result = new Int32Array(valid);
	if (valid === 0) return result;
	if (last - first >= MAX_COUNTING_RANGE) {
		let k = 0;
		for (let o = 0; o < orders.length; o++) {
			const c = orders.customer[o];
			if (c >= 0 && c < customerCount) result[k++] = o;
		}
		// The index tie-break keeps the order stable whatever the engine's sort.
		return result.sort((a, b) => orders.day[a] - orders.day[b] || a - b);
	}
	const starts = new Int32Array(last - first + 2);
	for (let o = 0; o < orders.length; o++) {
		const c = orders.customer[o];
		if (c >= 0 && c < customerCount) starts[orders.day[o] - first + 1]++;
	}
	for (let i = 1; i < starts.length; i++) starts[i] += starts[i - 1];
	for (let o = 0; o < orders.length; o++) {
		const c = orders.customer[o];
		if (c >= 0 && c < customerCount) result[starts[orders.day[o] - first]++] = o;
	}
	return result;
}

/** Month index of every day, computing each distinct day once. */
function monthsOfDays(days: Int32Array): Int32Array {
	const months = new Int32Array(days.length);
	let first = Infinity;
	let last = -Infinity;
	for (let i = 0; i < days.length; i++) {
		if (days[i] < first) first = days[i];
		if (days[i] > last) last = days[i];
	}
	if (days.length === 0) return months;
	if (last - first >= Math.max(4 * days.length, 4096)) {
		for (let i = 0; i < days.length; i++) months[i] = monthIndexFromDay(days[i]);
		return months;
	}
	const table = new Int32Array(last - first + 1);
	for (let d = first; d <= last; d++) table[d - first] = monthIndexFromDay(d);
	for (let i = 0; i < days.length; i++) months[i] = table[days[i] - first];
	return months;
}
