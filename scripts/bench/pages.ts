/**
 * Page benchmarks: the extension point for dashboard benchmarks (scatterplot, tables, …).
 *
 * After each Strata import the harness hands every benchmark below a page showing the overview
 * at the app's base URL, with the freshly imported dataset active, in the context that did the
 * import (so IndexedDB holds the dataset). A benchmark does its thing, measures what it wants and
 * returns seconds; the harness samples peak memory around it and prints a table of the results.
 * Relative URLs resolve against the base URL: `page.goto('segments')` opens `/strata/segments`.
 *
 * To add one, append an object to `pageBenchmarks`. Return timings measured in the page where
 * you can (e.g. `performance.now()` after a navigation), not Node's clock around Playwright calls.
 *
 * One scenario often yields several figures (a brush: the selection's compute time and the time
 * until the count shows). `scenario()` runs it once, in the first of its entries; the entries that
 * follow it (`reuses: true`) read that same run instead of repeating it. A product target on an
 * entry (`target`) puts it in the report's "dashboard targets" table; the bench never asserts.
 */
import type { Page } from '@playwright/test';

export interface PageTarget {
	/** How the report prints the target, e.g. '≤ 300 ms'. */
	text: string;
	/** Whether a value (in the benchmark's unit) meets it. */
	met(value: number): boolean;
}

export interface PageBenchmark {
	/** Short name for the results table. */
	name: string;
	/** Seconds (or frames per second, see `unit`), for a page at the app's base URL with the imported dataset active. */
	run(page: Page): Promise<number>;
	/** What `run` returns: seconds unless said otherwise. */
	unit?: 'seconds' | 'fps';
	/** The product's target for this figure. */
	target?: PageTarget;
	/** Reads the run of an earlier entry: its memory cells are not its own. */
	reuses?: boolean;
}

/** Seconds since the current document's navigation started, read in the page. */
export async function secondsSinceNavigation(page: Page): Promise<number> {
	return page.evaluate(() => performance.now() / 1000);
}

/**
 * One measurement shared by several entries: `first` runs it (and remembers the promise, a
 * failure included), `then` reads the last run. The harness runs the entries in order per size.
 */
function scenario<T>(measure: (page: Page) => Promise<T>) {
	let last: Promise<T> | null = null;
	return {
		first<R>(pick: (result: T) => R): (page: Page) => Promise<R> {
			return async (page) => {
				last = measure(page);
				return pick(await last);
			};
		},
		then<R>(pick: (result: T) => R): () => Promise<R> {
			return async () => {
				if (!last) throw new Error('the scenario has not run');
				return pick(await last);
			};
		}
	};
}

const atMost = (seconds: number, text: string): PageTarget => ({
	text,
	met: (value) => value <= seconds
});

// Scatterplot ------------------------------------------------------------------------------------

const SCATTER_TIMEOUT = 120_000;

/** Opens /segments and waits until the scatterplot has painted the dataset's points once. */
async function openScatter(page: Page) {
	await page.goto('segments');
	// Checked every animation frame; the value is the page's clock when it first held.
	const pointsAt = await page
		.waitForFunction(
			() => {
				const canvas = document.querySelector('[data-testid="scatter-canvas"]');
				return Number(canvas?.getAttribute('data-points') ?? 0) > 0 && performance.now();
			},
			undefined,
			{ polling: 'raf', timeout: SCATTER_TIMEOUT }
		)
		.then((handle) => handle.jsonValue() as Promise<number>);
	await page.waitForFunction(
		() => performance.getEntriesByName('scatter:first-draw', 'measure').length > 0,
		undefined,
		{ polling: 'raf', timeout: SCATTER_TIMEOUT }
	);
	const draw = await page.evaluate(() => {
		const [entry] = performance.getEntriesByName('scatter:first-draw', 'measure');
		const canvas = document.querySelector('[data-testid="scatter-canvas"]');
		return {
			duration: entry.duration,
			end: entry.startTime + entry.duration,
			points: Number(canvas?.getAttribute('data-points') ?? 0)
		};
	});
	return { pointsAt: pointsAt / 1000, firstDraw: draw.duration / 1000, points: draw.points };
}

/** The plot area in view, and its box in viewport pixels. */
async function plotBox(page: Page) {
	const plot = page.getByTestId('scatter-plot');
	await plot.scrollIntoViewIfNeeded();
	const box = await plot.boundingBox();
	if (!box) throw new Error('scatter-plot has no box');
	return box;
}

/**
 * tsx compiles this file with esbuild's keepNames, which wraps named functions in `__name(…)`;
 * functions handed to `page.evaluate` that declare any need that helper in the page too.
 */
