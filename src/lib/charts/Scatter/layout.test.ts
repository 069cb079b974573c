import { describe, expect, it } from 'vitest';
import { NONE, type CustomerTable } from '$lib/core/analytics/types';
import { drawingSet, drawnCounts, hiddenMask } from './drawing-set';
import {
	FREQUENCY_JITTER,
	X_SEED,
	Y_SEED,
	axisTransform,
	axisValues,
	forward,
	hash01,
	inverse,
	jitter,
	paddedExtent,
	pixelToValue,
	toPixels,
	valueToPixel
} from './layout';
import {
	axisRawValue,
	isForecastAxis,
	isMetric,
	METRICS,
	metricValue,
	plottedIndexes,
	scoredIndexes,
	type ForecastAxis,
	type Metric
} from './metrics';
import { customersOf, summarizeSelection } from './selection';
import {
	IDENTITY_VIEW,
	MAX_ZOOM,
	constrainView,
	panView,
	visibleRange,
	wheelFactor,
	zoomView
} from './view';
import {
	buildIndex,
	createIndex,
	indexPoints,
	nearestByScan,
	nearestPoint,
	pointsInRect,
	pointsInRectScan
} from './hit-test';

interface Row {
	scored?: 0 | 1;
	recency: number;
	frequency: number;
	monetary: number;
	segment: number;
	tier: number;
}

/** A customer table from hand-written rows; the fields the scatterplot ignores stay zero. */
function table(rows: Row[]): CustomerTable {
	const n = rows.length;
	const u8 = (pick: (r: Row) => number) => Uint8Array.from(rows, pick);
	return {
		scored: u8((r) => r.scored ?? 1),
		firstPurchaseDay: new Int32Array(n),
		lastPurchaseDay: new Int32Array(n),
		recencyDays: Int32Array.from(rows, (r) => r.recency),
		frequency: Int32Array.from(rows, (r) => r.frequency),
		monetaryCents: Float64Array.from(rows, (r) => r.monetary),
		rScore: new Uint8Array(n),
		fScore: new Uint8Array(n),
		mScore: new Uint8Array(n),
		fmScore: new Uint8Array(n),
		segment: u8((r) => r.segment),
		tier: u8((r) => r.tier),
		stage: new Uint8Array(n),
		previousSegment: new Uint8Array(n)
	};
}

const customers = table([
	{ recency: 0, frequency: 1, monetary: 5_000, segment: 0, tier: 1 },
	{ scored: 0, recency: 0, frequency: 0, monetary: -1_200, segment: NONE, tier: NONE },
	{ recency: 99, frequency: 4, monetary: 40_000, segment: 1, tier: 0 },
	{ recency: 9, frequency: 2, monetary: -300, segment: 0, tier: 1 },
	{ recency: 365, frequency: 1, monetary: 0, segment: 1, tier: 1 }
]);

describe('metrics', () => {
	it('recognises metric names', () => {
		expect(['recency', 'aov', 'AOV', '', 3, null].map(isMetric)).toEqual([
			true,
			true,
			false,
			false,
			false,
			false
		]);
	});

	it('lists the scored customers in index order', () => {
		expect([...scoredIndexes(customers.scored)]).toEqual([0, 2, 3, 4]);
		expect(scoredIndexes(new Uint8Array(0))).toHaveLength(0);
	});

	it.each<[Exclude<Metric, ForecastAxis>, number, number]>([
		['recency', 2, 99],
		['frequency', 2, 4],
		['monetary', 3, -300],
		['aov', 2, 10_000],
		['aov', 3, -150],
		['aov', 1, 0] // no purchases: 0, not -Infinity
	])('%s of customer %i is %d', (metric, customer, expected) => {
		expect(metricValue(customers, metric, customer)).toBe(expected);
	});
});

