/**
 * Forecast in Chromium: `npx tsx scripts/bench/forecast-browser.ts [customers…]` (default 100k
 * and 500k). The bench page (`forecast-www/`) starts a Web Worker that simulates the shop of
 * `forecast-data.ts` and fits and scores it with core/clv — the code the app's analysis worker
 * runs — timed with the worker's clock; the page's main thread only receives the transferred
 * scores and records long tasks (PerformanceObserver 'longtask') and gaps between frames. The
 * same steps in Node are printed beside for reference. It prints numbers and asserts nothing.
 *
 * The worker is bundled with Vite's library build into a temporary folder, served from
 * 127.0.0.1 by the harness's static server; nothing comes from the network.
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromiumPath } from '../../tests/chromium.mjs';
import { simulate, timeForecast, type ForecastTimings } from './forecast-data';
import { serveFolders } from './server';

/** The targets: 100k customers ≤ 2 s, 500k ≤ 8 s, no main-thread task over 50 ms. */
const TARGET_SECONDS: Record<number, number> = { 100_000: 2, 500_000: 8 };
const LONG_TASK_MS = 50;

interface BrowserRun extends ForecastTimings {
	deliveryMs: number;
	longestTaskMs: number;
	longTasks: number;
	longestFrameGapMs: number;
	firstPAlive: number;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = join(root, 'scripts/bench/forecast-www');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const load = () =>
	loadavg()
		.map((v) => v.toFixed(1))
		.join(' ');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Bundle the worker and copy the page into a fresh folder to serve. */
async function bundle(): Promise<string> {
	const folder = mkdtempSync(join(tmpdir(), 'strata-forecast-bench-'));
	await build({
		configFile: false,
		logLevel: 'warn',
		build: {
			outDir: folder,
			emptyOutDir: false,
			minify: true,
			lib: { entry: join(here, 'worker.ts'), formats: ['es'], fileName: () => 'worker.js' }
		}
	});
	await copyFile(join(here, 'index.html'), join(folder, 'index.html'));
	await copyFile(join(here, 'page.js'), join(folder, 'page.js'));
	return folder;
}

function row(customers: number, browserRun: BrowserRun, node: ForecastTimings): string {
	const target = TARGET_SECONDS[customers];
	const met = (ok: boolean) => (ok ? '✓' : '✗');
	const fit = browserRun.fitAndScore;
	const targetText = target
		? `target ≤ ${target} s ${met(fit <= target * 1000)}`
		: 'no target at this size';
	return [
		`${customers.toLocaleString('en')} customers, ${browserRun.orders.toLocaleString('en')} orders (fits converged: ${browserRun.converged}):`,
		`fit + scoring in the worker ${seconds(fit)} (${targetText}; Node, same code: ${seconds(node.fitAndScore)})`,
		`  summary ${seconds(browserRun.summary)}, BG/NBD ${seconds(browserRun.bgnbd)}, Gamma-Gamma ${seconds(browserRun.gammaGamma)}, scoring ${seconds(browserRun.scoring)}`,
		`whole forecastModel incl. holdout check ${seconds(browserRun.wholeModel)} (Node ${seconds(node.wholeModel)}); page figures (totals, histograms, slipping list) ${seconds(browserRun.pageFigures)}`,
		`scores to the main thread (transferred) ${browserRun.deliveryMs.toFixed(1)} ms`,
		`longest main-thread task ${browserRun.longestTaskMs.toFixed(0)} ms over ${browserRun.longTasks} long tasks (target: none over ${LONG_TASK_MS} ms ${met(browserRun.longTasks === 0)}); longest gap between frames ${browserRun.longestFrameGapMs.toFixed(0)} ms`,
		`load average ${load()}`
	].join('\n  ');
}

async function main() {
	const folder = await bundle();
	const server = await serveFolders([['/forecast/', folder]]);
	const browser = await chromium.launch({
		executablePath: chromiumPath() ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
	});
	try {
		console.log(`forecast in Chromium ${browser.version()} (a Web Worker), load average ${load()}`);
		for (const customers of sizes.length ? sizes : [100_000, 500_000]) {
			const context = await browser.newContext();
			const foreign: string[] = [];
			context.on('request', (request) => {
				if (!request.url().startsWith(server.origin)) foreign.push(request.url());
			});
			const page = await context.newPage();
			await page.goto(`${server.origin}/forecast/index.html`);
			await page.waitForFunction('window.forecastReady === true');
			const browserRun = (await page.evaluate(
				(n) => (window as unknown as { runForecast(n: number): Promise<unknown> }).runForecast(n),
				customers
			)) as BrowserRun;
			await context.close();
			const node = timeForecast(simulate(customers, 11), () => performance.now()).timings;
			console.log(row(customers, browserRun, node));
			if (foreign.length) console.log(`  requests that left the bench server: ${foreign.length}`);
		}
	} finally {
		await browser.close();
		await server.close();
		rmSync(folder, { recursive: true, force: true });
	}
}

await main();
