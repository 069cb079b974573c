/**
 * The scatterplot's viewport and pointer/keyboard interaction, apart from the DOM so Node tests
 * drive it: zoom and pan (`View`), the drag in progress (pan or brush), and what a key, a wheel
 * turn or a finished drag means. Coordinates are screen pixels of the plot area; the component
 * measures them and acts on the answers (hit-testing, selecting).
 */
import { constrainView, IDENTITY_VIEW, panView, wheelFactor, zoomView, type View } from './view';

/** Screen pixels one arrow key pans (four times that with Shift). */
export const KEY_PAN = 40;
/** Zoom factor of one + or − key. */
export const KEY_ZOOM = 1.5;
/** A brush smaller than this (pixels, both sides) is a click: it clears the selection. */
export const MIN_BRUSH = 3;

export interface Drag {
	kind: 'pan' | 'brush';
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** What a finished drag asks for. */
export type DragEnd =
	| { kind: 'none' }
	| { kind: 'clear' }
	| { kind: 'brush'; x0: number; y0: number; x1: number; y1: number };

/** What a key asks the component to do beyond moving the view. */
export type KeyAction = 'handled' | 'select-view' | 'clear' | null;

export class ScatterViewport {
	view = $state.raw<View>(IDENTITY_VIEW);
	drag = $state<Drag | null>(null);
	/** Dragging brushes instead of panning (the toolbar's toggle; Shift does it too). */
	selectMode = $state(false);

	#size: () => { width: number; height: number };

	/** @param size the plot area in screen pixels */
	constructor(size: () => { width: number; height: number }) {
		this.#size = size;
	}

	get zoomed(): boolean {
		return this.view.k !== 1 || this.view.x !== 0 || this.view.y !== 0;
	}

	reset() {
		this.view = IDENTITY_VIEW;
	}

	/** Keep the view valid after the plot changed size. */
	constrain() {
		const { width, height } = this.#size();
		this.view = constrainView(this.view, width, height);
	}

	pan(dx: number, dy: number) {
		const { width, height } = this.#size();
		this.view = panView(this.view, dx, dy, width, height);
	}

	/** Zoom by `factor` around screen point (sx, sy) (the centre when omitted). */
	zoom(factor: number, sx?: number, sy?: number) {
		const { width, height } = this.#size();
		this.view = zoomView(this.view, factor, sx ?? width / 2, sy ?? height / 2, width, height);
	}

	/** A wheel turn at (sx, sy); false when the page should scroll instead (zoomed out, scrolling down). */
	wheel(deltaY: number, deltaMode: number, sx: number, sy: number): boolean {
		const factor = wheelFactor(deltaY, deltaMode);
		if (factor < 1 && this.view.k <= 1) return false;
		this.zoom(factor, sx, sy);
		return true;
	}

	/** Screen point → base pixels (zoom 1), where the hit-test index lives. */
	toBase(sx: number, sy: number): [number, number] {
		return [(sx - this.view.x) / this.view.k, (sy - this.view.y) / this.view.k];
	}

	/** A screen-pixel radius in base pixels. */
	baseRadius(screenRadius: number): number {
		return screenRadius / this.view.k;
	}

	pointerDown(sx: number, sy: number, shiftKey: boolean) {
		const kind = this.selectMode || shiftKey ? 'brush' : 'pan';
		this.drag = { kind, x0: sx, y0: sy, x1: sx, y1: sy };
	}

	/** Follow the pointer while dragging; false when no drag is in progress (hover instead). */
	pointerMove(sx: number, sy: number): boolean {
		const drag = this.drag;
		if (!drag) return false;
		if (drag.kind === 'pan') {
			this.pan(sx - drag.x1, sy - drag.y1);
			this.drag = { ...drag, x1: sx, y1: sy };
		} else {
			const { width, height } = this.#size();
			const x1 = Math.min(width, Math.max(0, sx));
			const y1 = Math.min(height, Math.max(0, sy));
			this.drag = { ...drag, x1, y1 };
		}
		return true;
	}

	pointerUp(): DragEnd {
		const finished = this.drag;
		this.drag = null;
		if (finished?.kind !== 'brush') return { kind: 'none' };
		const tiny =
			Math.abs(finished.x1 - finished.x0) < MIN_BRUSH &&
			Math.abs(finished.y1 - finished.y0) < MIN_BRUSH;
		return tiny ? { kind: 'clear' } : { ...finished, kind: 'brush' };
	}

	/**
	 * Arrow keys pan, + and − zoom, 0 resets; Enter asks to select what is in view, Escape to
	 * clear (only when there is something to clear). Null: the key is not ours.
	 */
	key(key: string, shiftKey: boolean, hasSelection: boolean): KeyAction {
		const step = shiftKey ? KEY_PAN * 4 : KEY_PAN;
		switch (key) {
			case 'ArrowLeft':
				this.pan(step, 0);
				return 'handled';
			case 'ArrowRight':
				this.pan(-step, 0);
				return 'handled';
			case 'ArrowUp':
				this.pan(0, step);
				return 'handled';
			case 'ArrowDown':
				this.pan(0, -step);
				return 'handled';
			case '+':
			case '=':
				this.zoom(KEY_ZOOM);
				return 'handled';
			case '-':
			case '_':
				this.zoom(1 / KEY_ZOOM);
				return 'handled';
			case '0':
				this.reset();
				return 'handled';
			case 'Enter':
				return 'select-view';
			case 'Escape':
				if (!this.drag && !hasSelection) return null;
				this.drag = null;
				return 'clear';
			default:
				return null;
		}
	}
}
