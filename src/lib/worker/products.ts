/**
 * The products work of the analysis worker (issue 12): baskets, figures, affinity, pairs,
 * profiles and next products of the active dataset, under its saved settings. Baskets and
 * everything settings-dependent are kept in memory for the latest (dataset, settings); pairs are
 * counted for each query (one segment's baskets, a minimum of baskets in common). The response to
 * the first query under a (dataset, settings) is also stored in IndexedDB, so a reopened page shows
 * it without reading the dataset back.
 */
import type { AnalysisResult } from '$lib/core/analytics/types';
import type { ProductDictionary } from '$lib/core/columns';
import {
	affinityTable,
	basketsByCustomer,
	buildBaskets,
	countPairs,
	customersWhoBought,
	itemStats,
	MIN_PAIR_BASKETS,
	neighbours,
	productProfile,
	recommendProducts,
	RECOMMENDATIONS,
	segmentFavourites,
	topColumns,
	type AffinityTable,
	type Baskets,
	type CustomerBaskets,
	type ItemStats,
	type PairTable,
	type ProductProfile
} from '$lib/core/products';
import { db } from '$lib/db/schema';
import { analysisOf, cacheResult, loadDataset, settingsOf } from './engine';

/** What the products page asks for. */
export interface ProductsQuery {
	/** Only the baskets of this segment's customers (index into the analysis' segments), or all. */
	segment: number | null;
	/** Minimum `baskets_both` of a listed pair. */
	minBaskets: number;
	/** Most pairs listed (most baskets in common first). */
	limit: number;
}

/** Groupings affinity is shown by. */
export type AffinityGrouping = 'segment' | 'tier' | 'stage';

export interface ProductsResponse {
	/** False when the dataset has no product column: everything else is empty. */
	hasProducts: boolean;
	products: ProductDictionary;
	/** Baskets up to the as-of date. */
	baskets: number;
	productStats: ItemStats;
	categoryStats: ItemStats;
	/** Baskets by group × column, for affinity indexes. */
	affinity: Record<AffinityGrouping, AffinityTable>;
	/**
	 * What the affinity columns are: every category, or — in a dataset without categories — the
	 * `AFFINITY_PRODUCTS` products in the most baskets (indexes into categories or products).
	 */
	affinityColumns: { kind: 'category' | 'product'; index: Int32Array };
	/** Per segment: its top category and top product (`topColumns`), −1 when none. */
	segmentTop: { category: Int32Array; product: Int32Array };
	/** The listed pairs: at most `query.limit` of them. */
	pairs: PairTable;
	/** Pairs that meet the filters, listed or not. */
	pairCount: number;
	millis: number;
}

interface ProductData {
	key: string;
	products: ProductDictionary;
	result: AnalysisResult;
	baskets: Baskets;
	byCustomer: CustomerBaskets;
	productStats: ItemStats;
	categoryStats: ItemStats;
	affinity: Record<AffinityGrouping, AffinityTable>;
	affinityColumns: ProductsResponse['affinityColumns'];
	segmentTop: ProductsResponse['segmentTop'];
	recommendations: Int32Array | null;
}

const EMPTY_DICTIONARY: ProductDictionary = {
	ids: [],
	names: [],
	category: new Int32Array(0),
	categories: []
};

let cached: Promise<ProductData> | null = null;
let cachedKey = '';