describe('axis transforms', () => {
	it.each([
		// [log, constant, raw, axis value]
		[false, 1, -7, -7],
		[true, 1, 0, 0],
		[true, 1, 9, 1],
		[true, 1, 99, 2],
		[true, 100, 99_900, 3],
		[true, 100, -900, -1]
	])('log=%s c=%d: %d ↦ %d and back', (log, constant, raw, axis) => {
		const transform = { log, constant };
		expect(forward(transform, raw)).toBeCloseTo(axis, 12);
		expect(inverse(transform, axis)).toBeCloseTo(raw, 8);
	});

	it('uses 1 day, 1 purchase and 1 currency unit as symlog constants', () => {
		expect(axisTransform('recency', true)).toEqual({ log: true, constant: 1 });
		expect(axisTransform('frequency', true)).toEqual({ log: true, constant: 1 });
		expect(axisTransform('monetary', true)).toEqual({ log: true, constant: 100 });
		expect(axisTransform('aov', false)).toEqual({ log: false, constant: 100 });
	});
});

describe('jitter', () => {
	it('hashes deterministically into [0, 1)', () => {
		expect(hash01(0, 0)).toBe(0);
		expect(hash01(12345, X_SEED)).toBe(hash01(12345, X_SEED));
		expect(hash01(12345, X_SEED)).not.toBe(hash01(12345, Y_SEED));
		let sum = 0;
		for (let i = 0; i < 10_000; i++) {
			const h = hash01(i, X_SEED);
			expect(h).toBeGreaterThanOrEqual(0);
			expect(h).toBeLessThan(1);
			sum += h;
		}
		expect(sum / 10_000).toBeCloseTo(0.5, 1);
	});

	it('moves frequency only, by less than half a purchase', () => {
		expect(jitter('recency', 3, X_SEED)).toBe(0);
		expect(jitter('monetary', 3, X_SEED)).toBe(0);
		expect(jitter('aov', 3, X_SEED)).toBe(0);
		for (let c = 0; c < 1000; c++)
			expect(Math.abs(jitter('frequency', c, X_SEED))).toBeLessThanOrEqual(FREQUENCY_JITTER);
		expect(jitter('frequency', 3, X_SEED)).toBe((hash01(3, X_SEED) * 2 - 1) * FREQUENCY_JITTER);
	});

	it('applies jitter before the transform', () => {
		const points = new Int32Array([0, 2]);
		const linear = axisValues(customers, 'frequency', false, points, X_SEED);
		expect(linear[0]).toBeCloseTo(1 + jitter('frequency', 0, X_SEED), 12);
		expect(linear[1]).toBeCloseTo(4 + jitter('frequency', 2, X_SEED), 12);
		const log = axisValues(customers, 'recency', true, points, X_SEED);
		expect([...log]).toEqual([0, 2]);
	});
});

describe('forecast axes (CLV and P(alive) from the worker)', () => {
	const scored = Uint8Array.from([1, 1, 0, 1]);
	// Customer 1 has no forecast (NaN); customer 2 is not scored.
	const forecast = {
		p_alive: Float64Array.from([0.9, NaN, 0.5, 0.25]),
		expected_purchases: Float64Array.from([2, NaN, 1, 0.5]),
		clv: Float64Array.from([120, NaN, 40, 9])
	};

	it('offers CLV and P(alive) after the analysis metrics', () => {
		expect(METRICS.slice(-2)).toEqual(['clv', 'p_alive']);
		expect(METRICS.filter(isForecastAxis)).toEqual(['clv', 'p_alive']);
		expect(isMetric('p_alive')).toBe(true);
	});

	it.each<[Metric[], number[]]>([
		[
			['recency', 'monetary'],
			[0, 1, 3]
		],
		[
			['recency', 'clv'],
			[0, 3]
		],
		[
			['p_alive', 'clv'],
			[0, 3]
		]
	])('plots %j for customers %j (scored, with a forecast on forecast axes)', (axes, expected) => {
		expect([...plottedIndexes(scored, forecast, axes)]).toEqual(expected);
	});

	it('plots nobody on a forecast axis before the forecast is loaded', () => {
		expect(plottedIndexes(scored, null, ['p_alive', 'recency'])).toHaveLength(0);
		expect(axisRawValue(customers, null, 'clv', 0)).toBeNaN();
	});

	it('reads the forecast as given: CLV in currency units, P(alive) in [0, 1], no jitter', () => {
		const points = Int32Array.from([0, 3]);
		expect([...axisValues(customers, 'clv', false, points, X_SEED, forecast)]).toEqual([120, 9]);
		expect([...axisValues(customers, 'p_alive', false, points, Y_SEED, forecast)]).toEqual([
			0.9, 0.25
		]);
		// Symmetric log with c = 1 currency unit: 9 → log10(10) = 1.
		expect(axisValues(customers, 'clv', true, points, X_SEED, forecast)[1]).toBeCloseTo(1, 12);
		expect(axisTransform('p_alive', true)).toEqual({ log: true, constant: 0.01 });
	});

	it('lays P(alive) 0.25 … 0.9 out on pixels by the padded extent', () => {
		const values = axisValues(
			customers,
			'p_alive',
			false,
			Int32Array.from([0, 3]),
			Y_SEED,
			forecast
		);
		const domain = paddedExtent(values, 0);
		expect(domain).toEqual([0.25, 0.9]);
		// y is flipped: the highest P(alive) at the top (0 px), the lowest at the bottom.
		expect([...toPixels(values, domain, 130, true)]).toEqual([0, 130]);
	});
});

