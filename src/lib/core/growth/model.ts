/**
 * 客户倍增 simulator: a monthly projection of active customers, new customers and revenue from a
 * retention curve (a cohort model), and the same projection with growth levers pulled. Every
 * formula is in the README ("Growth simulator"); `project` is the only place they are written.
 */

/** Months the simulator always projects, so the doubling month is found up to 3 years out. */
export const SIMULATION_MONTHS = 36;

/** What the data says; see `baseline.ts` for how each figure is measured. */
export interface GrowthInputs {
	/** Months shown, 1 … 36 (default 12). */
	horizon: number;
	/** Active customers (≥ 1 purchase) in the last complete month: the base to double. */
	activeNow: number;
	/** Baseline new customers per month (recent run rate). */
	newPerMonth: number;
	/**
	 * r[k] = share of a cohort active in its k-th month after the first purchase month (r[0] = 1);
	 * ages past the end use the last value.
	 */
	retention: Float64Array;
	/** [t − 1] = baseline expected active customers among today's customers in simulated month t. */
	existingActive: Float64Array;
	/** Today's customers (scored): existing actives never exceed them. */
	existingCustomers: number;
	/** At-risk and lost customers today: the win-back lever acts on them. */
	winBackPool: number;
	/** Share of customers with a second purchase (e.g. the repeat-purchase rate). */
	secondPurchaseRate: number;
	/** Share of a month's active customers who are active again the next month. */
	activeRetention: number;
	/** Net revenue per active customer per month, cents. */
	revenuePerActiveCents: number;
}

/** The levers; every one is neutral at 0. Shares and points are fractions (0.05 = 5 %). */
export interface GrowthLevers {
	/** New customers per month: +fraction (0.1 = +10 %). */
	newCustomers: number;
	/** Second-purchase rate of new customers: +points (0.05 = +5 points). */
	secondPurchase: number;
	/** Share of at-risk and lost customers won back in the first simulated month. */
	winBack: number;
	/** Month-to-month retention of active customers: +points. */
	retention: number;
	/** Average order value: +fraction. */
	averageOrderValue: number;
	/** 老带新: new customers brought per active customer per year. */
	referrals: number;
}

export type LeverKey = keyof GrowthLevers;

export const LEVER_KEYS: readonly LeverKey[] = [
	'newCustomers',
	'secondPurchase',
	'winBack',
	'retention',
	'averageOrderValue',
	'referrals'
];

export const NEUTRAL_LEVERS: Readonly<GrowthLevers> = {
	newCustomers: 0,
	secondPurchase: 0,
	winBack: 0,
	retention: 0,
	averageOrderValue: 0,
	referrals: 0
};

/** Monthly figures; [t − 1] is simulated month t. */
export interface GrowthSeries {
	active: Float64Array;
	newCustomers: Float64Array;
	revenueCents: Float64Array;
}

/**
 * r(k) with the flat tail: r[k] inside the curve, the last value past it (0 for an empty curve).
 * @example retentionAt(Float64Array.of(1, 0.5, 0.2), 7) // → 0.2
 */
export function retentionAt(retention: Float64Array, k: number): number {
	if (retention.length === 0) return k === 0 ? 1 : 0;
	return retention[Math.min(k, retention.length - 1)];
}

/** (base + points) / base, or 1 when the base is 0 (the lever has nothing to scale). */
const pointsFactor = (base: number, points: number) =>
	base > 0 ? Math.max(0, (base + points) / base) : 1;

/**
 * The projection for `months` months with the given levers (all at 0: the baseline). With
 * f₂ = (s + Δ₂) / s, f_R = (R + Δ_R) / R, a cohort's curve c(k) = min(1, r(k) × f) for k ≥ 1:
 * new(t) = n₀ (1 + g) + ρ / 12 × active(t − 1) (active(0) = activeNow);
 * active(t) = min(B, E(t) f_R) + w L c_wb(t − 1) + Σ_{u ≤ t} new(u) c_new(t − u),
 * with c_new using f₂ f_R and c_wb using f_R; revenue(t) = active(t) × v × (1 + a). Levers are
 * kept meaningful: new customers, factors and order value never go below 0, w stays in 0 … 1 and
 * ρ ≥ 0.
 * @example
 * // n₀ 10, r [1, 0.5, 0.2], E [50, 40, 30], no levers → active [60, 55, 47] (see model.test.ts)
 */
export function project(inputs: GrowthInputs, levers: GrowthLevers, months: number): GrowthSeries {
	const fR = pointsFactor(inputs.activeRetention, levers.retention);
	const fNew = pointsFactor(inputs.secondPurchaseRate, levers.secondPurchase) * fR;
	const curve = (k: number, factor: number) =>
		k === 0 ? 1 : Math.min(1, retentionAt(inputs.retention, k) * factor);
	const organic = Math.max(0, inputs.newPerMonth * (1 + levers.newCustomers));
	const wonBack = inputs.winBackPool * Math.min(1, Math.max(0, levers.winBack));
	const perActive = inputs.revenuePerActiveCents * Math.max(0, 1 + levers.averageOrderValue);
	const referralsPerMonth = Math.max(0, levers.referrals) / 12;
	const active = new Float64Array(months);
	const newCustomers = new Float64Array(months);
	const revenueCents = new Float64Array(months);
	for (let t = 1; t <= months; t++) {
		const previous = t === 1 ? inputs.activeNow : active[t - 2];
		newCustomers[t - 1] = organic + referralsPerMonth * previous;
		let a = Math.min(inputs.existingCustomers, (inputs.existingActive[t - 1] ?? 0) * fR);
		a += wonBack * curve(t - 1, fR);
		for (let u = 1; u <= t; u++) a += newCustomers[u - 1] * curve(t - u, fNew);
		active[t - 1] = a;
		revenueCents[t - 1] = a * perActive;
	}
	return { active, newCustomers, revenueCents };
}

/**
 * Σ of a series (the page's "total" figures: customer-months for active, cents for revenue).
 * @example seriesTotal(Float64Array.of(1, 2, 3.5)) // → 6.5
 */
export function seriesTotal(series: ArrayLike<number>): number {
	let sum = 0;
	for (let i = 0; i < series.length; i++) sum += series[i];
	return sum;
}

/**
 * The first simulated month (1-based) whose active customers reach 2 × activeNow; null when none
 * does, or without active customers today.
 * @example doublingMonth(Float64Array.of(90, 150, 210), 100) // → 3
 */
export function doublingMonth(active: Float64Array, activeNow: number): number | null {
	if (!(activeNow > 0)) return null;
	for (let t = 0; t < active.length; t++) if (active[t] >= 2 * activeNow) return t + 1;
	return null;
}
