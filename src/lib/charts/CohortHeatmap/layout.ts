/**
 * Geometry of the cohort triangle: one row per acquisition month (oldest on top), one column per
 * month since the first purchase, cells coloured by retention or revenue. Sized to stay legible:
 * cell text only when it fits, row and column labels thinned when cells get small.
 */
import type { Cohort } from '$lib/core/analytics/types';

export type CohortMetric = 'retention' | 'revenue';

export interface CohortCell {
	/** Months since the cohort's first month. */
	k: number;
	/** Calendar month of the cell (cohort month + k). */
	month: number;
	x: number;
	y: number;
	retained: number;
	retention: number;
	revenueCents: number;
	/** The metric shown: retention share or revenue (cents). */
	value: number;
	/** Colour position in [0, 1]; see `cohortLayout` for the domain. */
	t: number;
}

export interface CohortRow {
	cohort: Cohort;
	index: number;
	y: number;
	/** Draw this row's month label (labels thin out when rows are short). */
	labelled: boolean;
	cells: CohortCell[];
}

export interface CohortLayout {
	width: number;
	height: number;
	/** Right edge of the month labels and of the cohort sizes. */
	labelRight: number;
	sizeRight: number;
	gridLeft: number;
	top: number;
	cellWidth: number;
	cellHeight: number;
	rows: CohortRow[];
	/** Column headers to draw (thinned to keep them apart). */
	columns: { k: number; x: number }[];
	/** Cells are large enough for their value text. */
	showText: boolean;
	/** The value at t = 1. */
	domainMax: number;
	legendY: number;
}

export interface CohortLayoutOptions {
	/** Width of the widest month label, px. */
	labelWidth?: number;
	/** Width of the widest cell text, px (decides `showText`). */
	textWidth?: number;
	/** Width of the cohort size column's header, px (the column is at least 68 px). */
	sizeLabelWidth?: number;
}

const HEADER = 44;
const SIZE_COLUMN = 68;
const LEGEND = 34;
const MAX_GRID_HEIGHT = 560;

function valueOf(cohort: Cohort, k: number, metric: CohortMetric): number {
	return metric === 'retention' ? (cohort.retention[k] ?? 0) : (cohort.revenueCents[k] ?? 0);
}

/**
 * The value coloured darkest: the largest after month 0 (month 0 is 100 % retention and usually
 * the biggest revenue, so it would wash the rest out); month 0 cells above it are clamped. Falls
 * back to all months when there is no month 1 yet, and to 1 when everything is ≤ 0.
 * @example colorDomainMax([{ month: 0, size: 2, retained: Int32Array.of(2, 1), retention: Float64Array.of(1, 0.5), revenueCents: Float64Array.of(0, 0) }], 'retention') // → 0.5
 */
export function colorDomainMax(cohorts: readonly Cohort[], metric: CohortMetric): number {
	let later = 0;
	let all = 0;
	for (const cohort of cohorts) {
		if (cohort.size <= 0) continue;
		const months = cohort.retention.length;
		for (let k = 0; k < months; k++) {
			const value = valueOf(cohort, k, metric);
			all = Math.max(all, value);
			if (k > 0) later = Math.max(later, value);
		}
	}
	return later > 0 ? later : all > 0 ? all : 1;
}

/** Lays the triangle out for a chart `width` pixels wide. */
export function cohortLayout(
	cohorts: readonly Cohort[],
	metric: CohortMetric,
	width: number,
	options: CohortLayoutOptions = {}
): CohortLayout {
	const labelRight = Math.ceil(options.labelWidth ?? 72) + 4;
	const sizeRight = labelRight + Math.max(SIZE_COLUMN, Math.ceil(options.sizeLabelWidth ?? 0) + 14);
	const gridLeft = sizeRight + 12;
	const columnCount = Math.max(1, ...cohorts.map((c) => c.retention.length));
	const cellWidth = Math.min(72, Math.max(6, (width - gridLeft - 8) / columnCount));
	const rowCount = Math.max(1, cohorts.length);
	const cellHeight = Math.min(
		28,
		Math.max(8, Math.min(cellWidth * 0.7, MAX_GRID_HEIGHT / rowCount))
	);
	const labelStep = Math.ceil(13 / cellHeight);
	const columnStep = Math.ceil(24 / cellWidth);
	const domainMax = colorDomainMax(cohorts, metric);
	const top = HEADER;
	const rows = cohorts.map((cohort, index): CohortRow => {
		const y = top + index * cellHeight;
		const cells: CohortCell[] = [];
		for (let k = 0; k < cohort.retention.length; k++) {
			const value = cohort.size > 0 ? valueOf(cohort, k, metric) : 0;
			cells.push({
				k,
				month: cohort.month + k,
				x: gridLeft + k * cellWidth,
				y,
				retained: cohort.retained[k] ?? 0,
				retention: cohort.retention[k] ?? 0,
				revenueCents: cohort.revenueCents[k] ?? 0,
				value,
				t: Math.min(1, Math.max(0, value / domainMax))
			});
		}
		return { cohort, index, y, labelled: index % labelStep === 0, cells };
	});
	const gridBottom = top + cohorts.length * cellHeight;
	const columns: { k: number; x: number }[] = [];
	for (let k = 0; k < columnCount; k += columnStep) {
		columns.push({ k, x: gridLeft + (k + 0.5) * cellWidth });
	}
	return {
		width: Math.max(width, gridLeft + columnCount * cellWidth + 8),
		height: gridBottom + 10 + LEGEND,
		labelRight,
		sizeRight,
		gridLeft,
		top,
		cellWidth,
		cellHeight,
		rows,
		columns,
		showText: cellWidth >= (options.textWidth ?? 28) + 6 && cellHeight >= 15,
		domainMax,
		legendY: gridBottom + 12
	};
}