/** Baskets and settings-dependent figures of a dataset, computed once per (dataset, settings). */
async function productData(datasetId: string): Promise<ProductData> {
	const settings = await settingsOf(datasetId);
	const key = `${datasetId}|${JSON.stringify(settings)}`;
	if (cached && cachedKey === key) return cached;
	cachedKey = key;
	cached = (async () => {
		const [{ result }, dataset] = await Promise.all([
			analysisOf(datasetId, settings),
			loadDataset(datasetId)
		]);
		const { columns } = dataset;
		const products = columns.products ?? EMPTY_DICTIONARY;
		const customerCount = columns.customerIds.length;
		const baskets = buildBaskets(
			columns.chunks,
			columns.orderCount,
			products.ids.length,
			result.asOfDay
		);
		const byCustomer = basketsByCustomer(baskets, customerCount);
		const categoryCount = products.categories.length;
		const productStats = itemStats(baskets, byCustomer);
		const affinityColumns = columnsOfAffinity(products, productStats);
		const columnOf =
			affinityColumns.kind === 'category'
				? products.category
				: columnMap(affinityColumns.index, products);
		const t = result.customers;
		const byGroup = (groupOf: Uint8Array, rows: number) =>
			affinityTable(baskets, groupOf, rows, columnOf, affinityColumns.index.length);
		const segments = result.segments.length;
		const segmentTop = {
			category:
				categoryCount > 0
					? topColumns(
							affinityTable(baskets, t.segment, segments, products.category, categoryCount)
						)
					: new Int32Array(segments).fill(-1),
			product: topColumns(affinityTable(baskets, t.segment, segments))
		};
		return {
			key,
			products,
			result,
			baskets,
			byCustomer,
			productStats,
			categoryStats: itemStats(baskets, byCustomer, products.category, categoryCount),
			affinityColumns,
			segmentTop,
			affinity: {
				segment: byGroup(t.segment, result.segments.length),
				tier: byGroup(t.tier, result.tiers.length),
				stage: byGroup(t.stage, result.stages.length)
			},
			recommendations: null
		};
	})();
	cached.catch(() => {
		if (cachedKey === key) cached = null;
	});
	return cached;
}

/** Products shown as affinity columns when the dataset has no categories. */
export const AFFINITY_PRODUCTS = 15;

function columnsOfAffinity(
	products: ProductDictionary,
	stats: ItemStats
): ProductsResponse['affinityColumns'] {
	if (products.categories.length > 0) {
		return { kind: 'category', index: Int32Array.from(products.categories, (_, i) => i) };
	}
	const order = Array.from(stats.baskets.keys())
		.filter((p) => stats.baskets[p] > 0)
		.sort((x, y) => stats.baskets[y] - stats.baskets[x] || x - y);
	return { kind: 'product', index: Int32Array.from(order.slice(0, AFFINITY_PRODUCTS)) };
}

/** Product → affinity column (−1: not shown). */
function columnMap(shown: Int32Array, products: ProductDictionary): Int32Array {
	const map = new Int32Array(products.ids.length).fill(-1);
	shown.forEach((p, column) => (map[p] = column));
	return map;
}

/** First `limit` pairs of a table. */
function firstPairs(table: PairTable, limit: number): PairTable {
	const n = Math.min(limit, table.a.length);
	return { ...table, a: table.a.slice(0, n), b: table.b.slice(0, n), both: table.both.slice(0, n) };
}

/** Bump when the response's shape or a definition changes, so stale cached responses are ignored. */
const PRODUCTS_CACHE_VERSION = 1;
/** Cached products responses kept per dataset. */
const KEEP = 3;

/** A stored products response and the query it answers (the page's opening one). */
interface CachedProducts {
	query: ProductsQuery;
	response: ProductsResponse;
}

/** Forget the in-memory baskets and figures (after deleting a dataset; tests). */
export function forgetProducts() {
	cached = null;
	cachedKey = '';
}

/**
 * The products page's figures and the pairs under a query: from the IndexedDB cache when the
 * same query was answered before under the dataset's settings, otherwise computed (and stored
 * when nothing is stored yet for those settings).
 */
export async function productsOf(
	datasetId: string,
	query: ProductsQuery
): Promise<ProductsResponse> {
	const t0 = performance.now();
	const settings = await settingsOf(datasetId);
	const key = `${datasetId}|products|v${PRODUCTS_CACHE_VERSION}|${JSON.stringify(settings)}`;
	const hit = (await db.results.get(key))?.value as CachedProducts | undefined;
	if (hit && JSON.stringify(hit.query) === JSON.stringify(query))
		return { ...hit.response, millis: performance.now() - t0 };
	const response = await computeProducts(datasetId, query);
	response.millis = performance.now() - t0;
	if (!hit) {
		const value: CachedProducts = { query, response };
		await cacheResult(datasetId, `${datasetId}|products|`, key, value, KEEP);
	}
	return response;
}

