/**
 * Special functions the CLV models need: the log-gamma function and the Gauss hypergeometric
 * function ₂F₁. Plain doubles, no allocation, so they can run once per customer.
 */
import { logGamma } from '../demo/random';

/**
 * ln Γ(x) for x > 0 (NaN otherwise): the Lanczos approximation of `core/demo/random.ts`, guarded
 * so a likelihood never reads a reflected value.
 * @example lnGamma(5) // → 3.1780538303479458 (= ln 24)
 * @example lnGamma(0.5) // → 0.5723649429247001 (= ln √π)
 */
export function lnGamma(x: number): number {
	return x > 0 ? logGamma(x) : NaN;
}

/** Above this many terms a series is given up (only reached for z within ~1e-5 of 1). */
const MAX_TERMS = 1_000_000;

/**
 * The Gauss series Σ (a)ₖ(b)ₖ / ((c)ₖ k!) zᵏ, summed until the terms stop mattering.
 * Converges for 0 ≤ z < 1.
 */
function gaussSeries(a: number, b: number, c: number, z: number): number {
	let term = 1;
	let sum = 1;
	for (let k = 0; k < MAX_TERMS; k++) {
		term *= ((a + k) * (b + k) * z) / ((c + k) * (k + 1));
		sum += term;
		// Once the term ratio is below 1 the tail is bounded by a geometric series.
		const ratio = Math.abs(((a + k + 1) * (b + k + 1) * z) / ((c + k + 1) * (k + 2)));
		if (ratio < 1 && Math.abs(term) * (1 / (1 - ratio)) <= 1e-16 * Math.abs(sum)) return sum;
		if (term === 0) return sum;
	}
	return sum;
}

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) for c > 0 and 0 ≤ z < 1.
 * When c − a − b < 0 the plain series starts with huge terms (and overflows for large a, b), so
 * Euler's transformation ₂F₁(a, b; c; z) = (1 − z)^(c−a−b) ₂F₁(c − a, c − b; c; z) is summed
 * instead, its power taken in log space.
 * @example hyp2f1(0.2426, 2.4259, 2.2188, 0.5) // → 1.206738078714285
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
	if (z === 0) return 1;
	const excess = c - a - b;
	if (excess >= 0) return gaussSeries(a, b, c, z);
	const series = gaussSeries(c - a, c - b, c, z);
	return Math.exp(excess * Math.log1p(-z) + Math.log(Math.abs(series))) * Math.sign(series);
}

/**
 * The digamma function ψ(x) = d/dx ln Γ(x) for x > 0: recurrence up to x ≥ 10, then the
 * asymptotic series to x⁻¹⁰ (error below 3e-14 there).
 * @example digamma(1) // → −0.5772156649015329 (−γ)
 */
export function digamma(x: number): number {
	if (!(x > 0)) return NaN;
	let shift = 0;
	while (x < 10) {
		shift -= 1 / x;
		x += 1;
	}
	const inv = 1 / x;
	const inv2 = inv * inv;
	return (
		shift +
		Math.log(x) -
		0.5 * inv -
		inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132)))))
	);
}