async function defineNameHelper(page: Page) {
	await page.evaluate('globalThis.__name ??= (fn) => fn');
}

/** Two animation frames: whatever was scheduled has been painted. */
async function settle(page: Page) {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) =>
				requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
			)
	);
}

const firstDraw = scenario(openScatter);

/** How long the pan and zoom gestures last, milliseconds. */
const GESTURE_MS = 2_000;

/** What the page counts during the pan and zoom gestures (on `window.__panZoom`). */
interface PanZoomState {
	running: boolean;
	/** requestAnimationFrame callbacks. */
	frames: number;
	/** Durations of the scatter:draw measures, milliseconds. */
	draws: number[];
	/** Wheel events and pointer moves with a button down on the plot: the view changes asked for. */
	inputs: number;
	start: number;
	end: number;
	observer: PerformanceObserver;
}

/** Events per second a moving mouse or touchpad sends (many send more; browsers coalesce them). */
const INPUT_HZ = 60;

/**
 * Pan and zoom for GESTURE_MS the way a person's mouse does it: input at INPUT_HZ, whatever the
 * page is doing. Playwright's `mouse` waits for each event to be handled before it sends the
 * next, which caps the input rate at the page's frame rate and measures the benchmark, not the
 * chart; so the events go straight to Chromium's input pipeline (CDP `Input.dispatchMouseEvent`,
 * trusted events) without waiting, paced by Node's timers. Each cycle drags the view round an
 * ellipse for two thirds of a second, then turns the wheel ten notches in and eight out: the view
 * only ever zooms in overall, so no wheel event falls through to scroll the page.
 */
async function gesture(page: Page, box: { x: number; y: number; width: number; height: number }) {
	const cdp = await page.context().newCDPSession(page);
	const sent: Promise<unknown>[] = [];
	type MouseEvent = Parameters<typeof cdp.send<'Input.dispatchMouseEvent'>>[1];
	const send = (event: MouseEvent) =>
		sent.push(cdp.send('Input.dispatchMouseEvent', event).catch(() => undefined));
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	const reach = Math.min(box.width, box.height) / 4;
	const CYCLE = INPUT_HZ;
	let pressed = false;
	let at = { x: cx, y: cy };
	const start = Date.now();
	for (let tick = 0; Date.now() - start < GESTURE_MS; tick++) {
		const phase = tick % CYCLE;
		if (phase < (CYCLE * 2) / 3) {
			const angle = (phase / CYCLE) * 3 * Math.PI;
			at = { x: cx + reach * Math.sin(angle), y: cy + (reach / 2) * (1 - Math.cos(angle)) };
			if (!pressed) {
				send({ type: 'mousePressed', ...at, button: 'left', buttons: 1, clickCount: 1 });
				pressed = true;
			} else send({ type: 'mouseMoved', ...at, button: 'left', buttons: 1 });
		} else {
			if (pressed) {
				send({ type: 'mouseReleased', ...at, button: 'left', buttons: 0, clickCount: 1 });
				pressed = false;
			}
			const notch = phase - (CYCLE * 2) / 3;
			const deltaY = notch < 10 ? -100 : notch < 18 ? 100 : 0;
			if (deltaY) send({ type: 'mouseWheel', x: cx, y: cy, deltaX: 0, deltaY });
		}
		await new Promise((resolve) => setTimeout(resolve, 1000 / INPUT_HZ));
	}
	if (pressed) send({ type: 'mouseReleased', ...at, button: 'left', buttons: 0, clickCount: 1 });
	await Promise.all(sent);
	await cdp.detach();
}