describe('domains and pixels', () => {
	it.each<[number[], number, [number, number]]>([
		[[0, 100], 0.05, [-5, 105]],
		[[3, 1, 2], 0, [1, 3]],
		[[], 0.04, [0, 1]],
		[[0], 0.04, [-1, 1]],
		[[50], 0.04, [45, 55]],
		[[-20], 0.04, [-22, -18]]
	])('paddedExtent(%j, %d) → %j', (values, padding, expected) => {
		const [lo, hi] = paddedExtent(values, padding);
		expect(lo).toBeCloseTo(expected[0], 12);
		expect(hi).toBeCloseTo(expected[1], 12);
	});

	it.each([
		// [value, domain, length, flip, pixel]
		[5, [0, 10], 200, false, 100],
		[5, [0, 10], 200, true, 100],
		[0, [0, 10], 200, true, 200],
		[2.5, [0, 10], 200, false, 50],
		[-1, [-2, 2], 80, false, 20]
	] as const)(
		'valueToPixel(%d, %j, %d, %s) → %d and back',
		(value, domain, length, flip, pixel) => {
			expect(valueToPixel(value, domain, length, flip)).toBeCloseTo(pixel, 12);
			expect(pixelToValue(pixel, domain, length, flip)).toBeCloseTo(value, 12);
		}
	);

	it('converts all points at once', () => {
		expect([...toPixels(new Float64Array([0, 5, 10]), [0, 10], 100, true)]).toEqual([100, 50, 0]);
		expect([...toPixels(new Float64Array([0, 5, 10]), [0, 10], 100, false)]).toEqual([0, 50, 100]);
	});
});

describe('zoom and pan', () => {
	it.each([
		// [view, width, height, constrained]
		[{ k: 2, x: 50, y: -500 }, 100, 100, { k: 2, x: 0, y: -100 }],
		[{ k: 0.5, x: 10, y: 10 }, 100, 100, { k: 1, x: 0, y: 0 }],
		[{ k: 1e6, x: 0, y: 0 }, 100, 100, { k: MAX_ZOOM, x: 0, y: 0 }],
		[{ k: 3, x: -150, y: -20 }, 100, 50, { k: 3, x: -150, y: -20 }]
	])('constrainView(%j) → %j', (view, width, height, expected) => {
		expect(constrainView(view, width, height)).toEqual(expected);
	});

	it.each([
		// [view, factor, cx, cy, zoomed]
		[IDENTITY_VIEW, 2, 50, 50, { k: 2, x: -50, y: -50 }],
		[IDENTITY_VIEW, 2, 0, 100, { k: 2, x: 0, y: -100 }],
		[{ k: 2, x: -50, y: -50 }, 0.5, 50, 50, { k: 1, x: 0, y: 0 }],
		[IDENTITY_VIEW, 0.5, 50, 50, IDENTITY_VIEW] // cannot zoom out past the full view
	])('zoomView(%j, ×%d at %d,%d) → %j', (view, factor, cx, cy, expected) => {
		expect(zoomView(view, factor, cx, cy, 100, 100)).toEqual(expected);
	});

	it('keeps the point under the cursor fixed while zooming', () => {
		const before = { k: 2, x: -30, y: -40 };
		const after = zoomView(before, 1.7, 37, 61, 100, 100);
		const base = [(37 - before.x) / before.k, (61 - before.y) / before.k];
		expect(base[0] * after.k + after.x).toBeCloseTo(37, 9);
		expect(base[1] * after.k + after.y).toBeCloseTo(61, 9);
	});

	it('pans within the data', () => {
		expect(panView({ k: 2, x: -50, y: -50 }, 20, -80, 100, 100)).toEqual({ k: 2, x: -30, y: -100 });
		expect(panView(IDENTITY_VIEW, 20, 20, 100, 100)).toEqual(IDENTITY_VIEW);
	});

	it.each([
		[-500, 0, 2],
		[500, 0, 0.5],
		[-3, 1, 2 ** 0.15],
		[1, 2, 0.5]
	])('wheel delta %d (mode %d) zooms by %d', (delta, mode, factor) => {
		expect(wheelFactor(delta, mode)).toBeCloseTo(factor, 12);
	});

	it.each([
		// [offset, k, domain, length, flip, range]
		[0, 1, [0, 10], 100, false, [0, 10]],
		[-100, 2, [0, 10], 100, false, [5, 10]],
		[0, 2, [0, 10], 100, true, [5, 10]],
		[-100, 2, [0, 10], 100, true, [0, 5]]
	] as const)('visibleRange(%d, %d, %j, %d, %s) → %j', (offset, k, domain, length, flip, range) => {
		expect(visibleRange(offset, k, domain, length, flip)).toEqual(range);
	});
});

