import { describe, expect, it } from 'vitest';
import { discStamp, squareStamp, stampPoints, type StampFrame } from './raster';

const IDENTITY = { k: 1, x: 0, y: 0 };

function frame(points: [number, number][], groups: number[][], patch: Partial<StampFrame> = {}) {
	const starts = [0];
	for (const group of groups) starts.push(starts[starts.length - 1] + group.length);
	return {
		px: Float32Array.from(points.map((p) => p[0])),
		py: Float32Array.from(points.map((p) => p[1])),
		order: Int32Array.from(groups.flat()),
		starts: Int32Array.from(starts),
		rgb: Uint8Array.from([255, 0, 0, 0, 0, 255]),
		view: IDENTITY,
		dpr: 1,
		alpha: 1,
		...patch
	} satisfies StampFrame;
}

/** RGBA of pixel (x, y). */
const at = (data: Uint8ClampedArray, width: number, x: number, y: number) =>
	Array.from(data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4));

/** Pixels with any alpha. */
const painted = (data: Uint8ClampedArray) => {
	let count = 0;
	for (let o = 3; o < data.length; o += 4) if (data[o]) count++;
	return count;
};

describe('discStamp', () => {
	it('covers about π r² pixels in all, symmetric about its centre', () => {
		for (const radius of [3, 6, 4.5]) {
			const stamp = discStamp(radius);
			const total = stamp.coverage.reduce((sum, c) => sum + c, 0);
			expect(total).toBeGreaterThan(Math.PI * radius * radius * 0.95);
			expect(total).toBeLessThan(Math.PI * radius * radius * 1.05);
			const cells = new Map<string, number>();
			stamp.dx.forEach((x, i) => cells.set(`${x},${stamp.dy[i]}`, stamp.coverage[i]));
			for (const [key, value] of cells) {
				const [x, y] = key.split(',').map(Number);
				expect(cells.get(`${stamp.size - 1 - x},${y}`)).toBe(value);
				expect(cells.get(`${x},${stamp.size - 1 - y}`)).toBe(value);
			}
		}
	});

	it('is opaque in the middle and partial at the rim', () => {
		const stamp = discStamp(3);
		expect(stamp.size).toBe(7);
		const coverageAt = (x: number, y: number) =>
			stamp.coverage[[...stamp.dx].findIndex((dx, i) => dx === x && stamp.dy[i] === y)];
		expect(coverageAt(3, 3)).toBe(1);
		expect(coverageAt(0, 3)).toBeGreaterThan(0);
		expect(coverageAt(0, 3)).toBeLessThan(1);
		// The corners are outside the circle: left out altogether.
		expect(coverageAt(0, 0)).toBeUndefined();
	});
});

describe('squareStamp', () => {
	it('is size × size fully covered pixels, rounding the size', () => {
		expect(squareStamp(2).coverage).toEqual(new Float32Array(4).fill(1));
		expect(squareStamp(3.2).size).toBe(3);
		expect(squareStamp(0.2).size).toBe(1);
	});
});

describe('stampPoints', () => {
	it('paints one point in its colour at the given alpha, centred on its position', () => {
		const data = new Uint8ClampedArray(10 * 10 * 4);
		const drawn = stampPoints(data, 10, 10, frame([[5, 5]], [[0]], { alpha: 0.5 }), squareStamp(2));
		expect(drawn).toBe(1);
		expect(painted(data)).toBe(4);
		for (const [x, y] of [
			[4, 4],
			[5, 4],
			[4, 5],
			[5, 5]
		])
			expect(at(data, 10, x, y)).toEqual([255, 0, 0, 128]);
	});

	it('blends source-over: a later group lies on top, alpha accumulates', () => {
		const data = new Uint8ClampedArray(4 * 4 * 4);
		stampPoints(
			data,
			4,
			4,
			frame(
				[
					[2, 2],
					[2, 2]
				],
				[[0], [1]],
				{ alpha: 0.5 }
			),
			squareStamp(1)
		);
		const [r, g, b, a] = at(data, 4, 2, 2);
		// Blue (group 1) over red (group 0), each at 50%: out alpha 75%, blue weighs 2/3.
		// 0.75 × 255 = 191.25, give or take the first layer's rounding to 128.
		expect(Math.abs(a - 191.25)).toBeLessThanOrEqual(1);
		expect(b).toBeCloseTo(170, -1);
		expect(r).toBeCloseTo(85, -1);
		expect(g).toBe(0);
	});

	it('applies zoom, pan and the pixel ratio', () => {
		const data = new Uint8ClampedArray(20 * 20 * 4);
		// Base (3, 5) at zoom 2, panned by (1, 2) CSS pixels, ratio 2: device (14, 24), outside;
		// base (3, 2): device ((3·2 + 1)·2, (2·2 + 2)·2) = (14, 12).
		const drawn = stampPoints(
			data,
			20,
			20,
			frame(
				[
					[3, 5],
					[3, 2]
				],
				[[0, 1]],
				{ view: { k: 2, x: 1, y: 2 }, dpr: 2 }
			),
			squareStamp(1)
		);
		expect(drawn).toBe(1);
		expect(at(data, 20, 14, 12)[3]).toBe(255);
		expect(painted(data)).toBe(1);
	});

	it('skips points outside the area and clips stamps at its edges', () => {
		const data = new Uint8ClampedArray(10 * 10 * 4);
		const drawn = stampPoints(
			data,
			10,
			10,
			frame(
				[
					[0, 0],
					[-1, 5],
					[5, 11],
					[10, 10],
					[Number.NaN, 3]
				],
				[[0, 1, 2, 3, 4]]
			),
			discStamp(3)
		);
		// (0, 0) and (10, 10) lie on the area's edge: drawn, a quarter of each disc visible.
		expect(drawn).toBe(2);
		const disc = discStamp(3).coverage.length;
		expect(painted(data)).toBeGreaterThan(disc / 4 - 4);
		expect(painted(data)).toBeLessThan(disc);
	});

	it('draws nothing for hidden (empty) groups and counts only drawn points', () => {
		const data = new Uint8ClampedArray(8 * 8 * 4);
		const drawn = stampPoints(
			data,
			8,
			8,
			frame(
				[
					[2, 2],
					[5, 5]
				],
				[[], [1]]
			),
			squareStamp(2)
		);
		expect(drawn).toBe(1);
		expect(at(data, 8, 4, 4)).toEqual([0, 0, 255, 255]);
		expect(at(data, 8, 1, 1)[3]).toBe(0);
	});
});
