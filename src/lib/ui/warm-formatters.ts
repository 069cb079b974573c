/**
 * The overview's number and date formatters, built ahead: the first formatter of each kind costs
 * Intl 10–30 ms (its locale data), which should not fall into the task that draws the figures.
 * (The formatters are cached by `i18n`.) One formatter per idle callback: all of them in one took
 * 62 ms in a first visit, a long task of its own (issue 18).
 */
import { i18n } from '$lib/i18n/i18n.svelte';
import { whenIdle } from './idle';

/** Build every formatter the overview's figures use, for `currency`, in idle moments. */
export function warmOverviewFormatters(currency: string): () => void {
	const steps = [
		() => i18n.int(0),
		() => i18n.percent(0),
		() => i18n.decimal(0, 1),
		() => i18n.money(0, currency),
		() => i18n.money(0, currency, 'headline'),
		() => i18n.day(0),
		() => i18n.month(0)
	];
	let next = 0;
	const run = () => {
		steps[next++]();
		if (next < steps.length) cancel = whenIdle(run);
	};
	let cancel = whenIdle(run);
	return () => cancel();
}
