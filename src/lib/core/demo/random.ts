/**
 * A small seeded random source and the samplers the demo generator needs.
 *
 * `Math.random` cannot be seeded, and the demo must come out identical on every machine and forever,
 * so the generator owns its PRNG: sfc32 (Chris Doty-Humphrey's small fast counter, 128-bit state,
 * passes PractRand) seeded through splitmix32. Everything here is plain arithmetic on numbers.
 */

/**
 * splitmix32 step: a well-mixed 32-bit value from any 32-bit input; spreads nearby seeds apart.
 * @example mix32(1) === mix32(1) // → true
 */
export function mix32(value: number): number {
	let z = (value + 0x9e3779b9) | 0;
	z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
	z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
	return (z ^ (z >>> 16)) >>> 0;
}

const TWO_POW_32 = 4_294_967_296;

/**
 * Seeded pseudo-random numbers (sfc32) with the distributions of the demo model.
 * @example new Random(7).float() === new Random(7).float() // → true
 */
export class Random {
	private a = 0;
	private b = 0;
	private c = 0;
	private d = 0;
	/** Second normal deviate of the last polar pair, NaN when none is waiting. */
	private spareNormal = NaN;

	constructor(seed: number) {
		this.reseed(seed);
	}

	/**
	 * Restart the sequence from a seed, reusing this object (the generator reseeds once per order).
	 * @example const r = new Random(1); const x = r.float(); r.reseed(1); r.float() === x // → true
	 */
	reseed(seed: number): void {
		const s = seed >>> 0;
		this.a = mix32(s);
		this.b = mix32(s ^ 0x6a09e667);
		this.c = mix32(s ^ 0xbb67ae85);
		this.d = 1;
		this.spareNormal = NaN;
		for (let i = 0; i < 12; i++) this.uint32();
	}

	/**
	 * Next unsigned 32-bit integer.
	 * @example new Random(1).uint32() < 2 ** 32 // → true
	 */
	uint32(): number {
		const t = (((this.a + this.b) | 0) + this.d) | 0;
		this.d = (this.d + 1) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.c = (this.c + t) | 0;
		return t >>> 0;
	}

	/**
	 * Uniform in [0, 1).
	 * @example new Random(1).float() // → a number in [0, 1)
	 */
	float(): number {
		return this.uint32() / TWO_POW_32;
	}

	/**
	 * Uniform integer in [0, n).
	 * @example new Random(1).int(6) // → one of 0…5
	 */
	int(n: number): number {
		return Math.floor(this.float() * n);
	}

	/**
	 * Standard normal deviate (Marsaglia polar method).
	 * @example new Random(1).normal() // → e.g. −0.41
	 */
	normal(): number {
		if (!Number.isNaN(this.spareNormal)) {
			const spare = this.spareNormal;
			this.spareNormal = NaN;
			return spare;
		}
		let u: number;
		let v: number;
		let s: number;
		do {
			u = 2 * this.float() - 1;
			v = 2 * this.float() - 1;
			s = u * u + v * v;
		} while (s >= 1 || s === 0);
		const f = Math.sqrt((-2 * Math.log(s)) / s);
		this.spareNormal = v * f;
		return u * f;
	}

	/**
	 * Exponential waiting time with the given rate (mean 1 / rate).
	 * @example new Random(1).exponential(2) // → e.g. 0.37
	 */
	exponential(rate: number): number {
		return -Math.log(1 - this.float()) / rate;
	}

