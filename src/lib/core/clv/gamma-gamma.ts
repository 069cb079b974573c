/**
 * The Gamma-Gamma spend model (Fader & Hardie 2013): a customer's order values are Gamma(p, ν)
 * with ν ~ Gamma(q, v) across customers, independent of how often they buy. Money is in money
 * units (cents / 100), like `TransactionSummary.zbar`.
 */
import type { FitDiagnostics } from './bgnbd';
import { bfgs } from './bfgs';
import { nelderMead } from './nelder-mead';
import { digamma, lnGamma } from './special';
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
 * Maximum-likelihood Gamma-Gamma fit on the modeled customers with x > 0 and zbar > 0 (BFGS with the
 * analytic gradient on log p, log q, log v; Nelder–Mead as a fallback). Returns null when there is no such customer.
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
	const dHeadP = new Float64Array(distinct.length);
	const dHeadQ = new Float64Array(distinct.length);
	// −log-likelihood and its gradient in (ln p, ln q, ln v):
	// ∂/∂p = Σ x [ψ(px+q) − ψ(px) + ln zbar + ln x − ln(x zbar + v)],
	// ∂/∂q = Σ ψ(px+q) − ψ(q) + ln v − ln(x zbar + v), ∂/∂v = Σ q/v − (px+q)/(x zbar + v).
	const negLogLikelihood = (point: Float64Array, gradient: Float64Array | null) => {
		const p = Math.exp(point[0]);
		const q = Math.exp(point[1]);
		const v = Math.exp(point[2]);
		const lnV = Math.log(v);
		// lnΓ(px+q) − lnΓ(px) depends on the customer only through x.
		for (let i = 0; i < distinct.length; i++) {
			const px = p * distinct[i];
			head[i] = lnGamma(px + q) - lnGamma(px);
			if (gradient) {
				const psi = digamma(px + q);
				dHeadP[i] = distinct[i] * (psi - digamma(px));
				dHeadQ[i] = psi;
			}
		}
		let total = count * (q * lnV - lnGamma(q));
		let gp = 0;
		let gq = gradient ? count * (lnV - digamma(q)) : 0;
		let gv = (count * q) / v;
		for (let j = 0; j < count; j++) {
			const px = p * x[j];
			const lnSpend = Math.log(totalSpend[j] + v);
			total += head[xIndex[j]] + (px - 1) * lnZbar[j] + px * lnX[j] - (px + q) * lnSpend;
			if (gradient) {
				gp += dHeadP[xIndex[j]] + x[j] * (lnZbar[j] + lnX[j] - lnSpend);
				gq += dHeadQ[xIndex[j]] - lnSpend;
				gv -= (px + q) / (totalSpend[j] + v);
			}
		}
		if (gradient) {
			gradient[0] = -gp * p;
			gradient[1] = -gq * q;
			gradient[2] = -gv * v;
		}
		return -total;
	};
	// Start from a spend shape of 1 and a scale that puts the prior mean near the observed mean.
	const start = Float64Array.of(0, Math.log(2), Math.log(Math.max(meanZbar, 1e-6)));
	let result = bfgs(negLogLikelihood, start);
	if (!result.converged) {
		const fallback = nelderMead((point) => negLogLikelihood(point, null), result.point, {
			step: 0.5
		});
		result = {
			...fallback,
			iterations: fallback.iterations + result.iterations,
			evaluations: fallback.evaluations + result.evaluations
		};
	}
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
