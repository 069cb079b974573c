import { describe, expect, it } from 'vitest';
import { KEY_PAN, KEY_ZOOM, ScatterViewport } from './viewport.svelte';

const plot = () => new ScatterViewport(() => ({ width: 400, height: 300 }));

describe('ScatterViewport', () => {
	it('zooms with + around the centre, pans with arrows, resets with 0', () => {
		const v = plot();
		expect(v.key('+', false, false)).toBe('handled');
		// Zooming by k around (200, 150): x = 200 − 200·k
		expect(v.view).toEqual({ k: KEY_ZOOM, x: 200 - 200 * KEY_ZOOM, y: 150 - 150 * KEY_ZOOM });
		const before = v.view;
		v.key('ArrowLeft', false, false);
		expect(v.view.x).toBe(before.x + KEY_PAN);
		v.key('ArrowLeft', true, false);
		// −60 + 4 × 40 = 100 would pull the plot's left edge inside the frame: held at 0.
		expect(v.view.x).toBe(0);
		expect(v.zoomed).toBe(true);
		v.key('0', false, false);
		expect(v.zoomed).toBe(false);
	});

	it('never pans the plot out of its frame at zoom 1', () => {
		const v = plot();
		v.pan(50, 50);
		expect(v.view).toEqual({ k: 1, x: 0, y: 0 });
	});

	it('leaves Enter and Escape to the component, Escape only with something to clear', () => {
		const v = plot();
		expect(v.key('Enter', false, false)).toBe('select-view');
		expect(v.key('Escape', false, false)).toBeNull();
		expect(v.key('Escape', false, true)).toBe('clear');
		expect(v.key('a', false, true)).toBeNull();
	});

	it('lets the page scroll when zoomed out and scrolling down', () => {
		const v = plot();
		expect(v.wheel(100, 0, 10, 10)).toBe(false);
		expect(v.wheel(-100, 0, 10, 10)).toBe(true);
		expect(v.view.k).toBeGreaterThan(1);
	});

	it('brushes with Shift or in select mode, clamped to the plot; a tiny brush clears', () => {
		const v = plot();
		v.pointerDown(10, 10, true);
		expect(v.pointerMove(500, -20)).toBe(true);
		expect(v.pointerUp()).toEqual({ kind: 'brush', x0: 10, y0: 10, x1: 400, y1: 0 });
		v.selectMode = true;
		v.pointerDown(10, 10, false);
		v.pointerMove(11, 12);
		expect(v.pointerUp()).toEqual({ kind: 'clear' });
		expect(v.pointerMove(1, 1)).toBe(false);
	});

	it('pans by dragging when zoomed, and maps screen points to base pixels', () => {
		const v = plot();
		v.zoom(2, 0, 0);
		v.pointerDown(100, 100, false);
		v.pointerMove(80, 90);
		expect(v.pointerUp()).toEqual({ kind: 'none' });
		expect(v.view).toEqual({ k: 2, x: -20, y: -10 });
		expect(v.toBase(80, 90)).toEqual([50, 50]);
		expect(v.baseRadius(8)).toBe(4);
	});
});
