/**
 * The overview's number and date formatters, built ahead: the first formatter of each kind costs
 * Intl 10–30 ms (its locale data), which should not fall into the task that draws the figures.
 * (The formatters are cached by `i18n`.)
 */
import { i18n } from '$lib/i18n/i18n.svelte';

/** Build every formatter the overview's figures use, for `currency`, in an idle moment. */
export function warmOverviewFormatters(currency: string): () => void {
	const idle = requestIdleCallback(
		() => {
			i18n.int(0);
			i18n.percent(0);
			i18n.decimal(0, 1);
			i18n.money(0, currency);
			i18n.money(0, currency, 'headline');
			i18n.day(0);
			i18n.month(0);
		},
		{ timeout: 1000 }
	);
	return () => cancelIdleCallback(idle);
}
