/** The results as markdown: one table per question, then the notes that say what was measured. */
import { RAW_RUNS, type FloorResult, type PeerResult, type RawResult } from './baselines';
import type { BenchFile } from './data';
import type { MemoryPeaks } from './memory';
import { pageBenchmarks, type PageBenchmark } from './pages';
import type { StrataResult } from './strata';

export interface SizeResult {
	file: BenchFile;
	raw: RawResult | { error: string };
	floor: FloorResult | { error: string };
	peer: PeerResult | { error: string };
	strata: StrataResult;
}

export interface Environment {
	date: string;
	commit: string;
	chromium: string;
	node: string;
	cpus: string;
	memory: string;
	/** One-minute load average at the start and at the end of the run. */
	load: string;
	/** Peak resident memory of the Node harness, bytes. */
	harnessRss: number;
}

const MB = 1e6;

/**
 * Compact counts.
 * @example count(1234567) → '1.23 M'; count(98765) → '98.8 k'; count(512) → '512'
 */
export function count(value: number): string {
	if (value >= 1e6) return `${(value / 1e6).toFixed(2)} M`;
	if (value >= 1e3) return `${(value / 1e3).toFixed(1)} k`;
	return value.toFixed(0);
}

/** @example megabytes(12_345_678) → '12 MB'; megabytes(7_869_072) → '7.9 MB' */
export function megabytes(bytes: number): string {
	return `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
}

function seconds(value: number): string {
	return value.toFixed(value < 10 ? 2 : 1);
}

/**
 * A page benchmark's value in its unit: seconds under one as milliseconds.
 * @example pageValue(0.0423) → '42 ms'; pageValue(1.5) → '1.50 s'; pageValue(58.2, 'fps') → '58 fps'
 */
export function pageValue(value: number, unit: PageBenchmark['unit'] = 'seconds'): string {
	if (unit === 'fps') return `${value.toFixed(0)} fps`;
	return value < 1 ? `${(value * 1000).toFixed(0)} ms` : `${seconds(value)} s`;
}

function isError<T extends object>(value: T | { error: string }): value is { error: string } {
	return 'error' in value;
}

function memoryCells(memory: MemoryPeaks | null | undefined, wasmBytes?: number): string[] {
	if (!memory) return ['–', '–', '–'];
	const wasm = wasmBytes === undefined ? '' : ` + ${megabytes(wasmBytes)} wasm`;
	return [
		megabytes(memory.jsHeap),
		megabytes(memory.buffers) + wasm,
		memory.pss ? megabytes(memory.pss) : 'n/a'
	];
}

function throughput(file: BenchFile, time: number): string[] {
	return [seconds(time), `${count(file.rows / time)}/s`, (file.bytes / MB / time).toFixed(1)];
}

function row(cells: string[]): string {
	return `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
}

function ratio(numerator: number | undefined, denominator: number | undefined): string {
	if (!numerator || !denominator) return '–';
	return `${(numerator / denominator).toFixed(1)}×`;
}

/** Bytes in IndexedDB after the import, and how much the import added. */
function storageCell(strata: StrataResult): string {
	const imported = strata.import;
	if (!imported) return '–';
	const after = imported.storageAfter.indexedDB ?? imported.storageAfter.usage;
	const before = imported.storageBefore.indexedDB ?? imported.storageBefore.usage;
	return `${megabytes(after)} (+${megabytes(after - before)})`;
}

