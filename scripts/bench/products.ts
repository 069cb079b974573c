/**
 * Products benchmark (issue 12): baskets, pairs, affinity and next products on the 1M-line bench
 * shape — the demo shop that `npm run gen` writes into `.bench/uci-1000000.csv`, generated here
 * straight into columns (same seed and generator, so the same lines). Node, one thread: the
 * worker runs the same code. Prints medians and bests; asserts nothing.
 *
 *   npx tsx scripts/bench/products.ts [--rows 1000000] [--runs 5]
 */
import { performance } from 'node:perf_hooks';
import { analyze } from '../../src/lib/core/analytics/analyze';
import { prepare } from '../../src/lib/core/analytics/prepare';
import { DEFAULT_SETTINGS } from '../../src/lib/core/analytics/types';
import { generateDemoColumns } from '../../src/lib/core/demo/generate';
import { buildOrders } from '../../src/lib/core/orders';
import {
	affinityTable,
	basketsByCustomer,
	buildBaskets,
	countPairs,
	itemStats,
	MIN_PAIR_BASKETS,
	neighbours,
	recommendProducts,
	segmentFavourites
} from '../../src/lib/core/products';

const argument = (flag: string, fallback: number) => {
	const at = process.argv.indexOf(flag);
	return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const rows = argument('--rows', 1_000_000);
const runs = argument('--runs', 5);

const columns = generateDemoColumns({ rows });
const products = columns.products;
if (!products) throw new Error('the demo has no products');
const customerCount = columns.customerIds.length;
const result = analyze(
	prepare(buildOrders(columns.chunks, columns.orderCount), customerCount),
	DEFAULT_SETTINGS,
	[]
);
const t = result.customers;
console.log(
	`${rows.toLocaleString('en')} lines, ${columns.orderCount.toLocaleString('en')} orders, ` +
		`${customerCount.toLocaleString('en')} customers, ${products.ids.length} products`
);

function time<T>(label: string, run: () => T): T {
	const times: number[] = [];
	let value: T | undefined;
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		value = run();
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	const median = times[Math.floor(times.length / 2)];
	console.log(
		`${label.padEnd(34)} median ${median.toFixed(0).padStart(6)} ms   best ${times[0].toFixed(0).padStart(6)} ms`
	);
	return value as T;
}

const total = time('all (baskets → recommendations)', () => {
	const baskets = buildBaskets(
		columns.chunks,
		columns.orderCount,
		products.ids.length,
		result.asOfDay
	);
	const byCustomer = basketsByCustomer(baskets, customerCount);
	itemStats(baskets, byCustomer);
	for (const [groupOf, rows] of [
		[t.segment, result.segments.length],
		[t.tier, result.tiers.length],
		[t.stage, result.stages.length]
	] as const)
		affinityTable(baskets, groupOf, rows, products.category, products.categories.length);
	const pairs = countPairs(baskets, { minBaskets: MIN_PAIR_BASKETS });
	return recommendProducts(
		baskets,
		byCustomer,
		neighbours(pairs, products.ids.length),
		segmentFavourites(baskets, byCustomer, t.segment, result.segments.length),
		t.segment
	);
});
const baskets = time('baskets', () =>
	buildBaskets(columns.chunks, columns.orderCount, products.ids.length, result.asOfDay)
);
const byCustomer = time('baskets by customer', () => basketsByCustomer(baskets, customerCount));
time('product and category figures', () => {
	itemStats(baskets, byCustomer);
	itemStats(baskets, byCustomer, products.category, products.categories.length);
});
time('affinity (segment, tier, stage)', () => {
	affinityTable(
		baskets,
		t.segment,
		result.segments.length,
		products.category,
		products.categories.length
	);
	affinityTable(
		baskets,
		t.tier,
		result.tiers.length,
		products.category,
		products.categories.length
	);
	affinityTable(
		baskets,
		t.stage,
		result.stages.length,
		products.category,
		products.categories.length
	);
});
const pairs = time('pairs (all baskets, min 1)', () => countPairs(baskets));
time('pairs (one segment, min 2)', () =>
	countPairs(baskets, { minBaskets: 2, includeCustomer: (c) => t.segment[c] === 0 })
);
time('recommendations', () =>
	recommendProducts(
		baskets,
		byCustomer,
		neighbours(pairs, products.ids.length),
		segmentFavourites(baskets, byCustomer, t.segment, result.segments.length),
		t.segment
	)
);
console.log(
	`${baskets.count.toLocaleString('en')} baskets, ${pairs.a.length.toLocaleString('en')} pairs, ` +
		`${(total.filter((p) => p >= 0).length / 3).toFixed(0)} customers × 3 slots filled`
);