const panZoom = scenario(async (page) => {
	await openScatter(page);
	const box = await plotBox(page);
	await settle(page);
	await defineNameHelper(page);
	await page.evaluate(() => {
		const state: PanZoomState = {
			running: true,
			frames: 0,
			draws: [],
			inputs: 0,
			start: performance.now(),
			end: 0,
			observer: new PerformanceObserver((list) => {
				for (const entry of list.getEntriesByName('scatter:draw'))
					if (entry.startTime >= state.start && (!state.end || entry.startTime <= state.end))
						state.draws.push(entry.duration);
			})
		};
		state.observer.observe({ type: 'measure' });
		const tick = () => {
			if (!state.running) return;
			state.frames++;
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
		const plot = document.querySelector('[data-testid="scatter-plot"]');
		const count = (event: Event) => {
			if (state.running && (event.type === 'wheel' || (event as PointerEvent).buttons))
				state.inputs++;
		};
		plot?.addEventListener('wheel', count, { passive: true });
		plot?.addEventListener('pointermove', count, { passive: true });
		Object.assign(window, { __panZoom: state });
	});
	await gesture(page, box);
	const result = await page.evaluate(async () => {
		const state = (window as unknown as { __panZoom: PanZoomState }).__panZoom;
		state.end = performance.now();
		state.running = false;
		// Draws that started before the end may still have to reach the observer.
		await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
		state.observer.disconnect();
		const { frames, draws, inputs } = state;
		return { seconds: (state.end - state.start) / 1000, frames, draws, inputs };
	});
	if (!result.draws.length) throw new Error('no scatter:draw measure during pan and zoom');
	return {
		drawsPerSecond: result.draws.length / result.seconds,
		framesPerSecond: result.frames / result.seconds,
		inputsPerSecond: result.inputs / result.seconds,
		meanDraw: result.draws.reduce((sum, draw) => sum + draw, 0) / result.draws.length / 1000,
		longestDraw: Math.max(...result.draws) / 1000
	};
});

const brush = scenario(async (page) => {
	await openScatter(page);
	// A person brushes after looking at the plot: let the background hit-test index finish.
	await page
		.waitForFunction(
			() => performance.getEntriesByName('scatter:index', 'measure').length > 0,
			undefined,
			{
				timeout: 30_000
			}
		)
		.catch(() => undefined);
	const box = await plotBox(page);
	await settle(page);
	await page.evaluate(() => {
		performance.clearMeasures('scatter:select');
		const state = { up: 0, shown: 0 };
		addEventListener('pointerup', (event) => (state.up = event.timeStamp), {
			capture: true,
			once: true
		});
		const observer = new MutationObserver(() => {
			if (!document.querySelector('[data-testid="scatter-selection-count"]')) return;
			observer.disconnect();
			// The count is in the DOM; the frame that paints it starts at the next animation frame.
			requestAnimationFrame(() => (state.shown = performance.now()));
		});
		observer.observe(document.body, { childList: true, subtree: true });
		Object.assign(window, { __brush: state });
	});
	// √0.3 ≈ 0.55 of each side: about 30% of the plot's area.
	const from = { x: box.x + box.width * 0.2, y: box.y + box.height * 0.2 };
	const to = { x: box.x + box.width * 0.75, y: box.y + box.height * 0.75 };
	await page.mouse.move(from.x, from.y);
	await page.keyboard.down('Shift');
	await page.mouse.down();
	await page.mouse.move(to.x, to.y, { steps: 10 });
	await page.mouse.up();
	await page.keyboard.up('Shift');
	const times = await page
		.waitForFunction(
			() => {
				const state = (window as unknown as { __brush: { up: number; shown: number } }).__brush;
				const [select] = performance.getEntriesByName('scatter:select', 'measure');
				return state.shown > 0 && select
					? { select: select.duration, wall: state.shown - state.up }
					: false;
			},
			undefined,
			{ polling: 'raf', timeout: 30_000 }
		)
		.then((handle) => handle.jsonValue() as Promise<{ select: number; wall: number }>);
	return { select: times.select / 1000, wall: times.wall / 1000 };
});

// Customers table --------------------------------------------------------------------------------

const tableScroll = scenario(async (page) => {
	await page.goto('customers');
	await page.getByTestId('customer-row').first().waitFor({ timeout: SCATTER_TIMEOUT });
	await defineNameHelper(page);
	const result = await page.evaluate(async () => {
		const scroller = document.querySelector<HTMLElement>('[data-testid="customers-table"]');
		if (!scroller) throw new Error('no customers-table');
		const tasks: PerformanceEntry[] = [];
		const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
		observer.observe({ type: 'longtask', buffered: true });
		const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
		// Scroll, then two frames: the table's own frame reads scrollTop, the next paints the rows.
		const scrollTo = async (top: number) => {
			scroller.scrollTop = top;
			await frame();
			await frame();
		};
		await frame();
		const start = performance.now();
		const bottom = scroller.scrollHeight - scroller.clientHeight;
		const STEPS = 40;
		for (let i = 1; i <= STEPS; i++) await scrollTo((bottom * i) / STEPS);
		for (const jump of [0, 0.5, 0.1, 0.9, 1]) await scrollTo(bottom * jump);
		const end = performance.now();
		// Long-task entries arrive after their task: give the last ones a moment.
		await new Promise((resolve) => setTimeout(resolve, 200));
		tasks.push(...observer.takeRecords());
		observer.disconnect();
		const during = tasks.filter((task) => task.startTime + task.duration >= start);
		const rows = document.querySelectorAll('[data-testid="customer-row"]').length;
		return {
			seconds: (end - start) / 1000,
			longest: Math.max(0, ...during.map((task) => task.duration)) / 1000,
			rows
		};
	});
	if (!result.rows) throw new Error('no customer rows after scrolling');
	return result;
});

// Products page ----------------------------------------------------------------------------------

/** The page's clock when the first row of `pairs-table` is in the DOM (checked every frame). */
function pairRowAt(page: Page, timeout: number): Promise<number> {
	return page
		.waitForFunction(
			() => document.querySelector('[data-testid="pair-row"]') !== null && performance.now(),
			undefined,
			{ polling: 'raf', timeout }
		)
		.then((handle) => handle.jsonValue() as Promise<number>);
}

/**
 * Opens /products once, so that the worker computes its figures and stores them in IndexedDB.
 * Then, each time in a new document (a new worker, nothing in its memory): opens /products and
 * takes navigation → first pair row (`document`, app start-up included); opens the overview and
 * takes a click on the Products link → first pair row (`link`). Seconds.
 */
export async function openProductsCached(
	page: Page,
	timeout = 300_000
): Promise<{ document: number; link: number }> {
	await page.goto('products');
	await pairRowAt(page, timeout);
	await page.goto('products');
	const document = (await pairRowAt(page, timeout)) / 1000;
	await page.goto('./');
	await page.getByTestId('kpi-customers').filter({ hasText: /\d/ }).waitFor({ timeout });
	await page.evaluate(() =>
		addEventListener('click', (event) => Object.assign(window, { __clickAt: event.timeStamp }), {
			capture: true,
			once: true
		})
	);
	await page.getByRole('link', { name: 'Products', exact: true }).click();
	const shown = await pairRowAt(page, timeout);
	const clickAt = await page.evaluate(() => (window as unknown as { __clickAt: number }).__clickAt);
	return { document, link: (shown - clickAt) / 1000 };
}

const productsCached = scenario((page) => openProductsCached(page));

export const pageBenchmarks: PageBenchmark[] = [
	{
		name: 'datasets page: open → table rows',
		async run(page) {
			await page.goto('datasets');
			await page.getByTestId('dataset-row').first().waitFor({ timeout: 60_000 });
			return secondsSinceNavigation(page);
		}
	},
	{
		name: 'scatter first draw: scatter:first-draw (data → first paint)',
		run: firstDraw.first((result) => result.firstDraw),
		target: atMost(0.3, '≤ 300 ms')
	},
	{
		name: 'scatter first draw: navigation → canvas data-points > 0',
		run: firstDraw.then((result) => result.pointsAt),
		reuses: true
	},
	{
		name: 'scatter pan + zoom: redraws per second (scatter:draw ÷ s)',
		run: panZoom.first((result) => result.drawsPerSecond),
		unit: 'fps',
		target: { text: '≥ 30 fps', met: (value) => value >= 30 }
	},
	{
		name: 'scatter pan + zoom: animation frames per second',
		run: panZoom.then((result) => result.framesPerSecond),
		unit: 'fps',
		reuses: true
	},
	{
		name: 'scatter pan + zoom: input events per second (wheel + drag moves)',
		run: panZoom.then((result) => result.inputsPerSecond),
		unit: 'fps',
		reuses: true
	},
	{
		name: 'scatter pan + zoom: mean scatter:draw',
		run: panZoom.then((result) => result.meanDraw),
		reuses: true
	},
	{
		name: 'scatter pan + zoom: longest scatter:draw',
		run: panZoom.then((result) => result.longestDraw),
		reuses: true
	},
	{
		name: 'scatter brush (30% of the plot): scatter:select',
		run: brush.first((result) => result.select),
		target: atMost(0.1, '≤ 100 ms')
	},
	{
		name: 'scatter brush: pointer up → selection count shown',
		run: brush.then((result) => result.wall),
		reuses: true
	},
	{
		name: 'customers table scroll: longest long task (0 if none)',
		run: tableScroll.first((result) => result.longest),
		// Long tasks are the tasks over 50 ms: the target is that none happens.
		target: atMost(0.05, 'no long task (> 50 ms)')
	},
	{
		name: 'customers table scroll: 40 steps + 5 jumps, total',
		run: tableScroll.then((result) => result.seconds),
		reuses: true
	},
	{
		name: 'products page: navigation → pairs table visible, results cached (new document)',
		run: productsCached.first((result) => result.document)
	},
	{
		name: 'products page: Products link click → pairs table visible, results cached',
		run: productsCached.then((result) => result.link),
		target: atMost(0.3, '≤ 300 ms'),
		reuses: true
	}
];
