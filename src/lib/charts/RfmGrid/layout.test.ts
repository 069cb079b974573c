import { describe, expect, it } from 'vitest';
import { RFM_GRID } from '$lib/core/analytics/labels';
import { cellIndex, gridCells } from './cells';
import { anchorCells, rfmLayout } from './layout';

const defaultCells = gridCells((r, fm) => ({
	key: RFM_GRID[r - 1][fm - 1],
	label: RFM_GRID[r - 1][fm - 1]
}));

function grid(customers: (i: number) => number, revenue: (i: number) => number = () => 0) {
	return {
		customers: Int32Array.from({ length: 25 }, (_, i) => customers(i)),
		revenueCents: Float64Array.from({ length: 25 }, (_, i) => revenue(i)),
		purchases: Int32Array.from({ length: 25 }, (_, i) => 4 * customers(i))
	};
}

describe('rfmLayout cell figures', () => {
	it('carries purchases and shows revenue ÷ purchases as the average order value', () => {
		// every cell: i customers with 4 purchases each, revenue 1000·i → AOV 250 by hand
		// (revenue ÷ customers would give 1000, the figure the tooltip used to show)
		const { cells } = rfmLayout(
			grid(
				(i) => i,
				(i) => 1000 * i
			),
			defaultCells,
			'customers',
			600
		);
		const cell = cells.find((c) => c.r === 3 && c.fm === 2)!;
		expect(cell).toMatchObject({ customers: 11, revenueCents: 11_000, purchases: 44 });
		expect(cell.aovCents).toBe(250);
		expect(cells.find((c) => c.index === 0)!.aovCents).toBe(0);
	});
});

describe('rfmLayout', () => {
	const layout = rfmLayout(
		grid((i) => i),
		defaultCells,
		'customers',
		600
	);

	it('sizes square cells to the width, R 5 on top and FM 1 on the left', () => {
		expect(layout.size).toBe(108); // (600 − 48 − 8) / 5, floored
		expect(layout.detailed).toBe(true);
		const topLeft = layout.cells[0];
		expect(topLeft).toMatchObject({ r: 5, fm: 1, index: 20, x: 48, y: 4 });
		const bottomRight = layout.cells[24];
		expect(bottomRight).toMatchObject({ r: 1, fm: 5, index: 4, x: 48 + 4 * 108, y: 4 + 4 * 108 });
		expect(layout.rTicks[4]).toEqual({ r: 5, y: 4 + 54 });
		expect(layout.fmTicks[0]).toEqual({ fm: 1, x: 48 + 54 });
	});

	it('scales colour to the largest cell', () => {
		const cell = (r: number, fm: number) => layout.cells.find((c) => c.r === r && c.fm === fm)!;
		expect(cell(5, 5).t).toBe(1); // index 24 = the maximum
		expect(cell(1, 1).t).toBe(0);
		expect(cell(3, 3).t).toBeCloseTo(12 / 24);
	});

	it('colours by revenue on request and clamps negative revenue to 0', () => {
		const byRevenue = rfmLayout(
			grid(
				() => 1,
				(i) => (i === 0 ? -500 : i * 100)
			),
			defaultCells,
			'revenue',
			600
		);
		expect(byRevenue.cells.find((c) => c.index === 0)!.t).toBe(0);
		expect(byRevenue.cells.find((c) => c.index === 12)!.t).toBeCloseTo(1200 / 2400);
		expect(byRevenue.cells.find((c) => c.index === 12)!.value).toBe(1200);
	});

	it('draws a boundary wherever neighbours belong to different segments', () => {
		// Counted by hand on RFM_GRID: 11 vertical and 14 horizontal edges.
		const vertical = layout.boundaries.filter((b) => b.x1 === b.x2);
		const horizontal = layout.boundaries.filter((b) => b.y1 === b.y2);
		expect(vertical).toHaveLength(11);
		expect(horizontal).toHaveLength(14);
		// lost (R1 FM2) | at_risk (R1 FM3): the vertical line at x = 48 + 2 × 108 on the bottom row.
		expect(vertical).toContainEqual({ x1: 264, y1: 436, x2: 264, y2: 544 });
	});

	it('draws no boundaries without segments', () => {
		expect(
			rfmLayout(
				grid(() => 1),
				gridCells(() => null),
				'customers',
				600
			).boundaries
		).toEqual([]);
	});

	it('keeps cells legible on narrow screens and large on wide ones', () => {
		expect(
			rfmLayout(
				grid(() => 1),
				defaultCells,
				'customers',
				200
			).size
		).toBe(44);
		expect(
			rfmLayout(
				grid(() => 1),
				defaultCells,
				'customers',
				300
			).detailed
		).toBe(false);
		expect(
			rfmLayout(
				grid(() => 1),
				defaultCells,
				'customers',
				2000
			).size
		).toBe(136);
	});
});

describe('anchorCells', () => {
	it('names each segment in the cell nearest its centre', () => {
		const anchors = anchorCells(defaultCells);
		expect(anchors.size).toBe(11);
		expect(anchors.has(cellIndex(5, 5))).toBe(true); // champions: (4,5), (5,4), (5,5)
		expect(anchors.has(cellIndex(1, 1))).toBe(true); // lost: (1,1), (1,2) → tie → lower FM
		expect(anchors.has(cellIndex(3, 4))).toBe(true); // loyal: (3,4), (3,5), (4,4) → centre (3.3, 4.3)
	});
});
