/**
 * Append speed in Chromium (issue 13), printed (never asserted): the files of `append.ts`, but
 * through the built app and the browser's real IndexedDB. Each import and append goes through
 * /import like a person's; the worker's own time (file → stored, the report's "in N s", 0.1 s
 * resolution) and the time from the Import click to the overview's report are both printed.
 * "Read back" appends after a reload with another dataset active, so the worker reads the 1M-line
 * dataset from IndexedDB first.
 *
 *   BASE_PATH=/strata npx vite build   # once
 *   npx tsx scripts/bench/append-browser.ts [--lines 1000000] [--rows 100000] [--port 4192]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { appendFiles, HEADER } from './append-data';
import { serveFolders } from './server';

const arg = (name: string, fallback: number) => {
	const at = process.argv.indexOf(`--${name}`);
	return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const LINES = arg('lines', 1_000_000);
const ROWS = arg('rows', 100_000);
const PORT = arg('port', 4192);
const RUNS = 3;
const root = join(import.meta.dirname, '../..');

// The files, written once per size to .bench/ (gitignored), read by the page through a path.
const folder = join(root, '.bench/append');
mkdirSync(folder, { recursive: true });
const files = appendFiles(LINES, ROWS);
const write = (name: string, lines: string[]) => {
	const path = join(folder, name);
	writeFileSync(path, [HEADER, ...lines].join('\n') + '\n');
	return path;
};
const base = write(`base-${LINES}.csv`, files.base);
const small = (run: number) => write(`new-${ROWS}-${run}.csv`, files.small(run));

const server = await serveFolders([['/strata/', join(root, 'build')]], PORT);
const profile = mkdtempSync(join(tmpdir(), 'strata-append-bench-'));
const context = await chromium.launchPersistentContext(profile, {
	executablePath: '/usr/bin/chromium',
	baseURL: `${server.origin}/strata/`,
	locale: 'en-US'
});
const page = context.pages()[0] ?? (await context.newPage());

/** Import a file as a new dataset (`name`) or append it to `target`; seconds as measured. */
async function importThrough(page: Page, path: string, into: { name?: string; target?: string }) {
	await page.goto('./import');
	await page.getByTestId('file-input').setInputFiles(path);
	await page.getByTestId('column-mapping').waitFor({ timeout: 300_000 });
	if (into.target) await page.getByTestId('import-target').selectOption({ label: into.target });
	else await page.getByTestId('dataset-name').fill(into.name ?? '');
	const start = Date.now();
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await page.waitForURL((url) => !url.pathname.endsWith('/import'), { timeout: 600_000 });
	const done = page.getByTestId('import-done');
	await done.waitFor({ timeout: 600_000 });
	const clicked = (Date.now() - start) / 1000;
	const text = (await done.textContent()) ?? '';
	const worker = Number(/in ([\d.]+)\s*s\./.exec(text)?.[1] ?? NaN);
	// Let the analysis the app starts after an import finish before the next run.
	await page.getByTestId('kpi-customers').filter({ hasText: /\d/ }).waitFor({ timeout: 600_000 });
	return { worker, clicked };
}

type Timing = Awaited<ReturnType<typeof importThrough>>;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const show = (label: string, runs: Timing[]) =>
	console.log(
		`  ${label.padEnd(38)} worker median ${median(runs.map((r) => r.worker)).toFixed(1)} s` +
			` (${runs.map((r) => r.worker.toFixed(1)).join(', ')});` +
			` click → report median ${median(runs.map((r) => r.clicked)).toFixed(1)} s`
	);

try {
	await page.goto('./');
	await page.getByTestId('kpi-customers').filter({ hasText: /\d/ }).waitFor({ timeout: 120_000 });
	await importThrough(page, small(0), { name: 'warm-up' });
	const alone: Timing[] = [];
	for (let run = 1; run <= RUNS; run++) {
		alone.push(await importThrough(page, small(run), { name: `alone-${run}` }));
	}
	const setup = await importThrough(page, base, { name: 'base' });
	const appended: Timing[] = [];
	for (let run = 1; run <= RUNS; run++) {
		appended.push(await importThrough(page, small(run), { target: 'base' }));
	}
	const cold: Timing[] = [];
	for (let run = 1; run <= RUNS; run++) {
		// Another dataset active, then a fresh page: the worker holds nothing of "base".
		await page.getByTestId('dataset-switcher').selectOption({ label: 'warm-up' });
		await page.getByTestId('kpi-customers').filter({ hasText: /\d/ }).waitFor();
		await page.reload();
		await page.getByTestId('kpi-customers').filter({ hasText: /\d/ }).waitFor({ timeout: 120_000 });
		cold.push(await importThrough(page, small(RUNS + run), { target: 'base' }));
	}

	const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
	const aloneMedian = median(alone.map((r) => r.worker));
	console.log(`\nAppend benchmark in Chromium (real IndexedDB; ${RUNS} runs each)`);
	show(`import ${LINES.toLocaleString('en')} lines (setup, one run)`, [setup]);
	show(`import ${ROWS.toLocaleString('en')} rows alone`, alone);
	show(`append ${ROWS.toLocaleString('en')} rows (dataset in memory)`, appended);
	show(`append ${ROWS.toLocaleString('en')} rows (read back)`, cold);
	console.log(
		`  ratio append / import alone (worker): in memory ${ratio(median(appended.map((r) => r.worker)), aloneMedian)}, read back ${ratio(median(cold.map((r) => r.worker)), aloneMedian)} (target ≤ 2×)`
	);
} finally {
	await context.close();
	await server.close();
	rmSync(profile, { recursive: true, force: true });
}
