/**
 * Checks on analysis settings, so the UI can explain a refusal before the engine throws.
 */
import { KEY_PATTERN, validateCustomScheme } from './segments';
import type { AnalysisSettings, ScoreBinning, TierSettings } from './types';
import { NONE } from './types';

const TIER_METRICS = ['monetary', 'frequency', 'aov', 'rfm_sum'];

/**
 * Problems with a settings object, in English; empty when `analyze` will accept it.
 * @example validateSettings(DEFAULT_SETTINGS) // → []
 * @example validateSettings({ ...DEFAULT_SETTINGS, migrationOffsetDays: 0 })
 * // → ['migrationOffsetDays must be a whole number ≥ 1']
 */
export function validateSettings(settings: AnalysisSettings): string[] {
	const problems: string[] = [];
	if (settings.asOfDay !== null && !Number.isInteger(settings.asOfDay)) {
		problems.push('asOfDay must be null or a whole day number');
	}
	problems.push(...binningProblems(settings.binning));
	const scheme = settings.scheme;
	if (scheme.kind === 'custom') {
		const v = validateCustomScheme(scheme.segments);
		problems.push(...v.problems.map((p) => 'scheme: ' + p));
		if (v.overlaps.length > 0) problems.push(`scheme: ${v.overlaps.length} cell(s) covered twice`);
		if (v.gaps.length > 0) problems.push(`scheme: ${v.gaps.length} cell(s) not covered`);
	} else if (scheme.kind !== 'rfm_grid' && scheme.kind !== 'value8') {
		problems.push('scheme: unknown kind');
	}
	problems.push(...tierProblems(settings.tiers));
	const { activeDays, churnDays, funnelSteps } = settings.lifecycle;
	if (!Number.isInteger(activeDays) || activeDays < 0) {
		problems.push('lifecycle.activeDays must be a whole number ≥ 0');
	}
	if (!Number.isInteger(churnDays) || churnDays < activeDays) {
		problems.push('lifecycle.churnDays must be a whole number ≥ activeDays');
	}
	if (
		funnelSteps.length === 0 ||
		funnelSteps.some((s, i) => !Number.isInteger(s) || s < 1 || (i > 0 && s <= funnelSteps[i - 1]))
	) {
		problems.push('lifecycle.funnelSteps must be whole numbers ≥ 1, strictly ascending');
	}
	if (!Number.isInteger(settings.migrationOffsetDays) || settings.migrationOffsetDays < 1) {
		problems.push('migrationOffsetDays must be a whole number ≥ 1');
	}
	return problems;
}

function binningProblems(binning: ScoreBinning): string[] {
	if (binning.kind === 'quantile') {
		return [3, 4, 5].includes(binning.bins) ? [] : ['binning.bins must be 3, 4 or 5'];
	}
	if (binning.kind !== 'thresholds') return ['binning: unknown kind'];
	const problems: string[] = [];
	for (const metric of ['recency', 'frequency', 'monetary'] as const) {
		const cuts = binning[metric];
		const ascending = cuts.every((c, i) => Number.isFinite(c) && (i === 0 || c > cuts[i - 1]));
		if (cuts.length > 4 || !ascending) {
			problems.push(`binning.${metric} must be at most 4 finite cut points, strictly ascending`);
		}
	}
	if (binning.frequency.length !== binning.monetary.length) {
		problems.push('binning.frequency and binning.monetary need the same number of cut points');
	}
	return problems;
}

function tierProblems(tiers: TierSettings): string[] {
	const problems: string[] = [];
	if (!TIER_METRICS.includes(tiers.metric)) problems.push('tiers.metric is unknown');
	const list = tiers.tiers;
	if (list.length < 2 || list.length > 5) problems.push('tiers: between 2 and 5 tiers');
	if (list.length >= NONE) return problems;
	const keys = new Set<string>();
	list.forEach((tier, i) => {
		if (!KEY_PATTERN.test(tier.key) || keys.has(tier.key)) {
			problems.push(`tiers[${i}].key must be unique and match [a-z0-9_]+`);
		}
		keys.add(tier.key);
		const cutOk = Number.isFinite(tier.cut) && tier.cut >= 0 && tier.cut <= 1;
		if (!cutOk || (i > 0 && tier.cut >= list[i - 1].cut)) {
			problems.push(`tiers[${i}].cut must be in 0…1 and below the previous tier's cut`);
		}
	});
	if (list.length > 0 && list[list.length - 1].cut !== 0)
		problems.push('the last tier needs cut 0');
	return problems;
}