	/**
	 * Gamma(shape k, scale θ): mean kθ, variance kθ². Marsaglia–Tsang squeeze; for k < 1 it draws
	 * Gamma(k + 1) and multiplies by U^(1/k).
	 * @example new Random(1).gamma(2, 3) // → e.g. 4.8 (mean 6)
	 */
	gamma(shape: number, scale = 1): number {
		if (shape < 1) {
			const u = this.float();
			return this.gamma(shape + 1, scale) * Math.pow(u === 0 ? Number.MIN_VALUE : u, 1 / shape);
		}
		const d = shape - 1 / 3;
		const c = 1 / Math.sqrt(9 * d);
		for (;;) {
			let x: number;
			let v: number;
			do {
				x = this.normal();
				v = 1 + c * x;
			} while (v <= 0);
			v = v * v * v;
			const u = this.float();
			const x2 = x * x;
			if (u < 1 - 0.0331 * x2 * x2) return d * v * scale;
			if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v * scale;
		}
	}

	/**
	 * Beta(α, β) as X / (X + Y) with X ~ Gamma(α), Y ~ Gamma(β): mean α / (α + β).
	 * @example new Random(1).beta(1, 3) // → e.g. 0.21 (mean 0.25)
	 */
	beta(alpha: number, beta: number): number {
		const x = this.gamma(alpha);
		const y = this.gamma(beta);
		return x + y === 0 ? 0 : x / (x + y);
	}

	/**
	 * Poisson count with the given mean: Knuth's product method below 30, Hörmann's PTRS
	 * transformed rejection above (constant time for any mean).
	 * @example new Random(1).poisson(3) // → e.g. 2
	 */
	poisson(mean: number): number {
		if (mean <= 0) return 0;
		if (mean < 30) {
			const limit = Math.exp(-mean);
			let k = 0;
			let p = this.float();
			while (p > limit) {
				k++;
				p *= this.float();
			}
			return k;
		}
		const sqrtMean = Math.sqrt(mean);
		const logMean = Math.log(mean);
		const b = 0.931 + 2.53 * sqrtMean;
		const a = -0.059 + 0.02483 * b;
		const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
		const vr = 0.9277 - 3.6224 / (b - 2);
		for (;;) {
			const u = this.float() - 0.5;
			const v = this.float();
			const us = 0.5 - Math.abs(u);
			const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
			if (us >= 0.07 && v <= vr) return k;
			if (k < 0 || (us < 0.013 && v > us)) continue;
			const lhs = Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b);
			if (lhs <= -mean + k * logMean - logGamma(k + 1)) return k;
		}
	}

	/**
	 * Geometric count of failures before the first success, success probability p: mean (1 − p) / p.
	 * @example new Random(1).geometric(0.5) // → e.g. 1 (mean 1)
	 */
	geometric(p: number): number {
		if (p >= 1) return 0;
		return Math.floor(Math.log(1 - this.float()) / Math.log(1 - p));
	}
}

const LANCZOS = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
	-176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
	1.5056327351493116e-7
];

/**
 * Natural log of the gamma function for x > 0 (Lanczos, g = 7; about 15 significant digits).
 * @example logGamma(5) // → 3.1780538303479458 (= ln 24)
 */
export function logGamma(x: number): number {
	if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
	const z = x - 1;
	let sum = LANCZOS[0];
	for (let i = 1; i < 9; i++) sum += LANCZOS[i] / (z + i);
	const t = z + 7.5;
	return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * Running totals of weights, normalised so the last is 1: the table `pickIndex` searches.
 * @example cumulativeWeights([1, 3]) // → Float64Array [0.25, 1]
 */
export function cumulativeWeights(weights: ArrayLike<number>): Float64Array {
	const cdf = new Float64Array(weights.length);
	let total = 0;
	for (let i = 0; i < weights.length; i++) cdf[i] = total += weights[i];
	for (let i = 0; i < cdf.length; i++) cdf[i] /= total;
	cdf[cdf.length - 1] = 1;
	return cdf;
}

/**
 * Index whose weight band contains u ∈ [0, 1) in a table from `cumulativeWeights` (binary search).
 * @example pickIndex(cumulativeWeights([1, 3]), 0.3) // → 1
 */
export function pickIndex(cdf: Float64Array, u: number): number {
	let lo = 0;
	let hi = cdf.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (u < cdf[mid]) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}
