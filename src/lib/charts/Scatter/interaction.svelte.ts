/**
 * The scatterplot's hover and brush selection on top of `ScatterViewport`, apart from the DOM so
 * Node tests drive it: the component turns events into plot-area screen pixels and calls the
 * pointer and key methods; this class hit-tests, keeps the brushed rectangle in axis space and
 * recounts who is inside it.
 */
import type { CustomerTable } from '$lib/core/analytics/types';
import { inverse, pixelToValue, valueToPixel, type AxisTransform } from './layout';
import {
	customersOf,
	summarizeSelection,
	type ScatterSelection,
	type SelectionSummary
} from './selection';
import { PointIndex } from './point-index';
import type { ScatterViewport } from './viewport.svelte';

/** Hover picks the nearest point within this many screen pixels. */
export const HOVER_RADIUS = 8;

/** What the plot shows now, read afresh on every call. */
export interface PlotSpace {
	/** Plot area, CSS pixels. */
	width: number;
	height: number;
	/** Axis-space domains of the base scales. */
	xDomain: [number, number];
	yDomain: [number, number];
	xAxis: AxisTransform;
	yAxis: AxisTransform;
	/** Base pixels of each point number. */
	px: Float32Array;
	py: Float32Array;
	/** Customer index of each point number. */
	points: Int32Array;
	/** The drawn points' numbers (hidden groups left out): the ones hover and brush find. */
	drawing: { order: Int32Array };
	customers: CustomerTable;
	/** Group index of each customer (segment or tier) and the number of groups. */
	groupOf: Uint8Array;
	groupCount: number;
}

/** The current selection: the brushed rectangle in axis space and who is inside it. */
export interface Selected {
	xRange: [number, number];
	yRange: [number, number];
	customers: Int32Array;
	summary: SelectionSummary;
}

/** A rectangle in screen pixels of the plot area. */
export interface ScreenRect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Time `compute` as a performance measure named `name` (read by `npm run bench` and devtools). */
export function measured<T>(name: string, compute: () => T): T {
	if (typeof performance === 'undefined') return compute();
	performance.mark(`${name}-start`);
	const result = compute();
	performance.measure(name, `${name}-start`);
	performance.clearMarks(`${name}-start`);
	return result;
}

