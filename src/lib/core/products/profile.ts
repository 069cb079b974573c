/**
 * A product's profile: who buys it (buyers by segment, tier and lifecycle stage; new buyers —
 * whose first purchase contained it — against returning ones) and what it is bought with.
 */
import type { Baskets } from './baskets';
import { confidence, lift, MAX_BASKET_PRODUCTS } from './pairs';
import type { CustomerBaskets } from './stats';

/** Who buys a product and what with. */
export interface ProductProfile {
	product: number;
	buyers: number;
	/** Buyers per segment, tier and stage index (length = number of groups). */
	bySegment: Int32Array;
	byTier: Int32Array;
	byStage: Int32Array;
	/** Buyers whose first basket (first purchase) contains the product. */
	newBuyers: number;
	/** Buyers who first bought it in a later basket. */
	returningBuyers: number;
	/** Products bought with it, most baskets in common first, then by index (up to 10). */
	boughtWith: { product: number; both: number; confidence: number; lift: number }[];
}

/** Per-customer group indexes (values ≥ the group count mean none). */
export interface CustomerGroups {
	segment: ArrayLike<number>;
	tier: ArrayLike<number>;
	stage: ArrayLike<number>;
	segments: number;
	tiers: number;
	stages: number;
}

/**
 * The profile of one product; `basketsOf` is the baskets of each product (`itemStats(…).baskets`).
 * Bought-with counts follow `countPairs` (baskets above `MAX_BASKET_PRODUCTS` left out).
 * @example productProfile(0, baskets, byCustomer, groups, stats.baskets).newBuyers // → 2
 */
export function productProfile(
	product: number,
	baskets: Baskets,
	byCustomer: CustomerBaskets,
	groups: CustomerGroups,
	basketsOf: Int32Array
): ProductProfile {
	const bySegment = new Int32Array(groups.segments);
	const byTier = new Int32Array(groups.tiers);
	const byStage = new Int32Array(groups.stages);
	let buyers = 0;
	let newBuyers = 0;
	const customers = byCustomer.offsets.length - 1;
	for (let c = 0; c < customers; c++) {
		const first = byCustomer.offsets[c];
		let firstWith = -1;
		for (let at = first; at < byCustomer.offsets[c + 1] && firstWith < 0; at++) {
			if (contains(baskets, byCustomer.basket[at], product)) firstWith = at;
		}
		if (firstWith < 0) continue;
		buyers++;
		if (firstWith === first) newBuyers++;
		count(bySegment, groups.segment[c]);
		count(byTier, groups.tier[c]);
		count(byStage, groups.stage[c]);
	}
	const together = new Int32Array(baskets.productCount);
	for (let k = 0; k < baskets.count; k++) {
		const size = baskets.offsets[k + 1] - baskets.offsets[k];
		if (size > MAX_BASKET_PRODUCTS || !contains(baskets, k, product)) continue;
		for (let i = baskets.offsets[k]; i < baskets.offsets[k + 1]; i++) together[baskets.items[i]]++;
	}
	together[product] = 0;
	const others: number[] = [];
	for (let p = 0; p < together.length; p++) if (together[p] > 0) others.push(p);
	others.sort((x, y) => together[y] - together[x] || x - y);
	const own = basketsOf[product];
	const boughtWith = others.slice(0, 10).map((other) => ({
		product: other,
		both: together[other],
		confidence: confidence(together[other], own),
		lift: lift(together[other], own, basketsOf[other], baskets.count)
	}));
	return {
		product,
		buyers,
		bySegment,
		byTier,
		byStage,
		newBuyers,
		returningBuyers: buyers - newBuyers,
		boughtWith
	};
}

function count(into: Int32Array, group: number): void {
	if (group >= 0 && group < into.length) into[group]++;
}

/** True when basket k contains the product (items are sorted: binary search). */
function contains(baskets: Baskets, k: number, product: number): boolean {
	let lo = baskets.offsets[k];
	let hi = baskets.offsets[k + 1] - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const p = baskets.items[mid];
		if (p === product) return true;
		if (p < product) lo = mid + 1;
		else hi = mid - 1;
	}
	return false;
}
