/**
 * **Next products** for each customer: up to `RECOMMENDATIONS` products the customer has not
 * bought yet (in no basket up to the as-of date).
 *
 * 1. Item-to-item: every pair with `baskets_both ≥ MIN_PAIR_BASKETS` and lift > 1 links its two
 *    products; each product keeps its `NEIGHBOURS` strongest links by lift. A candidate's score is
 *    the sum of the lifts of the links from the products the customer bought; the highest scores
 *    win (ties: more links, then the lower product index).
 * 2. Fallback: the rest of the slots go to the favourites of the customer's segment — products with
 *    the most buyers in that segment — that the customer has not bought and was not offered yet.
 */
import type { Baskets } from './baskets';
import { lift, type PairTable } from './pairs';
import type { CustomerBaskets } from './stats';

/** Products recommended per customer. */
export const RECOMMENDATIONS = 3;
/** Pairs seen in fewer baskets than this are too thin to recommend from. */
export const MIN_PAIR_BASKETS = 3;
/** Links kept per product (the strongest by lift). */
export const NEIGHBOURS = 20;
/** Favourites kept per segment for the fallback. */
const FAVOURITES = 50;

/** Per product, its strongest links: `product[offsets[p]] …` with their lifts. */
export interface Neighbours {
	offsets: Int32Array;
	product: Int32Array;
	lift: Float64Array;
}

/**
 * The item-to-item links of a pair table (built over all baskets).
 * @example neighbours(pairs).product // products linked to product 0 first, by lift
 */
export function neighbours(pairs: PairTable, productCount: number): Neighbours {
	const { a, b, both, basketsOf, baskets } = pairs;
	const degree = new Int32Array(productCount + 1);
	const keep: number[] = [];
	const lifts = new Float64Array(a.length);
	for (let i = 0; i < a.length; i++) {
		if (both[i] < MIN_PAIR_BASKETS) continue;
		lifts[i] = lift(both[i], basketsOf[a[i]], basketsOf[b[i]], baskets);
		if (lifts[i] <= 1) continue;
		keep.push(i);
		degree[a[i] + 1]++;
		degree[b[i] + 1]++;
	}
	for (let p = 0; p < productCount; p++) degree[p + 1] += degree[p];
	const fill = degree.slice(0, productCount);
	const all = new Int32Array(degree[productCount]);
	const allLift = new Float64Array(degree[productCount]);
	for (const i of keep) {
		all[fill[a[i]]] = b[i];
		allLift[fill[a[i]]++] = lifts[i];
		all[fill[b[i]]] = a[i];
		allLift[fill[b[i]]++] = lifts[i];
	}
	const offsets = new Int32Array(productCount + 1);
	const product: number[] = [];
	const liftOut: number[] = [];
	for (let p = 0; p < productCount; p++) {
		const order = Array.from({ length: degree[p + 1] - degree[p] }, (_, j) => degree[p] + j);
		order.sort((x, y) => allLift[y] - allLift[x] || all[x] - all[y]);
		for (const at of order.slice(0, NEIGHBOURS)) {
			product.push(all[at]);
			liftOut.push(allLift[at]);
		}
		offsets[p + 1] = product.length;
	}
	return { offsets, product: Int32Array.from(product), lift: Float64Array.from(liftOut) };
}

/**
 * Per segment, its products with the most buyers (most first, ties by index), up to 50.
 * @example segmentFavourites(baskets, byCustomer, segmentOf, 11)[0] // → Int32Array of products
 */
export function segmentFavourites(
	baskets: Baskets,
	byCustomer: CustomerBaskets,
	segmentOf: ArrayLike<number>,
	segments: number
): Int32Array[] {
	const P = baskets.productCount;
	const buyers = new Int32Array(segments * P);
	const stamp = new Int32Array(P).fill(-1);
	const customers = byCustomer.offsets.length - 1;
	for (let c = 0; c < customers; c++) {
		const s = segmentOf[c];
		if (s >= segments) continue;
		forEachProduct(baskets, byCustomer, c, (p) => {
			if (stamp[p] === c) return;
			stamp[p] = c;
			buyers[s * P + p]++;
		});
	}
	return Array.from({ length: segments }, (_, s) => {
		const row = buyers.subarray(s * P, (s + 1) * P);
		const order: number[] = [];
		for (let p = 0; p < P; p++) if (row[p] > 0) order.push(p);
		order.sort((x, y) => row[y] - row[x] || x - y);
		return Int32Array.from(order.slice(0, FAVOURITES));
	});
}

