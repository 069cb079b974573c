/**
 * The maths of the customer scatterplot, kept apart from Svelte and the DOM so Node tests run it.
 *
 * Spaces, from data to screen:
 * - *raw*: the metric in its own unit (days, purchases, cents);
 * - *axis*: raw + jitter (frequency only), then the axis transform (identity, or symmetric log);
 *   the base scale is linear in this space, so zooming and panning never touch the transform;
 * - *base*: CSS pixels of the plot area at zoom 1 (`toPixels`), computed once per axis choice and
 *   plot size into a `Float32Array`;
 * - *screen*: base × k + (x, y) (`View`). The zoom is uniform, so distances in base pixels are
 *   screen distances / k: the hit-test quadtree is built on base pixels and stays valid while the
 *   user pans and zooms (nearest on screen = nearest in base, with the radius divided by k).
 */
import { quadtree, ticks as linearTicks, type Quadtree, type QuadtreeLeaf } from 'd3';
import type { CustomerTable } from '$lib/core/analytics/types';
import {
	CUSTOMER_METRICS,
	customerMetric as metricValue,
	type CustomerMetric
} from '$lib/core/analytics/metrics';

/** What an axis shows of a customer (see `core/analytics/metrics`). */
export type Metric = CustomerMetric;

/** What the points are coloured (and the legend grouped) by. */
export type ColorBy = 'segment' | 'tier';

/** Axis metrics in menu order. */
export const METRICS: readonly Metric[] = CUSTOMER_METRICS;

/**
 * Whether a value (from the URL, say) is a metric.
 * @example isMetric('aov') // → true
 */
export function isMetric(value: unknown): value is Metric {
	return typeof value === 'string' && (METRICS as readonly string[]).includes(value);
}

/**
 * Indexes of scored customers, ascending: the points of the plot (a point's number is its
 * position in this array).
 * @example scoredIndexes(new Uint8Array([1, 0, 1])) // → Int32Array [0, 2]
 */
export function scoredIndexes(scored: Uint8Array): Int32Array {
	let count = 0;
	for (let c = 0; c < scored.length; c++) if (scored[c] === 1) count++;
	const indexes = new Int32Array(count);
	for (let c = 0, p = 0; c < scored.length; c++) if (scored[c] === 1) indexes[p++] = c;
	return indexes;
}

/** One customer's metric, raw. */
export { metricValue };

// ---------------------------------------------------------------------------------------------
// Axis transforms
// ---------------------------------------------------------------------------------------------

/**
 * The "log" toggle is a symmetric log, t = sign(v) · log10(1 + |v| / c), not a plain log: recency
 * is 0 for customers who bought on the as-of day and net revenue can be 0 or negative (returns), so
 * a plain log would drop or pin them. With c = 1 day, 1 purchase or 1 currency unit (100 cents),
 * the axis is linear below c and indistinguishable from log10 from 10·c up.
 */
export const LOG_CONSTANT: Record<Metric, number> = {
	recency: 1,
	frequency: 1,
	monetary: 100,
	aov: 100
};

/** Raw → axis space of one axis. */
export interface AxisTransform {
	log: boolean;
	/** Width of the linear region around 0 of the symmetric log, in raw units. */
	constant: number;
}

/** @example axisTransform('monetary', true) // → { log: true, constant: 100 } */
export function axisTransform(metric: Metric, log: boolean): AxisTransform {
	return { log, constant: LOG_CONSTANT[metric] };
}

/**
 * Raw value → axis space.
 * @example forward({ log: true, constant: 1 }, 99) // → 2
 */
export function forward(transform: AxisTransform, value: number): number {
	if (!transform.log) return value;
	return Math.sign(value) * Math.log10(1 + Math.abs(value) / transform.constant);
}

/**
 * Axis space → raw value (the inverse of `forward`).
 * @example inverse({ log: true, constant: 100 }, -1) // → -900
 */
