/**
 * The segment and tier figures of a subset of the customers (e.g. the customers of one source):
 * the engine's own group profiles, R × FM grid and tier × segment table, counted over the subset
 * only. Every customer keeps the scores, segment and tier of the whole analysis — the subset
 * chooses who is counted, never how anyone is scored.
 */
import { crossTable, scoreGrid } from './analyze';
import { groupProfiles } from './profiles';
import type {
	AnalysisResult,
	CrossTable,
	CustomerAttribute,
	GroupProfile,
	ScoreGrid
} from './types';

/** The per-group figures of a subset of the customers. */
export interface SubsetProfiles {
	/** Per customer: 1 when scored in the analysis and in the subset. */
	scored: Uint8Array;
	/** Customers in the subset who are scored (the denominator of every share). */
	scoredCount: number;
	segments: GroupProfile[];
	tiers: GroupProfile[];
	grid: ScoreGrid;
	tierSegments: CrossTable;
}

/**
 * Profile the segments and tiers of an analysis over the customers of `mask` (1 = in the subset).
 * Shares are of the subset's scored customers and of their net revenue.
 * @example
 * // customers A (segment 0, 1000 cents), B (segment 1, 500), C (segment 1, 300); mask [1, 0, 1]
 * subsetProfiles(result, Uint8Array.of(1, 0, 1)).segments
 * // → [{ customers: 1, revenueCents: 1000, share: 0.5, … }, { customers: 1, revenueCents: 300, … }]
 */
export function subsetProfiles(
	result: AnalysisResult,
	mask: Uint8Array,
	attributes: readonly CustomerAttribute[] = []
): SubsetProfiles {
	const { customers } = result;
	const scored = new Uint8Array(customers.scored.length);
	let scoredCount = 0;
	for (let c = 0; c < scored.length; c++) {
		if (customers.scored[c] && mask[c]) {
			scored[c] = 1;
			scoredCount++;
		}
	}
	const stats = { ...customers, scored, scoredCount };
	const scores = {
		bins: result.bins,
		r: customers.rScore,
		f: customers.fScore,
		m: customers.mScore,
		fm: customers.fmScore
	};
	const definitions = (groups: GroupProfile[]) =>
		groups.map((g) => ({ key: g.key, label: g.label }));
	return {
		scored,
		scoredCount,
		segments: groupProfiles(
			stats,
			scores,
			customers.segment,
			definitions(result.segments),
			attributes
		),
		tiers: groupProfiles(stats, scores, customers.tier, definitions(result.tiers), attributes),
		grid: scoreGrid(stats, scores),
		tierSegments: crossTable(
			stats,
			customers.tier,
			result.tiers.length,
			customers.segment,
			result.segments.length
		)
	};
}
