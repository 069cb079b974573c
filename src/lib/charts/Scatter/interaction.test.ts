import { describe, expect, it, vi } from 'vitest';
import type { CustomerTable } from '$lib/core/analytics/types';
import { ScatterInteraction, type PlotSpace } from './interaction.svelte';
import type { ScatterSelection } from './selection';
import { ScatterViewport } from './viewport.svelte';

/**
 * A 100 × 100 plot with both domains [0, 100] on linear axes, so base pixel (x, y) is the value
 * (x, 100 − y). Five points (point number = index) at the base pixels below; customer = point +
 * 10, so a mix-up of points and customers shows. Point 4 belongs to a hidden group: not drawn.
 */
const px = Float32Array.from([10, 30, 50, 80, 20]);
const py = Float32Array.from([10, 40, 50, 90, 20]);
const revenue = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1_000, 2_000, 4_000, 8_000, 16_000];
const customers = {
	scored: new Uint8Array(15).fill(1),
	recencyDays: new Int32Array(15),
	frequency: new Int32Array(15).fill(1),
	monetaryCents: Float64Array.from(revenue),
	segment: new Uint8Array(15),
	tier: new Uint8Array(15)
} as unknown as CustomerTable;

function plot() {
	const space: PlotSpace = {
		width: 100,
		height: 100,
		xDomain: [0, 100],
		yDomain: [0, 100],
		xAxis: { log: false, constant: 1 },
		yAxis: { log: false, constant: 1 },
		px,
		py,
		points: Int32Array.from([10, 11, 12, 13, 14]),
		drawing: { order: Int32Array.from([0, 1, 2, 3]) },
		customers,
		groupOf: new Uint8Array(15),
		groupCount: 1
	};
	const viewport = new ScatterViewport(() => space);
	const onselect = vi.fn<(selection: ScatterSelection | null) => void>();
	return { interaction: new ScatterInteraction(viewport, () => space, onselect), onselect };
}

const brush = (i: ScatterInteraction, x0: number, y0: number, x1: number, y1: number) => {
	i.pointerDown(x0, y0, true);
	i.pointerMove(x1, y1);
	i.pointerUp();
};

describe('ScatterInteraction', () => {
	it('selects the drawn points a shift-drag brushes, in raw units of both axes', () => {
		const { interaction, onselect } = plot();
		// Screen (5, 5)…(55, 60) is x 5…55, y 100 − 60 … 100 − 5 = 40…95. Points 0 (10, 10),
		// 1 (30, 40) and 2 (50, 50) are inside, 3 (80, 90) is not; 4 is inside but hidden.
		brush(interaction, 5, 5, 55, 60);
		expect(onselect).toHaveBeenCalledTimes(1);
		const picked = onselect.mock.calls[0][0]!;
		expect([...picked.indexes]).toEqual([10, 11, 12]);
		expect(picked.x[0]).toBeCloseTo(5, 6);
		expect(picked.x[1]).toBeCloseTo(55, 6);
		expect(picked.y[0]).toBeCloseTo(40, 6);
		expect(picked.y[1]).toBeCloseTo(95, 6);
		expect(interaction.selection?.summary.count).toBe(3);
		expect(interaction.selection?.summary.revenueCents).toBe(7_000);
	});

	it('recounts without a second onselect when the same customers stay inside', () => {
		const { interaction, onselect } = plot();
		brush(interaction, 5, 5, 55, 60);
		interaction.recount();
		expect(onselect).toHaveBeenCalledTimes(1);
	});

	it('clears on a click (a brush under 3 px) and on Escape, telling the page once each', () => {
		const { interaction, onselect } = plot();
		brush(interaction, 5, 5, 55, 60);
		brush(interaction, 20, 20, 21, 22);
		expect(interaction.selection).toBeNull();
		expect(onselect).toHaveBeenLastCalledWith(null);
		expect(interaction.key('Escape', false)).toBe(false); // nothing left to clear
		expect(interaction.key('Enter', true)).toBe(true);
		// Enter selects everything in view: the four drawn points.
		expect([...interaction.selection!.customers]).toEqual([10, 11, 12, 13]);
		expect(interaction.key('Escape', false)).toBe(true);
		expect(interaction.selection).toBeNull();
		expect(onselect).toHaveBeenCalledTimes(4);
	});

	it('hovers the nearest drawn point within 8 px, never during a drag or off the plot', () => {
		const { interaction } = plot();
		interaction.pointerMove(53, 46); // 5 px from point 2 at (50, 50)
		expect(interaction.hovered).toEqual({ point: 2, customer: 12, sx: 50, sy: 50 });
		interaction.pointerMove(65, 70); // 25 px from points 2 and 3
		expect(interaction.hovered).toBeNull();
		interaction.pointerMove(20, 20); // on hidden point 4; point 0 is 14 px away
		expect(interaction.hovered).toBeNull();
		interaction.pointerMove(31, 41);
		expect(interaction.hover).toBe(1);
		interaction.pointerDown(31, 41, false);
		expect(interaction.hovered).toBeNull();
		interaction.pointerUp();
		interaction.pointerMove(120, 41);
		expect(interaction.hover).toBeNull();
	});

	it('draws the brush while dragging and the selection at the current zoom after', () => {
		const { interaction } = plot();
		interaction.pointerDown(60, 50, true);
		interaction.pointerMove(40, 150); // clamped to the plot's bottom edge
		expect(interaction.brushRect).toEqual({ x: 40, y: 50, width: 20, height: 50 });
		interaction.pointerUp();
		// Selected x 40…60, y 0…50; zoom 2 around the origin doubles every screen coordinate.
		interaction.viewport.zoom(2, 0, 0);
		const rect = interaction.brushRect!;
		expect([rect.x, rect.y, rect.width, rect.height].map((v) => Math.round(v * 1e6) / 1e6)).toEqual(
			[80, 100, 40, 100]
		);
	});

	it('forgets zoom, hover and selection when the axes change', () => {
		const { interaction, onselect } = plot();
		interaction.viewport.zoom(2);
		brush(interaction, 5, 5, 55, 60);
		interaction.pointerMove(50, 50);
		interaction.reset();
		expect(interaction.viewport.zoomed).toBe(false);
		expect(interaction.hover).toBeNull();
		expect(interaction.selection).toBeNull();
		expect(onselect).toHaveBeenLastCalledWith(null);
	});
});