export function inverse(transform: AxisTransform, value: number): number {
	if (!transform.log) return value;
	return Math.sign(value) * transform.constant * (10 ** Math.abs(value) - 1);
}

// ---------------------------------------------------------------------------------------------
// Jitter
// ---------------------------------------------------------------------------------------------

/** Half-width of the frequency jitter, in purchases: integers stay visibly apart. */
export const FREQUENCY_JITTER = 0.35;

/** Seeds of the two axes, so frequency against frequency spreads into a square, not a line. */
export const X_SEED = 0x9e3779b9;
export const Y_SEED = 0x85ebca6b;

/**
 * A deterministic pseudo-random number in [0, 1) from an integer (lowbias32 hash): the same
 * customer always lands on the same spot, so screenshots and tests are stable.
 * @example hash01(0, 0) // → 0
 */
export function hash01(index: number, seed: number): number {
	let h = (index ^ seed) >>> 0;
	h ^= h >>> 16;
	h = Math.imul(h, 0x7feb352d);
	h ^= h >>> 15;
	h = Math.imul(h, 0x846ca68b);
	h ^= h >>> 16;
	return (h >>> 0) / 4294967296;
}

/**
 * The offset added to a customer's raw value before the axis transform: frequency is a small
 * integer, so thousands of customers share each value; a fixed offset in ±0.35 purchases shows
 * how many are stacked there. Other metrics are continuous enough and get 0.
 * @example jitter('recency', 7, X_SEED) // → 0
 */
export function jitter(metric: Metric, customer: number, seed: number): number {
	if (metric !== 'frequency') return 0;
	return (hash01(customer, seed) * 2 - 1) * FREQUENCY_JITTER;
}

/**
 * Axis-space values of the points: raw metric + jitter, transformed. Done once per axis choice.
 * @example axisValues(table, 'recency', true, new Int32Array([0]), X_SEED) // → [2] for 99 days
 */
export function axisValues(
	customers: CustomerTable,
	metric: Metric,
	log: boolean,
	points: Int32Array,
	seed: number
): Float64Array {
	const transform = axisTransform(metric, log);
	const values = new Float64Array(points.length);
	for (let p = 0; p < points.length; p++) {
		const c = points[p];
		values[p] = forward(transform, metricValue(customers, metric, c) + jitter(metric, c, seed));
	}
	return values;
}

// ---------------------------------------------------------------------------------------------
// Domains and pixels
// ---------------------------------------------------------------------------------------------

/**
 * Extent of finite values widened by `padding` × span on each side, so edge points are not cut
 * in half. No values → [0, 1]; a single value v → v ± 10 % of |v| (± 1 at 0).
 * @example paddedExtent([0, 100], 0.05) // → [-5, 105]
 */
export function paddedExtent(values: ArrayLike<number>, padding = 0.04): [number, number] {
	let min = Infinity;
	let max = -Infinity;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (v < min) min = v;
		if (v > max) max = v;
	}
	if (!(min <= max)) return [0, 1];
	if (min === max) {
		const half = min === 0 ? 1 : Math.abs(min) * 0.1;
		return [min - half, max + half];
	}
	const pad = (max - min) * padding;
	return [min - pad, max + pad];
}

/**
 * Axis value → base pixel along an axis of `length` pixels; `flip` for y (up is larger).
 * @example valueToPixel(5, [0, 10], 200, true) // → 100
 */
export function valueToPixel(
	value: number,
	domain: readonly [number, number],
	length: number,
	flip: boolean
): number {
	const f = (value - domain[0]) / (domain[1] - domain[0]);
	return (flip ? 1 - f : f) * length;
}

/**
 * Base pixel → axis value (the inverse of `valueToPixel`).
 * @example pixelToValue(50, [0, 10], 200, false) // → 2.5
 */
