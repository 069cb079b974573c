/** Small hand-made analytics results for chart tests (layout tables and server renders). */
import type { GroupProfile } from '$lib/core/analytics/types';

/** A group profile with the figures a test cares about; the rest zero. */
export function group(key: string, figures: Partial<GroupProfile> = {}): GroupProfile {
	return {
		key,
		label: { en: key.replace(/_/g, ' '), zh: key },
		customers: 0,
		share: 0,
		revenueCents: 0,
		revenueShare: 0,
		purchases: 0,
		aovCents: 0,
		meanRecencyDays: 0,
		meanFrequency: 0,
		meanMonetaryCents: 0,
		meanRScore: 0,
		meanFScore: 0,
		meanMScore: 0,
		repurchaseRate: 0,
		attributes: [],
		...figures
	};
}

/** Values of one data attribute on the elements with a test id, in document order. */
export function attributeValues(html: string, testid: string, attribute: string): string[] {
	const values: string[] = [];
	for (const tag of html.match(new RegExp(`<[^>]*data-testid="${testid}"[^>]*>`, 'g')) ?? []) {
		const value = tag.match(new RegExp(`\\s${attribute}="([^"]*)"`));
		if (value) values.push(value[1]);
	}
	return values;
}

/** Number of elements with a test id. */
export function countTestId(html: string, testid: string): number {
	return html.match(new RegExp(`data-testid="${testid}"`, 'g'))?.length ?? 0;
}
