/**
 * Compare two dates (动态调整, issue 17 item 1): headline figures at each as-of date, 会员升降级
 * (tier moves) and the biggest segment change, as codes with parameters for a one-line summary.
 */
import type { AnalysisResult } from '../analytics/types';
import { NONE } from '../analytics/types';

/** The figures shown side by side for one as-of date. */
export interface DateSnapshot {
	customers: number;
	/** Customers with recency ≤ the active window A (the funnel's first step). */
	active: number;
	revenueCents: number;
	aovCents: number;
	repeatRate: number;
}

/**
 * @example snapshotOf(result) // → { customers: 3, active: 2, revenueCents: 9000, aovCents: 3000, repeatRate: 0.33 }
 */
export function snapshotOf(result: AnalysisResult): DateSnapshot {
	const { headline } = result;
	return {
		customers: headline.customers,
		active: result.funnel[0]?.active ?? 0,
		revenueCents: headline.revenueCents,
		aovCents: headline.aovCents,
		repeatRate: headline.repeatRate
	};
}

/** 会员升降级 between an earlier and a later date. */
export interface TierMoves {
	/** Scored at both dates, in a better tier (lower index: tiers are listed best first) later. */
	up: number;
	down: number;
	same: number;
	/** Scored only at the later date. */
	newcomers: number;
}

/**
 * @example tierMoves(Uint8Array.of(1, 0, 2, 255), Uint8Array.of(0, 1, 2, 2))
 * // → { up: 1, down: 1, same: 1, newcomers: 1 }
 */
export function tierMoves(earlier: Uint8Array, later: Uint8Array): TierMoves {
	const moves = { up: 0, down: 0, same: 0, newcomers: 0 };
	for (let c = 0; c < later.length; c++) {
		const b = later[c];
		if (b === NONE) continue;
		const a = earlier[c];
		if (a === NONE) moves.newcomers++;
		else if (b < a) moves.up++;
		else if (b > a) moves.down++;
		else moves.same++;
	}
	return moves;
}

/** The one-line summary, as a code with parameters (segment indexes; `other` null = new customers or unscored). */
export interface SegmentChange {
	segment: number;
	/** (later − earlier) ÷ earlier customers. */
	change: number;
	/** Where most leavers went (fell) or most joiners came from (grew). */
	other: number | null;
}

/**
 * The segment whose size changed most in relative terms (among segments with customers at the
 * earlier date; ties: the bigger change in customers, then the first), and where most of its
 * leavers went (when it fell) or its joiners came from (when it grew); null when no segment
 * changed.
 * @example
 * // earlier [0, 0, 1, 1], later [1, 1, 1, 1] → segment 0 fell by 100 %, mostly to segment 1
 * biggestSegmentChange(Uint8Array.of(0, 0, 1, 1), Uint8Array.of(1, 1, 1, 1), 2)
 * // → { segment: 0, change: -1, other: 1 }
 */
export function biggestSegmentChange(
	earlier: Uint8Array,
	later: Uint8Array,
	segments: number
): SegmentChange | null {
	const before = new Float64Array(segments);
	const after = new Float64Array(segments);
	for (let c = 0; c < earlier.length; c++) {
		if (earlier[c] < segments) before[earlier[c]]++;
		if (later[c] < segments) after[later[c]]++;
	}
	let best = -1;
	for (let s = 0; s < segments; s++) {
		if (before[s] === 0 || after[s] === before[s]) continue;
		if (best < 0) {
			best = s;
			continue;
		}
		const change = Math.abs(after[s] - before[s]) / before[s];
		const top = Math.abs(after[best] - before[best]) / before[best];
		if (
			change > top ||
			(change === top && Math.abs(after[s] - before[s]) > Math.abs(after[best] - before[best]))
		)
			best = s;
	}
	if (best < 0) return null;
	const fell = after[best] < before[best];
	const counts = new Float64Array(segments + 1);
	for (let c = 0; c < earlier.length; c++) {
		const [from, to] = fell ? [earlier[c], later[c]] : [later[c], earlier[c]];
		if (from !== best || to === best) continue;
		counts[to < segments ? to : segments]++;
	}
	let other = 0;
	for (let s = 1; s <= segments; s++) if (counts[s] > counts[other]) other = s;
	return {
		segment: best,
		change: (after[best] - before[best]) / before[best],
		other: other === segments || counts[other] === 0 ? null : other
	};
}
