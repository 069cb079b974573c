/**
 * Software rasterising for the scatterplot's canvas: every point is a small "stamp" (a disc or a
 * square of coverage values) blended straight into an RGBA pixel buffer, which the canvas then
 * puts on screen in one call. Per-point canvas calls (`drawImage`, `fillRect`, `arc`) cost
 * microseconds each on software-rendered canvases; this costs a few nanoseconds per pixel.
 * Pure: no DOM, so the pixels are tested in Node.
 */

/** The pixels a point covers, relative to its centre pixel, with how much of each it covers. */
export interface Stamp {
	/** Offsets from the point's top-left pixel: dx[i], dy[i] and coverage[i] in (0, 1]. */
	dx: Int16Array;
	dy: Int16Array;
	coverage: Float32Array;
	/** Width and height of the stamp's box, pixels. */
	size: number;
}

/** Samples per pixel side when measuring a disc's coverage (16 per pixel). */
const SUPERSAMPLE = 4;

/**
 * An anti-aliased disc of `radius` pixels: each pixel's coverage is the share of its 4 × 4
 * sub-samples inside the circle. Pixels with no coverage are left out.
 */
export function discStamp(radius: number): Stamp {
	const size = Math.ceil(radius * 2) + 1;
	const centre = size / 2;
	const dx: number[] = [];
	const dy: number[] = [];
	const coverage: number[] = [];
	const r2 = radius * radius;
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			let inside = 0;
			for (let sy = 0; sy < SUPERSAMPLE; sy++) {
				for (let sx = 0; sx < SUPERSAMPLE; sx++) {
					const ox = x + (sx + 0.5) / SUPERSAMPLE - centre;
					const oy = y + (sy + 0.5) / SUPERSAMPLE - centre;
					if (ox * ox + oy * oy <= r2) inside++;
				}
			}
			if (inside) {
				dx.push(x);
				dy.push(y);
				coverage.push(inside / (SUPERSAMPLE * SUPERSAMPLE));
			}
		}
	}
	return {
		dx: Int16Array.from(dx),
		dy: Int16Array.from(dy),
		coverage: Float32Array.from(coverage),
		size
	};
}

/** A fully covered square of `size` × `size` pixels. */
export function squareStamp(size: number): Stamp {
	const side = Math.max(1, Math.round(size));
	const count = side * side;
	const stamp: Stamp = {
		dx: new Int16Array(count),
		dy: new Int16Array(count),
		coverage: new Float32Array(count).fill(1),
		size: side
	};
	for (let i = 0; i < count; i++) {
		stamp.dx[i] = i % side;
		stamp.dy[i] = Math.floor(i / side);
	}
	return stamp;
}

/** What to draw: points in base pixels, in drawing order, and one colour per group. */
export interface StampFrame {
	/** Base pixels of every point, relative to the plot area at zoom 1. */
	px: Float32Array;
	py: Float32Array;
	/** Point indexes in drawing order, grouped: group g is order[starts[g] … starts[g + 1]). */
	order: Int32Array;
	starts: Int32Array | readonly number[];
	/** Red, green, blue of group g at 3g, 3g + 1, 3g + 2 (0–255). */
	rgb: Uint8Array;
	/** Zoom and pan, in CSS pixels: screen = base × k + offset. */
	view: { k: number; x: number; y: number };
	/** Device pixels per CSS pixel. */
	dpr: number;
	/** Opacity of a fully covered pixel, 0–1. */
	alpha: number;
}

/**
 * Blend every point's stamp into `data` (straight-alpha RGBA, `width` × `height` device pixels,
 * the plot area), "source-over", groups in order so later groups lie on top. Points whose centre
 * falls outside the area are skipped; stamps are clipped at its edges. Returns the number of
 * points drawn.
 */
export function stampPoints(
	data: Uint8ClampedArray,
	width: number,
	height: number,
	frame: StampFrame,
	stamp: Stamp
): number {
	const { px, py, order, starts, rgb, dpr, alpha } = frame;
	const scale = frame.view.k * dpr;
	const offsetX = frame.view.x * dpr;
	const offsetY = frame.view.y * dpr;
	const half = stamp.size / 2;
	const { dx, dy, coverage } = stamp;
	const pixels = coverage.length;
	/** Source alpha of each stamp pixel. */
	const source = coverage.map((c) => c * alpha);
	let drawn = 0;
	for (let g = 0; g + 1 < starts.length; g++) {
		const from = starts[g];
		const to = starts[g + 1];
		if (from === to) continue;
		const red = rgb[3 * g];
		const green = rgb[3 * g + 1];
		const blue = rgb[3 * g + 2];
		for (let i = from; i < to; i++) {
			const p = order[i];
			const x = px[p] * scale + offsetX;
			const y = py[p] * scale + offsetY;
			if (!(x >= 0 && x <= width && y >= 0 && y <= height)) continue;
			drawn++;
			const left = Math.round(x - half);
			const top = Math.round(y - half);
			const inside =
				left >= 0 && top >= 0 && left + stamp.size <= width && top + stamp.size <= height;
			for (let s = 0; s < pixels; s++) {
				const col = left + dx[s];
				const row = top + dy[s];
				if (!inside && (col < 0 || row < 0 || col >= width || row >= height)) continue;
				const o = (row * width + col) * 4;
				const a = source[s];
				const below = data[o + 3];
				if (below === 0) {
					data[o] = red;
					data[o + 1] = green;
					data[o + 2] = blue;
					data[o + 3] = a * 255;
				} else {
					// Straight (not premultiplied) alpha, as ImageData stores it.
					const under = (below / 255) * (1 - a);
					const out = a + under;
					data[o] = (red * a + data[o] * under) / out;
					data[o + 1] = (green * a + data[o + 1] * under) / out;
					data[o + 2] = (blue * a + data[o + 2] * under) / out;
					data[o + 3] = out * 255;
				}
			}
		}
	}
	return drawn;
}
