/**
 * A worker the page's HTML starts before the page's scripts have loaded (issue 18). Each built
 * page carries a small inline script (written by `scripts/early-worker.ts`) that starts the
 * analysis worker with its first `start`'s arguments in the worker's name. The worker starts at
 * once, while the page's scripts are fetched and compiled; the page's client adopts that worker
 * (`client.svelte.ts`) and its first `start` takes the answer already under way.
 */

/** The name of an analysis worker the page started itself (no start of its own). */
export const WORKER_NAME = 'strata-analysis';

/** The first `start`'s arguments (`AnalysisApi.start`). */
export interface EarlyStart {
	language: 'en' | 'zh';
	/** The page remembers no dataset: a first visit. */
	fresh: boolean;
}

/**
 * The name of a worker started by the HTML. Self-contained (no outer names): the inline script
 * holds this function's own source.
 * @example earlyStartName('zh', true) // → 'strata-analysis zh fresh'
 */
export function earlyStartName(language: string, fresh: boolean): string {
	return 'strata-analysis ' + language + ' ' + (fresh ? 'fresh' : 'stored');
}

/**
 * The first start a worker's name asks for; null for any other name.
 * @example earlyStartOf('strata-analysis zh fresh') // → { language: 'zh', fresh: true }
 * @example earlyStartOf('strata-analysis') // → null
 */
export function earlyStartOf(name: string): EarlyStart | null {
	const match = /^strata-analysis (en|zh) (fresh|stored)$/.exec(name);
	if (!match) return null;
	return { language: match[1] as EarlyStart['language'], fresh: match[2] === 'fresh' };
}
