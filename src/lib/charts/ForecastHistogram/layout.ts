/**
 * Geometry of a forecast histogram (P(alive), CLV): one vertical bar per equal-width bin the worker
 * counted, a linear count axis with nice ticks and a few labelled bin edges.
 */
import { scaleLinear } from 'd3';

export interface HistogramInput {
	min: number;
	max: number;
	counts: ArrayLike<number>;
}

export interface HistogramBar {
	index: number;
	/** The bin's range of values, [from, to). */
	from: number;
	to: number;
	count: number;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface HistogramLayout {
	width: number;
	height: number;
	left: number;
	right: number;
	top: number;
	bottom: number;
	bars: HistogramBar[];
	yTicks: { value: number; y: number }[];
	/** Bin edges to label on the x axis. */
	xTicks: { value: number; x: number }[];
}

/**
 * Lay out bins for a chart `width` × `height` pixels.
 * @example
 * histogramLayout({ min: 0, max: 1, counts: [1, 3] }, 240, 140).bars.map((b) => b.height)
 * // → [33, 100] (plot 100 px high; 3 is the top tick)
 */
export function histogramLayout(
	input: HistogramInput,
	width: number,
	height: number
): HistogramLayout {
	const left = 48;
	const right = width - 12;
	const top = 12;
	const bottom = height - 28;
	const n = input.counts.length;
	let highest = 0;
	for (let i = 0; i < n; i++) highest = Math.max(highest, input.counts[i]);
	const y = scaleLinear()
		.domain([0, Math.max(1, highest)])
		.range([bottom, top])
		.nice(4);
	const x = scaleLinear().domain([input.min, input.max]).range([left, right]);
	const step = (input.max - input.min) / Math.max(1, n);
	const bars: HistogramBar[] = [];
	for (let i = 0; i < n; i++) {
		const from = input.min + i * step;
		const to = from + step;
		const x0 = x(from);
		const barTop = Math.round(y(input.counts[i]));
		bars.push({
			index: i,
			from,
			to,
			count: input.counts[i],
			x: x0 + 1,
			y: barTop,
			width: Math.max(1, x(to) - x0 - 2),
			height: bottom - barTop
		});
	}
	// Label every k-th edge, k a round step, so labels sit at least ~70 px apart.
	const needed = Math.ceil(n / Math.max(1, Math.floor((right - left) / 70)));
	const every = [1, 2, 4, 5, 10, 20, 25, 50, 100].find((k) => k >= needed) ?? needed;
	const xTicks = [];
	for (let i = 0; i <= n; i += every)
		xTicks.push({ value: input.min + i * step, x: x(input.min + i * step) });
	return {
		width,
		height,
		left,
		right,
		top,
		bottom,
		bars,
		yTicks: y.ticks(4).map((value) => ({ value, y: y(value) })),
		xTicks
	};
}
