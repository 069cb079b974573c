/**
 * Micro-benchmark of the engine: `npm run bench (first part) or npx tsx src/lib/core/analytics/engine.bench.ts`.
 * Synthetic shop: 1M lines → 400k orders of 100k customers over two years (3% returns), then a
 * small shop of 4k customers for the settings-change case. Prints median and best wall times (the
 * best is the better guide on a busy machine).
 */
import { performance } from 'node:perf_hooks';
import { dayFromYmd } from '../calendar';
import { CHUNK_ROWS } from '../columns';
import type { LineChunk } from '../columns';
import { generateDemo } from '../demo/generate';
import { buildOrders } from '../orders';
import { analyze } from './analyze';
import { customerAttributeValues } from './attributes';
import { prepare } from './prepare';
import type { AnalysisSettings } from './types';
import { DEFAULT_SETTINGS } from './types';

/** Seeded uniform [0, 1) (mulberry32). */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function syntheticLines(customers: number, orders: number, lines: number, seed: number) {
	const next = random(seed);
	const start = dayFromYmd(2024, 1, 1);
	const orderCustomer = new Int32Array(orders);
	const orderDay = new Int32Array(orders);
	const orderSign = new Int8Array(orders);
	for (let o = 0; o < orders; o++) {
		// Skewed customer choice: a few customers buy a lot.
		orderCustomer[o] = Math.floor(customers * next() ** 1.6);
		orderDay[o] = start + Math.floor(next() * 730);
		orderSign[o] = next() < 0.03 ? -1 : 1;
	}
	const chunks: LineChunk[] = [];
	for (let from = 0; from < lines; from += CHUNK_ROWS) {
		const size = Math.min(CHUNK_ROWS, lines - from);
		const chunk: LineChunk = {
			customer: new Int32Array(size),
			day: new Int32Array(size),
			amountCents: new Float64Array(size),
			order: new Int32Array(size),
			attributes: [new Int32Array(size), new Int32Array(size)]
		};
		for (let i = 0; i < size; i++) {
			const o = Math.floor(((from + i) * orders) / lines);
			chunk.order[i] = o;
			chunk.customer[i] = orderCustomer[o];
			chunk.day[i] = orderDay[o];
			chunk.amountCents[i] = orderSign[o] * (100 + Math.floor(next() * 9900));
			chunk.attributes[0][i] = Math.floor(next() ** 3 * 30); // country
			chunk.attributes[1][i] = Math.floor(next() * 4000); // product
		}
		chunks.push(chunk);
	}
	return chunks;
}

function time(label: string, runs: number, run: () => unknown): void {
	const times: number[] = [];
	for (let k = 0; k < runs; k++) {
		const t0 = performance.now();
		run();
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	const median = times[Math.floor(times.length / 2)].toFixed(1).padStart(7);
	const best = times[0].toFixed(1).padStart(7);
	console.log(`${label.padEnd(44)} median ${median} ms, best ${best} ms (${runs} runs)`);
}

function bench(customers: number, orders: number, lines: number, runs: number): void {
	console.log(`\n${lines} lines, ${orders} orders, ${customers} customers`);
	const chunks = syntheticLines(customers, orders, lines, 42);
	const table = buildOrders(chunks, orders);
	time('buildOrders (lines → orders)', runs, () => buildOrders(chunks, orders));
	const prepared = prepare(table, customers);
	time('prepare (CSR by customer, day)', runs, () => prepare(table, customers));
	const attributes = [
		{ name: 'country', values: customerAttributeValues(chunks, customers, 0) },
		{ name: 'product', values: customerAttributeValues(chunks, customers, 1) }
	];
	time('customerAttributeValues × 2', runs, () => {
		customerAttributeValues(chunks, customers, 0);
		customerAttributeValues(chunks, customers, 1);
	});
	const variants: [string, AnalysisSettings][] = [
		['analyze: defaults (5 bins, grid)', DEFAULT_SETTINGS],
		[
			'analyze: 3 bins, value8',
			{ ...DEFAULT_SETTINGS, binning: { kind: 'quantile', bins: 3 }, scheme: { kind: 'value8' } }
		],
		[
			'analyze: thresholds, tiers on R+F+M',
			{
				...DEFAULT_SETTINGS,
				binning: {
					kind: 'thresholds',
					recency: [30, 90, 180, 365],
					frequency: [2, 3, 5, 8],
					monetary: [5000, 20000, 50000, 100000]
				},
				tiers: { ...DEFAULT_SETTINGS.tiers, metric: 'rfm_sum' }
			}
		]
	];
	for (const [label, settings] of variants) time(label, runs, () => analyze(prepared, settings));
	time('analyze: defaults + 2 attribute profiles', runs, () =>
		analyze(prepared, DEFAULT_SETTINGS, attributes)
	);
	const r = analyze(prepared, DEFAULT_SETTINGS);
	console.log(
		`scored ${r.scoredCount}, unscored ${r.unscoredCount}, purchases ${r.headline.purchases}`
	);
}

bench(100_000, 400_000, 1_000_000, 15);
bench(4_000, 12_700, 40_000, 21);

// The demo shop is generated on a first visit: its speed is measured here, not asserted in tests.
console.log('\ndemo shop (4,000 customers)');
time('generateDemo (default options)', 9, () => generateDemo({}, () => {}));
