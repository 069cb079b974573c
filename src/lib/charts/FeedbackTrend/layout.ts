/**
 * Geometry of the feedback trend (`core/feedback` `feedbackTrend`): one slot per month on the x
 * axis, NPS (−100…100) or CSAT (0…1) on a fixed y axis, a line broken where a month has no
 * response, and month labels thinned to fit.
 */
import { scaleLinear } from 'd3';
import { textWidth } from '../text';

export const TREND_MARGIN = { left: 40, right: 12, top: 10, bottom: 24 } as const;

export interface TrendPoint {
	/** Position in the series (month `firstMonth + k`). */
	k: number;
	value: number;
	x: number;
	y: number;
}

export interface FeedbackTrendLayout {
	points: TrendPoint[];
	/** SVG path of the line, a new `M` after each gap ('' without values). */
	path: string;
	yTicks: { value: number; y: number }[];
	/** Months labelled on the x axis (every `step`-th slot). */
	xLabels: { k: number; x: number }[];
	/** x of each month slot's centre. */
	slots: number[];
	left: number;
	right: number;
	top: number;
	bottom: number;
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Lay out a series of monthly values (null: no response that month) on the y range `[min, max]`
 * in `width` × `height` pixels; `labelWidth` is the widest month label in pixels.
 * @example
 * feedbackTrendLayout([0, null, 100], -100, 100, 160, 134, 20).path
 * // → 'M58,60M130,10' (three 36 px slots from x 40; February has no response: a gap)
 */
export function feedbackTrendLayout(
	values: readonly (number | null)[],
	min: number,
	max: number,
	width: number,
	height: number,
	labelWidth = textWidth('2024-12', 11)
): FeedbackTrendLayout {
	const { left, right, top, bottom } = TREND_MARGIN;
	const n = Math.max(values.length, 1);
	const slot = (width - left - right) / n;
	const slots = Array.from({ length: values.length }, (_, k) => left + slot * (k + 0.5));
	const y = scaleLinear()
		.domain([min, max])
		.range([height - bottom, top]);
	const points: TrendPoint[] = [];
	let path = '';
	let previous = false;
	values.forEach((value, k) => {
		if (value === null) {
			previous = false;
			return;
		}
		const p = { k, value, x: slots[k], y: y(value) };
		points.push(p);
		path += `${previous ? 'L' : 'M'}${round(p.x)},${round(p.y)}`;
		previous = true;
	});
	const step = Math.max(1, Math.ceil((labelWidth + 8) / slot));
	const xLabels = slots.flatMap((x, k) => (k % step === 0 ? [{ k, x }] : []));
	const yTicks = [0, 0.25, 0.5, 0.75, 1].map((t) => {
		const value = min + (max - min) * t;
		return { value, y: y(value) };
	});
	return {
		points,
		path,
		yTicks,
		xLabels,
		slots,
		left,
		right: width - right,
		top,
		bottom: height - bottom
	};
}
