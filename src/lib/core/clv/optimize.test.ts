import { describe, expect, it } from 'vitest';
import { bfgs } from './bfgs';
import { nelderMead } from './nelder-mead';
import { digamma } from './special';

const rosenbrock = (p: Float64Array) => 100 * (p[1] - p[0] ** 2) ** 2 + (1 - p[0]) ** 2;

describe('optimisers', () => {
	it('Nelder–Mead finds the Rosenbrock minimum at (1, 1)', () => {
		const m = nelderMead(rosenbrock, Float64Array.of(-1.2, 1));
		expect(m.converged).toBe(true);
		expect(m.point[0]).toBeCloseTo(1, 5);
		expect(m.point[1]).toBeCloseTo(1, 5);
	});

	it('BFGS finds it with the gradient, in far fewer evaluations', () => {
		const m = bfgs(
			(p, g) => {
				g[0] = -400 * p[0] * (p[1] - p[0] ** 2) - 2 * (1 - p[0]);
				g[1] = 200 * (p[1] - p[0] ** 2);
				return rosenbrock(p);
			},
			Float64Array.of(-1.2, 1)
		);
		expect(m.converged).toBe(true);
		expect(m.point[0]).toBeCloseTo(1, 5);
		expect(m.point[1]).toBeCloseTo(1, 5);
		expect(m.evaluations).toBeLessThan(200);
	});
});

describe('digamma', () => {
	it.each([
		[1, -0.5772156649015329], // −γ
		[0.5, -1.9635100260214235], // −γ − 2 ln 2
		[10, 2.251752589066721], // H₉ − γ
		[1000.5, 6.907755320648795] // ψ(0.5) + Σₖ₌₀^999 1/(0.5 + k), summed in Python
	])('ψ(%s) = %s', (x, expected) => {
		expect(digamma(x)).toBeCloseTo(expected, 11);
	});
});
