/**
 * Lifecycle as of D: stages from recency and frequency, the purchase-count funnel, and windows
 * suggested from the customers' own purchase rhythm.
 */
import type { DayNumber } from '../calendar';
import type { CustomerStats } from './customer-stats';
import type { PreparedOrders } from './prepare';
import { STAGE_KEYS } from './labels';
import type { FunnelStep, LifecycleSettings, LifecycleSuggestion, StageKey } from './types';
import { NONE } from './types';

/** Stage index by key, from `STAGE_KEYS`. */
export const STAGE = Object.fromEntries(STAGE_KEYS.map((key, index) => [key, index])) as Record<
	StageKey,
	number
>;

/** Purchases from which a customer counts as loyal. */
export const LOYAL_PURCHASES = 4;

/**
 * Stage index of a scored customer: lost if recency > W; at risk if A < recency ≤ W; otherwise
 * new (1 purchase), loyal (≥ 4) or repeat (2–3).
 * @example stageOf(100, 5, { activeDays: 90, churnDays: 180, funnelSteps: [1] }) // → 3 (at_risk)
 * @example stageOf(90, 5, { activeDays: 90, churnDays: 180, funnelSteps: [1] }) // → 2 (loyal)
 */
export function stageOf(
	recencyDays: number,
	frequency: number,
	lifecycle: LifecycleSettings
): number {
	if (recencyDays > lifecycle.churnDays) return STAGE.lost;
	if (recencyDays > lifecycle.activeDays) return STAGE.at_risk;
	if (frequency === 1) return STAGE.new;
	return frequency >= LOYAL_PURCHASES ? STAGE.loyal : STAGE.repeat;
}

/**
 * Stage index of every scored customer (`NONE` for the others), by `stageOf`.
 * @example // scored [1, 0], recency [10, 0], frequency [5, 0], A 90, W 180 → [2 (loyal), NONE]
 */
export function assignStages(stats: CustomerStats, lifecycle: LifecycleSettings): Uint8Array {
	const stage = new Uint8Array(stats.scored.length).fill(NONE);
	for (let c = 0; c < stage.length; c++) {
		if (stats.scored[c]) stage[c] = stageOf(stats.recencyDays[c], stats.frequency[c], lifecycle);
	}
	return stage;
}

/**
 * The funnel: for each step, scored customers with at least that many purchases, split into
 * active (recency ≤ A), at risk (A < recency ≤ W) and lost (recency > W); conversion = step k /
 * step k − 1, 1 for the first step.
 * @example
 * // purchases 1, 1, 2, 4 (recency 0, 100, 200, 0), steps [1, 2], A 90, W 180
 * // → [{ minPurchases: 1, customers: 4, active: 2, atRisk: 1, lost: 1, conversion: 1 },
 * //    { minPurchases: 2, customers: 2, active: 1, atRisk: 0, lost: 1, conversion: 0.5 }]
 */
export function lifecycleFunnel(stats: CustomerStats, lifecycle: LifecycleSettings): FunnelStep[] {
	return funnelFrom(lifecycle.funnelSteps, stats.frequency, (c) => {
		if (!stats.scored[c]) return -1;
		const recency = stats.recencyDays[c];
		return recency > lifecycle.churnDays ? 2 : recency > lifecycle.activeDays ? 1 : 0;
	});
}

/**
 * The funnel's counting, given each customer's status (0 active, 1 at risk, 2 lost, −1 not
 * counted) and purchases: the customers of step k have at least `steps[k]` purchases;
 * conversion = step k ÷ step k − 1, 1 for the first step. Used by `lifecycleFunnel` and by the
 * funnel of a scored import (`core/scored`), whose statuses come from the file.
 * @example funnelFrom([1, 2], [1, 2], () => 0)
 * // → [{ minPurchases: 1, customers: 2, active: 2, atRisk: 0, lost: 0, conversion: 1 },
 * //    { minPurchases: 2, customers: 1, active: 1, atRisk: 0, lost: 0, conversion: 0.5 }]
 */
export function funnelFrom(
	steps: readonly number[],
	frequency: ArrayLike<number>,
	statusOf: (customer: number) => number
): FunnelStep[] {
	const counts = [0, 1, 2].map(() => new Int32Array(steps.length));
	for (let c = 0; c < frequency.length; c++) {
		const status = statusOf(c);
		if (status < 0) continue;
		const count = counts[status];
		for (let k = 0; k < steps.length && frequency[c] >= steps[k]; k++) count[k]++;
	}
	const [active, atRisk, lost] = counts;
	return steps.map((minPurchases, k) => {
		const customers = active[k] + atRisk[k] + lost[k];
		const previous = k === 0 ? 0 : active[k - 1] + atRisk[k - 1] + lost[k - 1];
		const conversion = k === 0 ? 1 : previous === 0 ? 0 : customers / previous;
		return {
			minPurchases,
			customers,
			active: active[k],
			atRisk: atRisk[k],
			lost: lost[k],
			conversion
		};
	});
}

/**
 * Nearest-rank percentile of ascending values: the value at 1-based rank ceil(p / 100 × n)
 * (at least rank 1). The median is the 50th percentile, i.e. the lower middle value.
 * @example nearestRank(Int32Array.of(1, 2, 3, 4), 50) // → 2
 * @example nearestRank(Int32Array.of(1, 2, 3, 4), 90) // → 4
 */
export function nearestRank(sorted: Int32Array, p: number): number {
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1];
}

/**
 * Round days to whole weeks (half a week rounds up), at least one week.
 * @example toWeeks(10) // → 7; toWeeks(11) // → 14; toWeeks(2) // → 7
 */
export function toWeeks(days: number): number {
	return Math.max(7, Math.round(days / 7) * 7);
}

/**
 * Propose lifecycle windows from the data: over customers with purchases on ≥ 2 different days up
 * to D (default: the latest purchase day), take the gaps in days between consecutive purchase days
 * (several purchases on one day count once); A = median gap, W = 90th percentile gap (nearest
 * rank), each rounded to whole weeks (minimum 1 week), then W raised to A if below. Null when no
 * customer has two purchase days.
 * @example
 * // gaps 10, 20, 30, 200 days → median 20 → A 21; p90 200 → W 203
 */
export function suggestLifecycle(
	prepared: PreparedOrders,
	asOfDay: DayNumber | null = null
): LifecycleSuggestion | null {
	const limit = asOfDay ?? prepared.latestPurchaseDay;
	if (limit === null) return null;
	const { offsets, day, amountCents } = prepared;
	const gaps = new Int32Array(day.length);
	let n = 0;
	for (let c = 0; c < prepared.customerCount; c++) {
		let previous = 0;
		let seen = false;
		for (let i = offsets[c]; i < offsets[c + 1] && day[i] <= limit; i++) {
			if (!(amountCents[i] > 0) || (seen && day[i] === previous)) continue;
			if (seen) gaps[n++] = day[i] - previous;
			previous = day[i];
			seen = true;
		}
	}
	if (n === 0) return null;
	const sorted = gaps.subarray(0, n).sort();
	const medianGapDays = nearestRank(sorted, 50);
	const p90GapDays = nearestRank(sorted, 90);
	const activeDays = toWeeks(medianGapDays);
	return {
		activeDays,
		churnDays: Math.max(activeDays, toWeeks(p90GapDays)),
		gaps: n,
		medianGapDays,
		p90GapDays
	};
}
