/**
 * Geometry of a customer's P(alive) curve (`core/clv/history`): days on a linear x axis, P(alive)
 * on a fixed 0…1 y axis, a polyline through the points.
 */
import { scaleLinear } from 'd3';
import type { AlivePoint } from '$lib/core/clv/history';

export const ALIVE_MARGIN = { left: 30, right: 8, top: 8, bottom: 8 } as const;

export interface AliveCurveLayout {
	points: { day: number; pAlive: number; x: number; y: number }[];
	/** SVG path of the polyline ('' without points). */
	path: string;
	yTicks: { value: number; y: number }[];
	left: number;
	right: number;
}

/**
 * Lay out the curve in `width` × `height` pixels; a single point sits at the left edge.
 * @example
 * aliveCurveLayout([{ day: 0, pAlive: 1 }, { day: 10, pAlive: 0.5 }], 138, 116).path
 * // → 'M30,8L130,58' (plot 100 × 100 px)
 */
export function aliveCurveLayout(
	points: readonly AlivePoint[],
	width: number,
	height: number
): AliveCurveLayout {
	const { left, right, top, bottom } = ALIVE_MARGIN;
	const first = points[0]?.day ?? 0;
	const last = points.at(-1)?.day ?? 0;
	const x = scaleLinear()
		.domain([first, Math.max(last, first + 1)])
		.range([left, width - right]);
	const y = scaleLinear()
		.domain([0, 1])
		.range([height - bottom, top]);
	const placed = points.map((p) => ({ ...p, x: x(p.day), y: y(p.pAlive) }));
	const path = placed.map((p, i) => `${i ? 'L' : 'M'}${round(p.x)},${round(p.y)}`).join('');
	return {
		points: placed,
		path,
		yTicks: [0, 0.5, 1].map((value) => ({ value, y: y(value) })),
		left,
		right: width - right
	};
}

function round(v: number) {
	return Math.round(v * 10) / 10;
}
