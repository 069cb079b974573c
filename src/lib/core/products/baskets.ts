/**
 * **Basket** — a purchase (an order with a positive net total, see `orders.ts`) dated up to the
 * as-of date. A product is **in** a basket when its net quantity over the order's lines is
 * positive (its net amount when the dataset has no quantity column), so a return line inside the
 * order can cancel a product while the order stays a purchase. An order that nets to a return is
 * no basket at all.
 *
 * Baskets are built once per dataset and as-of date as a CSR table of product indexes (typed
 * arrays only, never one object per line or per basket).
 */
import type { DayNumber } from '../calendar';
import type { LineChunk } from '../columns';
import { buildOrders, isPurchase } from '../orders';

/** Baskets as parallel typed arrays, in order-index order. */
export interface Baskets {
	/** Number of baskets. */
	count: number;
	productCount: number;
	/** Products of basket k: `items[offsets[k]] … items[offsets[k + 1] − 1]`, ascending. */
	offsets: Int32Array;
	items: Int32Array;
	/** Customer index of each basket. */
	customer: Int32Array;
	/** Day of each basket (its order's earliest line). */
	day: Int32Array;
	/** Per product: net amount of its lines in all orders dated up to the as-of date, cents. */
	revenueCents: Float64Array;
}

/** Quantities closer to zero than this count as zero (decimal quantities that cancel out). */
const EPSILON = 1e-9;

/**
 * True when every chunk carries quantities, so "in a basket" is decided on net quantity.
 * @example hasQuantities([{ customer: Int32Array.of(0), day: Int32Array.of(1), amountCents: Float64Array.of(5),
 *   order: Int32Array.of(0), attributes: [] }]) // → false
 */
export function hasQuantities(chunks: readonly LineChunk[]): boolean {
	return chunks.length > 0 && chunks.every((chunk) => chunk.quantity !== undefined);
}

/**
 * Build the baskets of a dataset up to `asOfDay` (none when it is null). Lines without a product
 * (−1) count towards the order's total but are in no basket; a NaN quantity counts as 0.
 * @example
 * // order 0: A ×2, B ×1, B ×−1 (returned in the same order); order 1 nets to a return
 * buildBaskets([{ customer: Int32Array.of(0, 0, 0, 0), day: Int32Array.of(3, 3, 3, 4),
 *   amountCents: Float64Array.of(400, 150, -150, -90), order: Int32Array.of(0, 0, 0, 1),
 *   attributes: [], product: Int32Array.of(0, 1, 1, 0), quantity: Float64Array.of(2, 1, -1, -1) }],
 *   2, 2, 10)
 * // → { count: 1, offsets: [0, 1], items: [0], customer: [0], day: [3], revenueCents: [310, 0], … }
 */
export function buildBaskets(
	chunks: readonly LineChunk[],
	orderCount: number,
	productCount: number,
	asOfDay: DayNumber | null
): Baskets {
	const orders = buildOrders(chunks as LineChunk[], orderCount);
	const last = asOfDay ?? -Infinity;
	const byQuantity = hasQuantities(chunks);
	const revenueCents = new Float64Array(productCount);
	// Product lines per basket order, then the lines themselves grouped by order (CSR).
	const basketOf = new Int32Array(orderCount).fill(-1);
	let count = 0;
	for (let o = 0; o < orderCount; o++) {
		if (isPurchase(orders.amountCents[o]) && orders.day[o] <= last) basketOf[o] = count++;
	}
	const lineStart = new Int32Array(count + 1);
	for (const chunk of chunks) {
		const product = chunk.product;
		if (!product) continue;
		for (let i = 0; i < product.length; i++) {
			const p = product[i];
			if (p < 0) continue;
			const o = chunk.order[i];
			if (orders.day[o] <= last) revenueCents[p] += chunk.amountCents[i];
			const k = basketOf[o];
			if (k >= 0) lineStart[k + 1]++;
		}
	}
	for (let k = 0; k < count; k++) lineStart[k + 1] += lineStart[k];
	const lineProduct = new Int32Array(lineStart[count]);
	const lineValue = new Float64Array(lineStart[count]);
	const fill = lineStart.slice(0, count);
	for (const chunk of chunks) {
		const product = chunk.product;
		if (!product) continue;
		const quantity = chunk.quantity;
		for (let i = 0; i < product.length; i++) {
			const p = product[i];
			const k = p < 0 ? -1 : basketOf[chunk.order[i]];
			if (k < 0) continue;
			const at = fill[k]++;
			lineProduct[at] = p;
			const value = byQuantity ? (quantity as Float64Array)[i] : chunk.amountCents[i];
			lineValue[at] = value === value ? value : 0;
		}
	}
	// Net value per product within each basket; keep the positive ones.
	const net = new Float64Array(productCount);
	const seen = new Int32Array(productCount).fill(-1);
	const offsets = new Int32Array(count + 1);
	const items = new Int32Array(lineProduct.length);
	const customer = new Int32Array(count);
	const day = new Int32Array(count);
	let size = 0;
	for (let o = 0; o < orderCount; o++) {
		const k = basketOf[o];
		if (k < 0) continue;
		customer[k] = orders.customer[o];
		day[k] = orders.day[o];
		const start = size;
		for (let at = lineStart[k]; at < lineStart[k + 1]; at++) {
			const p = lineProduct[at];
			if (seen[p] !== k) {
				seen[p] = k;
				net[p] = 0;
				items[size++] = p;
			}
			net[p] += lineValue[at];
		}
		let kept = start;
		for (let at = start; at < size; at++) if (net[items[at]] > EPSILON) items[kept++] = items[at];
		size = kept;
		items.subarray(start, size).sort();
		offsets[k + 1] = size;
	}
	return {
		count,
		productCount,
		offsets,
		items: items.slice(0, size),
		customer,
		day,
		revenueCents
	};
}
