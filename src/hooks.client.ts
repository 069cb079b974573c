/**
 * Client hooks. `init` runs once, before the first route's modules are imported and rendered:
 * the analysis worker and its first call start here, so that the worker's script, the clean-up
 * and a first visit's demo shop overlap the page's own start-up (issue 18).
 */
import type { ClientInit } from '@sveltejs/kit';
import { initialLang } from '$lib/i18n/lang';
import { analysis } from '$lib/worker/client.svelte';

export const init: ClientInit = () => {
	analysis.startEarly(initialLang);
};