describe('drawing set', () => {
	const points = scoredIndexes(customers.scored); // [0, 2, 3, 4]

	it('maps hidden keys to group indexes, ignoring other groupings', () => {
		expect([...hiddenMask(['a', 'b', 'c'], ['c', 'zz'])]).toEqual([0, 0, 1]);
	});

	it.each<[string, Uint8Array, number[], number[], number[]]>([
		// [case, hidden, order (point numbers), starts, counts]
		['nothing hidden', new Uint8Array([0, 0]), [0, 2, 1, 3], [0, 2, 4], [2, 2]],
		['group 0 hidden', new Uint8Array([1, 0]), [1, 3], [0, 0, 2], [0, 2]],
		['all hidden', new Uint8Array([1, 1]), [], [0, 0, 0], [0, 0]]
	])('by segment, %s', (_, hidden, order, starts, counts) => {
		const set = drawingSet(customers.segment, points, 2, hidden);
		expect([...set.order]).toEqual(order);
		expect([...set.starts]).toEqual(starts);
		expect([...set.counts]).toEqual(counts);
	});

	it('skips customers whose group is out of range', () => {
		const set = drawingSet(
			new Uint8Array([0, NONE, 5]),
			new Int32Array([0, 1, 2]),
			2,
			new Uint8Array(2)
		);
		expect([...set.order]).toEqual([0]);
	});

	it('reports drawn counts by key', () => {
		expect(drawnCounts(['gold', 'silver'], new Int32Array([3, 0]))).toEqual({ gold: 3, silver: 0 });
	});
});

