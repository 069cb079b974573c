/**
 * The floors under an import (issue 18): how much of the time to figures reading, decoding and
 * storing cost with no parsing at all, in Chromium on this machine, beside the raw read (0).
 *
 *   npx tsx scripts/bench/floors.ts [--size 1m] [--shape uci|shop] [--rounds 3]
 *
 * Each round opens `www/floors.html` once per floor, in a fresh browser (fresh IndexedDB), and
 * times `floors.worker.js` on the bench file: read only (one worker: the raw read of `npm run
 * bench` as Strata's reader slices the file; two workers: half each), read and decode (a parser
 * over strings cannot start before this), read and store (19 bytes a line, Strata's narrow
 * chunks) and all three, with the CPU of Chromium's threads. Floors alternate within a round.
 * Prints the medians, each over the one-worker read: the 3× goal of issue 18 is over that.
 */
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { chromiumPath } from '../../tests/chromium.mjs';
import { benchFile, parseShapes, parseSizes } from './data';
import { option } from './cli';
import { median } from './medians';
import { serveBenchPages } from './server';
import { ThreadCpu } from './thread-cpu';

interface Floor {
	name: string;
	decode: boolean;
	store: boolean;
	parts: number;
	/** Bytes decoded at a time (Strata: 64 KB); 0: a whole 4 MB slice. */
	piece?: number;
}

const FLOORS: Floor[] = [
	{ name: 'read, 1 worker', decode: false, store: false, parts: 1 },
	{ name: 'read, 2 workers', decode: false, store: false, parts: 2 },
	{ name: 'read + decode, 1 worker', decode: true, store: false, parts: 1 },
	{ name: 'read + decode, 2 workers', decode: true, store: false, parts: 2 },
	{ name: 'read + decode 64 KB, 2 workers', decode: true, store: false, parts: 2, piece: 65_536 },
	{ name: 'read + store, 2 workers', decode: false, store: true, parts: 2 },
	{ name: 'read + decode + store, 2 workers', decode: true, store: true, parts: 2 }
];

const root = fileURLToPath(new URL('../..', import.meta.url));
const size = parseSizes(option('--size', '1m'))[0];
const shape = parseShapes(option('--shape', 'uci'))[0];
const rounds = Number(option('--rounds', '3'));

async function measure(origin: string, path: string, floor: Floor) {
	const browser = await chromium.launch({
		executablePath: chromiumPath() ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu']
	});
	try {
		const page = await browser.newPage();
		await page.goto(`${origin}/bench/floors.html`);
		await page.waitForFunction('window.floorsReady');
		await page.setInputFiles('#file', path);
		await page.waitForTimeout(500);
		const threads = new ThreadCpu();
		threads.start();
		const result = await page.evaluate(
			(f) =>
				(
					window as unknown as {
						runFloors(f: unknown): Promise<{ seconds: number; lines: number }>;
					}
				).runFloors(f),
			{ decode: floor.decode, piece: floor.piece ?? 0, store: floor.store, parts: floor.parts }
		);
		const cpu = Object.values(threads.stop()).reduce((sum, ms) => sum + ms, 0);
		return { ...result, cpu };
	} finally {
		await browser.close();
	}
}

const file = await benchFile(root, size, shape);
const server = await serveBenchPages(root);
const load = loadavg().map((x) => x.toFixed(2));
const runs = new Map<string, { seconds: number; cpu: number }[]>();
try {
	for (let round = 0; round < rounds; round++) {
		for (const floor of FLOORS) {
			const run = await measure(server.origin, file.path, floor);
			runs.set(floor.name, [...(runs.get(floor.name) ?? []), run]);
			console.log(
				`round ${round + 1}: ${floor.name}: ${run.seconds.toFixed(3)} s, ` +
					`CPU ${run.cpu} ms, ${run.lines} lines`
			);
		}
	}
} finally {
	await server.close();
}
const base = median(runs.get(FLOORS[0].name)!.map((run) => run.seconds)) ?? NaN;
console.log(
	`\n${size.label} ${shape}, ${rounds} rounds, load ${load.join(' ')} → ` +
		`${loadavg()
			.map((x) => x.toFixed(2))
			.join(' ')}: medians`
);
for (const floor of FLOORS) {
	const seconds = median(runs.get(floor.name)!.map((run) => run.seconds)) ?? NaN;
	const cpu = median(runs.get(floor.name)!.map((run) => run.cpu)) ?? NaN;
	console.log(
		`${floor.name.padEnd(34)} ${seconds.toFixed(3)} s  ${(seconds / base).toFixed(1)}×  ` +
			`CPU ${cpu} ms`
	);
}
