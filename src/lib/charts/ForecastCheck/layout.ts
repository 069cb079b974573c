/**
 * Geometry of the model-check charts: an actual and an expected series over the same x values
 * (weeks for tracking, calibration-period purchases for calibration), as two line paths with
 * points, nice y ticks, thinned x ticks and an optional vertical marker (the end of the fit).
 */
import { line, scaleLinear } from 'd3';

export interface CheckInput {
	x: ArrayLike<number>;
	actual: ArrayLike<number>;
	expected: ArrayLike<number>;
	/** x of the vertical marker, if any. */
	marker?: number | null;
}

export interface CheckPoint {
	index: number;
	x: number;
	px: number;
	actualY: number;
	expectedY: number;
}

export interface CheckLayout {
	width: number;
	height: number;
	left: number;
	right: number;
	top: number;
	bottom: number;
	points: CheckPoint[];
	actualPath: string;
	expectedPath: string;
	yTicks: { value: number; y: number }[];
	/** Indexes of the points whose x is labelled. */
	xTicks: number[];
	markerX: number | null;
}

/**
 * Lay the two series out for a chart `width` × `height` pixels; non-finite values break the line.
 * @example
 * checkLayout({ x: [0, 1], actual: [0, 2], expected: [0, 1] }, 260, 140).actualPath
 * // → 'M48,112L248,12' (plot x 48…248, y 112…12, y domain [0, 2])
 */
export function checkLayout(input: CheckInput, width: number, height: number): CheckLayout {
	const left = 48;
	const right = width - 12;
	const top = 12;
	const bottom = height - 28;
	const n = input.x.length;
	let highest = 0;
	for (let i = 0; i < n; i++) {
		if (Number.isFinite(input.actual[i])) highest = Math.max(highest, input.actual[i]);
		if (Number.isFinite(input.expected[i])) highest = Math.max(highest, input.expected[i]);
	}
	const first = n ? input.x[0] : 0;
	const last = n ? input.x[n - 1] : 1;
	const x = scaleLinear()
		.domain([first, last > first ? last : first + 1])
		.range([left, right]);
	const y = scaleLinear()
		.domain([0, highest > 0 ? highest : 1])
		.range([bottom, top])
		.nice(4);
	const points: CheckPoint[] = [];
	for (let i = 0; i < n; i++) {
		points.push({
			index: i,
			x: input.x[i],
			px: x(input.x[i]),
			actualY: y(input.actual[i]),
			expectedY: y(input.expected[i])
		});
	}
	const path = (key: 'actualY' | 'expectedY') =>
		line<CheckPoint>()
			.defined((p) => Number.isFinite(p[key]))
			.x((p) => p.px)
			.y((p) => p[key])(points) ?? '';
	const every = Math.max(1, Math.ceil(n / Math.max(1, Math.floor((right - left) / 80))));
	const xTicks: number[] = [];
	for (let i = 0; i < n; i += every) xTicks.push(i);
	return {
		width,
		height,
		left,
		right,
		top,
		bottom,
		points,
		actualPath: path('actualY'),
		expectedPath: path('expectedY'),
		yTicks: y.ticks(4).map((value) => ({ value, y: y(value) })),
		xTicks,
		markerX: input.marker == null ? null : x(input.marker)
	};
}