describe('hit testing', () => {
	// Five points on base pixels; point 4 is not drawn (a hidden group).
	const px = new Float32Array([10, 11, 50, 90, 12]);
	const py = new Float32Array([10, 12, 50, 90, 10]);
	const order = new Int32Array([0, 1, 2, 3]);
	const index = buildIndex(px, py, order);

	it.each<[number, number, number, number | null]>([
		// [x, y, radius, nearest]
		[10, 10, 4, 0],
		[11, 13, 4, 1],
		[49, 52, 8, 2],
		[70, 70, 8, null],
		// Point 4 sits exactly at (12, 10) but is not drawn, so not indexed; point 0 is 2 px away.
		[12, 10, 0.5, null],
		[12, 10, 3, 0]
	])('nearest to (%d, %d) within %d → %s', (x, y, radius, expected) => {
		expect(nearestPoint(index, x, y, radius)).toBe(expected);
	});

	it.each<[[number, number, number, number], number[]]>([
		[
			[0, 0, 20, 20],
			[0, 1]
		],
		[
			[20, 20, 0, 0],
			[0, 1]
		], // corners in any order
		[
			[10, 10, 50, 50],
			[0, 1, 2]
		], // inclusive bounds
		[
			[0, 0, 100, 100],
			[0, 1, 2, 3]
		],
		[[60, 0, 80, 100], []]
	])('points in %j → %j', (rect, expected) => {
		expect([...pointsInRect(index, px, py, ...rect)]).toEqual(expected);
	});

	it.each<[number, number, number, number | null]>([
		[10, 10, 4, 0],
		[49, 52, 8, 2],
		[70, 70, 8, null],
		[12, 10, 0.5, null]
	])('scans for the same nearest point to (%d, %d) within %d → %s', (x, y, radius, expected) => {
		expect(nearestByScan(px, py, order, x, y, radius)).toBe(expected);
	});

	it('scans for the same points in a rectangle', () => {
		expect([...pointsInRectScan(px, py, order, 20, 20, 0, 0)]).toEqual([0, 1]);
		expect([...pointsInRectScan(px, py, new Int32Array([3, 2, 1, 0]), 0, 0, 100, 100)]).toEqual([
			0, 1, 2, 3
		]);
	});

	it('fills an index in chunks to the same tree', () => {
		const chunked = createIndex(px, py, 100, 100);
		indexPoints(chunked, order, 0, 2);
		expect(chunked.size()).toBe(2);
		indexPoints(chunked, order, 2, order.length);
		expect(chunked.size()).toBe(4);
		expect([...pointsInRect(chunked, px, py, 0, 0, 60, 60)]).toEqual([0, 1, 2]);
		expect(nearestPoint(chunked, 89, 89, 3)).toBe(3);
	});

	it('agrees with a full scan on a large random cloud', () => {
		const n = 20_000;
		const x = new Float32Array(n);
		const y = new Float32Array(n);
		for (let i = 0; i < n; i++) {
			x[i] = hash01(i, X_SEED) * 800;
			y[i] = hash01(i, Y_SEED) * 400;
		}
		const all = Int32Array.from({ length: n }, (_, i) => i);
		const tree = buildIndex(x, y, all);
		const expected: number[] = [];
		for (let i = 0; i < n; i++)
			if (x[i] >= 100 && x[i] <= 260 && y[i] >= 40 && y[i] <= 90) expected.push(i);
		expect([...pointsInRect(tree, x, y, 100, 40, 260, 90)]).toEqual(expected);
		expect([...pointsInRectScan(x, y, all, 100, 40, 260, 90)]).toEqual(expected);
		for (const [qx, qy] of [
			[400, 200],
			[3, 397],
			[799, 1]
		]) {
			expect(nearestPoint(tree, qx, qy, 8)).toBe(nearestByScan(x, y, all, qx, qy, 8));
		}
	});
});

describe('selection summary', () => {
	it('maps point numbers to customers', () => {
		expect([...customersOf(new Int32Array([4, 7, 9]), new Int32Array([0, 2]))]).toEqual([4, 9]);
	});

	it('totals, means and a breakdown by group', () => {
		const summary = summarizeSelection(
			customers,
			new Int32Array([0, 2, 3]),
			customers.segment,
			2,
			4
		);
		expect(summary).toEqual({
			count: 3,
			share: 0.75,
			revenueCents: 44_700,
			meanRecencyDays: 36,
			meanFrequency: 7 / 3,
			meanMonetaryCents: 14_900,
			groups: [
				{ customers: 2, revenueCents: 4_700 },
				{ customers: 1, revenueCents: 40_000 }
			]
		});
	});

	it('breaks down by tier too', () => {
		const summary = summarizeSelection(customers, new Int32Array([2, 4]), customers.tier, 2, 4);
		expect(summary.groups).toEqual([
			{ customers: 1, revenueCents: 40_000 },
			{ customers: 1, revenueCents: 0 }
		]);
	});

	it('is all zeros for an empty selection or nobody scored', () => {
		expect(summarizeSelection(customers, new Int32Array(0), customers.segment, 2, 0)).toEqual({
			count: 0,
			share: 0,
			revenueCents: 0,
			meanRecencyDays: 0,
			meanFrequency: 0,
			meanMonetaryCents: 0,
			groups: [
				{ customers: 0, revenueCents: 0 },
				{ customers: 0, revenueCents: 0 }
			]
		});
	});
});
