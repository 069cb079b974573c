/**
 * Client hooks. `init` runs once, before the first route's modules are imported and rendered:
 * the analysis worker and its first call start here, so that the worker's script, the clean-up
 * and a first visit's demo shop overlap the page's own start-up (issue 18). A built page has
 * started both earlier, from its HTML (`worker/early-start.ts`): then this adopts that worker and
 * its start.
 */
import type { ClientInit } from '@sveltejs/kit';
import { initialLang } from '$lib/i18n/lang';
import { ACTIVE_DATASET_KEY } from '$lib/state/keys';
import { analysis } from '$lib/worker/client.svelte';

// Every module imported here must be in vite.config.ts's `boot` chunk, or the worker waits for more.
export const init: ClientInit = () => {
	try {
		analysis.startEarly(initialLang, () => localStorage.getItem(ACTIVE_DATASET_KEY) === null);
	} catch {
		// Storage the page may not read: the layout's own start runs as before and shows the error.
	}
};
