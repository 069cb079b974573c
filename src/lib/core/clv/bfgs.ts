/**
 * BFGS minimisation with a backtracking (Armijo) line search, for smooth functions whose gradient
 * is known: a handful of iterations where Nelder–Mead needs hundreds of evaluations.
 */
import type { Minimum } from './nelder-mead';

/** A stalled line search counts as convergence below this relative gradient. */
const STALL_TOLERANCE = 1e-6;

export interface BfgsOptions {
	/** Converged when max |gradient| ≤ this × max(1, |f|) (default 1e-8: the floor set by the
	 * rounding of sums over thousands of customers sits near 1e-9). */
	gradientTolerance?: number;
	/** Iterations (default 200). */
	maxIterations?: number;
	/** Largest move along any axis in one step (default 2). */
	maxStep?: number;
}

/**
 * Minimise `f` from `start`; `f(point, gradient)` returns the value and fills `gradient`. Non-finite
 * values count as +∞ (the line search backs off).
 * @example
 * bfgs((p, g) => { g[0] = 2 * (p[0] - 1); g[1] = 2 * (p[1] + 2); return (p[0] - 1) ** 2 + (p[1] + 2) ** 2; },
 *   Float64Array.of(0, 0)).point // → ≈ [1, −2]
 */
export function bfgs(
	f: (point: Float64Array, gradient: Float64Array) => number,
	start: Float64Array,
	options: BfgsOptions = {}
): Minimum {
	const n = start.length;
	const tolerance = options.gradientTolerance ?? 1e-8;
	const maxIterations = options.maxIterations ?? 200;
	const maxStep = options.maxStep ?? 2;
	let x = Float64Array.from(start);
	let g = new Float64Array(n);
	let fx = f(x, g);
	let evaluations = 1;
	// Inverse Hessian approximation, row-major.
	const H = new Float64Array(n * n);
	const identity = () => {
		H.fill(0);
		for (let i = 0; i < n; i++) H[i * n + i] = 1;
	};
	identity();
	let scaled = false;
	const d = new Float64Array(n);
	let converged = false;
	let iterations = 0;
	for (; iterations < maxIterations; iterations++) {
		if (!Number.isFinite(fx)) break;
		let gMax = 0;
		for (let i = 0; i < n; i++) gMax = Math.max(gMax, Math.abs(g[i]));
		if (gMax <= tolerance * Math.max(1, Math.abs(fx))) {
			converged = true;
			break;
		}
		let slope = 0;
		for (let i = 0; i < n; i++) {
			let v = 0;
			for (let j = 0; j < n; j++) v -= H[i * n + j] * g[j];
			d[i] = v;
			slope += v * g[i];
		}
		if (!(slope < 0)) {
			identity();
			scaled = false;
			slope = 0;
			for (let i = 0; i < n; i++) {
				d[i] = -g[i];
				slope -= g[i] * g[i];
			}
		}
		let dMax = 0;
		for (let i = 0; i < n; i++) dMax = Math.max(dMax, Math.abs(d[i]));
		let t = dMax > maxStep ? maxStep / dMax : 1;
		const xNew = new Float64Array(n);
		const gNew = new Float64Array(n);
		let fNew = Infinity;
		for (let halvings = 0; ; halvings++) {
			for (let i = 0; i < n; i++) xNew[i] = x[i] + t * d[i];
			fNew = f(xNew, gNew);
			evaluations++;
			if (Number.isFinite(fNew) && fNew <= fx + 1e-4 * t * slope) break;
			t *= 0.5;
			if (halvings === 30) break;
		}
		if (!(Number.isFinite(fNew) && fNew <= fx)) {
			// No step along the search direction improves: at the optimum up to rounding, when the
			// gradient is small (the sums of hundreds of thousands of terms round at ~1e-10 × |f|).
			converged = gMax <= STALL_TOLERANCE * Math.max(1, Math.abs(fx));
			break;
		}
		const s = new Float64Array(n);
		const y = new Float64Array(n);
		let sy = 0;
		let yy = 0;
		for (let i = 0; i < n; i++) {
			s[i] = xNew[i] - x[i];
			y[i] = gNew[i] - g[i];
			sy += s[i] * y[i];
			yy += y[i] * y[i];
		}
		x = xNew;
		g = gNew;
		fx = fNew;
		if (sy > 1e-300) {
			if (!scaled) {
				// Scale the first approximation to the curvature just seen (Nocedal & Wright 6.20).
				identity();
				for (let i = 0; i < n; i++) H[i * n + i] = sy / yy;
				scaled = true;
			}
			const Hy = new Float64Array(n);
			let yHy = 0;
			for (let i = 0; i < n; i++) {
				let v = 0;
				for (let j = 0; j < n; j++) v += H[i * n + j] * y[j];
				Hy[i] = v;
				yHy += y[i] * v;
			}
			const rho = 1 / sy;
			for (let i = 0; i < n; i++) {
				for (let j = 0; j < n; j++) {
					H[i * n + j] += (1 + yHy * rho) * rho * s[i] * s[j] - rho * (Hy[i] * s[j] + s[i] * Hy[j]);
				}
			}
		}
	}
	return { point: x, value: fx, iterations, evaluations, converged };
}
