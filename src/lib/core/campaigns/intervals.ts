/**
 * 95 % confidence intervals for the difference between a campaign's target and control groups:
 * Newcombe's hybrid score interval for a difference of proportions (from two Wilson intervals) and
 * Welch's t interval for a difference of means.
 */
import { logGamma } from '../demo/random';

/** The standard normal 97.5 % quantile: a two-sided 95 % interval is ± this many standard errors. */
export const Z_95 = 1.959963984540054;

/** A difference (target − control) with its 95 % interval. */
export interface DifferenceInterval {
	difference: number;
	lower: number;
	upper: number;
}

/**
 * Wilson score interval of a proportion x / n (n > 0): centre (p + z²/2n) / (1 + z²/n), half-width
 * z / (1 + z²/n) × √(p(1 − p)/n + z²/4n²).
 * @example wilsonInterval(0, 10) // → [0, 0.2775…]
 */
export function wilsonInterval(x: number, n: number, z = Z_95): [number, number] {
	const p = x / n;
	const z2 = z * z;
	const denominator = 1 + z2 / n;
	const centre = (p + z2 / (2 * n)) / denominator;
	const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * Difference of two proportions p₁ − p₂ = x₁/n₁ − x₂/n₂ with Newcombe's hybrid score interval
 * (1998, method 10): with Wilson intervals (l₁, u₁) and (l₂, u₂),
 * lower = d − √((p₁ − l₁)² + (u₂ − p₂)²), upper = d + √((u₁ − p₁)² + (p₂ − l₂)²).
 * Null when a group is empty.
 * @example newcombeInterval(30, 100, 10, 100)
 * // → { difference: 0.2, lower: 0.0900…, upper: 0.3057… } (0.30579)
 */
export function newcombeInterval(
	x1: number,
	n1: number,
	x2: number,
	n2: number
): DifferenceInterval | null {
	if (n1 === 0 || n2 === 0) return null;
	const p1 = x1 / n1;
	const p2 = x2 / n2;
	const [l1, u1] = wilsonInterval(x1, n1);
	const [l2, u2] = wilsonInterval(x2, n2);
	const difference = p1 - p2;
	return {
		difference,
		lower: difference - Math.hypot(p1 - l1, u2 - p2),
		upper: difference + Math.hypot(u1 - p1, p2 - l2)
	};
}

/** Mean, sample variance (n − 1) and size of one group's values. */
export interface Moments {
	n: number;
	mean: number;
	variance: number;
}

/**
 * @example moments([10, 20, 30, 40]) // → { n: 4, mean: 25, variance: 166.66… }
 */
export function moments(values: ArrayLike<number>): Moments {
	const n = values.length;
	let sum = 0;
	for (let i = 0; i < n; i++) sum += values[i];
	const mean = n === 0 ? 0 : sum / n;
	let squares = 0;
	for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
	return { n, mean, variance: n < 2 ? 0 : squares / (n - 1) };
}

/** A Welch interval with the figures behind it. */
export interface WelchInterval extends DifferenceInterval {
	standardError: number;
	/** Welch–Satterthwaite degrees of freedom (Infinity when both variances are 0). */
	degreesOfFreedom: number;
}

/**
 * Difference of means m₁ − m₂ with Welch's interval: se = √(s₁²/n₁ + s₂²/n₂),
 * df = se⁴ / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)), d ± t(0.975, df) × se.
 * Null when a group has fewer than 2 values.
 * @example welchInterval(moments([10, 20, 30, 40]), moments([10, 10, 20, 20]))
 * // → { difference: 10, standardError: 7.0710…, degreesOfFreedom: 4.1538…, lower: −9.3489…, upper: 29.3489… }
 */
export function welchInterval(a: Moments, b: Moments): WelchInterval | null {
	if (a.n < 2 || b.n < 2) return null;
	const va = a.variance / a.n;
	const vb = b.variance / b.n;
	const standardError = Math.sqrt(va + vb);
	const degreesOfFreedom =
		standardError === 0 ? Infinity : (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
	const half = studentTQuantile(0.975, degreesOfFreedom) * standardError;
	const difference = a.mean - b.mean;
	return {
		difference,
		lower: difference - half,
		upper: difference + half,
		standardError,
		degreesOfFreedom
	};
}

/**
 * Regularised incomplete beta I_x(a, b), by its continued fraction (modified Lentz), using the
 * symmetry I_x(a, b) = 1 − I_{1−x}(b, a) where the fraction converges slowly.
 * @example regularizedBeta(0.5, 2, 2) // → 0.5
 */
export function regularizedBeta(x: number, a: number, b: number): number {
	if (x <= 0) return 0;
	if (x >= 1) return 1;
	if (x > (a + 1) / (a + b + 2)) return 1 - regularizedBeta(1 - x, b, a);
	const front = Math.exp(
		logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x)
	);
	const tiny = 1e-300;
	let c = 1;
	let d = 1 - ((a + b) * x) / (a + 1);
	d = 1 / (Math.abs(d) < tiny ? tiny : d);
	let f = d;
	for (let m = 1; m <= 300; m++) {
		for (const numerator of [
			(m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)),
			-((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1))
		]) {
			d = 1 + numerator * d;
			d = 1 / (Math.abs(d) < tiny ? tiny : d);
			c = 1 + numerator / c;
			if (Math.abs(c) < tiny) c = tiny;
			f *= c * d;
		}
		if (Math.abs(c * d - 1) < 1e-15) break;
	}
	return (front * f) / a;
}

/**
 * Student's t cumulative distribution: P(T ≤ t) = 1 − ½ I_{df/(df+t²)}(df/2, ½) for t ≥ 0.
 * @example studentTCdf(0, 5) // → 0.5
 */
export function studentTCdf(t: number, df: number): number {
	const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
	return t >= 0 ? 1 - tail : tail;
}

/**
 * The p-quantile of Student's t with df degrees of freedom (df may be fractional, as Welch's is;
 * Infinity gives the normal quantile for p = 0.975), by bisection on `studentTCdf`.
 * @example studentTQuantile(0.975, 10) // → 2.2281…
 */
export function studentTQuantile(p: number, df: number): number {
	if (!Number.isFinite(df)) {
		if (p === 0.975) return Z_95;
		df = 1e12;
	}
	let low = -1e3;
	let high = 1e3;
	while (studentTCdf(high, df) < p) high *= 10;
	while (studentTCdf(low, df) > p) low *= 10;
	for (let k = 0; k < 200 && high - low > 1e-13 * Math.max(1, Math.abs(high)); k++) {
		const mid = (low + high) / 2;
		if (studentTCdf(mid, df) < p) low = mid;
		else high = mid;
	}
	return (low + high) / 2;
}
