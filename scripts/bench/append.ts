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
import { appendFiles, HEADER } from './append-data';

const arg = (name: string, fallback: number) => {
	const at = process.argv.indexOf(`--${name}`);
	return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const LINES = arg('lines', 1_000_000);
const ROWS = arg('rows', 100_000);

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

const files = appendFiles(LINES, ROWS);
const file = (name: string, lines: string[]) => new File([[HEADER, ...lines].join('\n')], name);
const big = file('base.csv', files.base);
// Each new file: 10 % of the dataset's rows again (held orders), then newer orders of its own.
const small = (run: number) => file(`new-${run}.csv`, files.small(run));

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