export function pixelToValue(
	pixel: number,
	domain: readonly [number, number],
	length: number,
	flip: boolean
): number {
	const f = pixel / length;
	return domain[0] + (flip ? 1 - f : f) * (domain[1] - domain[0]);
}

/**
 * Base pixels of every point on one axis; Float32 halves the memory and is exact to far below a
 * pixel.
 * @example toPixels(new Float64Array([0, 10]), [0, 10], 100, true) // → Float32Array [100, 0]
 */
export function toPixels(
	values: Float64Array,
	domain: readonly [number, number],
	length: number,
	flip: boolean
): Float32Array {
	const pixels = new Float32Array(values.length);
	const scale = length / (domain[1] - domain[0]);
	for (let i = 0; i < values.length; i++) {
		const f = (values[i] - domain[0]) * scale;
		pixels[i] = flip ? length - f : f;
	}
	return pixels;
}

// ---------------------------------------------------------------------------------------------
// Zoom and pan
// ---------------------------------------------------------------------------------------------

/** Screen = base × k + (x, y), in CSS pixels of the plot area. */
export interface View {
	k: number;
	x: number;
	y: number;
}

export const IDENTITY_VIEW: View = { k: 1, x: 0, y: 0 };

/** Deepest zoom: a 100-day axis then shows a tenth of a day per screen. */
export const MAX_ZOOM = 1000;

/**
 * Clamp the zoom to [1, MAX_ZOOM] and the offsets so the zoomed plot always covers the plot area
 * (you cannot pan the data out of sight).
 * @example constrainView({ k: 2, x: 50, y: -500 }, 100, 100) // → { k: 2, x: 0, y: -100 }
 */
export function constrainView(view: View, width: number, height: number): View {
	const k = Math.min(MAX_ZOOM, Math.max(1, view.k));
	const clamp = (offset: number, length: number) =>
		Math.min(0, Math.max(length - k * length, offset));
	return { k, x: clamp(view.x, width), y: clamp(view.y, height) };
}

/**
 * Zoom by `factor` keeping the screen point (cx, cy) fixed (wheel at the cursor, keys at the
 * centre).
 * @example zoomView({ k: 1, x: 0, y: 0 }, 2, 50, 50, 100, 100) // → { k: 2, x: -50, y: -50 }
 */
export function zoomView(
	view: View,
	factor: number,
	cx: number,
	cy: number,
	width: number,
	height: number
): View {
	const k = Math.min(MAX_ZOOM, Math.max(1, view.k * factor));
	const ratio = k / view.k;
	return constrainView(
		{ k, x: cx - (cx - view.x) * ratio, y: cy - (cy - view.y) * ratio },
		width,
		height
	);
}

/**
 * Move the view by (dx, dy) screen pixels.
 * @example panView({ k: 2, x: -50, y: -50 }, 20, -80, 100, 100) // → { k: 2, x: -30, y: -100 }
 */
export function panView(view: View, dx: number, dy: number, width: number, height: number): View {
	return constrainView({ k: view.k, x: view.x + dx, y: view.y + dy }, width, height);
}

/**
 * Zoom factor of a wheel event, as d3-zoom computes it (pixel, line and page delta modes).
 * @example wheelFactor(-500, 0) // → 2
 */
export function wheelFactor(deltaY: number, deltaMode: number): number {
	const perUnit = deltaMode === 1 ? 0.05 : deltaMode === 2 ? 1 : 0.002;
	return 2 ** (-deltaY * perUnit);
}

/**
 * The axis-space range on screen along one axis of the plot.
 * @example visibleRange(-100, 2, [0, 10], 100, false) // → [5, 10]
 */
export function visibleRange(
	offset: number,
	k: number,
	domain: readonly [number, number],
	length: number,
	flip: boolean
): [number, number] {
	const a = pixelToValue((0 - offset) / k, domain, length, flip);
	const b = pixelToValue((length - offset) / k, domain, length, flip);
	return a <= b ? [a, b] : [b, a];
}

