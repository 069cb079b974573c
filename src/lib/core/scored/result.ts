/**
 * The compact analysis result of a scored dataset, built from its stored columns with the
 * engine's own profile, grid and cross-table code — scores, segments, tiers and stages are read,
 * never recomputed. What needs order lines (cohorts, growth, migration) is empty.
 */
import { crossTable, scoreGrid } from '../analytics/analyze';
import type { CustomerStats } from '../analytics/customer-stats';
import { RFM_GRID_SEGMENTS, STAGE_KEYS, STAGE_LABELS, VALUE8_SEGMENTS } from '../analytics/labels';
import { funnelFrom, STAGE } from '../analytics/lifecycle';
import { averageOrderValue, repeatRate } from '../analytics/metrics';
import { groupProfiles } from '../analytics/profiles';
import type { CustomerScores } from '../analytics/scores';
import { DEFAULT_SETTINGS, NONE } from '../analytics/types';
import type { AnalysisResult, FunnelStep, Label } from '../analytics/types';
import type { ScoredColumns } from './columns';

/**
 * Bins of the stored scores: the highest score in the file, at least 3 (quantile binning uses
 * the same bins for R, F and M; their top score reaches the bin count unless ties fill the top).
 * @example scoredBins([Uint8Array.of(1, 4), Uint8Array.of(2)]) // → 4
 */
export function scoredBins(scores: readonly Uint8Array[]): number {
	let max = 3;
	for (const array of scores) for (const value of array) if (value > max) max = value;
	return max;
}

/**
 * The analysis result of a scored dataset. `funnelSteps` are the purchase counts of the funnel
 * (a view choice, from the dataset's settings); active / at risk / lost come from stored stages.
 * @example
 * // two customers: champions/gold/repeat (F 2, 300.00) and lost/regular/lost (F 1, 50.00)
 * scoredResult(columns, [1, 2]).segments[0] // → { key: 'champions', customers: 1, … }
 */
export function scoredResult(
	columns: ScoredColumns,
	funnelSteps: readonly number[]
): AnalysisResult {
	const n = columns.customerIds.length;
	const stats: CustomerStats = {
		asOfDay: columns.asOfDay ?? 0,
		scored: new Uint8Array(n).fill(1),
		scoredCount: n,
		firstPurchaseDay: columns.firstPurchaseDay,
		lastPurchaseDay: columns.lastPurchaseDay,
		recencyDays: columns.recencyDays,
		frequency: columns.frequency,
		monetaryCents: columns.monetaryCents,
		end: new Int32Array(0)
	};
	const bins = scoredBins([columns.rScore, columns.fScore, columns.mScore]);
	const scores: CustomerScores = {
		bins: { r: bins, f: bins, m: bins },
		r: columns.rScore,
		f: columns.fScore,
		m: columns.mScore,
		fm: columns.fmScore,
		below: null
	};
	const segments = (columns.scheme === 'rfm_grid' ? RFM_GRID_SEGMENTS : VALUE8_SEGMENTS).map(
		(s) => ({ key: s.key, label: { ...s.label } })
	);
	const tiers = columns.tierKeys.map((key) => ({ key, label: tierLabel(key) }));
	const stages = STAGE_KEYS.map((key) => ({ key, label: { ...STAGE_LABELS[key] } }));
	const headline = scoredHeadline(columns);
	return {
		asOfDay: columns.asOfDay,
		bins: { ...scores.bins },
		customers: {
			scored: stats.scored,
			firstPurchaseDay: columns.firstPurchaseDay,
			lastPurchaseDay: columns.lastPurchaseDay,
			recencyDays: columns.recencyDays,
			frequency: columns.frequency,
			monetaryCents: columns.monetaryCents,
			rScore: columns.rScore,
			fScore: columns.fScore,
			mScore: columns.mScore,
			fmScore: columns.fmScore,
			segment: columns.segment,
			tier: columns.tier,
			stage: columns.stage,
			previousSegment: new Uint8Array(n).fill(NONE)
		},
		scoredCount: n,
		unscoredCount: 0,
		segments: groupProfiles(stats, scores, columns.segment, segments),
		tiers: groupProfiles(stats, scores, columns.tier, tiers),
		stages: groupProfiles(stats, scores, columns.stage, stages),
		grid: scoreGrid(stats, scores),
		tierSegments: crossTable(stats, columns.tier, tiers.length, columns.segment, segments.length),
		funnel: stageFunnel(columns, funnelSteps),
		cohorts: { cohorts: [] },
		growth: {
			firstMonth: 0,
			months: 0,
			newCustomers: new Int32Array(0),
			activeCustomers: new Int32Array(0),
			returningCustomers: new Int32Array(0),
			newRevenueCents: new Float64Array(0),
			returningRevenueCents: new Float64Array(0),
			activeGrowth: []
		},
		migration: null,
		headline
	};
}

/** Default tiers keep their names; any other key is its own name. */
function tierLabel(key: string): Label {
	const known = DEFAULT_SETTINGS.tiers.tiers.find((t) => t.key === key)?.label;
	return typeof known === 'object' ? { ...known } : { en: key, zh: key };
}

/**
 * Headline figures of a scored file: only purchases are known (no returns, no order lines), so
 * orders = purchases = Σ frequency and revenue = Σ monetary.
 * @example // F 2 / 300.00 and F 1 / 50.00 → purchases 3, revenueCents 35000, aovCents 11667
 */
export function scoredHeadline(columns: ScoredColumns): AnalysisResult['headline'] {
	const n = columns.customerIds.length;
	let purchases = 0;
	let revenueCents = 0;
	let repeaters = 0;
	let firstDay = Infinity;
	let lastDay = -Infinity;
	for (let c = 0; c < n; c++) {
		purchases += columns.frequency[c];
		revenueCents += columns.monetaryCents[c];
		if (columns.frequency[c] >= 2) repeaters++;
		if (columns.firstPurchaseDay[c] < firstDay) firstDay = columns.firstPurchaseDay[c];
		if (columns.lastPurchaseDay[c] > lastDay) lastDay = columns.lastPurchaseDay[c];
	}
	return {
		customers: n,
		orders: purchases,
		purchases,
		returns: 0,
		revenueCents,
		firstDay: n === 0 ? null : firstDay,
		lastDay: n === 0 ? null : lastDay,
		aovCents: averageOrderValue(revenueCents, purchases),
		repeatRate: repeatRate(repeaters, n)
	};
}

/**
 * The lifecycle funnel from stored stages: at risk and lost as the file says, every other stage
 * active.
 * @example // F 1 lost, F 2 repeat; steps [1, 2]
 * // → [{ minPurchases: 1, customers: 2, active: 1, lost: 1, … }, { minPurchases: 2, customers: 1, active: 1, conversion: 0.5, … }]
 */
export function stageFunnel(columns: ScoredColumns, steps: readonly number[]): FunnelStep[] {
	return funnelFrom(steps, columns.frequency, (c) => {
		const stage = columns.stage[c];
		return stage === STAGE.lost ? 2 : stage === STAGE.at_risk ? 1 : 0;
	});
}
