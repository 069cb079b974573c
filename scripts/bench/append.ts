/**
 * Append speed (issue 13), printed (never asserted): appending a 100k-row file to a 1M-line
 * dataset vs importing the same 100k rows alone as a new dataset. Target: the append takes at most
 * 2× the lone import.
 *
 * Runs the worker's own import and append code in Node on fake-indexeddb (an in-memory IndexedDB:
 * Chromium's real one is slower per byte written, so absolute times here are lower than in the
 * app, but both sides of the ratio pay the same store). The 100k file repeats 10 % of the
 * dataset's orders, so the dedupe has work to do.
 *
 *   npx tsx scripts/bench/append.ts [--lines 1000000] [--rows 100000]
 */
import 'fake-indexeddb/auto';
import { forgetDataset, loadedColumns } from '../../src/lib/worker/engine';
import { deleteDataset } from '../../src/lib/worker/store';
import { importFile, type ImportOutcome } from '../../src/lib/worker/import';
import type { ImportOptions } from '../../src/lib/core/csv';

const arg = (name: string, fallback: number) => {
	const at = process.argv.indexOf(`--${name}`);
	return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const LINES = arg('lines', 1_000_000);
const ROWS = arg('rows', 100_000);

/** A small deterministic generator (mulberry32), so every run reads the same files. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const day = (n: number) => new Date(Date.UTC(2023, 0, 1) + n * 864e5).toISOString().slice(0, 10);

/** `lines` order lines of ~2.5 lines per order, customers C0…, days from `firstDay` on. */
function orderLines(lines: number, firstOrder: number, firstDay: number, seed: number): string[] {
	const next = random(seed);
	const out: string[] = [];
	for (let order = firstOrder; out.length < lines; order++) {
		const customer = Math.floor(next() * 100_000);
		const date = day(firstDay + Math.floor(next() * 365));
		const items = 1 + Math.floor(next() * 4);
		for (let i = 0; i < items && out.length < lines; i++) {
			out.push(`C${customer},O${order},${date},${(1 + next() * 200).toFixed(2)}`);
		}
	}
	return out;
}

const HEADER = 'customer_id,order_id,order_date,amount';
const options: ImportOptions = {
	encoding: 'utf-8',
	delimiter: ',',
	decimalSeparator: '.',
	dateFormat: { dayOrder: 'dmy', excelEpoch: 1900 },
	mapping: {
		kind: 'transactions',
		customerId: 'customer_id',
		orderDate: 'order_date',
		amount: 'amount',
		quantity: null,
		unitPrice: null,
		orderId: 'order_id',
		attributes: []
	}
};

const baseLines = orderLines(LINES, 0, 0, 1);
const file = (name: string, lines: string[]) => new File([[HEADER, ...lines].join('\n')], name);
const big = file('base.csv', baseLines);
// Each new file: 10 % of the dataset's rows again (held orders), then newer orders of its own.
const overlap = baseLines.slice(0, Math.floor(ROWS / 10));
const small = (run: number) =>
	file(`new-${run}.csv`, [
		...overlap,
		...orderLines(ROWS - overlap.length, 10_000_000 * (run + 1), 365 + 30 * run, run + 2)
	]);

/**
 * One run, timed by the worker itself (`millis`: file → stored, up to the commit). Not timed: the
 * analysis of the result, which the worker starts right after in memory (for the 1.1M-line
 * dataset that is the analysis of all its lines again); it is awaited before the next run.
 */
async function timed(run: () => Promise<ImportOutcome>) {
	const outcome = await run();
	if (!outcome.ok) throw new Error(JSON.stringify(outcome).slice(0, 300));
	await loadedColumns(outcome.datasetId);
	await new Promise((done) => setTimeout(done, 100));
	return outcome;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const request = (extra: object = {}) => ({ options, name: '', currency: 'CNY', ...extra });
const noProgress = () => undefined;
const RUNS = 3;

// The small file alone (a warm-up run, then the measured ones), then the 1M-line dataset, which
// the worker then holds in memory as the app's active dataset.
await timed(() => importFile(small(0), request(), noProgress));
const alone: number[] = [];
for (let run = 1; run <= RUNS; run++) {
	const outcome = await timed(() => importFile(small(run), request(), noProgress));
	alone.push(outcome.millis);
	// Keep the heap to the dataset under test: garbage collection grows with what is kept.
	forgetDataset(outcome.datasetId);
	await deleteDataset(outcome.datasetId);
}
const setup = await timed(() => importFile(big, request(), noProgress));
const datasetId = setup.datasetId;
const appended: number[] = [];
let skipped = 0;
for (let run = 1; run <= RUNS; run++) {
	const outcome = await timed(() =>
		importFile(small(run), request({ target: datasetId }), noProgress)
	);
	appended.push(outcome.millis);
	skipped = outcome.report.skippedByReason.already_in_dataset?.count ?? 0;
}
// Once more with a dataset the worker does not hold (not the active one): read back from storage.
forgetDataset(datasetId);
const cold = (
	await timed(() => importFile(small(RUNS + 1), request({ target: datasetId }), noProgress))
).millis;

const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;
const n = (count: number) => count.toLocaleString('en');
const best = (values: number[]) => Math.min(...values);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
// Best and median of the runs: on a shared machine the best run is the one least disturbed.
console.log(`\nAppend benchmark (Node ${process.version}, fake-indexeddb; ${RUNS} runs each)`);
console.log(`  import ${n(LINES)} lines (setup)                    ${fmt(setup.millis)}`);
console.log(
	`  import ${n(ROWS)} rows alone                  best ${fmt(best(alone))}  median ${fmt(median(alone))}`
);
console.log(
	`  append ${n(ROWS)} rows (dataset in memory)    best ${fmt(best(appended))}  median ${fmt(median(appended))}  (${n(skipped)} rows per file already in the dataset)`
);
console.log(`  append ${n(ROWS)} rows (read back, one run)           ${fmt(cold)}`);
console.log(
	`  ratio append / import alone: best ${ratio(best(appended), best(alone))}, median ${ratio(median(appended), median(alone))}, read back ${ratio(cold, median(alone))} (target ≤ 2×)`
);
