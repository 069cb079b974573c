/**
 * First visit and reopen of the demo shop, A/B: builds compared in alternating runs (A B A B …).
 *
 *   npx tsx scripts/bench/first-visit.ts [--runs 5] [--lang en|zh] [label=folder …]
 *
 * Each folder is a copy of build/ (`BASE_PATH=/strata npx vite build && cp -r build /tmp/a`);
 * without any, build/ as it is. Every run launches Chromium with a new, empty persistent profile
 * (as `strata.ts` does), navigates to the overview and takes, in the page, navigation → the demo
 * shop's customer count (first visit; then also → the whole analysis, which a first visit draws
 * after the demo's figures), then — once the service worker controls the page, as on
 * a later visit — reloads and takes navigation → figures again (reopen of the stored demo).
 * Long tasks come from a PerformanceObserver; console messages `[T] name epochMillis` (an
 * instrumented build's, from the page or its workers) are added as milestones. Prints each run and, per build, the medians with
 * the load average. Served on 127.0.0.1:$E2E_PORT (default 4175).
 */
import { chromium, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../../tests/chromium.mjs';
import { BASE_PATH } from './app-server';
import { serveFolders } from './server';
import { option } from './cli';

interface Visit {
	/** Navigation → figures, milliseconds. */
	figures: number;
	/** The longest main-thread task before the figures, milliseconds. */
	longest: number;
	/** Milestones (ms since navigation): the worker's script fetched, the app's marks. */
	steps: Record<string, number>;
	/** Navigation → the whole analysis in the page (`strata:analysed`), after the figures. */
	analysed: number;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const argv = process.argv.slice(2);
const runs = Number(option('--runs', '5'));
const lang = option('--lang', 'en');
const port = Number(process.env.E2E_PORT ?? 4175);
const builds = argv
	.filter((arg) => arg.includes('='))
	.map((arg) => arg.split('=') as [string, string]);
if (builds.length === 0) {
	const copy = mkdtempSync(join(tmpdir(), 'strata-first-'));
	cpSync(join(root, 'build'), copy, { recursive: true });
	builds.push(['build', copy]);
}

const OBSERVE = `(() => {
	window.__longest = 0;
	try {
		new PerformanceObserver((list) => {
			for (const task of list.getEntries()) window.__longest = Math.max(window.__longest, task.duration);
		}).observe({ type: 'longtask', buffered: true });
	} catch {}
})();`;

/** Navigation → the overview's customer count, checked every animation frame in the page. */
async function figures(page: Page): Promise<Visit> {
	const handle = await page.waitForFunction(
		() => {
			const text = document.querySelector('[data-testid="kpi-customers"]')?.textContent ?? '';
			if (!/\d/.test(text)) return false;
			const steps: Record<string, number> = {};
			for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
				if (entry.name.includes('analysis.worker')) steps.workerScript = entry.responseEnd;
				if (entry.name.includes('/nodes/2.')) steps.pageNode = entry.responseEnd;
			}
			for (const mark of performance.getEntriesByType('mark')) steps[mark.name] = mark.startTime;
			const longest = (window as never as { __longest: number }).__longest;
			return { figures: performance.now(), longest, steps };
		},
		undefined,
		{ polling: 'raf', timeout: 60_000 }
	);
	const visit = (await handle.jsonValue()) as Visit;
	// A first visit draws the demo's figures before its analysis arrives (`StartReport.demoFigures`).
	const analysed = await page.waitForFunction(
		() => performance.getEntriesByName('strata:analysed').at(-1)?.startTime,
		undefined,
		{ timeout: 60_000 }
	);
	return { ...visit, analysed: (await analysed.jsonValue()) as number };
}

async function visit(folder: string): Promise<{ first: Visit; reopen: Visit }> {
	const server = await serveFolders([[`${BASE_PATH}/`, folder]], port);
	const profile = mkdtempSync(join(tmpdir(), 'strata-first-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath() ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu'],
		baseURL: `http://127.0.0.1:${port}${BASE_PATH}/`,
		locale: lang === 'zh' ? 'zh-CN' : 'en-US',
		viewport: { width: 1280, height: 800 }
	});
	try {
		await context.addInitScript(OBSERVE);
		const page = context.pages()[0] ?? (await context.newPage());
		const logs: [string, number][] = [];
		page.on('console', (m) => {
			const t = m.text().match(/^\[T\] (\S+) ([\d.]+)/);
			if (t) logs.push([t[1], Number(t[2])]);
		});
		await page.goto('./');
		const first = await figures(page);
		const origin = await page.evaluate(() => performance.timeOrigin);
		for (const [n, t] of logs.splice(0)) first.steps[n] = t - origin;
		// A reopen comes later: the service worker has installed (precached the app) by then.
		await page
			.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
				timeout: 15_000
			})
			.catch(() => undefined);
		await page.waitForTimeout(300);
		await page.reload({ waitUntil: 'commit' });
		const reopen = await figures(page);
		const origin2 = await page.evaluate(() => performance.timeOrigin);
		for (const [n, t] of logs.splice(0)) reopen.steps[n] = t - origin2;
		return { first, reopen };
	} finally {
		await context.close();
		await server.close();
		rmSync(profile, { recursive: true, force: true });
	}
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const load = () =>
	loadavg()
		.map((value) => value.toFixed(2))
		.join(' ');

const steps = (visit: Visit) =>
	Object.entries(visit.steps)
		.map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
		.join(', ');

const results = new Map<string, { first: Visit; reopen: Visit }[]>(builds.map(([l]) => [l, []]));
for (let run = 0; run < runs; run++) {
	for (const [label, folder] of builds) {
		const result = await visit(folder);
		results.get(label)?.push(result);
		console.log(
			`${label.padEnd(8)} run ${run + 1}: first ${result.first.figures.toFixed(0)} ms ` +
				`(analysed ${result.first.analysed.toFixed(0)}, longest task ${result.first.longest.toFixed(0)}), ` +
				`reopen ${result.reopen.figures.toFixed(0)} ms ` +
				`(longest ${result.reopen.longest.toFixed(0)}) · load ${load()}\n    ` +
				steps(result.first) +
				'\n    reopen: ' +
				steps(result.reopen)
		);
	}
}
for (const [label, list] of results) {
	const pick = (f: (r: { first: Visit; reopen: Visit }) => number) =>
		median(list.map(f)).toFixed(0);
	console.log(
		`${label.padEnd(8)} median of ${list.length}: first visit ${pick((r) => r.first.figures)} ms ` +
			`(analysed ${pick((r) => r.first.analysed)} ms), ` +
			`longest task ${pick((r) => r.first.longest)} ms; reopen ${pick((r) => r.reopen.figures)} ms, ` +
			`longest ${pick((r) => r.reopen.longest)} ms · load ${load()}`
	);
}