function forEachProduct(
	baskets: Baskets,
	byCustomer: CustomerBaskets,
	c: number,
	visit: (product: number) => void
): void {
	for (let at = byCustomer.offsets[c]; at < byCustomer.offsets[c + 1]; at++) {
		const k = byCustomer.basket[at];
		for (let i = baskets.offsets[k]; i < baskets.offsets[k + 1]; i++) visit(baskets.items[i]);
	}
}

/**
 * Next products of every customer: `RECOMMENDATIONS` slots per customer (row-major), −1 when empty
 * (customers without baskets get none).
 * @example
 * // customer 0 bought A; A–B has lift 2 over 3 baskets → [B, (segment favourites…)]
 * recommendProducts(baskets, byCustomer, neighbours(pairs, 3), favourites, segmentOf)
 */
export function recommendProducts(
	baskets: Baskets,
	byCustomer: CustomerBaskets,
	links: Neighbours,
	favourites: Int32Array[],
	segmentOf: ArrayLike<number>
): Int32Array {
	const customers = byCustomer.offsets.length - 1;
	const P = baskets.productCount;
	const out = new Int32Array(customers * RECOMMENDATIONS).fill(-1);
	const bought = new Int32Array(P).fill(-1);
	const scored = new Int32Array(P).fill(-1);
	const score = new Float64Array(P);
	const votes = new Int32Array(P);
	const candidates = new Int32Array(P);
	const mine = new Int32Array(P);
	const { offsets, items } = baskets;
	for (let c = 0; c < customers; c++) {
		if (byCustomer.offsets[c] === byCustomer.offsets[c + 1]) continue;
		// Typed arrays and plain loops: this runs for every customer (96k on the 1M-line bench).
		let owned = 0;
		for (let at = byCustomer.offsets[c]; at < byCustomer.offsets[c + 1]; at++) {
			const k = byCustomer.basket[at];
			for (let i = offsets[k]; i < offsets[k + 1]; i++) {
				const p = items[i];
				if (bought[p] === c) continue;
				bought[p] = c;
				mine[owned++] = p;
			}
		}
		let n = 0;
		for (let m = 0; m < owned; m++) {
			const p = mine[m];
			for (let at = links.offsets[p]; at < links.offsets[p + 1]; at++) {
				const q = links.product[at];
				if (bought[q] === c) continue;
				if (scored[q] !== c) {
					scored[q] = c;
					score[q] = 0;
					votes[q] = 0;
					candidates[n++] = q;
				}
				score[q] += links.lift[at];
				votes[q]++;
			}
		}
		// The best few by selection: cheaper than sorting every candidate.
		let filled = 0;
		const base = c * RECOMMENDATIONS;
		while (filled < RECOMMENDATIONS && filled < n) {
			let best = filled;
			for (let i = filled + 1; i < n; i++) {
				const x = candidates[i];
				const y = candidates[best];
				if (
					score[x] > score[y] ||
					(score[x] === score[y] && (votes[x] > votes[y] || (votes[x] === votes[y] && x < y)))
				)
					best = i;
			}
			const chosen = candidates[best];
			candidates[best] = candidates[filled];
			candidates[filled] = chosen;
			out[base + filled++] = chosen;
		}
		const own = favourites[segmentOf[c]] ?? new Int32Array(0);
		for (let i = 0; i < own.length && filled < RECOMMENDATIONS; i++) {
			const q = own[i];
			if (bought[q] === c || scored[q] === c) continue;
			scored[q] = c;
			out[base + filled++] = q;
		}
	}
	return out;
}
