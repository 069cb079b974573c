/**
 * The published CDNOW figures (Fader, Hardie & Lee 2005; CLVTools' tests; ../shared/notes): the
 * contract of the CLV models. Every expected number here comes from outside this code.
 */
import { describe, expect, it } from 'vitest';
import { bgnbdTotalLogLikelihood, expectedTransactions, fitBgnbd, pAlive } from './bgnbd';
import {
	CDNOW_CALIBRATION_END,
	cdnowPrepared,
	cdnowPresent,
	cdnowPublishedSummary
} from './cdnow.fixture';
import { expectedOrderValue, fitGammaGamma } from './gamma-gamma';
import { transactionSummary, UNIT_DAYS } from './summary';

if (!cdnowPresent) console.warn('CDNOW sample absent (../shared/data/cdnow): CDNOW tests skipped');

const PUBLISHED_BGNBD = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const PUBLISHED_GG = { p: 6.25, q: 3.74, v: 15.44 };

const relative = (actual: number, expected: number) => Math.abs(actual / expected - 1);

describe.skipIf(!cdnowPresent)('CDNOW sample', () => {
	const summary = () => transactionSummary(cdnowPrepared(), CDNOW_CALIBRATION_END, UNIT_DAYS.week);

	it('reproduces the published customer summary exactly (2 decimals)', () => {
		const s = summary();
		const rows = cdnowPublishedSummary();
		expect(s.customerCount).toBe(2357);
		expect(rows.length).toBe(2357);
		for (const [id, x, tx, T, zbar] of rows) {
			const c = id - 1;
			expect([s.x[c], s.tx[c].toFixed(2), s.T[c].toFixed(2)]).toEqual([
				x,
				tx.toFixed(2),
				T.toFixed(2)
			]);
			expect(Math.abs(s.zbar[c] - zbar)).toBeLessThanOrEqual(0.005 + 1e-9);
		}
		let sumX = 0;
		for (const v of s.x) sumX += v;
		expect(sumX).toBe(2457);
	});

	it('fits BG/NBD to r 0.2426, α 4.4136, a 0.7929, b 2.4259, LL −9582.43', () => {
		const fit = fitBgnbd(summary());
		expect(fit).not.toBeNull();
		const { params, diagnostics } = fit!;
		expect(diagnostics.converged).toBe(true);
		expect(relative(params.r, 0.242595)).toBeLessThan(1e-3);
		expect(relative(params.alpha, 4.413602)).toBeLessThan(1e-3);
		expect(relative(params.a, 0.792922)).toBeLessThan(1e-3);
		expect(relative(params.b, 2.425907)).toBeLessThan(1e-3);
		expect(relative(diagnostics.logLikelihood, -9582.4292)).toBeLessThan(1e-6);
	});

	it('fits Gamma-Gamma to p 6.2496, q 3.7442, v 15.4435, LL −4055.918', () => {
		const fit = fitGammaGamma(summary());
		expect(fit).not.toBeNull();
		const { params, diagnostics, customers } = fit!;
		expect(customers).toBe(946);
		expect(diagnostics.converged).toBe(true);
		expect(relative(params.p, 6.249574)).toBeLessThan(1e-3);
		expect(relative(params.q, 3.744224)).toBeLessThan(1e-3);
		expect(relative(params.v, 15.443516)).toBeLessThan(1e-3);
		expect(relative(diagnostics.logLikelihood, -4055.9177)).toBeLessThan(1e-6);
	});

	it('expects 1.226 transactions in 39 weeks for x = 2, t_x = 30.43, T = 38.86', () => {
		expect(expectedTransactions(PUBLISHED_BGNBD, 2, 30.43, 38.86, 39)).toBeCloseTo(1.22603, 4);
	});

	it('gives P(alive) 0.7266 for that customer at the fitted parameters, 1 when x = 0', () => {
		const fitted = { r: 0.242595, alpha: 4.413602, a: 0.792922, b: 2.425907 };
		expect(pAlive(fitted, 2, 30.43, 38.86)).toBeCloseTo(0.7266, 4);
		expect(pAlive(PUBLISHED_BGNBD, 0, 0, 38.86)).toBe(1);
		expect(pAlive(PUBLISHED_BGNBD, 0, 0, 0)).toBe(1);
	});

	it('gives the published Gamma-Gamma expected averages of the first ten customers', () => {
		const rows = cdnowPublishedSummary().slice(0, 10);
		const expected = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
		const fit = fitGammaGamma(summary())!;
		// The list is truncated to cents (lifetimes prints 24.658619, 18.911489, …).
		rows.forEach(([, x, , , zbar], i) => {
			const value = expectedOrderValue(fit.params, x, zbar);
			expect(Math.floor(value * 100) / 100).toBeCloseTo(expected[i], 9);
		});
		// the paper's rounded parameters land within a cent or two as well
		rows.forEach(([, x, , , zbar], i) => {
			expect(Math.abs(expectedOrderValue(PUBLISHED_GG, x, zbar) - expected[i])).toBeLessThan(0.1);
		});
	});
});

describe.skipIf(!cdnowPresent)('analytic gradients on CDNOW', () => {
	it('match central finite differences of the log-likelihoods', () => {
		const s = transactionSummary(cdnowPrepared(), CDNOW_CALIBRATION_END, UNIT_DAYS.week);
		const p = { r: 0.3, alpha: 5, a: 0.9, b: 2 };
		const gradient = new Float64Array(4);
		bgnbdTotalLogLikelihood(s, p, gradient);
		const h = 1e-6;
		(['r', 'alpha', 'a', 'b'] as const).forEach((key, i) => {
			const up = bgnbdTotalLogLikelihood(s, { ...p, [key]: p[key] * Math.exp(h) });
			const down = bgnbdTotalLogLikelihood(s, { ...p, [key]: p[key] * Math.exp(-h) });
			expect(gradient[i]).toBeCloseTo((up - down) / (2 * h), 3);
		});
	});
});
