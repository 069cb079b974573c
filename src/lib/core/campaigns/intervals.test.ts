import { describe, expect, it } from 'vitest';
import {
	moments,
	newcombeInterval,
	studentTQuantile,
	welchInterval,
	wilsonInterval
} from './intervals';

describe('newcombeInterval', () => {
	// Published: Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10.
	it.each([
		[56, 70, 48, 80, 0.0524, 0.3339],
		[9, 10, 3, 10, 0.1705, 0.809],
		[6, 7, 2, 7, 0.0582, 0.8062],
		[5, 56, 0, 29, -0.0381, 0.1926]
	])('%i/%i − %i/%i → [%f, %f]', (x1, n1, x2, n2, lower, upper) => {
		const interval = newcombeInterval(x1, n1, x2, n2);
		expect(interval?.difference).toBeCloseTo(x1 / n1 - x2 / n2, 12);
		expect(interval?.lower).toBeCloseTo(lower, 4);
		expect(interval?.upper).toBeCloseTo(upper, 4);
	});

	it('works a campaign example by hand: 30 of 100 target buyers vs 10 of 100 control', () => {
		// z = 1.959964, z² = 3.841459, 1 + z²/100 = 1.0384146
		// target p = 0.3: centre (0.3 + 0.0192073) / 1.0384146 = 0.3073887,
		//   half = 1.959964 / 1.0384146 × √(0.0021 + 0.0000960) = 1.8874597 × 0.0468618 = 0.0884499
		//   → Wilson [0.2189388, 0.3958386]
		// control p = 0.1: centre 0.1192073 / 1.0384146 = 0.1147974,
		//   half = 1.8874597 × √(0.0009 + 0.0000960) = 1.8874597 × 0.0315595 = 0.0595673
		//   → Wilson [0.0552301, 0.1743647]
		// lower = 0.2 − √(0.0810612² + 0.0743647²) = 0.2 − 0.1100051 = 0.0899949
		// upper = 0.2 + √(0.0958386² + 0.0447699²) = 0.2 + 0.1057794 = 0.3057794
		expect(wilsonInterval(30, 100)[0]).toBeCloseTo(0.21894, 4);
		expect(wilsonInterval(10, 100)[1]).toBeCloseTo(0.17437, 4);
		const interval = newcombeInterval(30, 100, 10, 100);
		expect(interval?.lower).toBeCloseTo(0.09, 4);
		expect(interval?.upper).toBeCloseTo(0.30579, 4);
		expect(newcombeInterval(1, 0, 1, 10)).toBeNull();
	});
});

describe('studentTQuantile', () => {
	// Table values of t(0.975, df) (any statistics textbook), and the normal limit.
	it.each([
		[1, 12.7062],
		[2, 4.3027],
		[5, 2.5706],
		[10, 2.2281],
		[30, 2.0423],
		[1000, 1.9623],
		[Infinity, 1.96]
	])('df %f → %f', (df, t) => {
		expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 4);
	});
});

describe('welchInterval', () => {
	it('works a revenue example by hand', () => {
		// target 10, 20, 30, 40: mean 25, s² = (225 + 25 + 25 + 225) / 3 = 166.667
		// control 10, 10, 20, 20: mean 15, s² = (25 × 4) / 3 = 33.333
		// se² = 166.667 / 4 + 33.333 / 4 = 50 → se = 7.0711
		// df = 50² / (41.667² / 3 + 8.333² / 3) = 2500 / (578.70 + 23.148) = 4.1538
		// t(0.975, 4.1538) = 2.7364 (scipy.stats.t.ppf) → 10 ± 19.3490 = [−9.3490, 29.3490]
		const interval = welchInterval(moments([10, 20, 30, 40]), moments([10, 10, 20, 20]));
		expect(interval?.difference).toBe(10);
		expect(interval?.standardError).toBeCloseTo(Math.sqrt(50), 12);
		expect(interval?.degreesOfFreedom).toBeCloseTo(2500 / 601.851852, 5);
		expect(interval?.lower).toBeCloseTo(-9.349, 3);
		expect(interval?.upper).toBeCloseTo(29.349, 3);
	});

	it('is null under 2 values per group and a point when nothing varies', () => {
		expect(welchInterval(moments([1]), moments([1, 2]))).toBeNull();
		expect(welchInterval(moments([3, 3]), moments([1, 1]))).toMatchObject({
			difference: 2,
			lower: 2,
			upper: 2,
			standardError: 0
		});
	});
});