// ---------------------------------------------------------------------------------------------
// Ticks
// ---------------------------------------------------------------------------------------------

/**
 * Tick values (raw units) for the raw range [lo, hi] on an axis. Linear axes use d3's nice ticks;
 * symmetric-log axes put ticks on 0 and ±c·{1, 2, 5}·10ⁿ (±c·10ⁿ only, thinned, when the range
 * spans many decades) and fall back to linear ticks inside a range narrower than a decade.
 * `integer` drops fractional ticks (days, purchases).
 * @example axisTicks({ log: true, constant: 1 }, 0, 1000, 5, true) // → [0, 1, 10, 100, 1000]
 */
export function axisTicks(
	transform: AxisTransform,
	lo: number,
	hi: number,
	count: number,
	integer: boolean
): number[] {
	if (!(lo < hi)) return [];
	const keep = (v: number) => !integer || Number.isInteger(v);
	const span = forward(transform, hi) - forward(transform, lo);
	if (!transform.log || span < 1) return linearTicks(lo, hi, count).filter(keep);

	const c = transform.constant;
	const mantissas = span <= count / 3 ? [1, 2, 5] : [1];
	const largest = Math.max(Math.abs(lo), Math.abs(hi)) / c;
	const topExponent = Math.ceil(Math.log10(Math.max(1, largest)));
	const decadeStep = mantissas.length > 1 ? 1 : Math.max(1, Math.ceil(span / count));
	const magnitudes: number[] = [];
	for (let e = 0; e <= topExponent; e += decadeStep)
		for (const m of mantissas) magnitudes.push(m * c * 10 ** e);

	const values = new Set<number>();
	if (lo <= 0 && hi >= 0) values.add(0);
	for (const m of magnitudes) {
		if (m >= lo && m <= hi) values.add(m);
		if (-m >= lo && -m <= hi) values.add(-m);
	}
	return [...values].filter(keep).sort((a, b) => a - b);
}

/**
 * Drop ticks that would sit closer than `minGap` pixels to a kept one, so labels never collide
 * (a symmetric-log axis crowds 0 and ±c together). 0 is kept first, then ticks nearer 0 before
 * farther ones; the answer is in the input's order.
 * @example thinTicks([{ value: -1, at: 10 }, { value: 0, at: 20 }, { value: 10, at: 60 }], 15)
 * // → [{ value: 0, at: 20 }, { value: 10, at: 60 }]
 */
export function thinTicks<T extends { value: number; at: number }>(
	ticks: readonly T[],
	minGap: number
): T[] {
	const byPriority = [...ticks].sort((a, b) => Math.abs(a.value) - Math.abs(b.value));
	const kept = new Set<T>();
	for (const tick of byPriority) {
		let clear = true;
		for (const other of kept) if (Math.abs(other.at - tick.at) < minGap) clear = false;
		if (clear) kept.add(tick);
	}
	return ticks.filter((tick) => kept.has(tick));
}

// ---------------------------------------------------------------------------------------------
// The drawing set
// ---------------------------------------------------------------------------------------------

/** The points to draw, grouped by colour group so the canvas sets each colour once. */
export interface DrawingSet {
	/** Point numbers, group 0's first (ascending inside a group); hidden groups left out. */
	order: Int32Array;
	/** Group g's points are order[starts[g] … starts[g + 1]); length = groupCount + 1. */
	starts: Int32Array;
	/** Points drawn per group (0 for hidden groups). */
	counts: Int32Array;
}

/**
 * Which groups are hidden, by group index, from the hidden keys. Keys of other groupings are
 * ignored.
 * @example hiddenMask(['a', 'b', 'c'], ['c', 'zz']) // → Uint8Array [0, 0, 1]
 */
export function hiddenMask(groupKeys: readonly string[], hidden: readonly string[]): Uint8Array {
	const mask = new Uint8Array(groupKeys.length);
	groupKeys.forEach((key, g) => {
		if (hidden.includes(key)) mask[g] = 1;
	});
	return mask;
}

