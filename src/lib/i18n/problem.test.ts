import { describe, expect, it } from 'vitest';
import { SETTINGS_PROBLEM_CODES } from '$lib/core/analytics/problems';
import { validateSettings } from '$lib/core/analytics/settings';
import { DEFAULT_SETTINGS } from '$lib/core/analytics/types';
import { en, type MessageKey } from './en';
import { formatMessage } from './format';
import { problemText } from './problem';
import { zh } from './zh';

const params = {
	segment: 2,
	tier: 3,
	key: 'vip',
	axis: 'fm',
	metric: 'recency',
	min: 1,
	max: 5,
	count: 4,
	activeDays: 90
};
const translator =
	(catalog: Record<string, string>) => (key: MessageKey, p?: Record<string, string | number>) =>
		formatMessage(catalog[key], p, catalog === zh ? 'zh' : 'en');

describe('settings problems in both languages', () => {
	it.each(SETTINGS_PROBLEM_CODES)(
		'%s has an English and a Chinese message with every parameter filled',
		(code) => {
			for (const catalog of [en, zh] as Record<string, string>[]) {
				const text = problemText({ code, field: 'x', params }, translator(catalog));
				expect(text).not.toMatch(/[{}]|undefined|problem\./);
				// no internal names such as lifecycle.churnDays or migrationOffsetDays
				expect(text).not.toMatch(/[a-z]+\.[a-z]+[A-Z]|OffsetDays|churnDays|activeDays/);
			}
		}
	);

	it('renders a real refusal with its figures', () => {
		const [problem] = validateSettings({
			...DEFAULT_SETTINGS,
			lifecycle: { activeDays: 90, churnDays: 60, funnelSteps: [1] }
		});
		expect(problemText(problem, translator(en))).toBe(
			'The churn window must be a whole number of days, at least the active window (90).'
		);
		expect(problemText(problem, translator(zh))).toBe(
			'流失窗口须为整数天，且不短于活跃窗口（90\u00a0天）。'
		);
	});

	it('names the metric and capitalises the axis', () => {
		const t = translator(zh);
		expect(
			problemText(
				{ code: 'binning.cuts', field: 'binning.recency', params: { metric: 'recency', max: 4 } },
				t
			)
		).toBe('距上次购买天数的分界点最多 4\u00a0个，须为数字并严格递增。');
		expect(
			problemText(
				{ code: 'segment.missingRange', field: 'x', params: { segment: 1, key: 'a', axis: 'f' } },
				translator(en)
			)
		).toBe('Segment 1 has no F range.');
	});
});
