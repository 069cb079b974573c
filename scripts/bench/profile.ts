/**
 * CPU profile of one Strata import in Chromium, page and workers: where the seconds of (c) go.
 *
 *   npx tsx scripts/bench/profile.ts [--size 1m] [--shape uci|shop] [--skip-build] [--timeline]
 *   npx tsx scripts/bench/profile.ts --first-visit [--skip-build] [--timeline]
 *
 * Opens the built app (as `npm run bench` serves it), lets the demo shop load, chooses the bench
 * file on /import, starts the V8 profiler in the page and in every dedicated worker (CDP
 * `Target.setAutoAttach` without flattening: the worker sessions are reached through
 * `Target.sendMessageToTarget`), clicks Import, and stops when the overview shows the figures.
 * With --first-visit it profiles the first visit instead: navigation → the demo shop's figures.
 * Prints the functions with the most self time per target and writes each profile to
 * `bench-results/profile-<target>.cpuprofile` (open it in DevTools → Performance), and the
 * longest runs of busy samples per target: on the page, a stand-in for its long tasks.
 */
import { chromium, type CDPSession } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../../tests/chromium.mjs';
import { APP_URL, BASE_PATH, buildApp, serveApp } from './app-server';
import { benchFile, parseShapes, parseSizes } from './data';
import { option } from './cli';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
	startTime: number;
}

