/**
 * Renders a settings problem (a code with parameters from core) in the current language.
 */
import type { SettingsProblem } from '$lib/core/analytics/problems';
import type { MessageKey } from './en';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The message of a problem: `problem.<code>` with its parameters, the metric named in words and
 * score axes in capitals (R, F, M, FM).
 * @example problemText({ code: 'tiers.count', field: 'tiers.tiers', params: { min: 2, max: 5 } }, i18n.t)
 * // → 'Use between 2 and 5 tiers.'
 */
export function problemText(problem: SettingsProblem, t: Translate): string {
	const params = { ...problem.params };
	if (typeof params.metric === 'string')
		params.metric = t(`problem.metric.${params.metric}` as MessageKey);
	if (typeof params.axis === 'string') params.axis = params.axis.toUpperCase();
	return t(`problem.${problem.code}` as MessageKey, params);
}
