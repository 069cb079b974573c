/**
 * Nelder–Mead minimisation (Lagarias et al. 1998 coefficients), restarted from its best point
 * until a restart no longer improves: the restart rebuilds a collapsed simplex, the usual remedy
 * for the method's rare false convergence.
 */

/** What a minimisation did. */
export interface Minimum {
	/** The best point found. */
	point: Float64Array;
	/** The function there. */
	value: number;
	/** Simplex iterations over all restarts. */
	iterations: number;
	/** Function evaluations over all restarts. */
	evaluations: number;
	/** True when the simplex shrank below the tolerances before the iteration budget ran out. */
	converged: boolean;
}

export interface NelderMeadOptions {
	/** Initial step along each axis (default 0.5). */
	step?: number;
	/** Stop when the simplex's values differ by at most this, relative (default 1e-12). */
	valueTolerance?: number;
	/** … and its vertices by at most this, absolute (default 1e-9). */
	pointTolerance?: number;
	/** Iterations per run (default 5000). */
	maxIterations?: number;
}

/**
 * Minimise `f` from `start`. Non-finite values count as +∞, so `f` may refuse a region.
 * @example
 * nelderMead((p) => (p[0] - 1) ** 2 + (p[1] + 2) ** 2, Float64Array.of(0, 0)).point
 * // → ≈ [1, −2]
 */
export function nelderMead(
	f: (point: Float64Array) => number,
	start: Float64Array,
	options: NelderMeadOptions = {}
): Minimum {
	let best: Minimum = run(f, start, options);
	let iterations = best.iterations;
	let evaluations = best.evaluations;
	for (let restart = 0; restart < 5; restart++) {
		const next = run(f, best.point, options);
		iterations += next.iterations;
		evaluations += next.evaluations;
		const improved =
			best.value - next.value > (options.valueTolerance ?? 1e-12) * Math.abs(best.value);
		if (next.value <= best.value) best = next;
		if (!improved) break;
	}
	return { ...best, iterations, evaluations };
}

function run(
	f: (point: Float64Array) => number,
	start: Float64Array,
	options: NelderMeadOptions
): Minimum {
	const n = start.length;
	const step = options.step ?? 0.5;
	const valueTolerance = options.valueTolerance ?? 1e-12;
	const pointTolerance = options.pointTolerance ?? 1e-9;
	const maxIterations = options.maxIterations ?? 5000;
	let evaluations = 0;
	const evaluate = (p: Float64Array) => {
		evaluations++;
		const v = f(p);
		return Number.isFinite(v) ? v : Infinity;
	};
	const simplex: Float64Array[] = [];
	const values = new Float64Array(n + 1);
	for (let i = 0; i <= n; i++) {
		const p = Float64Array.from(start);
		if (i > 0) p[i - 1] += step;
		simplex.push(p);
		values[i] = evaluate(p);
	}
	const order = Array.from({ length: n + 1 }, (_, i) => i);
	const centroid = new Float64Array(n);
	const trial = (from: Float64Array, towards: Float64Array, t: number) => {
		const p = new Float64Array(n);
		for (let j = 0; j < n; j++) p[j] = from[j] + t * (towards[j] - from[j]);
		return p;
	};
	let iterations = 0;
	let converged = false;
	for (; iterations < maxIterations; iterations++) {
		order.sort((i, j) => values[i] - values[j]);
		const bestI = order[0];
		const worstI = order[n];
		const secondWorst = values[order[n - 1]];
		let spread = 0;
		for (let i = 1; i <= n; i++) {
			for (let j = 0; j < n; j++)
				spread = Math.max(spread, Math.abs(simplex[order[i]][j] - simplex[bestI][j]));
		}
		const valueSpread = values[worstI] - values[bestI];
		if (
			Number.isFinite(values[worstI]) &&
			valueSpread <= valueTolerance * Math.max(1, Math.abs(values[bestI])) &&
			spread <= pointTolerance * Math.max(1, ...simplex[bestI].map(Math.abs))
		) {
			converged = true;
			break;
		}
		centroid.fill(0);
		for (let k = 0; k < n; k++) {
			const p = simplex[order[k]];
			for (let j = 0; j < n; j++) centroid[j] += p[j] / n;
		}
		const worst = simplex[worstI];
		const reflected = trial(centroid, worst, -1);
		const fr = evaluate(reflected);
		if (fr < values[bestI]) {
			const expanded = trial(centroid, worst, -2);
			const fe = evaluate(expanded);
			if (fe < fr) replace(worstI, expanded, fe);
			else replace(worstI, reflected, fr);
		} else if (fr < secondWorst) {
			replace(worstI, reflected, fr);
		} else {
			const outside = fr < values[worstI];
			const contracted = trial(centroid, outside ? reflected : worst, 0.5);
			const fc = evaluate(contracted);
			if (fc < (outside ? fr : values[worstI])) replace(worstI, contracted, fc);
			else {
				const b = simplex[bestI];
				for (let i = 0; i <= n; i++) {
					if (i === bestI) continue;
					simplex[i] = trial(b, simplex[i], 0.5);
					values[i] = evaluate(simplex[i]);
				}
			}
		}
	}
	let bestIndex = 0;
	for (let i = 1; i <= n; i++) if (values[i] < values[bestIndex]) bestIndex = i;
	return {
		point: simplex[bestIndex],
		value: values[bestIndex],
		iterations,
		evaluations,
		converged
	};

	function replace(i: number, p: Float64Array, v: number) {
		simplex[i] = p;
		values[i] = v;
	}
}