/** Busy milliseconds per 100 ms window since `from` (µs, the profile's clock), with its top functions. */
function timeline(profile: CpuProfile, from: number): string[] {
	const names = new Map(
		profile.nodes.map((node) => [node.id, node.callFrame.functionName || '(anonymous)'])
	);
	const windows = new Map<number, Map<string, number>>();
	let at = profile.startTime;
	profile.samples.forEach((id, i) => {
		at += profile.timeDeltas[i] ?? 0;
		const name = names.get(id) ?? '?';
		if (name === '(idle)' || name === '(program)') return;
		const window = Math.floor((at - from) / 100_000);
		const counts = windows.get(window) ?? new Map<string, number>();
		counts.set(name, (counts.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
		windows.set(window, counts);
	});
	return [...windows]
		.sort((a, b) => a[0] - b[0])
		.map(([window, counts]) => {
			const busy = [...counts.values()].reduce((sum, ms) => sum + ms, 0);
			const top = [...counts]
				.sort((a, b) => b[1] - a[1])
				.slice(0, 3)
				.map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
				.join(', ');
			return `${String(window * 100).padStart(6)} ms: ${busy.toFixed(0).padStart(3)} busy — ${top}`;
		});
}

/**
 * The longest runs of busy samples (no `(idle)` between them), a stand-in for the main thread's
 * long tasks, each with its start (ms since `from`), length and top functions by self time.
 */
function busyStretches(profile: CpuProfile, from: number, count = 5): string[] {
	const names = new Map(
		profile.nodes.map((node) => [node.id, node.callFrame.functionName || '(anonymous)'])
	);
	const stretches: { start: number; ms: number; counts: Map<string, number> }[] = [];
	let current: (typeof stretches)[number] | null = null;
	let at = profile.startTime;
	profile.samples.forEach((id, i) => {
		at += profile.timeDeltas[i] ?? 0;
		const name = names.get(id) ?? '?';
		if (name === '(idle)') {
			current = null;
			return;
		}
		const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		if (!current) {
			current = { start: (at - from) / 1000, ms: 0, counts: new Map() };
			stretches.push(current);
		}
		current.ms += ms;
		current.counts.set(name, (current.counts.get(name) ?? 0) + ms);
	});
	return stretches
		.sort((a, b) => b.ms - a.ms)
		.slice(0, count)
		.map(({ start, ms, counts }) => {
			const top = [...counts]
				.sort((a, b) => b[1] - a[1])
				.slice(0, 6)
				.map(([name, self]) => `${name} ${self.toFixed(0)}`)
				.join(', ');
			return `${start.toFixed(0).padStart(6)} ms: ${ms.toFixed(0).padStart(4)} ms busy — ${top}`;
		});
}

/**
 * Self time per function of a profile, most first, in milliseconds.
 * @example selfTimes({ nodes: [{ id: 1, callFrame: { functionName: 'f', url: 'a/b.js', lineNumber: 3 } }], samples: [1, 1], timeDeltas: [0, 2000] }) → [['f b.js:3', 2]]
 */
export function selfTimes(profile: CpuProfile): [string, number][] {
	const byNode = new Map<number, number>();
	profile.samples.forEach((id, i) =>
		byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
	);
	const byName = new Map<string, number>();
	for (const node of profile.nodes) {
		const { functionName, url, lineNumber } = node.callFrame;
		const name = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber}`;
		byName.set(name, (byName.get(name) ?? 0) + (byNode.get(node.id) ?? 0) / 1000);
	}
	return [...byName].filter(([, ms]) => ms > 0).sort((a, b) => b[1] - a[1]);
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const argv = process.argv.slice(2);
const size = parseSizes(option('--size', '1m'))[0];
const shape = parseShapes(option('--shape', 'uci'))[0];
const firstVisit = argv.includes('--first-visit');

/** Worker sessions reached through the page's session (flatten: false). */
class WorkerSessions {
	private next = 1;
	private readonly waiting = new Map<number, (value: unknown) => void>();
	readonly targets = new Map<string, string>();

	constructor(private readonly page: CDPSession) {
		page.on('Target.attachedToTarget', (event) => {
			if (event.targetInfo.type === 'worker')
				this.targets.set(event.sessionId, event.targetInfo.title || event.targetInfo.url);
		});
		page.on('Target.receivedMessageFromTarget', (event) => {
			const message = JSON.parse(event.message) as { id?: number; result?: unknown };
			if (message.id !== undefined) this.waiting.get(message.id)?.(message.result);
		});
	}

	send(sessionId: string, method: string, params: object = {}): Promise<unknown> {
		const id = this.next++;
		const answered = new Promise((done) => this.waiting.set(id, done));
		void this.page.send('Target.sendMessageToTarget', {
			sessionId,
			message: JSON.stringify({ id, method, params })
		});
		return answered;
	}
}

async function main() {
	const file = await benchFile(root, size, shape);
	if (!argv.includes('--skip-build')) {
		const build = await buildApp(root);
		if (!build.ok) throw new Error(`the build failed, see ${build.log}`);
	}
	const server = await serveApp(root);
	const browser = await chromium.launch({
		executablePath: chromiumPath() ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu']
	});
	try {
		const page = await browser.newPage({ baseURL: APP_URL });
		const session = await page.context().newCDPSession(page);
		const workers = new WorkerSessions(session);
		const profiling = async (id: string) => {
			await workers.send(id, 'Profiler.enable');
			await workers.send(id, 'Profiler.setSamplingInterval', { interval: 200 });
			await workers.send(id, 'Profiler.start');
		};
		const startPage = async () => {
			await session.send('Profiler.enable');
			await session.send('Profiler.setSamplingInterval', { interval: 200 });
			await session.send('Profiler.start');
		};
		const t0 = Date.now();
		if (firstVisit) {
			// Workers wait for the debugger when they start, so their profile misses nothing.
			session.on('Target.attachedToTarget', (event) => {
				if (event.targetInfo.type !== 'worker') return;
				void profiling(event.sessionId).then(() =>
					workers.send(event.sessionId, 'Runtime.runIfWaitingForDebugger')
				);
			});
			await session.send('Target.setAutoAttach', {
				autoAttach: true,
				waitForDebuggerOnStart: true,
				flatten: false
			});
			await startPage();
			await page.goto('./');
			await page.locator('[data-testid="kpi-customers"]').filter({ hasText: /\d/ }).waitFor();
			console.log(`first visit: navigation → figures ${((Date.now() - t0) / 1000).toFixed(2)} s`);
		} else {
			await page.goto('./');
			await page.locator('[data-testid="kpi-customers"]').filter({ hasText: /\d/ }).waitFor();
			await page.goto('import');
			await page.locator('input[type=file]').first().setInputFiles(file.path);
			const button = page.getByRole('button', { name: 'Import', exact: true });
			await button.waitFor();
			while (!(await button.isEnabled())) await page.waitForTimeout(100);
			await session.send('Target.setAutoAttach', {
				autoAttach: true,
				waitForDebuggerOnStart: false,
				flatten: false
			});
			await page.waitForTimeout(300);
			await startPage();
			for (const id of workers.targets.keys()) await profiling(id);
			const clicked = Date.now();
			await button.click();
			await page.waitForFunction(
				(base) =>
					location.pathname.replace(/\/+$/, '') === base &&
					/\d/.test(document.querySelector('[data-testid="kpi-customers"]')?.textContent ?? '') &&
					!document.querySelector('[data-testid="demo-banner"]'),
				BASE_PATH,
				{ polling: 'raf', timeout: 300_000 }
			);
			const seconds = ((Date.now() - clicked) / 1000).toFixed(2);
			console.log(`${size.label} ${shape}: click → figures ${seconds} s`);
		}
		// The figures' first render and what follows it in the same task end after the check above.
		await page.waitForTimeout(1000);
		const started = [...workers.targets.keys()];
		mkdirSync(join(root, 'bench-results'), { recursive: true });
		const profiles: [string, CpuProfile][] = [
			['page', (await session.send('Profiler.stop')).profile as CpuProfile]
		];
		for (const id of started) {
			const result = (await workers.send(id, 'Profiler.stop')) as { profile: CpuProfile };
			profiles.push([workers.targets.get(id) ?? id, result.profile]);
		}
		for (const [name, profile] of profiles) {
			const safe = name.replace(/[^\w.-]+/g, '_').slice(0, 60);
			writeFileSync(
				join(root, `bench-results/profile-${safe}.cpuprofile`),
				JSON.stringify(profile)
			);
			const times = selfTimes(profile).filter(([key]) => !key.startsWith('(idle)'));
			const total = times.reduce((sum, [, ms]) => sum + ms, 0);
			console.log(`\n${name}: ${total.toFixed(0)} ms busy`);
			for (const [key, ms] of times.slice(0, 25))
				console.log(`${ms.toFixed(0).padStart(7)} ms  ${key}`);
			if (argv.includes('--timeline'))
				console.log(timeline(profile, profiles[0][1].startTime).join('\n'));
			console.log('longest busy stretches (≈ tasks):');
			console.log(busyStretches(profile, profiles[0][1].startTime).join('\n'));
		}
	} finally {
		await browser.close();
		await server.close();
	}
}

await main();
