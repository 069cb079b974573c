/**
 * Segment migration between D − offset and D: the engine's count matrix turned into sankey flows
 * (d3-sankey), and into table rows with totals.
 */
import { sankey, sankeyLinkHorizontal } from 'd3-sankey';
import type { MigrationMatrix } from '$lib/core/analytics/types';

/** What `data-from` says for customers who were not yet customers at D − offset. */
export const NONE_KEY = 'none';

/** A non-zero cell of the matrix: `from` segment index (−1 = not yet a customer) → `to`. */
export interface Flow {
	from: number;
	to: number;
	value: number;
}

/**
 * The non-zero flows of a migration matrix with `segmentCount` segments (rows = segment at
 * D − offset, the last row = not yet a customer; columns = segment at D), in row-major order.
 * @example flows({ counts: Int32Array.of(3, 0, 1, 2, 0, 5) } as MigrationMatrix, 2)
 * // → [{ from: 0, to: 0, value: 3 }, { from: 1, to: 0, value: 1 }, { from: 1, to: 1, value: 2 }, { from: -1, to: 1, value: 5 }]
 */
export function flows(migration: Pick<MigrationMatrix, 'counts'>, segmentCount: number): Flow[] {
	const result: Flow[] = [];
	for (let row = 0; row <= segmentCount; row++) {
		for (let column = 0; column < segmentCount; column++) {
			const value = migration.counts[row * segmentCount + column] ?? 0;
			if (value > 0) result.push({ from: row === segmentCount ? -1 : row, to: column, value });
		}
	}
	return result;
}

export interface SankeyBox {
	/** 'from' = left column (D − offset), 'to' = right column (D). */
	side: 'from' | 'to';
	/** Segment index, −1 = not yet a customer. */
	segment: number;
	value: number;
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

export interface SankeyBand extends Flow {
	/** SVG path of the band's centre line; draw with stroke-width = `width`. */
	path: string;
	width: number;
	/** Vertical centre of the band at its two ends (tooltips). */
	y0: number;
	y1: number;
}

export interface SankeyLayout {
	width: number;
	height: number;
	/** Space for node names on each side. */
	labelWidth: number;
	top: number;
	nodes: SankeyBox[];
	links: SankeyBand[];
}

export const NODE_WIDTH = 14;
const NODE_PADDING = 12;
const TOP = 30;

interface NodeDatum {
	side: 'from' | 'to';
	segment: number;
	/** Drawing order inside a column: segments in index order, "not yet" last. */
	order: number;
}

/**
 * Lays the flows out for a chart `width` pixels wide. Only segments with customers appear;
 * nodes keep the segments' order (not yet a customer at the bottom left).
 */
export function sankeyLayout(
	all: readonly Flow[],
	segmentCount: number,
	width: number
): SankeyLayout {
	const labelWidth = Math.round(Math.min(200, Math.max(96, width * 0.2)));
	const used = new Set<string>();
	for (const flow of all) {
		used.add(`from:${flow.from}`);
		used.add(`to:${flow.to}`);
	}
	const nodeData: (NodeDatum & { id: string })[] = [];
	for (let segment = 0; segment < segmentCount; segment++) {
		if (used.has(`from:${segment}`))
			nodeData.push({ id: `from:${segment}`, side: 'from', segment, order: segment });
	}
	if (used.has('from:-1'))
		nodeData.push({ id: 'from:-1', side: 'from', segment: -1, order: segmentCount });
	for (let segment = 0; segment < segmentCount; segment++) {
		if (used.has(`to:${segment}`))
			nodeData.push({ id: `to:${segment}`, side: 'to', segment, order: segment });
	}
	const perSide = Math.max(
		nodeData.filter((n) => n.side === 'from').length,
		nodeData.filter((n) => n.side === 'to').length
	);
	const height = Math.round(Math.min(640, Math.max(260, perSide * 34 + TOP + 20)));
	if (all.length === 0) return { width, height, labelWidth, top: TOP, nodes: [], links: [] };

	const generator = sankey<NodeDatum & { id: string }, Flow>()
		.nodeId((n) => n.id)
		.nodeWidth(NODE_WIDTH)
		.nodePadding(NODE_PADDING)
		.nodeSort((a, b) => a.order - b.order)
		.extent([
			[labelWidth, TOP],
			[Math.max(labelWidth + 2 * NODE_WIDTH + 40, width - labelWidth), height - 8]
		]);
	const graph = generator({
		nodes: nodeData.map((n) => ({ ...n })),
		links: all.map((flow) => ({
			...flow,
			source: `from:${flow.from}`,
			target: `to:${flow.to}`
		}))
	});
	const path = sankeyLinkHorizontal();
	return {
		width,
		height,
		labelWidth,
		top: TOP,
		nodes: graph.nodes.map((n) => ({
			side: n.side,
			segment: n.segment,
			value: n.value ?? 0,
			x0: round(n.x0 ?? 0),
			x1: round(n.x1 ?? 0),
			y0: round(n.y0 ?? 0),
			y1: round(n.y1 ?? 0)
		})),
		links: graph.links.map((link) => ({
			from: link.from,
			to: link.to,
			value: link.value,
			path: roundPath(path(link) ?? ''),
			width: round(link.width ?? 0),
			y0: round(link.y0 ?? 0),
			y1: round(link.y1 ?? 0)
		}))
	};
}

/** One row of the migration table: a segment at D − offset (−1 = not yet a customer). */
export interface MatrixRow {
	from: number;
	counts: number[];
	total: number;
}

/**
 * The matrix as table rows with row totals, column totals and the grand total.
 * @example migrationTable({ counts: Int32Array.of(3, 0, 1, 2, 0, 5) } as MigrationMatrix, 2).columnTotals // → [4, 7]
 */
export function migrationTable(migration: Pick<MigrationMatrix, 'counts'>, segmentCount: number) {
	const rows: MatrixRow[] = [];
	const columnTotals = new Array<number>(segmentCount).fill(0);
	for (let row = 0; row <= segmentCount; row++) {
		const counts: number[] = [];
		for (let column = 0; column < segmentCount; column++) {
			const value = migration.counts[row * segmentCount + column] ?? 0;
			counts.push(value);
			columnTotals[column] += value;
		}
		rows.push({
			from: row === segmentCount ? -1 : row,
			counts,
			total: counts.reduce((a, b) => a + b, 0)
		});
	}
	return { rows, columnTotals, total: columnTotals.reduce((a, b) => a + b, 0) };
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}

function roundPath(path: string): string {
	return path.replace(/-?\d+\.\d+/g, (n) => String(round(Number(n))));
}