/**
 * Counting sort of the points by group, skipping hidden groups and points whose group is out of
 * range (`NONE`). O(n), stable.
 * @example drawingSet(new Uint8Array([1, 0, 1]), new Int32Array([0, 1, 2]), 2, new Uint8Array(2))
 * // → order [1, 0, 2], starts [0, 1, 3], counts [1, 2]
 */
export function drawingSet(
	groupOf: Uint8Array,
	points: Int32Array,
	groupCount: number,
	hidden: Uint8Array
): DrawingSet {
	const counts = new Int32Array(groupCount);
	for (let p = 0; p < points.length; p++) {
		const g = groupOf[points[p]];
		if (g < groupCount && !hidden[g]) counts[g]++;
	}
	const starts = new Int32Array(groupCount + 1);
	for (let g = 0; g < groupCount; g++) starts[g + 1] = starts[g] + counts[g];
	const order = new Int32Array(starts[groupCount]);
	const next = starts.slice(0, groupCount);
	for (let p = 0; p < points.length; p++) {
		const g = groupOf[points[p]];
		if (g < groupCount && !hidden[g]) order[next[g]++] = p;
	}
	return { order, starts, counts };
}

/**
 * Drawn points per group key, for the canvas's `data-groups` test hook.
 * @example drawnCounts(['a', 'b'], new Int32Array([3, 0])) // → { a: 3, b: 0 }
 */
export function drawnCounts(
	groupKeys: readonly string[],
	counts: Int32Array
): Record<string, number> {
	const result: Record<string, number> = {};
	groupKeys.forEach((key, g) => (result[key] = counts[g] ?? 0));
	return result;
}

// ---------------------------------------------------------------------------------------------
// Hit testing
// ---------------------------------------------------------------------------------------------

/**
 * An empty quadtree of point numbers on base pixels, covering the plot area (points outside it
 * still fit: the tree grows). Fill it with `indexPoints`, all at once or a chunk at a time so a
 * 100k-point build never blocks the page for long. Rebuilt when the axes, the plot size or the
 * drawn groups change; zoom and pan reuse it (see the module comment).
 */
export function createIndex(
	px: Float32Array,
	py: Float32Array,
	width: number,
	height: number
): Quadtree<number> {
	return quadtree<number>()
		.x((p) => px[p])
		.y((p) => py[p])
		.cover(0, 0)
		.cover(Math.max(1, width), Math.max(1, height));
}

/**
 * Add order[from … to) to an index.
 * @example indexPoints(index, drawing.order, 0, 10_000)
 */
export function indexPoints(
	index: Quadtree<number>,
	order: Int32Array,
	from: number,
	to: number
): void {
	for (let i = from; i < to; i++) index.add(order[i]);
}

/**
 * The whole index in one go (tests, small data).
 * @example buildIndex(px, py, order).size() // → order.length
 */
export function buildIndex(
	px: Float32Array,
	py: Float32Array,
	order: Int32Array
): Quadtree<number> {
	return quadtree<number>()
		.x((p) => px[p])
		.y((p) => py[p])
		.addAll(Array.from(order));
}

/**
 * The point nearest to base pixel (x, y) within `radius` base pixels, or null.
 * @example nearestPoint(buildIndex(px, py, order), 10, 10, 4) // → 0 for a point at (11, 12)
 */
export function nearestPoint(
	index: Quadtree<number>,
	x: number,
	y: number,
	radius: number
): number | null {
	return index.find(x, y, radius) ?? null;
}

/**
 * Numbers of the indexed points inside the base-pixel rectangle [x0, x1] × [y0, y1] (bounds in
 * any order, inclusive), ascending. Quadrants outside the rectangle are skipped unvisited.
 * @example pointsInRect(index, px, py, 0, 0, 10, 10) // → Int32Array [0, 3]
 */
