/**
 * The page's side of IndexedDB, loaded on demand (`app.svelte.ts`): Dexie and the schema are a
 * large part of the page's script, and the first figures come from the worker without them
 * (issue 18). Everything the page needs of the database goes through this one module, so that
 * the bundler keeps Dexie out of the chunk every page loads at start.
 */
export { db } from '$lib/db/schema';
export { isDatasetGone } from '$lib/worker/store';
export { LiveQuery } from './live-query.svelte';
