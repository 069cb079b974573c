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
import type { CustomerTable } from '$lib/core/analytics/types';
import type { MessageKey } from '$lib/i18n/en';
import {
	CUSTOMER_METRICS,
	customerMetric as metricValue,
	type CustomerMetric
} from '$lib/core/analytics/metrics';
import { forecastValue, type ForecastColumns } from '$lib/core/customer-query';

/** Forecast figures an axis can show: predicted CLV (currency units) and P(alive) (0–1). */
export type ForecastAxis = 'clv' | 'p_alive';

/** Forecast axes in menu order. */
export const FORECAST_AXES: readonly ForecastAxis[] = ['clv', 'p_alive'];

/**
 * What an axis shows of a customer: a metric of `core/analytics/metrics`, or a forecast figure
 * read from the worker's forecast (`core/clv`), never recomputed here.
 */
export type Metric = CustomerMetric | ForecastAxis;

/** Catalog key of each metric's name. */
export const METRIC_LABEL_KEY: Record<Metric, MessageKey> = {
	recency: 'scatter.metric.recency',
	frequency: 'scatter.metric.frequency',
	monetary: 'scatter.metric.monetary',
	aov: 'scatter.metric.aov',
	clv: 'scatter.metric.clv',
	p_alive: 'scatter.metric.p_alive'
};

/**
 * Whether an axis shows a forecast figure (and so needs the forecast loaded).
 * @example isForecastAxis('p_alive') // → true
 */
export function isForecastAxis(metric: Metric): metric is ForecastAxis {
	return metric === 'clv' || metric === 'p_alive';
}

/** What the points are coloured (and the legend grouped) by. */
export type ColorBy = 'segment' | 'tier';

/** Axis metrics in menu order. */
export const METRICS: readonly Metric[] = [...CUSTOMER_METRICS, ...FORECAST_AXES];

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

/**
 * Indexes of the customers a plot of metrics `axes` can place: scored, and with a finite forecast
 * figure on each forecast axis (customers the model cannot score have none).
 * @example plottedIndexes(Uint8Array.of(1, 1, 0), { p_alive: [0.5, NaN, 1], … }, ['recency', 'p_alive'])
 * // → Int32Array [0]
 */
export function plottedIndexes(
	scored: Uint8Array,
	forecast: ForecastColumns,
	axes: readonly Metric[]
): Int32Array {
	const needed = axes.filter(isForecastAxis);
	if (needed.length === 0) return scoredIndexes(scored);
	const keep = new Uint8Array(scored.length);
	for (let c = 0; c < scored.length; c++)
		keep[c] =
			scored[c] === 1 && needed.every((m) => Number.isFinite(forecastValue(forecast, m, c)))
				? 1
				: 0;
	return scoredIndexes(keep);
}

/** One customer's metric, raw. */
export { metricValue };

/**
 * One customer's raw value on an axis: the analysis metric, or the forecast's figure (NaN when
 * there is none or no forecast is loaded).
 * @example axisRawValue(customers, { clv: [12.5], … }, 'clv', 0) // → 12.5
 */
export function axisRawValue(
	customers: CustomerTable,
	forecast: ForecastColumns,
	metric: Metric,
	customer: number
): number {
	return isForecastAxis(metric)
		? forecastValue(forecast, metric, customer)
		: metricValue(customers, metric, customer);
}

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
	aov: 100,
	// CLV is in currency units (not cents), P(alive) a probability: a point of a percent.
	clv: 1,
	p_alive: 0.01
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
	seed: number,
	forecast: ForecastColumns = null
): Float64Array {
	const transform = axisTransform(metric, log);
	const values = new Float64Array(points.length);
	for (let p = 0; p < points.length; p++) {
		const c = points[p];
		const raw = axisRawValue(customers, forecast, metric, c);
		values[p] = forward(transform, raw + jitter(metric, c, seed));
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
// Selection summary
// ---------------------------------------------------------------------------------------------

/**
 * What `onselect` receives when a brush completes: the selected customers' indexes (ascending,
 * into `CustomerTable` and `customerIds`) and the brushed rectangle in raw units of the x and y
 * metrics (days, purchases, cents, CLV in currency units or P(alive); frequency ranges include the
 * jitter).
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
