/**
 * Geometry of an index heatmap: rows (segments, tiers, stages or products) × columns (categories
 * or products), each cell coloured on a diverging scale around a neutral value (an affinity index
 * of 100, a lift of 1) on a log scale, so ×2 and ÷2 sit at the same distance from the middle.
 */
import { fitText } from '../text';

export interface IndexCell {
	row: number;
	column: number;
	x: number;
	y: number;
	/** The index shown; null when undefined (an empty row). */
	value: number | null;
	/** Colour position in [0, 1], 0.5 = neutral. */
	t: number;
}

export interface IndexHeatmapLayout {
	width: number;
	height: number;
	labelRight: number;
	gridLeft: number;
	top: number;
	cellWidth: number;
	cellHeight: number;
	cells: IndexCell[];
	rowLabels: { y: number; text: string }[];
	columnLabels: { x: number; text: string }[];
	showText: boolean;
	legendY: number;
}

const LABEL_FONT = 12;
const COLUMN_LABEL = 110;
const LEGEND = 34;

/**
 * Colour position of a value: 0.5 at `neutral`, 0 at ÷`spread` and below, 1 at ×`spread` and above.
 * @example diverging(200, 100, 4) // → 0.75
 * @example diverging(null, 100, 4) // → 0.5
 */
export function diverging(value: number | null, neutral: number, spread: number): number {
	if (value === null || !Number.isFinite(value)) return 0.5;
	if (value <= 0) return 0;
	const s = Math.log(value / neutral) / Math.log(spread);
	return 0.5 + 0.5 * Math.max(-1, Math.min(1, s));
}

/**
 * Lay out `values` (row-major rows × columns) in a width.
 * @example indexHeatmapLayout(['Champions'], ['Home', 'Toys'], [150, 50], { width: 400, neutral: 100 }).cells[0].t
 * // → ≈ 0.646
 */
export function indexHeatmapLayout(
	rows: readonly string[],
	columns: readonly string[],
	values: readonly (number | null)[],
	options: { width: number; neutral: number; spread?: number; labelWidth?: number }
): IndexHeatmapLayout {
	const spread = options.spread ?? 4;
	const labelRight = Math.min(200, Math.max(60, options.labelWidth ?? 120));
	const gridLeft = labelRight + 8;
	const top = COLUMN_LABEL;
	const available = Math.max(120, options.width - gridLeft - 8);
	const cellWidth = columns.length > 0 ? Math.max(28, Math.min(90, available / columns.length)) : 0;
	const cellHeight = 28;
	const cells: IndexCell[] = [];
	rows.forEach((_, r) => {
		columns.forEach((_, c) => {
			const value = values[r * columns.length + c] ?? null;
			cells.push({
				row: r,
				column: c,
				x: gridLeft + c * cellWidth,
				y: top + r * cellHeight,
				value,
				t: diverging(value, options.neutral, spread)
			});
		});
	});
	const gridBottom = top + rows.length * cellHeight;
	return {
		width: Math.max(options.width, gridLeft + columns.length * cellWidth + 8),
		height: gridBottom + LEGEND + 8,
		labelRight,
		gridLeft,
		top,
		cellWidth,
		cellHeight,
		cells,
		rowLabels: rows.map((text, r) => ({
			y: top + r * cellHeight + cellHeight / 2,
			text: fitText(text, labelRight, LABEL_FONT)
		})),
		columnLabels: columns.map((text, c) => ({
			x: gridLeft + c * cellWidth + cellWidth / 2,
			text: fitText(text, COLUMN_LABEL * 1.3, LABEL_FONT)
		})),
		showText: cellWidth >= 34,
		legendY: gridBottom + 14
	};
}
