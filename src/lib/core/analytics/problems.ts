/**
 * Why settings are refused, as codes with parameters (never sentences): the i18n catalogs render
 * each code (`problem.<code>`) in English and Chinese.
 */

/** Every refusal `validateSettings` and `validateCustomScheme` can return. */
export const SETTINGS_PROBLEM_CODES = [
	'asOfDay.notWholeDay',
	'binning.unknownKind',
	'binning.bins',
	'binning.cuts',
	'binning.cutCounts',
	'scheme.unknownKind',
	'scheme.empty',
	'scheme.tooMany',
	'scheme.overlaps',
	'scheme.gaps',
	'segment.badKey',
	'segment.duplicateKey',
	'segment.emptyName',
	'segment.missingRange',
	'segment.badRange',
	'segment.mixedAxes',
	'tiers.unknownMetric',
	'tiers.count',
	'tiers.badKey',
	'tiers.badCut',
	'tiers.lastCut',
	'lifecycle.activeDays',
	'lifecycle.churnDays',
	'lifecycle.funnelSteps',
	'migration.offsetDays'
] as const;

export type SettingsProblemCode = (typeof SETTINGS_PROBLEM_CODES)[number];

/**
 * One refusal: what is wrong (`code`), where (`field`, a path into the settings such as
 * `lifecycle.churnDays` or `scheme.segments.2.r`, for the UI to point at), and the figures the
 * message needs (`params`).
 */
export interface SettingsProblem {
	code: SettingsProblemCode;
	field: string;
	params: Record<string, string | number>;
}

/**
 * A problem with no parameters unless given.
 * @example problem('tiers.lastCut', 'tiers.tiers') // → { code: 'tiers.lastCut', field: 'tiers.tiers', params: {} }
 */
export function problem(
	code: SettingsProblemCode,
	field: string,
	params: Record<string, string | number> = {}
): SettingsProblem {
	return { code, field, params };
}
