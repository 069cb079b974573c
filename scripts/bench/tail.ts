/**
 * Where an import's seconds go after the parsing, thread by thread (issue 18):
 *
 *   npx tsx scripts/bench/tail.ts [--size 1m] [--shape uci|shop] [--runs 8]
 *
 * Copies the working tree's tracked files (`git stash create`: uncommitted changes included, new
 * files not) into a temporary git worktree, puts the marks of `tail-marks.ts` into the copy,
 * builds it, and imports the bench file `--runs` times, each in a fresh context on /import,
 * clicked 1.5 s after the button is enabled (the workers warm). Prints each run's marks in
 * milliseconds after the click, then the medians of the tail's steps. Profiling (`profile.ts`)
 * tells which functions cost; this tells which thread waits for which.
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../../tests/chromium.mjs';
import { APP_URL, buildApp, serveApp } from './app-server';
import { benchFile, parseShapes, parseSizes } from './data';
import { TAIL_MARKS, withMarks } from './tail-marks';
import { option } from './cli';
import { RENDERER_MAIN, RENDERER_WORKERS, ThreadCpu } from './thread-cpu';
import { median } from './medians';

interface Mark {
	n: string;
	t: number;
	w: string;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const size = parseSizes(option('--size', '1m'))[0];
const shape = parseShapes(option('--shape', 'uci'))[0];
const runs = Number(option('--runs', '8'));

const git = (cwd: string, ...args: string[]) =>
	execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

/** A marked copy of the working tree, built; `remove` deletes it. */
async function markedCopy(): Promise<{ dir: string; remove: () => void }> {
	const dir = mkdtempSync(join(tmpdir(), 'strata-tail-'));
	const commit = git(root, 'stash', 'create') || 'HEAD';
	git(root, 'worktree', 'add', '--detach', dir, commit);
	const remove = () => {
		git(root, 'worktree', 'remove', '--force', dir);
		rmSync(dir, { recursive: true, force: true });
	};
	try {
		symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
		for (const file of new Set(TAIL_MARKS.map((mark) => mark.file))) {
			const path = join(dir, file);
			writeFileSync(path, withMarks(file, readFileSync(path, 'utf8')));
		}
		const build = await buildApp(dir);
		if (!build.ok) throw new Error(`the marked build failed, see ${build.log}`);
		return { dir, remove };
	} catch (error) {
		remove();
		throw error;
	}
}

/**
 * One import's marks, by name (a name marked more than once keeps every time), after the click,
 * and the CPU milliseconds of Chromium's threads from the click to the painted figures.
 */
async function importOnce(
	path: string
): Promise<{ marks: Map<string, number[]>; cpu: Record<string, number> }> {
	const browser = await chromium.launch({
		executablePath: chromiumPath() ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu']
	});
	try {
		const page = await browser.newPage({ baseURL: APP_URL });
		await page.addInitScript(() => {
			const marks: Mark[] = [];
			Object.assign(window, { __tailMarks: marks });
			new BroadcastChannel('strata-tail').onmessage = (event) => marks.push(event.data as Mark);
		});
		await page.goto('./');
		await page.locator('[data-testid="kpi-customers"]').filter({ hasText: /\d/ }).waitFor();
		await page.goto('import');
		await page.locator('input[type=file]').first().setInputFiles(path);
		const button = page.getByRole('button', { name: 'Import', exact: true });
		await button.waitFor();
		while (!(await button.isEnabled())) await page.waitForTimeout(100);
		await page.waitForTimeout(1500);
		const threads = new ThreadCpu();
		threads.start();
		await button.click();
		const painted = () =>
			(window as unknown as { __tailMarks: Mark[] }).__tailMarks.some((m) => m.n === 'painted');
		await page.waitForFunction(painted, null, { timeout: 300_000, polling: 100 });
		const cpu = threads.stop();
		await page.waitForTimeout(300);
		const marks = await page.evaluate(
			() => (window as unknown as { __tailMarks: Mark[] }).__tailMarks
		);
		const click = marks.find((m) => m.n === 'click')?.t ?? 0;
		const byName = new Map<string, number[]>();
		for (const mark of marks.sort((a, b) => a.t - b.t)) {
			byName.set(mark.n, [...(byName.get(mark.n) ?? []), Math.round(mark.t - click)]);
		}
		return { marks: byName, cpu };
	} finally {
		await browser.close();
	}
}

/** CPU rows of one run: the renderer's workers, main thread and the rest, and everything. */
function cpuRows(cpu: Record<string, number>): Record<string, number> {
	const total = Object.values(cpu).reduce((sum, ms) => sum + ms, 0);
	const workers = cpu[RENDERER_WORKERS] ?? 0;
	const main = cpu[RENDERER_MAIN] ?? 0;
	return {
		'CPU: renderer workers': workers,
		'CPU: renderer main': main,
		'CPU: other threads': total - workers - main,
		'CPU: all Chromium': total
	};
}

/** The tail's steps of one run, in ms: each from the step before it. */
function steps(marks: Map<string, number[]>): Record<string, number> {
	const at = (name: string, last = false) => {
		const times = marks.get(name) ?? [NaN];
		return last ? times[times.length - 1] : times[0];
	};
	const parsed = Math.max(at('own-done'), at('part-parsed'));
	return {
		'own done': at('own-done'),
		'part parsed − own done': at('part-parsed') - at('own-done'),
		'part in (finish, post)': at('part-in') - at('part-parsed'),
		absorbed: at('absorbed') - Math.max(at('part-in'), at('own-done')),
		finished: at('finished') - at('absorbed'),
		'last put': at('last-put') - at('finished'),
		'orders built': at('orders-built') - at('last-put'),
		'writes done': at('writes-done') - at('orders-built'),
		'figures done': at('figures-done') - at('writes-done'),
		painted: at('painted') - at('figures-done'),
		'tail (parsed → painted)': at('painted') - parsed,
		'click → painted': at('painted')
	};
}

async function main() {
	const file = await benchFile(root, size, shape);
	const copy = await markedCopy();
	const server = await serveApp(copy.dir);
	const all: Record<string, number>[] = [];
	try {
		for (let run = 1; run <= runs; run++) {
			const { marks, cpu } = await importOnce(file.path);
			const line = [...marks].map(([name, times]) => `${name} ${times.join('/')}`).join(', ');
			const used = Object.entries(cpu).map(([group, ms]) => `${group} ${ms}`);
			console.log(`run ${run}: ${line}\n  CPU ms: ${used.join(', ')}`);
			all.push({ ...steps(marks), ...cpuRows(cpu) });
		}
	} finally {
		await server.close();
		copy.remove();
	}
	console.log(
		`\n${size.label} ${shape}, ${runs} runs, load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}: median ms (range)`
	);
	for (const step of Object.keys(all[0])) {
		const values = all.map((run) => run[step]);
		console.log(
			`${step.padEnd(26)} ${String(median(values) ?? NaN).padStart(6)}  (${Math.min(...values)} – ${Math.max(...values)})`
		);
	}
}

await main();