export function pointsInRect(
	index: Quadtree<number>,
	px: Float32Array,
	py: Float32Array,
	x0: number,
	y0: number,
	x1: number,
	y1: number
): Int32Array {
	const left = Math.min(x0, x1);
	const right = Math.max(x0, x1);
	const top = Math.min(y0, y1);
	const bottom = Math.max(y0, y1);
	const found: number[] = [];
	index.visit((node, nx0, ny0, nx1, ny1) => {
		if (!node.length) {
			let leaf: QuadtreeLeaf<number> | undefined = node as QuadtreeLeaf<number>;
			while (leaf) {
				const p = leaf.data;
				const x = px[p];
				const y = py[p];
				if (x >= left && x <= right && y >= top && y <= bottom) found.push(p);
				leaf = leaf.next;
			}
		}
		// true = do not descend: the quadrant misses the rectangle.
		return nx0 > right || nx1 < left || ny0 > bottom || ny1 < top;
	});
	return Int32Array.from(found).sort();
}

/**
 * `pointsInRect` by a plain scan of the drawn points: the answer while the quadtree is still
 * being filled in the background (a scan of two typed arrays is faster than finishing it), and
 * for rectangles so large that visiting the quadtree costs more than looking at every point.
 * @example pointsInRectScan(px, py, order, 0, 0, 10, 10) // → Int32Array [0, 3]
 */
export function pointsInRectScan(
	px: Float32Array,
	py: Float32Array,
	order: Int32Array,
	x0: number,
	y0: number,
	x1: number,
	y1: number
): Int32Array {
	const left = Math.min(x0, x1);
	const right = Math.max(x0, x1);
	const top = Math.min(y0, y1);
	const bottom = Math.max(y0, y1);
	const found: number[] = [];
	for (let i = 0; i < order.length; i++) {
		const p = order[i];
		const x = px[p];
		const y = py[p];
		if (x >= left && x <= right && y >= top && y <= bottom) found.push(p);
	}
	return Int32Array.from(found).sort();
}

/**
 * `nearestPoint` by a plain scan (same answer; ties go to the earlier point in `order`), for the
 * moments before the quadtree is complete.
 * @example nearestByScan(px, py, order, 10, 10, 4) // → 0 for a point at (11, 12)
 */
export function nearestByScan(
	px: Float32Array,
	py: Float32Array,
	order: Int32Array,
	x: number,
	y: number,
	radius: number
): number | null {
	let best: number | null = null;
	let bestDistance = radius * radius;
	for (let i = 0; i < order.length; i++) {
		const p = order[i];
		const dx = px[p] - x;
		const dy = py[p] - y;
		const distance = dx * dx + dy * dy;
		if (distance < bestDistance || (best === null && distance === bestDistance)) {
			best = p;
			bestDistance = distance;
		}
	}
	return best;
}

// ---------------------------------------------------------------------------------------------
// Selection summary
// ---------------------------------------------------------------------------------------------

/**
 * What `onselect` receives when a brush completes: the selected customers' indexes (ascending,
 * into `CustomerTable` and `customerIds`) and the brushed rectangle in raw units of the x and y
 * metrics (days, purchases or cents; frequency ranges include the jitter).
 */
export interface ScatterSelection {
	indexes: Int32Array;
	x: [number, number];
	y: [number, number];
}

export {
	summarizeSelection,
	type GroupTally,
	type SelectionSummary
} from '$lib/core/analytics/selection';

/**
 * Customer indexes of point numbers.
 * @example customersOf(new Int32Array([4, 7, 9]), new Int32Array([0, 2])) // → Int32Array [4, 9]
 */
export function customersOf(points: Int32Array, pointNumbers: Int32Array): Int32Array {
	const result = new Int32Array(pointNumbers.length);
	for (let i = 0; i < pointNumbers.length; i++) result[i] = points[pointNumbers[i]];
	return result;
}
