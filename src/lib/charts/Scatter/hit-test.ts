/**
 * Hit-testing the scatterplot's points: a quadtree of point numbers on base pixels (zoom 1),
 * built in chunks, for the nearest point under the pointer and the points inside a brushed
 * rectangle, with linear scans as the reference and for small plots.
 */
import { quadtree, type Quadtree, type QuadtreeLeaf } from 'd3';

/**
 * An empty quadtree of point numbers on base pixels, covering the plot area (points outside it
 * still fit: the tree grows). Fill it with `indexPoints`, all at once or a chunk at a time so a
 * 100k-point build never blocks the page for long. Rebuilt when the axes, the plot size or the
 * drawn groups change; zoom and pan reuse it (see the module comment).
 */
export function createIndex(
	px: Float32Array,
	py: Float32Array,
	width: number,
	height: number
): Quadtree<number> {
	return quadtree<number>()
		.x((p) => px[p])
		.y((p) => py[p])
		.cover(0, 0)
		.cover(Math.max(1, width), Math.max(1, height));
}

/**
 * Add order[from … to) to an index.
 * @example indexPoints(index, drawing.order, 0, 10_000)
 */
export function indexPoints(
	index: Quadtree<number>,
	order: Int32Array,
	from: number,
	to: number
): void {
	for (let i = from; i < to; i++) index.add(order[i]);
}

/**
 * The whole index in one go (tests, small data).
 * @example buildIndex(px, py, order).size() // → order.length
 */
export function buildIndex(
	px: Float32Array,
	py: Float32Array,
	order: Int32Array
): Quadtree<number> {
	return quadtree<number>()
		.x((p) => px[p])
		.y((p) => py[p])
		.addAll(Array.from(order));
}

/**
 * The point nearest to base pixel (x, y) within `radius` base pixels, or null.
 * @example nearestPoint(buildIndex(px, py, order), 10, 10, 4) // → 0 for a point at (11, 12)
 */
export function nearestPoint(
	index: Quadtree<number>,
	x: number,
	y: number,
	radius: number
): number | null {
	return index.find(x, y, radius) ?? null;
}

/**
 * Numbers of the indexed points inside the base-pixel rectangle [x0, x1] × [y0, y1] (bounds in
 * any order, inclusive), ascending. Quadrants outside the rectangle are skipped unvisited.
 * @example pointsInRect(index, px, py, 0, 0, 10, 10) // → Int32Array [0, 3]
 */
export function pointsInRect(
	index: Quadtree<number>,
	px: Float32Array,
	py: Float32Array,
	x0: number,
	y0: number,
	x1: number,
	y1: number
): Int32Array {
	const left = Math.min(x0, x1);
	const right = Math.max(x0, x1);
	const top = Math.min(y0, y1);
	const bottom = Math.max(y0, y1);
	const found: number[] = [];
	index.visit((node, nx0, ny0, nx1, ny1) => {
		if (!node.length) {
			let leaf: QuadtreeLeaf<number> | undefined = node as QuadtreeLeaf<number>;
			while (leaf) {
				const p = leaf.data;
				const x = px[p];
				const y = py[p];
				if (x >= left && x <= right && y >= top && y <= bottom) found.push(p);
				leaf = leaf.next;
			}
		}
		// true = do not descend: the quadrant misses the rectangle.
		return nx0 > right || nx1 < left || ny0 > bottom || ny1 < top;
	});
	return Int32Array.from(found).sort();
}

/**
 * `pointsInRect` by a plain scan of the drawn points: the answer while the quadtree is still
 * being filled in the background (a scan of two typed arrays is faster than finishing it), and
 * for rectangles so large that visiting the quadtree costs more than looking at every point.
 * @example pointsInRectScan(px, py, order, 0, 0, 10, 10) // → Int32Array [0, 3]
 */
export function pointsInRectScan(
	px: Float32Array,
	py: Float32Array,
	order: Int32Array,
	x0: number,
	y0: number,
	x1: number,
	y1: number
): Int32Array {
	const left = Math.min(x0, x1);
	const right = Math.max(x0, x1);
	const top = Math.min(y0, y1);
	const bottom = Math.max(y0, y1);
	const found: number[] = [];
	for (let i = 0; i < order.length; i++) {
		const p = order[i];
		const x = px[p];
		const y = py[p];
		if (x >= left && x <= right && y >= top && y <= bottom) found.push(p);
	}
	return Int32Array.from(found).sort();
}

/**
 * `nearestPoint` by a plain scan (same answer; ties go to the earlier point in `order`), for the
 * moments before the quadtree is complete.
 * @example nearestByScan(px, py, order, 10, 10, 4) // → 0 for a point at (11, 12)
 */
export function nearestByScan(
	px: Float32Array,
	py: Float32Array,
	order: Int32Array,
	x: number,
	y: number,
	radius: number
): number | null {
	let best: number | null = null;
	let bestDistance = radius * radius;
	for (let i = 0; i < order.length; i++) {
		const p = order[i];
		const dx = px[p] - x;
		const dy = py[p] - y;
		const distance = dx * dx + dy * dy;
		if (distance < bestDistance || (best === null && distance === bestDistance)) {
			best = p;
			bestDistance = distance;
		}
	}
	return best;
}
