import { describe, expect, it } from 'vitest';
import { Random, cumulativeWeights, logGamma, mix32, pickIndex } from './random';

const SAMPLES = 200_000;

/** Sample mean and variance of n draws. */
function moments(draw: () => number, n = SAMPLES): { mean: number; variance: number } {
	let sum = 0;
	let sumSquares = 0;
	for (let i = 0; i < n; i++) {
		const x = draw();
		sum += x;
		sumSquares += x * x;
	}
	const mean = sum / n;
	return { mean, variance: sumSquares / n - mean * mean };
}

describe('Random', () => {
	it('repeats a sequence for a seed, and reseeding restarts it', () => {
		const a = new Random(42);
		const b = new Random(42);
		const first = Array.from({ length: 5 }, () => a.uint32());
		expect(Array.from({ length: 5 }, () => b.uint32())).toEqual(first);
		a.reseed(42);
		expect(a.uint32()).toBe(first[0]);
		expect(new Random(43).uint32()).not.toBe(first[0]);
	});

	it('spreads neighbouring seeds apart', () => {
		expect(mix32(1)).not.toBe(mix32(2));
		expect(new Random(1).float()).not.toBeCloseTo(new Random(2).float(), 3);
	});

	it('draws uniform floats in [0, 1) and integers in [0, n)', () => {
		const random = new Random(1);
		const counts = new Array(6).fill(0);
		let outside = 0;
		for (let i = 0; i < 60_000; i++) {
			const x = random.float();
			if (!(x >= 0 && x < 1)) outside++;
			counts[random.int(6)]++;
		}
		expect(outside).toBe(0);
		for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(400);
		const { mean, variance } = moments(() => random.float());
		expect(mean).toBeCloseTo(0.5, 2);
		expect(variance).toBeCloseTo(1 / 12, 3);
	});

	// [name, sampler, expected mean, expected variance]
	it.each([
		['normal', (r: Random) => r.normal(), 0, 1],
		['exponential(2)', (r: Random) => r.exponential(2), 0.5, 0.25],
		['gamma(0.5, 2)', (r: Random) => r.gamma(0.5, 2), 1, 2],
		['gamma(3, 2)', (r: Random) => r.gamma(3, 2), 6, 12],
		['gamma(0.7, 1)', (r: Random) => r.gamma(0.7), 0.7, 0.7],
		['beta(2, 5)', (r: Random) => r.beta(2, 5), 2 / 7, 10 / (49 * 8)],
		['beta(1.4, 2.8)', (r: Random) => r.beta(1.4, 2.8), 1 / 3, (1.4 * 2.8) / (4.2 * 4.2 * 5.2)],
		['poisson(3)', (r: Random) => r.poisson(3), 3, 3],
		['poisson(80)', (r: Random) => r.poisson(80), 80, 80],
		['poisson(0)', (r: Random) => r.poisson(0), 0, 0],
		['geometric(0.25)', (r: Random) => r.geometric(0.25), 3, 12]
	])('%s has the right mean and variance', (_name, draw, mean, variance) => {
		const random = new Random(20251231);
		const sample = moments(() => draw(random));
		// Four standard errors of the mean, and 4% of the variance.
		expect(Math.abs(sample.mean - mean)).toBeLessThanOrEqual(4 * Math.sqrt(variance / SAMPLES));
		expect(Math.abs(sample.variance - variance)).toBeLessThanOrEqual(0.04 * variance);
	});

	it('draws whole non-negative counts', () => {
		const random = new Random(5);
		for (let i = 0; i < 1000; i++) {
			for (const k of [random.poisson(2.5), random.poisson(45), random.geometric(0.4)]) {
				expect(Number.isInteger(k) && k >= 0).toBe(true);
			}
		}
	});
});

describe('logGamma', () => {
	it.each([
		[1, 0],
		[2, 0],
		[5, Math.log(24)],
		[0.5, Math.log(Math.sqrt(Math.PI))],
		[101, 363.73937555556347]
	])('logGamma(%d) = %d', (x, expected) => {
		expect(logGamma(x)).toBeCloseTo(expected, 10);
	});
});

describe('weighted picks', () => {
	it('maps uniform values onto weight bands', () => {
		const cdf = cumulativeWeights([1, 3, 0, 4]);
		expect([...cdf]).toEqual([0.125, 0.5, 0.5, 1]);
		expect(pickIndex(cdf, 0)).toBe(0);
		expect(pickIndex(cdf, 0.124)).toBe(0);
		expect(pickIndex(cdf, 0.125)).toBe(1);
		expect(pickIndex(cdf, 0.5)).toBe(3);
		expect(pickIndex(cdf, 0.999)).toBe(3);
	});
});
