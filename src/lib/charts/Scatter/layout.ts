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
 *
 * What an axis can show and its raw values are in `metrics.ts`; the points grouped for drawing in
 * `drawing-set.ts`; what a brush hands on in `selection.ts`.
 */
import type { CustomerTable } from '$lib/core/analytics/types';
import type { ForecastColumns } from '$lib/core/customer-query';
import { axisRawValue, type Metric } from './metrics';

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
