/**
 * Per-product (or per-category) figures over baskets, and the segment affinity index:
 * - **buyers** of a product: customers with it in at least one basket;
 * - **repeat rate**: buyers with it in two or more baskets ÷ buyers;
 * - **revenue**: net amount of its lines in all orders up to the as-of date (returns included);
 * - **affinity** of a group (segment, tier, lifecycle stage) for a product or category: its share
 *   of the group's baskets ÷ its share of all baskets × 100 (100 = average, 150 = bought in half
 *   as many more of the group's baskets).
 */
import type { Baskets } from './baskets';

/** Baskets grouped by customer: customer c's baskets are `basket[offsets[c]] … basket[offsets[c + 1] − 1]`, oldest order first. */
export interface CustomerBaskets {
	offsets: Int32Array;
	basket: Int32Array;
}

/**
 * Regroup baskets by customer (CSR).
 * @example basketsByCustomer({ count: 3, customer: Int32Array.of(1, 0, 1), … }, 2)
 * // → { offsets: [0, 1, 3], basket: [1, 0, 2] }
 */
export function basketsByCustomer(baskets: Baskets, customerCount: number): CustomerBaskets {
	const offsets = new Int32Array(customerCount + 1);
	for (let k = 0; k < baskets.count; k++) offsets[baskets.customer[k] + 1]++;
	for (let c = 0; c < customerCount; c++) offsets[c + 1] += offsets[c];
	const fill = offsets.slice(0, customerCount);
	const basket = new Int32Array(baskets.count);
	for (let k = 0; k < baskets.count; k++) basket[fill[baskets.customer[k]]++] = k;
	return { offsets, basket };
}

/** Figures per column (a product, or a category when products are mapped to categories). */
export interface ItemStats {
	/** Baskets containing the column. */
	baskets: Int32Array;
	buyers: Int32Array;
	/** Buyers with the column in two or more baskets. */
	repeatBuyers: Int32Array;
	revenueCents: Float64Array;
}

/**
 * Repeat rate = repeat buyers ÷ buyers (0 without buyers).
 * @example repeatRate(3, 12) // → 0.25
 */
export function repeatRate(repeatBuyers: number, buyers: number): number {
	return buyers > 0 ? repeatBuyers / buyers : 0;
}

/**
 * Affinity index = (count ÷ groupBaskets) ÷ (total ÷ baskets) × 100; 0 when undefined.
 * @example affinityIndex(30, 100, 200, 1000) // → 150
 */
export function affinityIndex(
	count: number,
	groupBaskets: number,
	total: number,
	baskets: number
): number {
	return groupBaskets > 0 && total > 0 ? ((count / groupBaskets) * baskets * 100) / total : 0;
}

/**
 * Buyers, repeat buyers, baskets and revenue per product, or per category with `columnOf`
 * (product → column, −1 = none) and `columnCount`.
 * @example itemStats(baskets, byCustomer) // per product: { baskets, buyers, repeatBuyers, revenueCents }
 */
export function itemStats(
	baskets: Baskets,
	byCustomer: CustomerBaskets,
	columnOf: Int32Array | null = null,
	columnCount = baskets.productCount
): ItemStats {
	const { offsets, items } = baskets;
	const basketCount = new Int32Array(columnCount);
	const buyers = new Int32Array(columnCount);
	const repeatBuyers = new Int32Array(columnCount);
	const revenueCents = new Float64Array(columnCount);
	for (let p = 0; p < baskets.productCount; p++) {
		const col = columnOf ? columnOf[p] : p;
		if (col >= 0) revenueCents[col] += baskets.revenueCents[p];
	}
	const lastCustomer = new Int32Array(columnCount).fill(-1);
	const times = new Int32Array(columnCount);
	const lastBasket = new Int32Array(columnCount).fill(-1);
	const customers = byCustomer.offsets.length - 1;
	for (let c = 0; c < customers; c++) {
		for (let at = byCustomer.offsets[c]; at < byCustomer.offsets[c + 1]; at++) {
			const k = byCustomer.basket[at];
			for (let i = offsets[k]; i < offsets[k + 1]; i++) {
				const col = columnOf ? columnOf[items[i]] : items[i];
				if (col < 0 || lastBasket[col] === k) continue;
				lastBasket[col] = k;
				basketCount[col]++;
				if (lastCustomer[col] !== c) {
					lastCustomer[col] = c;
					times[col] = 1;
					buyers[col]++;
				} else if (++times[col] === 2) repeatBuyers[col]++;
			}
		}
	}
	return { baskets: basketCount, buyers, repeatBuyers, revenueCents };
}

/** Baskets by group (rows) and column, for affinity indexes. */
export interface AffinityTable {
	rows: number;
	columns: number;
	/** Baskets per group. */
	rowBaskets: Int32Array;
	/** Row-major rows × columns: baskets of the group containing the column. */
	counts: Int32Array;
	/** Baskets containing each column, all customers. */
	columnBaskets: Int32Array;
	/** All baskets. */
	baskets: number;
}

/**
 * Count baskets by the customer's group (`groupOf[customer]`, values ≥ `rows` mean none) and
 * column (product, or category with `columnOf`). Read indexes with `affinityIndex`.
 * @example affinityTable(baskets, segmentOf, 11, categoryOf, 8).counts // 11 × 8 counts
 */
export function affinityTable(
	baskets: Baskets,
	groupOf: ArrayLike<number>,
	rows: number,
	columnOf: Int32Array | null = null,
	columns = baskets.productCount
): AffinityTable {
	const { offsets, items } = baskets;
	const rowBaskets = new Int32Array(rows);
	const counts = new Int32Array(rows * columns);
	const columnBaskets = new Int32Array(columns);
	const lastBasket = new Int32Array(columns).fill(-1);
	for (let k = 0; k < baskets.count; k++) {
		const g = groupOf[baskets.customer[k]];
		const inGroup = g >= 0 && g < rows;
		if (inGroup) rowBaskets[g]++;
		for (let i = offsets[k]; i < offsets[k + 1]; i++) {
			const col = columnOf ? columnOf[items[i]] : items[i];
			if (col < 0 || lastBasket[col] === k) continue;
			lastBasket[col] = k;
			columnBaskets[col]++;
			if (inGroup) counts[g * columns + col]++;
		}
	}
	return { rows, columns, rowBaskets, counts, columnBaskets, baskets: baskets.count };
}

/**
 * Customers who bought any product of `products` (a mask by product index): 1 for a customer
 * with such a product in at least one basket. "Bought" here is "in a basket" (see `baskets.ts`).
 * @example customersWhoBought(baskets, Uint8Array.of(0, 1, 0)) // → per customer 1 or 0
 */
export function customersWhoBought(
	baskets: Baskets,
	products: Uint8Array,
	customerCount: number
): Uint8Array {
	const out = new Uint8Array(customerCount);
	const { offsets, items } = baskets;
	for (let k = 0; k < baskets.count; k++) {
		const c = baskets.customer[k];
		if (out[c]) continue;
		for (let i = offsets[k]; i < offsets[k + 1]; i++) {
			if (products[items[i]]) {
				out[c] = 1;
				break;
			}
		}
	}
	return out;
}