async function computeProducts(datasetId: string, query: ProductsQuery): Promise<ProductsResponse> {
	const data = await productData(datasetId);
	const segmentOf = data.result.customers.segment;
	const segment = query.segment;
	const pairs = countPairs(data.baskets, {
		minBaskets: query.minBaskets,
		includeCustomer: segment === null ? undefined : (c) => segmentOf[c] === segment
	});
	return {
		hasProducts: data.products.ids.length > 0,
		products: data.products,
		baskets: data.baskets.count,
		productStats: data.productStats,
		categoryStats: data.categoryStats,
		affinity: data.affinity,
		affinityColumns: data.affinityColumns,
		segmentTop: data.segmentTop,
		pairs: firstPairs(pairs, Math.max(0, query.limit)),
		pairCount: pairs.a.length,
		millis: 0
	};
}

/** Who buys one product, and what with; null when the index is not a product. */
export async function productProfileOf(
	datasetId: string,
	product: number
): Promise<ProductProfile | null> {
	const data = await productData(datasetId);
	if (!(product >= 0 && product < data.products.ids.length)) return null;
	const { result } = data;
	return productProfile(
		product,
		data.baskets,
		data.byCustomer,
		{
			segment: result.customers.segment,
			tier: result.customers.tier,
			stage: result.customers.stage,
			segments: result.segments.length,
			tiers: result.tiers.length,
			stages: result.stages.length
		},
		data.productStats.baskets
	);
}

/** Next products of every customer (`RECOMMENDATIONS` slots each, −1 empty), null without products. */
export async function recommendationsOf(
	datasetId: string
): Promise<{ slots: Int32Array; products: ProductDictionary } | null> {
	const data = await productData(datasetId);
	if (data.products.ids.length === 0) return null;
	if (!data.recommendations) {
		const segmentOf = data.result.customers.segment;
		const all = countPairs(data.baskets, { minBaskets: MIN_PAIR_BASKETS });
		data.recommendations = recommendProducts(
			data.baskets,
			data.byCustomer,
			neighbours(all, data.products.ids.length),
			segmentFavourites(data.baskets, data.byCustomer, segmentOf, data.result.segments.length),
			segmentOf
		);
	}
	return { slots: data.recommendations, products: data.products };
}

/** Ids of one customer's next products, best first. */
export function recommendedIds(
	slots: Int32Array,
	products: ProductDictionary,
	customer: number
): string[] {
	const ids: string[] = [];
	for (let k = 0; k < RECOMMENDATIONS; k++) {
		const p = slots[customer * RECOMMENDATIONS + k];
		if (p >= 0) ids.push(products.ids[p]);
	}
	return ids;
}

/** What the customers page filters on: customers who bought a product, or any of a category. */
export interface BoughtFilter {
	/** A product id. */
	product?: string | null;
	/** A category name. */
	category?: string | null;
}

/** Per customer: 1 when they bought the product or a product of the category (both: either). */
export async function productBuyersOf(
	datasetId: string,
	filter: BoughtFilter
): Promise<Uint8Array> {
	const data = await productData(datasetId);
	const { products } = data;
	const wanted = new Uint8Array(products.ids.length);
	const product = filter.product ? products.ids.indexOf(filter.product) : -1;
	if (product >= 0) wanted[product] = 1;
	const category = filter.category ? products.categories.indexOf(filter.category) : -1;
	if (category >= 0)
		for (let p = 0; p < wanted.length; p++) if (products.category[p] === category) wanted[p] = 1;
	return customersWhoBought(data.baskets, wanted, data.result.customers.scored.length);
}
