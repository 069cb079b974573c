/**
 * Geometry of the lifecycle funnel: one centred bar per step (at least 1, 2, 3… purchases),
 * stacked by status (active, at risk, lost), with the step conversion written in the gap above
 * each step after the first.
 */
import { scaleLinear } from 'd3';
import type { FunnelStep } from '$lib/core/analytics/types';

export type FunnelStatus = 'active' | 'atRisk' | 'lost';

/** Status order inside a bar: the healthy part first. */
export const STATUSES: readonly FunnelStatus[] = ['active', 'atRisk', 'lost'];

export interface FunnelPart {
	status: FunnelStatus;
	value: number;
	x: number;
	width: number;
	/** value / the step's customers (0 for an empty step). */
	share: number;
}

export interface FunnelRow {
	step: FunnelStep;
	index: number;
	y: number;
	height: number;
	/** The whole bar (customers of the step), centred. */
	x: number;
	width: number;
	/** Non-empty parts only, left to right. */
	parts: FunnelPart[];
	/** customers / first step's customers. */
	shareOfFirst: number;
	/** Conversion from the previous step and where to write it (null for the first step). */
	conversion: { rate: number; y: number } | null;
}

export interface FunnelLayout {
	width: number;
	height: number;
	/** Right edge of the step names. */
	labelRight: number;
	/** Left edge of the counts. */
	countLeft: number;
	center: number;
	rows: FunnelRow[];
}

const SIZES = {
	full: { row: 34, gap: 28, labelMin: 96, labelMax: 170, count: 120 },
	compact: { row: 22, gap: 20, labelMin: 80, labelMax: 130, count: 84 }
};

/**
 * Lays the funnel out for a chart `width` pixels wide, starting `top` pixels down (under the
 * legend). Bar widths are proportional to customers, the widest step filling the space between
 * the names and the counts.
 */
export function funnelLayout(
	steps: readonly FunnelStep[],
	width: number,
	compact = false,
	top = 0
): FunnelLayout {
	const size = compact ? SIZES.compact : SIZES.full;
	const labelRight = Math.round(Math.min(size.labelMax, Math.max(size.labelMin, width * 0.22)));
	const barLeft = labelRight + 12;
	const countLeft = Math.max(barLeft + 40, width - size.count);
	const barRight = countLeft - 12;
	const center = (barLeft + barRight) / 2;
	const max = Math.max(1, ...steps.map((s) => Math.max(s.customers, s.active + s.atRisk + s.lost)));
	const length = scaleLinear()
		.domain([0, max])
		.range([0, barRight - barLeft]);
	const first = steps[0]?.customers ?? 0;
	const rows = steps.map((step, index): FunnelRow => {
		const y = top + index * (size.row + size.gap);
		const parts: FunnelPart[] = [];
		const total = step.active + step.atRisk + step.lost;
		let x = center - length(total) / 2;
		for (const status of STATUSES) {
			const value = step[status];
			if (value <= 0) continue;
			const partWidth = length(value);
			parts.push({
				status,
				value,
				x,
				width: partWidth,
				share: step.customers ? value / step.customers : 0
			});
			x += partWidth;
		}
		const barWidth = length(step.customers);
		return {
			step,
			index,
			y,
			height: size.row,
			x: center - barWidth / 2,
			width: barWidth,
			parts,
			shareOfFirst: first ? step.customers / first : 0,
			conversion: index > 0 ? { rate: step.conversion, y: y - size.gap / 2 } : null
		};
	});
	const height = rows.length ? rows[rows.length - 1].y + size.row + 4 : top;
	return { width, height, labelRight, countLeft, center, rows };
}
