/**
 * The Gamma-Gamma spend model (Fader & Hardie 2013): a customer's order values are Gamma(p, ν)
 * with ν ~ Gamma(q, v) across customers, independent of how often they buy. Money is in money
 * units (cents / 100), like `TransactionSummary.zbar`.
 */
import type { FitDiagnostics } from './bgnbd';
import { nelderMead } from './nelder-mead';
import { lnGamma } from './special';
import { CUSTOMER_STATUS, type TransactionSummary } from './summary';

/** Fitted Gamma-Gamma parameters (v in money units). */
export interface GammaGammaParams {
	p: number;
	q: number;
	v: number;
}

/**
 * Log density of the mean spend zbar of x > 0 transactions (the CLVTools convention):
 * lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln v + (px−1) ln zbar + px ln x − (px+q) ln(x·zbar + v).
 * @example gammaGammaLogLikelihood({ p: 1, q: 1, v: 1 }, 1, 1) // → ln(1/4) ≈ −1.3863
 */
export function gammaGammaLogLikelihood(g: GammaGammaParams, x: number, zbar: number): number {
	const { p, q, v } = g;
	const px = p * x;
	return (
		lnGamma(px + q) -
		lnGamma(px) -
		lnGamma(q) +
		q * Math.log(v) +
		(px - 1) * Math.log(zbar) +
		px * Math.log(x) -
		(px + q) * Math.log(x * zbar + v)
	);
}

/**
 * Expected average order value of a customer: p(v + x·zbar)/(px + q − 1); for x = 0 the population
 * mean pv/(q − 1). NaN when q ≤ 1 (the mean spend is infinite).
 * @example expectedOrderValue({ p: 6.25, q: 3.74, v: 15.44 }, 0, 0) // → ≈ 35.22
 */
export function expectedOrderValue(g: GammaGammaParams, x: number, zbar: number): number {
	const { p, q, v } = g;
	if (!(q > 1)) return NaN;
	return (p * (v + x * zbar)) / (p * x + q - 1);
}

/**
 * Maximum-likelihood Gamma-Gamma fit on the modeled customers with x > 0 and zbar > 0 (Nelder–Mead
 * on log p, log q, log v). Returns null when there is no such customer.
 * @example fitGammaGamma(cdnowSummary).params // → ≈ { p: 6.2496, q: 3.7442, v: 15.4435 }
 */
export function fitGammaGamma(
	summary: TransactionSummary
): { params: GammaGammaParams; diagnostics: FitDiagnostics; customers: number } | null {
	let count = 0;
	for (let c = 0; c < summary.customerCount; c++) if (usable(summary, c)) count++;
	if (count === 0) return null;
	const xs = new Map<number, number>();
	const xIndex = new Int32Array(count);
	const x = new Float64Array(count);
	const lnZbar = new Float64Array(count);
	const lnX = new Float64Array(count);
	const totalSpend = new Float64Array(count);
	let k = 0;
	let meanZbar = 0;
	for (let c = 0; c < summary.customerCount; c++) {
		if (!usable(summary, c)) continue;
		let xi = xs.get(summary.x[c]);
		if (xi === undefined) xs.set(summary.x[c], (xi = xs.size));
		xIndex[k] = xi;
		x[k] = summary.x[c];
		lnZbar[k] = Math.log(summary.zbar[c]);
		lnX[k] = Math.log(summary.x[c]);
		totalSpend[k] = summary.x[c] * summary.zbar[c];
		meanZbar += summary.zbar[c] / count;
		k++;
	}
	const distinct = new Float64Array(xs.size);
	for (const [value, index] of xs) distinct[index] = value;
	const head = new Float64Array(distinct.length);
	const negLogLikelihood = (point: Float64Array) => {
		const p = Math.exp(point[0]);
		const q = Math.exp(point[1]);
		const v = Math.exp(point[2]);
		// lnΓ(px+q) − lnΓ(px) depends on the customer only through x.
		for (let i = 0; i < distinct.length; i++)
			head[i] = lnGamma(p * distinct[i] + q) - lnGamma(p * distinct[i]);
		let total = count * (q * Math.log(v) - lnGamma(q));
		for (let j = 0; j < count; j++) {
			const px = p * x[j];
			total +=
				head[xIndex[j]] +
				(px - 1) * lnZbar[j] +
				px * lnX[j] -
				(px + q) * Math.log(totalSpend[j] + v);
		}
		return -total;
	};
	// Start from a spend shape of 1 and a scale that puts the prior mean near the observed mean.
	const start = Float64Array.of(0, Math.log(2), Math.log(Math.max(meanZbar, 1e-6)));
	const result = nelderMead(negLogLikelihood, start, { step: 1 });
	const params = {
		p: Math.exp(result.point[0]),
		q: Math.exp(result.point[1]),
		v: Math.exp(result.point[2])
	};
	const finite = Object.values(params).every((value) => Number.isFinite(value) && value > 0);
	return {
		params,
		customers: count,
		diagnostics: {
			logLikelihood: -result.value,
			iterations: result.iterations,
			evaluations: result.evaluations,
			converged: result.converged && finite
		}
	};
}

/** A customer the spend model is fitted on: modeled, x > 0 and zbar > 0. */
export function usable(summary: TransactionSummary, c: number): boolean {
	return summary.status[c] === CUSTOMER_STATUS.modeled && summary.x[c] > 0 && summary.zbar[c] > 0;
}
