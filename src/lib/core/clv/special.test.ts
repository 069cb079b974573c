import { describe, expect, it } from 'vitest';
import { hyp2f1, lnGamma } from './special';

describe('lnGamma', () => {
	it.each([
		[1, 0],
		[2, 0],
		[5, Math.log(24)],
		[0.5, Math.log(Math.sqrt(Math.PI))],
		[1e-3, 6.907178885383854], // Python math.lgamma(0.001)
		[10_000.5, 82104.32265412835] // Python math.lgamma(10000.5)
	])('lnΓ(%s) = %s', (x, expected) => {
		expect(lnGamma(x)).toBeCloseTo(expected, 9);
	});

	it('is NaN outside x > 0', () => {
		expect(lnGamma(0)).toBeNaN();
		expect(lnGamma(-1)).toBeNaN();
	});
});

describe('hyp2f1', () => {
	// Values from mpmath (16 digits), ../shared/notes/clv-math.md.
	it.each([
		[0.2426, 2.4259, 2.2188, 0.5, 1.206738078714285],
		[0.2426, 2.4259, 2.2188, 0.9, 1.945662898949188],
		[2.243, 4.426, 4.219, 0.5009, 5.183894044038411],
		[1.2426, 3.4259, 3.2188, 0.999, 17575.55661358989],
		[10.2426, 12.4259, 12.2188, 0.99, 7.64095454062275e20],
		[100.2426, 102.4259, 102.2188, 0.95, 4.857348659868474e130]
	])('₂F₁(%s, %s; %s; %s) = %s', (a, b, c, z, expected) => {
		expect(Math.abs(hyp2f1(a, b, c, z) / expected - 1)).toBeLessThan(1e-10);
	});

	it('is 1 at z = 0 and (1 − z)^(−a) when b = c', () => {
		expect(hyp2f1(3, 4, 5, 0)).toBe(1);
		expect(hyp2f1(1.5, 2, 2, 0.3)).toBeCloseTo(0.7 ** -1.5, 12);
	});
});
