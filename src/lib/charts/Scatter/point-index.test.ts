import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INDEX_CHUNK, PointIndex } from './point-index';

/** A seeded cloud of points on a 800 × 400 plot, drawn in reverse order. */
function cloud(n: number) {
	let seed = 7;
	const next = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
	const px = Float32Array.from({ length: n }, () => next() * 800);
	const py = Float32Array.from({ length: n }, () => next() * 400);
	const order = Int32Array.from({ length: n }, (_, i) => n - 1 - i);
	return { px, py, order, width: 800, height: 400 };
}

/** The answers by brute force, written here: every point inside, ascending. */
function inside(points: ReturnType<typeof cloud>, x0: number, y0: number, x1: number, y1: number) {
	const found: number[] = [];
	for (let p = 0; p < points.px.length; p++)
		if (points.px[p] >= x0 && points.px[p] <= x1 && points.py[p] >= y0 && points.py[p] <= y1)
			found.push(p);
	return found;
}

describe('PointIndex', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('answers by scanning until the quadtree is filled in background steps, then by the tree', () => {
		const points = cloud(INDEX_CHUNK * 2 + 500);
		const index = new PointIndex(() => points);
		const small = [100, 100, 140, 130] as const;
		const before = [...index.inRect(...small)];
		expect(before).toEqual(inside(points, ...small));
		expect(index.ready()).toBeNull();

		const cancel = index.fillInBackground(100);
		vi.advanceTimersByTime(100);
		expect(index.ready()).toBeNull(); // one chunk of three
		vi.advanceTimersToNextTimer(); // second chunk
		expect(index.ready()).toBeNull();
		vi.advanceTimersToNextTimer(); // the last 500
		expect(index.ready()).not.toBeNull();
		cancel();
		expect([...index.inRect(...small)]).toEqual(before);
		expect([...index.inRect(0, 0, 800, 400)]).toHaveLength(points.px.length);
	});

	it('finds the nearest point within a radius, the same with or without the tree', () => {
		const points = cloud(2000);
		const index = new PointIndex(() => points);
		const p = 1234;
		const scan = index.nearest(points.px[p] + 0.5, points.py[p], 3);
		index.fillInBackground(0);
		vi.runAllTimers();
		expect(index.nearest(points.px[p] + 0.5, points.py[p], 3)).toBe(scan);
		expect(index.nearest(-50, -50, 3)).toBeNull();
	});

	it('starts afresh when the drawn points change', () => {
		let points = cloud(100);
		const index = new PointIndex(() => points);
		index.fillInBackground(0);
		vi.runAllTimers();
		expect(index.ready()).not.toBeNull();
		points = { ...points, order: points.order.slice(0, 50) };
		expect(index.ready()).toBeNull();
	});
});
