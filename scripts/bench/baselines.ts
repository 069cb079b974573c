/**
 * The yardsticks Strata's import is compared with, each in a fresh browser context:
 * (0) the raw read, streaming the File in a Web Worker and counting newlines (`www/raw.*`),
 * (a) the floor, a bare papaparse parse in a Web Worker (`www/floor.*`), and
 * (b) the peer, DuckDB-wasm loading the file with read_csv_auto and running an RFM query
 *     (`www/peer.*`).
 * The file reaches the page as a real File through `setInputFiles` with a path, as a person's
 * file would; Playwright hands a local browser the path, not the bytes.
 */
import type { Browser, Page } from '@playwright/test';
import type { BenchFile } from './data';
import { MemorySampler, type MemoryPeaks } from './memory';

/** (0) the raw read or (a) the floor: one job of a worker on the file. */
export interface RawResult {
	seconds: number;
	/** Each run's seconds, when `seconds` is their median (the raw read). */
	runs?: number[];
	rows: number;
	memory: MemoryPeaks;
	/** Requests that left the bench server (there should be none). */
	foreign: string[];
}

export type FloorResult = RawResult;

export interface PeerResult {
	startSeconds: number;
	loadSeconds: number;
	querySeconds: number;
	seconds: number;
	rows: number;
	/** Customers with at least one purchase: the rows of the RFM result. */
	customers: number;
	/** Column types read_csv_auto chose, e.g. `InvoiceDate:TIMESTAMP`. */
	types: string;
	version: string;
	/** Size of DuckDB's WebAssembly memory at the end, which is its peak (it never shrinks). */
	wasmBytes: number;
	memory: MemoryPeaks;
	/** Requests that left the bench server (there should be none). */
	foreign: string[];
}

/** Open a page of the bench server with the file chosen in its `#file` input. */
async function openWithFile(browser: Browser, url: string, file: BenchFile, ready: string) {
	const context = await browser.newContext();
	const foreign: string[] = [];
	context.on('request', (request) => {
		if (!request.url().startsWith(new URL(url).origin)) foreign.push(request.url());
	});
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForFunction(ready, undefined, { timeout: 60_000 });
	await page.setInputFiles('#file', file.path);
	const sampler = await MemorySampler.attach(context, page);
	return { context, page, sampler, foreign };
}

function timeout(file: BenchFile): number {
	return 60_000 + (file.rows / 1e6) * 60_000;
}

/** Time one job of a `timedWorker` page (`www/timed-worker.js`): the raw read or the floor. */
async function measureWorkerPage(
	browser: Browser,
	url: string,
	file: BenchFile,
	name: 'Raw' | 'Floor',
	runs = 1
): Promise<RawResult> {
	const { context, page, sampler, foreign } = await openWithFile(
		browser,
		url,
		file,
		`window.${name.toLowerCase()}Ready`
	);
	try {
		await sampler.collectGarbage();
		sampler.start();
		const results: { seconds: number; rows: number }[] = [];
		for (let k = 0; k < runs; k++) {
			results.push(
				await evaluate<{ seconds: number; rows: number }>(
					page,
					`window.run${name}()`,
					timeout(file)
				)
			);
		}
		const seconds = results.map((result) => result.seconds).sort((a, b) => a - b);
		const median = seconds[Math.floor((seconds.length - 1) / 2)];
		return {
			...results[0],
			seconds: median,
			...(runs > 1 ? { runs: results.map((result) => result.seconds) } : {}),
			memory: await sampler.stop(),
			foreign
		};
	} finally {
		await sampler.detach();
		await context.close();
	}
}

/**
 * Raw reads per measurement: single reads of the same file varied 0.17–0.51 s on the shared
 * 2-core machine, and (c)/(0) took all of that noise; the median of three is the yardstick.
 */
export const RAW_RUNS = 3;

export function measureRaw(browser: Browser, origin: string, file: BenchFile): Promise<RawResult> {
	return measureWorkerPage(browser, `${origin}/bench/raw.html`, file, 'Raw', RAW_RUNS);
}

export function measureFloor(
	browser: Browser,
	origin: string,
	file: BenchFile
): Promise<FloorResult> {
	return measureWorkerPage(browser, `${origin}/bench/floor.html`, file, 'Floor');
}

export async function measurePeer(
	browser: Browser,
	origin: string,
	file: BenchFile
): Promise<PeerResult> {
	const { context, page, sampler, foreign } = await openWithFile(
		browser,
		`${origin}/bench/peer.html`,
		file,
		'window.peerReady'
	);
	try {
		await sampler.collectGarbage();
		sampler.start();
		const result = await evaluate<Omit<PeerResult, 'seconds' | 'memory' | 'foreign'>>(
			page,
			`window.runPeer(${JSON.stringify(file.shape)})`,
			timeout(file)
		);
		const seconds = result.startSeconds + result.loadSeconds + result.querySeconds;
		return { ...result, seconds, memory: await sampler.stop(), foreign };
	} finally {
		await sampler.detach();
		await context.close();
	}
}

/** page.evaluate has no timeout of its own: race it against one. */
async function evaluate<T>(page: Page, expression: string, ms: number): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const expired = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms);
	});
	try {
		return await Promise.race([page.evaluate(expression) as Promise<T>, expired]);
	} finally {
		clearTimeout(timer);
	}
}
