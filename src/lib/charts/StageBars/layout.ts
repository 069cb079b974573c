/**
 * Geometry of the lifecycle stage bars: one horizontal bar per stage in lifecycle order (not
 * sorted: new → repeat → loyal → at risk → lost reads as a story), length = customers.
 */
import { scaleLinear } from 'd3';
import type { GroupProfile } from '$lib/core/analytics/types';

export type StageFigures = Pick<GroupProfile, 'key' | 'customers' | 'share'>;

export interface StageBar<S> {
	stage: S;
	index: number;
	y: number;
	height: number;
	x: number;
	width: number;
	/** Where the value text starts. */
	labelX: number;
}

export interface StageLayout<S> {
	width: number;
	height: number;
	labelRight: number;
	plotLeft: number;
	plotRight: number;
	bars: StageBar<S>[];
}

/**
 * Lays the bars out for a chart `width` pixels wide; the largest stage fills the plot, leaving
 * room on the right for "1,234 · 12.3%".
 * @example stageLayout([{ key: 'new', customers: 5, share: 1 }], 400).bars[0].width // → 200
 */
export function stageLayout<S extends StageFigures>(
	stages: readonly S[],
	width: number,
	compact = false
): StageLayout<S> {
	const row = compact ? 26 : 36;
	const barHeight = compact ? 16 : 22;
	const labelRight = Math.round(Math.min(150, Math.max(72, width * 0.2)));
	const plotLeft = labelRight + 10;
	const plotRight = Math.max(plotLeft + 40, width - 110);
	const x = scaleLinear()
		.domain([0, Math.max(1, ...stages.map((s) => s.customers))])
		.range([0, plotRight - plotLeft]);
	const bars = stages.map((stage, index): StageBar<S> => {
		const barWidth = Math.round(x(Math.max(0, stage.customers)));
		return {
			stage,
			index,
			y: index * row + (row - barHeight) / 2,
			height: barHeight,
			x: plotLeft,
			width: barWidth,
			labelX: plotLeft + barWidth + 6
		};
	});
	return { width, height: stages.length * row, labelRight, plotLeft, plotRight, bars };
}
