/**
 * Tick values of the scatterplot's axes and their place on screen, apart from Svelte and the DOM
 * so Node tests run them (spaces as in `layout.ts`).
 */
import { ticks as linearTicks } from 'd3';
import { forward, inverse, valueToPixel, type AxisTransform } from './layout';
import { visibleRange } from './view';

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

/** A tick placed on screen: its raw value, its screen pixel along the axis, and its label. */
export interface ScreenTick {
	value: number;
	at: number;
	label: string;
}

/** One axis of the zoomed plot, as the ticks need it. */
export interface AxisView {
	transform: AxisTransform;
	/** Axis-space domain of the base scale. */
	domain: [number, number];
	/** Plot size along the axis, pixels. */
	size: number;
	/** Values grow upwards (the y axis). */
	flip: boolean;
	/** The zoom: screen = base × k + offset (`View.x` or `View.y`). */
	k: number;
	offset: number;
}

/**
 * Integer ticks over the visible part of an axis, about one per `spacing` pixels (at least two),
 * placed on screen, labelled with `format` and thinned to at least `minGap` pixels apart.
 * @example screenTicks({ transform: { log: false, constant: 1 }, domain: [0, 100], size: 200,
 *   flip: false, k: 1, offset: 0 }, 100, String, 10)
 * // → [{ value: 0, at: 0, label: '0' }, { value: 50, at: 100, label: '50' }, { value: 100, at: 200, label: '100' }]
 */
export function screenTicks(
	axis: AxisView,
	spacing: number,
	format: (value: number) => string,
	minGap: number
): ScreenTick[] {
	const { transform, domain, size, flip, k, offset } = axis;
	const range = visibleRange(offset, k, domain, size, flip);
	const ticks = axisTicks(
		transform,
		inverse(transform, range[0]),
		inverse(transform, range[1]),
		Math.max(2, Math.floor(size / spacing)),
		true
	).map((value) => ({
		value,
		at: k * valueToPixel(forward(transform, value), domain, size, flip) + offset,
		label: format(value)
	}));
	return thinTicks(ticks, minGap);
}
