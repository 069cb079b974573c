/**
 * Geometry of the share chart: per group, a bar for its share of customers above a bar for its
 * share of revenue, groups sorted by revenue share (largest first).
 */
import { scaleLinear } from 'd3';
import type { GroupProfile } from '$lib/core/analytics/types';

/** The figures the chart draws of a group. */
export type ShareGroup = Pick<
	GroupProfile,
	'key' | 'customers' | 'share' | 'revenueCents' | 'revenueShare' | 'aovCents'
>;

/** A bar from 0 to a share; `labelX`/`labelAnchor` place its value text beyond its end. */
export interface ShareBar {
	value: number;
	x: number;
	y: number;
	width: number;
	height: number;
	labelX: number;
	labelAnchor: 'start' | 'end';
}

export interface ShareRow<G> {
	group: G;
	/** Position of the group in the input (its palette index). */
	index: number;
	/** Top of the row and the vertical centre of its label. */
	y: number;
	centerY: number;
	customers: ShareBar;
	revenue: ShareBar;
}

export interface ShareLayout<G> {
	width: number;
	height: number;
	/** Space for group names on the left; the plot runs from `plotLeft` to `plotRight`. */
	labelWidth: number;
	plotLeft: number;
	plotRight: number;
	zeroX: number;
	/** Bottom of the plot (where the axis is drawn). */
	plotBottom: number;
	ticks: { value: number; x: number }[];
	rows: ShareRow<G>[];
}

export const BAR = 13;
const BAR_GAP = 2;
const ROW_PADDING = 12;
const ROW = 2 * BAR + BAR_GAP + ROW_PADDING;
const RIGHT = 52;
const AXIS = 26;

/**
 * Groups with their input index, largest revenue share first; ties by customer share, then
 * input order (stable across renders).
 * @example byRevenueShare([{ key: 'a', revenueShare: 0.2, share: 0.5 }, { key: 'b', revenueShare: 0.8, share: 0.5 }]).map((g) => g.group.key) // → ['b', 'a']
 */
export function byRevenueShare<G extends Pick<ShareGroup, 'revenueShare' | 'share'>>(
	groups: readonly G[]
): { group: G; index: number }[] {
	return groups
		.map((group, index) => ({ group, index }))
		.sort(
			(a, b) =>
				b.group.revenueShare - a.group.revenueShare ||
				b.group.share - a.group.share ||
				a.index - b.index
		);
}

/**
 * Places the rows for a chart `width` pixels wide, below a legend `top` pixels high.
 * The x domain spans 0 to the largest share (and down to the smallest when a group's revenue is
 * negative, e.g. after returns), rounded to nice values.
 */
export function shareLayout<G extends ShareGroup>(
	groups: readonly G[],
	width: number,
	top = 0
): ShareLayout<G> {
	const labelWidth = Math.round(Math.min(190, Math.max(90, width * 0.26)));
	const plotLeft = labelWidth + 8;
	const plotRight = Math.max(plotLeft + 40, width - RIGHT);
	const values = groups.flatMap((g) => [g.share, g.revenueShare]);
	const low = Math.min(0, ...values);
	const high = Math.max(0.01, ...values);
	const x = scaleLinear().domain([low, high]).range([plotLeft, plotRight]).nice();
	const zeroX = x(0);
	const tickCount = Math.min(6, Math.max(2, Math.floor((plotRight - plotLeft) / 110)));
	const bar = (value: number, y: number): ShareBar => {
		const end = x(value);
		return {
			value,
			x: Math.min(zeroX, end),
			y,
			width: Math.abs(end - zeroX),
			height: BAR,
			labelX: value < 0 ? end - 4 : end + 4,
			labelAnchor: value < 0 ? 'end' : 'start'
		};
	};
	const rows = byRevenueShare(groups).map(({ group, index }, i): ShareRow<G> => {
		const y = top + i * ROW + ROW_PADDING / 2;
		return {
			group,
			index,
			y,
			centerY: y + BAR + BAR_GAP / 2,
			customers: bar(group.share, y),
			revenue: bar(group.revenueShare, y + BAR + BAR_GAP)
		};
	});
	const plotBottom = top + groups.length * ROW;
	return {
		width,
		height: plotBottom + AXIS,
		labelWidth,
		plotLeft,
		plotRight,
		zeroX,
		plotBottom,
		ticks: x.ticks(tickCount).map((value) => ({ value, x: x(value) })),
		rows
	};
}
