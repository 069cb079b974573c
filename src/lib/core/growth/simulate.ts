/**
 * The simulator's answer: baseline and scenario side by side, the month the active base doubles,
 * and each lever's share of the gain (Shapley values over the levers that were moved).
 */
import {
	LEVER_KEYS,
	NEUTRAL_LEVERS,
	SIMULATION_MONTHS,
	doublingMonth,
	project,
	seriesTotal
} from './model';
import type { GrowthInputs, GrowthLevers, GrowthSeries, LeverKey } from './model';

/** One lever's part of the gain. */
export interface LeverContribution {
	lever: LeverKey;
	/** Shapley value of the lever on the gain in total revenue over the horizon, cents. */
	revenueCents: number;
	/** … on the gain in active customers in the horizon's last month. */
	active: number;
	/** revenueCents ÷ total revenue gain; null when the gain is 0. Shares sum to 1. */
	revenueShare: number | null;
	activeShare: number | null;
}

export interface GrowthSimulation {
	/** Series of `horizon` months. */
	baseline: GrowthSeries;
	scenario: GrowthSeries;
	totals: {
		baselineRevenueCents: number;
		scenarioRevenueCents: number;
		/** Σ monthly active customers (customer-months). */
		baselineActive: number;
		scenarioActive: number;
	};
	/** Simulated month (1 … 36) in which active customers first reach 2 × activeNow, or null. */
	doubling: { baseline: number | null; scenario: number | null };
	/** One entry per lever, in `LEVER_KEYS` order; unmoved levers contribute 0. */
	contributions: LeverContribution[];
}

const head = (series: GrowthSeries, months: number): GrowthSeries => ({
	active: series.active.slice(0, months),
	newCustomers: series.newCustomers.slice(0, months),
	revenueCents: series.revenueCents.slice(0, months)
});

/**
 * Baseline (every lever neutral) and scenario over `inputs.horizon` months (clamped to 1 … 36),
 * the doubling month within 36 months, and Shapley contributions: for the k moved levers and a
 * gain v(S) of the levers S alone, φᵢ = Σ_{S ∌ i} |S|! (k − |S| − 1)! / k! × (v(S ∪ {i}) − v(S)).
 * @example simulate(inputs, NEUTRAL_LEVERS).scenario // → equal to .baseline, element by element
 */
export function simulate(inputs: GrowthInputs, levers: GrowthLevers): GrowthSimulation {
	const horizon = Math.max(1, Math.min(SIMULATION_MONTHS, Math.round(inputs.horizon)));
	const full = (l: GrowthLevers) => project(inputs, l, SIMULATION_MONTHS);
	const baselineFull = full(NEUTRAL_LEVERS);
	const scenarioFull = full(levers);
	const baseline = head(baselineFull, horizon);
	const scenario = head(scenarioFull, horizon);

	const moved = LEVER_KEYS.filter((key) => levers[key] !== NEUTRAL_LEVERS[key]);
	const k = moved.length;
	// v(S) for every subset S of the moved levers, S as a bit mask over `moved`.
	const revenueGain = new Float64Array(1 << k);
	const activeGain = new Float64Array(1 << k);
	const baseRevenue = seriesTotal(baseline.revenueCents);
	const baseActive = baseline.active[horizon - 1];
	for (let mask = 1; mask < 1 << k; mask++) {
		const subset: GrowthLevers = { ...NEUTRAL_LEVERS };
		moved.forEach((key, j) => {
			if (mask & (1 << j)) subset[key] = levers[key];
		});
		const series = project(inputs, subset, horizon);
		revenueGain[mask] = seriesTotal(series.revenueCents) - baseRevenue;
		activeGain[mask] = series.active[horizon - 1] - baseActive;
	}
	const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
	const totalRevenueGain = revenueGain[(1 << k) - 1];
	const totalActiveGain = activeGain[(1 << k) - 1];
	const contributions = LEVER_KEYS.map((lever): LeverContribution => {
		const j = moved.indexOf(lever);
		let revenue = 0;
		let active = 0;
		if (j >= 0) {
			for (let mask = 0; mask < 1 << k; mask++) {
				if (mask & (1 << j)) continue;
				let size = 0;
				for (let m = mask; m; m &= m - 1) size++;
				const weight = (factorial(size) * factorial(k - size - 1)) / factorial(k);
				revenue += weight * (revenueGain[mask | (1 << j)] - revenueGain[mask]);
				active += weight * (activeGain[mask | (1 << j)] - activeGain[mask]);
			}
		}
		return {
			lever,
			revenueCents: revenue,
			active,
			revenueShare: totalRevenueGain === 0 ? null : revenue / totalRevenueGain,
			activeShare: totalActiveGain === 0 ? null : active / totalActiveGain
		};
	});
	return {
		baseline,
		scenario,
		totals: {
			baselineRevenueCents: baseRevenue,
			scenarioRevenueCents: seriesTotal(scenario.revenueCents),
			baselineActive: seriesTotal(baseline.active),
			scenarioActive: seriesTotal(scenario.active)
		},
		doubling: {
			baseline: doublingMonth(baselineFull.active, inputs.activeNow),
			scenario: doublingMonth(scenarioFull.active, inputs.activeNow)
		},
		contributions
	};
}
