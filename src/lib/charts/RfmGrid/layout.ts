/**
 * Geometry of the R × FM grid: 5 × 5 square cells (R 5 on top, FM 1 on the left), heat values,
 * segment boundaries (between neighbouring cells of different segments) and one label per
 * segment.
 */
import type { ScoreGrid } from '$lib/core/analytics/types';
import { averageOrderValue } from '$lib/core/analytics/metrics';
import { cellIndex, type SegmentCell } from './cells';

export type RfmMetric = 'customers' | 'revenue';

export interface RfmCell {
	r: number;
	fm: number;
	/** (r − 1) × 5 + (fm − 1), the index into the grid's arrays. */
	index: number;
	x: number;
	y: number;
	customers: number;
	revenueCents: number;
	/** Purchases of the cell's customers. */
	purchases: number;
	/** Average order value of the cell: revenue ÷ purchases (not ÷ customers), cents. */
	aovCents: number;
	/** The metric coloured: customers or revenue (cents). */
	value: number;
	/** value / largest value, clamped to [0, 1] (negative revenue → 0). */
	t: number;
	segment: SegmentCell | null;
	/** True for the one cell of its segment that carries the segment's name. */
	anchor: boolean;
}

export interface Segment {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

export interface RfmLayout {
	/** Side of a cell. */
	size: number;
	left: number;
	top: number;
	width: number;
	height: number;
	cells: RfmCell[];
	/** Thick lines between cells of different segments (the outer border is not included). */
	boundaries: Segment[];
	rTicks: { r: number; y: number }[];
	fmTicks: { fm: number; x: number }[];
	/** Where the heat legend goes (under the FM axis title). */
	legendY: number;
	/** Show segment names and second lines of text (cells are large enough). */
	detailed: boolean;
	/** The largest value of the metric (t = 1). */
	max: number;
}

const LEFT = 48;
const TOP = 4;
const AXIS = 48;
const LEGEND = 28;
export const MIN_CELL = 44;
export const MAX_CELL = 136;
/** Cells at least this big show segment names and both figures. */
export const DETAILED_CELL = 84;

/** Top-left corner of row r (R 5 at the top). */
const rowY = (r: number, size: number) => TOP + (5 - r) * size;

/**
 * The cell of each segment that gets its name: the one nearest the centre of the segment's
 * cells, ties to the higher R, then the lower FM.
 */
export function anchorCells(cells: readonly (SegmentCell | null)[]): Set<number> {
	const byKey = new Map<string, number[]>();
	cells.forEach((cell, index) => {
		if (!cell) return;
		const list = byKey.get(cell.key) ?? [];
		list.push(index);
		byKey.set(cell.key, list);
	});
	const anchors = new Set<number>();
	for (const indexes of byKey.values()) {
		const at = (i: number) => ({ r: Math.floor(i / 5) + 1, fm: (i % 5) + 1 });
		const meanR = indexes.reduce((sum, i) => sum + at(i).r, 0) / indexes.length;
		const meanFm = indexes.reduce((sum, i) => sum + at(i).fm, 0) / indexes.length;
		const distance = (i: number) => (at(i).r - meanR) ** 2 + (at(i).fm - meanFm) ** 2;
		const best = [...indexes].sort(
			(a, b) => distance(a) - distance(b) || at(b).r - at(a).r || at(a).fm - at(b).fm
		)[0];
		anchors.add(best);
	}
	return anchors;
}

/**
 * Lays the grid out for a chart `width` pixels wide.
 * `cells` has 25 entries in grid order (see `cellIndex`); null = no segment.
 */
export function rfmLayout(
	grid: ScoreGrid,
	cells: readonly (SegmentCell | null)[],
	metric: RfmMetric,
	width: number
): RfmLayout {
	const size = Math.floor(Math.min(MAX_CELL, Math.max(MIN_CELL, (width - LEFT - 8) / 5)));
	const values = metric === 'customers' ? grid.customers : grid.revenueCents;
	let max = 0;
	for (let i = 0; i < 25; i++) max = Math.max(max, values[i] ?? 0);
	const anchors = anchorCells(cells);
	const result: RfmCell[] = [];
	for (let r = 5; r >= 1; r--) {
		for (let fm = 1; fm <= 5; fm++) {
			const index = cellIndex(r, fm);
			const value = values[index] ?? 0;
			result.push({
				r,
				fm,
				index,
				x: LEFT + (fm - 1) * size,
				y: rowY(r, size),
				customers: grid.customers[index] ?? 0,
				revenueCents: grid.revenueCents[index] ?? 0,
				purchases: grid.purchases[index] ?? 0,
				aovCents: averageOrderValue(grid.revenueCents[index] ?? 0, grid.purchases[index] ?? 0),
				value,
				t: max > 0 ? Math.max(0, value) / max : 0,
				segment: cells[index] ?? null,
				anchor: anchors.has(index)
			});
		}
	}
	const keyAt = (r: number, fm: number) => cells[cellIndex(r, fm)]?.key ?? null;
	const boundaries: Segment[] = [];
	for (let r = 1; r <= 5; r++) {
		for (let fm = 1; fm <= 5; fm++) {
			const x = LEFT + (fm - 1) * size;
			const y = rowY(r, size);
			if (fm < 5 && keyAt(r, fm) !== keyAt(r, fm + 1))
				boundaries.push({ x1: x + size, y1: y, x2: x + size, y2: y + size });
			// Row r + 1 sits above row r: their shared edge is row r's top.
			if (r < 5 && keyAt(r, fm) !== keyAt(r + 1, fm))
				boundaries.push({ x1: x, y1: y, x2: x + size, y2: y });
		}
	}
	const gridBottom = TOP + 5 * size;
	return {
		size,
		left: LEFT,
		top: TOP,
		width: Math.max(width, LEFT + 5 * size + 8),
		height: gridBottom + AXIS + LEGEND,
		cells: result,
		boundaries,
		rTicks: [1, 2, 3, 4, 5].map((r) => ({ r, y: rowY(r, size) + size / 2 })),
		fmTicks: [1, 2, 3, 4, 5].map((fm) => ({ fm, x: LEFT + (fm - 0.5) * size })),
		legendY: gridBottom + AXIS,
		detailed: size >= DETAILED_CELL,
		max
	};
}