function sameIndexes(a: Int32Array, b: Int32Array) {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

export class ScatterInteraction {
	/** Point number under the pointer. */
	hover = $state<number | null>(null);
	selection = $state.raw<Selected | null>(null);

	readonly viewport: ScatterViewport;
	#index: PointIndex;
	#space: () => PlotSpace;
	#onselect: (selection: ScatterSelection | null) => void;

	/**
	 * @param space what the plot shows now
	 * @param onselect a brush completed with a new set of customers, or the selection was cleared
	 */
	constructor(
		viewport: ScatterViewport,
		space: () => PlotSpace,
		onselect: (selection: ScatterSelection | null) => void
	) {
		this.viewport = viewport;
		this.#space = space;
		this.#onselect = onselect;
		this.#index = new PointIndex(() => {
			const s = space();
			return { px: s.px, py: s.py, order: s.drawing.order, width: s.width, height: s.height };
		});
	}

	/**
	 * Fill the hit-test index for the current points in background steps (until then hover and
	 * brush scan); run in an effect so new axes, size or drawn groups start over. Returns the
	 * cancel function.
	 */
	indexInBackground(): () => void {
		const s = this.#space();
		void s.px;
		void s.py;
		void s.drawing;
		return this.#index.fillInBackground();
	}

	/** Select the customers inside a rectangle of axis space. */
	select(xRange: [number, number], yRange: [number, number]) {
		const s = this.#space();
		const picked = measured('scatter:select', () => {
			const found = this.#index.inRect(
				valueToPixel(xRange[0], s.xDomain, s.width, false),
				valueToPixel(yRange[0], s.yDomain, s.height, true),
				valueToPixel(xRange[1], s.xDomain, s.width, false),
				valueToPixel(yRange[1], s.yDomain, s.height, true)
			);
			const selected = customersOf(s.points, found);
			return {
				customers: selected,
				summary: summarizeSelection(s.customers, selected, s.groupOf, s.groupCount, s.points.length)
			};
		});
		const previous = this.selection;
		this.selection = { xRange, yRange, ...picked };
		if (previous && sameIndexes(previous.customers, picked.customers)) return;
		this.#onselect({
			indexes: picked.customers,
			x: [inverse(s.xAxis, xRange[0]), inverse(s.xAxis, xRange[1])],
			y: [inverse(s.yAxis, yRange[0]), inverse(s.yAxis, yRange[1])]
		});
	}

	clearSelection() {
		if (!this.selection) return;
		this.selection = null;
		this.#onselect(null);
	}

	/** Select the rectangle between two screen points of the plot area. */
	selectScreenRect(sx0: number, sy0: number, sx1: number, sy1: number) {
		const s = this.#space();
		const view = this.viewport.view;
		const bx = (v: number) => (Math.min(s.width, Math.max(0, v)) - view.x) / view.k;
		const by = (v: number) => (Math.min(s.height, Math.max(0, v)) - view.y) / view.k;
		const xa = pixelToValue(bx(sx0), s.xDomain, s.width, false);
		const xb = pixelToValue(bx(sx1), s.xDomain, s.width, false);
		const ya = pixelToValue(by(sy0), s.yDomain, s.height, true);
		const yb = pixelToValue(by(sy1), s.yDomain, s.height, true);
		this.select([Math.min(xa, xb), Math.max(xa, xb)], [Math.min(ya, yb), Math.max(ya, yb)]);
	}

	selectInView() {
		const s = this.#space();
		this.selectScreenRect(0, 0, s.width, s.height);
	}

	/** New axes or data: the old zoom and selection mean nothing there. */
	reset() {
		this.viewport.reset();
		this.hover = null;
		this.clearSelection();
	}

	/** New drawn groups or size: keep the brushed rectangle, recount who is inside it. */
	recount() {
		this.hover = null;
		if (this.selection) this.select(this.selection.xRange, this.selection.yRange);
	}

	pointerDown(sx: number, sy: number, shiftKey: boolean) {
		this.viewport.pointerDown(sx, sy, shiftKey);
		this.hover = null;
	}

	pointerMove(sx: number, sy: number) {
		if (this.viewport.pointerMove(sx, sy)) return;
		const s = this.#space();
		if (sx < 0 || sy < 0 || sx > s.width || sy > s.height) {
			this.hover = null;
			return;
		}
		const [bx, by] = this.viewport.toBase(sx, sy);
		this.hover = this.#index.nearest(bx, by, this.viewport.baseRadius(HOVER_RADIUS));
	}

	pointerUp() {
		const end = this.viewport.pointerUp();
		if (end.kind === 'clear') this.clearSelection();
		else if (end.kind === 'brush') this.selectScreenRect(end.x0, end.y0, end.x1, end.y1);
	}

	pointerLeave() {
		if (!this.viewport.drag) this.hover = null;
	}

	/** A key on the plot; true when it was ours (the page must not act on it too). */
	key(key: string, shiftKey: boolean): boolean {
		const action = this.viewport.key(key, shiftKey, this.selection !== null);
		if (action === null) return false;
		if (action === 'select-view') this.selectInView();
		else if (action === 'clear') this.clearSelection();
		return true;
	}

	/** The hovered point on screen, unless a drag is in progress or it is scrolled out of view. */
	get hovered(): { point: number; customer: number; sx: number; sy: number } | null {
		const p = this.hover;
		if (p === null || this.viewport.drag) return null;
		const s = this.#space();
		const customer = s.points[p];
		if (customer === undefined) return null;
		const view = this.viewport.view;
		const sx = view.k * s.px[p] + view.x;
		const sy = view.k * s.py[p] + view.y;
		if (sx < 0 || sy < 0 || sx > s.width || sy > s.height) return null;
		return { point: p, customer, sx, sy };
	}

	/** The brush while dragging, else the selection's rectangle at the current zoom. */
	get brushRect(): ScreenRect | null {
		const drag = this.viewport.drag;
		if (drag?.kind === 'brush') {
			return {
				x: Math.min(drag.x0, drag.x1),
				y: Math.min(drag.y0, drag.y1),
				width: Math.abs(drag.x1 - drag.x0),
				height: Math.abs(drag.y1 - drag.y0)
			};
		}
		const selection = this.selection;
		if (!selection) return null;
		const s = this.#space();
		const view = this.viewport.view;
		const screenX = (t: number) => view.k * valueToPixel(t, s.xDomain, s.width, false) + view.x;
		const screenY = (t: number) => view.k * valueToPixel(t, s.yDomain, s.height, true) + view.y;
		const x0 = screenX(selection.xRange[0]);
		const x1 = screenX(selection.xRange[1]);
		const y0 = screenY(selection.yRange[1]);
		const y1 = screenY(selection.yRange[0]);
		return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
	}
}
