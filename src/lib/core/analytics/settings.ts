/**
 * Checks on analysis settings, so the UI can explain a refusal before the engine throws.
 */
import { problem, type SettingsProblem } from './problems';
import { KEY_PATTERN, validateCustomScheme } from './segments';
import type { AnalysisSettings, ScoreBinning, TierSettings } from './types';
import { NONE } from './types';

const TIER_METRICS = ['monetary', 'frequency', 'aov', 'rfm_sum', 'clv'];

/**
 * Problems with a settings object, as codes; empty when `analyze` will accept it.
 * @example validateSettings(DEFAULT_SETTINGS) // → []
 * @example validateSettings({ ...DEFAULT_SETTINGS, migrationOffsetDays: 0 })
 * // → [{ code: 'migration.offsetDays', field: 'migrationOffsetDays', params: { min: 1 } }]
 */
export function validateSettings(settings: AnalysisSettings): SettingsProblem[] {
	const problems: SettingsProblem[] = [];
	if (settings.asOfDay !== null && !Number.isInteger(settings.asOfDay)) {
		problems.push(problem('asOfDay.notWholeDay', 'asOfDay'));
	}
	problems.push(...binningProblems(settings.binning));
	const scheme = settings.scheme;
	if (scheme.kind === 'custom') {
		const v = validateCustomScheme(scheme.segments);
		problems.push(...v.problems);
		if (v.overlaps.length > 0)
			problems.push(problem('scheme.overlaps', 'scheme.segments', { count: v.overlaps.length }));
		if (v.gaps.length > 0)
			problems.push(problem('scheme.gaps', 'scheme.segments', { count: v.gaps.length }));
	} else if (scheme.kind !== 'rfm_grid' && scheme.kind !== 'value8') {
		problems.push(problem('scheme.unknownKind', 'scheme.kind'));
	}
	problems.push(...tierProblems(settings.tiers));
	const { activeDays, churnDays, funnelSteps } = settings.lifecycle;
	if (!Number.isInteger(activeDays) || activeDays < 0) {
		problems.push(problem('lifecycle.activeDays', 'lifecycle.activeDays', { min: 0 }));
	}
	if (!Number.isInteger(churnDays) || churnDays < activeDays) {
		problems.push(problem('lifecycle.churnDays', 'lifecycle.churnDays', { activeDays }));
	}
	if (
		funnelSteps.length === 0 ||
		funnelSteps.some((s, i) => !Number.isInteger(s) || s < 1 || (i > 0 && s <= funnelSteps[i - 1]))
	) {
		problems.push(problem('lifecycle.funnelSteps', 'lifecycle.funnelSteps', { min: 1 }));
	}
	if (!Number.isInteger(settings.migrationOffsetDays) || settings.migrationOffsetDays < 1) {
		problems.push(problem('migration.offsetDays', 'migrationOffsetDays', { min: 1 }));
	}
	return problems;
}

function binningProblems(binning: ScoreBinning): SettingsProblem[] {
	if (binning.kind === 'quantile') {
		return [3, 4, 5].includes(binning.bins)
			? []
			: [problem('binning.bins', 'binning.bins', { min: 3, max: 5 })];
	}
	if (binning.kind !== 'thresholds') return [problem('binning.unknownKind', 'binning.kind')];
	const problems: SettingsProblem[] = [];
	for (const metric of ['recency', 'frequency', 'monetary'] as const) {
		const cuts = binning[metric];
		const ascending = cuts.every((c, i) => Number.isFinite(c) && (i === 0 || c > cuts[i - 1]));
		if (cuts.length > 4 || !ascending) {
			problems.push(problem('binning.cuts', `binning.${metric}`, { metric, max: 4 }));
		}
	}
	if (binning.frequency.length !== binning.monetary.length) {
		problems.push(problem('binning.cutCounts', 'binning.monetary'));
	}
	return problems;
}

function tierProblems(tiers: TierSettings): SettingsProblem[] {
	const problems: SettingsProblem[] = [];
	if (!TIER_METRICS.includes(tiers.metric))
		problems.push(problem('tiers.unknownMetric', 'tiers.metric'));
	const list = tiers.tiers;
	if (list.length < 2 || list.length > 5)
		problems.push(problem('tiers.count', 'tiers.tiers', { min: 2, max: 5 }));
	if (list.length >= NONE) return problems;
	const keys = new Set<string>();
	list.forEach((tier, i) => {
		if (!KEY_PATTERN.test(tier.key) || keys.has(tier.key)) {
			problems.push(
				problem('tiers.badKey', `tiers.tiers.${i}.key`, { tier: i + 1, key: tier.key })
			);
		}
		keys.add(tier.key);
		const cutOk = Number.isFinite(tier.cut) && tier.cut >= 0 && tier.cut <= 1;
		if (!cutOk || (i > 0 && tier.cut >= list[i - 1].cut)) {
			problems.push(problem('tiers.badCut', `tiers.tiers.${i}.cut`, { tier: i + 1 }));
		}
	});
	if (list.length > 0 && list[list.length - 1].cut !== 0)
		problems.push(problem('tiers.lastCut', `tiers.tiers.${list.length - 1}.cut`));
	return problems;
}