/** The report of one run; `medians` (a table of `medians.ts`, if any) comes first. */
export function renderReport(
	results: SizeResult[],
	environment: Environment,
	medians = ''
): string {
	const lines: string[] = [];
	const push = (...more: string[]) => lines.push(...more);

	push('# Strata import benchmark', '');
	push(
		`${environment.date} · commit ${environment.commit} · Chromium ${environment.chromium} · ` +
			`Node ${environment.node} · ${environment.cpus} · ${environment.memory} · ` +
			`load average ${environment.load}`,
		''
	);
	if (medians) push(medians, '## The last run', '');

	push('## Import: file → figures', '');
	push(
		row([
			'rows',
			'file',
			'measurement',
			'seconds',
			'rows/s',
			'MB/s',
			'peak JS heap',
			'peak ArrayBuffers',
			'peak Chromium PSS',
			'IndexedDB'
		]),
		'|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|'
	);
	for (const { file, raw, floor, peer, strata } of results) {
		const lead = [`${file.label} ${file.shape}`, megabytes(file.bytes)];
		if (isError(raw)) push(row([...lead, '(0) raw read: stream + count newlines', raw.error]));
		else
			push(
				row([
					...lead,
					'(0) raw read: stream + count newlines',
					...throughput(file, raw.seconds),
					...memoryCells(raw.memory),
					'–'
				])
			);
		if (isError(floor)) push(row([...lead, '(a) floor: papaparse in a worker', floor.error]));
		else
			push(
				row([
					...lead,
					'(a) floor: papaparse in a worker',
					...throughput(file, floor.seconds),
					...memoryCells(floor.memory),
					'–'
				])
			);
		if (isError(peer)) push(row([...lead, '(b) DuckDB-wasm', peer.error]));
		else
			push(
				row([
					...lead,
					`(b) DuckDB-wasm ${peer.version}: start ${seconds(peer.startSeconds)} + load ` +
						`${seconds(peer.loadSeconds)} + query ${seconds(peer.querySeconds)}`,
					...throughput(file, peer.seconds),
					...memoryCells(peer.memory, peer.wasmBytes),
					'–'
				])
			);
		if (strata.import) {
			push(
				row([
					...lead,
					'(c) Strata import: click → figures',
					...throughput(file, strata.import.seconds),
					...memoryCells(strata.import.memory),
					storageCell(strata)
				])
			);
		} else {
			push(row([...lead, '(c) Strata import', `Strata: ${strata.message ?? strata.status}`]));
		}
		if (strata.reopen) {
			push(
				row([
					...lead,
					'Strata reopen: reload → figures (memory retained)',
					seconds(strata.reopen.seconds),
					'–',
					'–',
					...memoryCells(strata.reopen.memory),
					'–'
				])
			);
		}
	}
	push('');

	push('## Strata against the raw read, the floor and the peer', '');
	push(
		row([
			'rows',
			'(0) raw',
			'(a) papaparse',
			'(b) DuckDB',
			'(c) Strata',
			'(c)/(0)',
			'(c)/(a)',
			'(c)/(b)',
			'peak JS heap (c)',
			'longest main-thread task (c)',
			'long tasks, blocking (c)',
			'customers: Strata / DuckDB'
		]),
		'|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
	);
	for (const { file, raw, floor, peer, strata } of results) {
		const imported = strata.import;
		const time = (value: { seconds: number } | { error: string } | undefined) =>
			!value || isError(value) ? '–' : seconds(value.seconds);
		const secondsOf = (value: { seconds: number } | { error: string }) =>
			isError(value) ? undefined : value.seconds;
		push(
			row([
				`${file.label} ${file.shape}`,
				time(raw),
				time(floor),
				time(peer),
				time(imported),
				ratio(imported?.seconds, secondsOf(raw)),
				ratio(imported?.seconds, secondsOf(floor)),
				ratio(imported?.seconds, secondsOf(peer)),
				imported ? megabytes(imported.memory.jsHeap) : '–',
				imported ? `${imported.longTasks.longest.toFixed(0)} ms` : '–',
				imported
					? `${imported.longTasks.count}, ${imported.longTasks.blocking.toFixed(0)} ms`
					: '–',
				`${imported ? imported.customers.toLocaleString('en') : '–'} / ${
					isError(peer) ? '–' : peer.customers.toLocaleString('en')
				}`
			])
		);
	}
	push('');

	push('## Reopen and first visit', '');
	push(
		row([
			'rows',
			'reopen: reload → figures',
			'longest task (reopen)',
			'first visit: demo → figures',
			'longest task (first visit)'
		]),
		'|---|---:|---:|---:|---:|'
	);
	for (const { file, strata } of results) {
		const { reopen, firstVisit } = strata;
		push(
			row([
				`${file.label} ${file.shape}`,
				reopen ? seconds(reopen.seconds) : '–',
				reopen ? `${reopen.longTasks.longest.toFixed(0)} ms` : '–',
				firstVisit ? seconds(firstVisit.seconds) : '–',
				firstVisit ? `${firstVisit.longTasks.longest.toFixed(0)} ms` : '–'
			])
		);
	}
	push('');

	const definitions = new Map(pageBenchmarks.map((benchmark) => [benchmark.name, benchmark]));
	const pageRows = results.flatMap(({ file, strata }) =>
		strata.pages.map((page) => {
			const definition = definitions.get(page.name);
			return row([
				`${file.label} ${file.shape}`,
				page.name,
				page.seconds === null
					? `failed: ${page.error ?? ''}`
					: pageValue(page.seconds, definition?.unit),
				...(definition?.reuses ? ['↑ same run', '↑'] : memoryCells(page.memory).slice(0, 2))
			]);
		})
	);
	if (pageRows.length) {
		push('## Page benchmarks (scripts/bench/pages.ts)', '');
		push(row(['rows', 'benchmark', 'result', 'peak JS heap', 'peak ArrayBuffers']));
		push('|---:|---|---:|---:|---:|', ...pageRows, '');
	}

	const targetRows = results.flatMap(({ file, strata }) =>
		strata.pages.flatMap((page) => {
			const target = definitions.get(page.name)?.target;
			if (!target) return [];
			const unit = definitions.get(page.name)?.unit;
			const customers = strata.import ? count(strata.import.customers) : '–';
			if (page.seconds === null)
				return [
					row([`${file.label} ${file.shape}`, customers, page.name, 'failed', target.text, '✗'])
				];
			return [
				row([
					`${file.label} ${file.shape}`,
					customers,
					page.name,
					pageValue(page.seconds, unit),
					target.text,
					target.met(page.seconds) ? '✓' : '✗'
				])
			];
		})
	);
	if (targetRows.length) {
		push('## Dashboard targets', '');
		push(row(['rows', 'customers', 'metric', 'value', 'target', 'met']));
		push('|---:|---:|---|---:|---|:-:|', ...targetRows, '');
	}

	push('## Notes', '');
	push(
		'- Sizes are data rows; MB is 10⁶ bytes; MB/s is file bytes over the measured seconds.',
		'- One run, no repetitions: a load average above the core count means other work shared',
		'  the CPU and the seconds are inflated.',
		'- (0) raw read: a Web Worker streams the File (`file.stream()`) and counts newline bytes;',
		`  nothing is decoded or kept; the median of ${RAW_RUNS} reads in one page (single reads varied`,
		'  by 3× on this machine). (c)/(0) is the import’s multiple of reading the bytes.',
		'- Shapes: `uci` is the UCI Online Retail export; `shop` a web-shop export (e-mail ids,',
		'  quoted product names with commas and quotes, quantity × unit price, 8 columns).',
		'- (a) floor: a Web Worker reads the File in 8 MiB slices through one streaming TextDecoder and',
		'  calls `Papa.parse(text, { header: false })` on whole lines; the worker starts before timing.',
		'- (b) DuckDB-wasm, single-threaded `eh` bundle from node_modules: start = worker + wasm +',
		'  connect; load = `registerFileHandle` (BROWSER_FILEREADER) + `CREATE TABLE … read_csv_auto(…, timestampformat = …)` (the shape’s date format);',
		'  query = per-customer last purchase day, purchases (orders with a positive total), monetary,',
		'  NTILE(5) scores, materialized as Arrow. Its module graph loads with the page, before timing.',
		'- (c) Strata: the production build under /strata, a snapshot of build/ on a static server.',
		'  Per size a fresh on-disk profile (incognito contexts keep IndexedDB in memory) first',
		'  lets the demo shop generate, then times the click on Import until the overview shows',
		'  the imported dataset’s customer count (checked every animation frame). Reopen waits for',
		'  the import’s whole analysis to reach the page (+0.5 s for its cached copy), reloads the',
		'  overview and times from navigation start to the figures; its memory cells are what',
		'  the page retains then, after a forced GC, not a peak (the reload keeps the renderer, so',
		'  a peak would count the import’s garbage).',
		'- Peak JS heap: largest sum of V8 `usedSize` over the page’s main thread and its dedicated',
		'  workers (CDP `Runtime.getHeapUsage`, every ~100 ms). Peak ArrayBuffers: their',
		'  `backingStorageSize` — memory outside the V8 heap behind ArrayBuffers, typed arrays and',
		'  external strings such as a file read as text. WebAssembly memory is in neither: for',
		'  DuckDB, “+ N wasm” is its wasm memory at the end, which never shrinks, so it is the peak.',
		'  Peak Chromium PSS: all processes of the measuring Chromium (browser, GPU, network,',
		'  renderers; the browser’s own baseline of a few hundred MB included), sampled once a',
		'  second from /proc.',
		'- IndexedDB: `navigator.storage.estimate()` after the import (`usageDetails.indexedDB`),',
		'  in brackets what the import added; the demo shop of the first visit is the rest.',
		'- Long tasks: main-thread `longtask` entries from click to figures; blocking = Σ(duration − 50 ms).',
		'  Each is in latest.json (and the log, for imports) with the scripts of the long animation frame',
		'  it ran in (`long-animation-frame`: invoker and milliseconds, longest first).',
		'- First visit: the fresh profile’s first navigation to the overview until the demo shop’s',
		'  customer count shows (generated, stored, analysed, drawn), code loading included.',
		'- Page benchmarks start from the overview (a fresh navigation) with the imported dataset active;',
		'  “↑ same run” rows read the scenario of the row above rather than repeating it. Scatter: first',
		'  draw is the app’s `scatter:first-draw` measure (customers in → first paint); pan + zoom drives',
		'  ~2 s of drags and wheel notches on `scatter-plot`, sent as trusted input at 60 Hz through CDP',
		'  without waiting for the page (as a moving mouse does), and counts `scatter:draw` measures and',
		'  animation frames in the page; the chart draws at most once per frame, with the newest view.',
		'  The brush is a Shift+drag over 55% ×',
		'  55% of the plot after the hit-test index is built, pointer up → the frame after the count',
		'  enters the DOM. Customers: `scrollTop` of `customers-table` in 40 steps then 5 jumps, two',
		'  animation frames each, with a `longtask` observer (a long task is one over 50 ms).',
		`- The Node harness peaked at ${megabytes(environment.harnessRss)} RSS: \`setInputFiles\` hands the`,
		'  local Chromium a path, so no CSV passes through Node.'
	);
	for (const { file, floor, peer, strata } of results) {
		for (const note of strata.notes) push(`- ${file.label}: ${note}.`);
		const foreign = [
			...(isError(floor) ? [] : floor.foreign),
			...(isError(peer) ? [] : peer.foreign),
			...strata.foreign
		];
		if (foreign.length)
			push(`- ${file.label}: requests left 127.0.0.1: ${foreign.slice(0, 5).join(', ')}`);
		if (strata.errors.length && strata.status !== 'unavailable')
			push(`- ${file.label}: app errors: ${strata.errors.slice(0, 3).join(' · ').slice(0, 400)}`);
	}
	push('');
	return lines.join('\n');
}
