/**
 * localStorage keys read before the page's state loads. `hooks.client.ts` reads them to start
 * the worker's first call, so this module stays free of imports (it is in the `boot` chunk).
 */

/** The dataset the page shows; none on a first visit (`app.svelte.ts` sets it). */
export const ACTIVE_DATASET_KEY = 'strata.activeDataset';
