/**
 * The scatterplot's zoom and pan as numbers: a uniform zoom k and an offset (x, y) in screen
 * pixels, kept so the plot always covers its frame.
 */
import { pixelToValue } from './layout';

/** Screen = base × k + (x, y), in CSS pixels of the plot area. */
export interface View {
	k: number;
	x: number;
	y: number;
}

export const IDENTITY_VIEW: View = { k: 1, x: 0, y: 0 };

/** Deepest zoom: a 100-day axis then shows a tenth of a day per screen. */
export const MAX_ZOOM = 1000;

/**
 * Clamp the zoom to [1, MAX_ZOOM] and the offsets so the zoomed plot always covers the plot area
 * (you cannot pan the data out of sight).
 * @example constrainView({ k: 2, x: 50, y: -500 }, 100, 100) // → { k: 2, x: 0, y: -100 }
 */
export function constrainView(view: View, width: number, height: number): View {
	const k = Math.min(MAX_ZOOM, Math.max(1, view.k));
	const clamp = (offset: number, length: number) =>
		Math.min(0, Math.max(length - k * length, offset));
	return { k, x: clamp(view.x, width), y: clamp(view.y, height) };
}

/**
 * Zoom by `factor` keeping the screen point (cx, cy) fixed (wheel at the cursor, keys at the
 * centre).
 * @example zoomView({ k: 1, x: 0, y: 0 }, 2, 50, 50, 100, 100) // → { k: 2, x: -50, y: -50 }
 */
export function zoomView(
	view: View,
	factor: number,
	cx: number,
	cy: number,
	width: number,
	height: number
): View {
	const k = Math.min(MAX_ZOOM, Math.max(1, view.k * factor));
	const ratio = k / view.k;
	return constrainView(
		{ k, x: cx - (cx - view.x) * ratio, y: cy - (cy - view.y) * ratio },
		width,
		height
	);
}

/**
 * Move the view by (dx, dy) screen pixels.
 * @example panView({ k: 2, x: -50, y: -50 }, 20, -80, 100, 100) // → { k: 2, x: -30, y: -100 }
 */
export function panView(view: View, dx: number, dy: number, width: number, height: number): View {
	return constrainView({ k: view.k, x: view.x + dx, y: view.y + dy }, width, height);
}

/**
 * Zoom factor of a wheel event, as d3-zoom computes it (pixel, line and page delta modes).
 * @example wheelFactor(-500, 0) // → 2
 */
export function wheelFactor(deltaY: number, deltaMode: number): number {
	const perUnit = deltaMode === 1 ? 0.05 : deltaMode === 2 ? 1 : 0.002;
	return 2 ** (-deltaY * perUnit);
}

/**
 * The axis-space range on screen along one axis of the plot.
 * @example visibleRange(-100, 2, [0, 10], 100, false) // → [5, 10]
 */
export function visibleRange(
	offset: number,
	k: number,
	domain: readonly [number, number],
	length: number,
	flip: boolean
): [number, number] {
	const a = pixelToValue((0 - offset) / k, domain, length, flip);
	const b = pixelToValue((length - offset) / k, domain, length, flip);
	return a <= b ? [a, b] : [b, a];
}
