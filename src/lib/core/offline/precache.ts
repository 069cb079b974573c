/**
 * What the service worker may answer from its cache. Pure, so Node tests can prove the rule the
 * service worker follows: only the built app (the precache list) is ever cached or served from
 * the cache; a user's files — a CSV next to the build, a `blob:` of an import, a POST — never are.
 */

/** Every cache of the app shell starts with this (the service worker's caches, one per build). */
export const APP_CACHE_PREFIX = 'strata-app-';

/**
 * The name of the app-shell cache of a build (SvelteKit's `version`).
 *
 * @example
 * appCacheName('1733100000000'); // → 'strata-app-1733100000000'
 */
export function appCacheName(version: string): string {
	return `${APP_CACHE_PREFIX}${version}`;
}

/** The parts of a fetch the decision looks at (a `Request` has them all). */
export interface CacheableRequest {
	method: string;
	url: string;
	/** `'navigate'` for page loads. */
	mode?: string;
}

/**
 * The precache entry that answers a request, or `null` when the service worker must leave the
 * request to the browser (and never cache it). Only same-origin GETs whose path is in the precache
 * list qualify; assets must match exactly (no query), page loads ignore the query and may omit the
 * trailing slash of the base or use the `.html` file name.
 *
 * @example
 * const precache = new Set(['/strata/', '/strata/datasets', '/strata/_app/immutable/entry/app.js']);
 * precacheKey({ method: 'GET', url: 'https://x.io/strata/datasets?x=1', mode: 'navigate' }, 'https://x.io', precache);
 * // → '/strata/datasets'
 * precacheKey({ method: 'GET', url: 'https://x.io/strata/data/sales.csv' }, 'https://x.io', precache);
 * // → null (not part of the app)
 * precacheKey({ method: 'POST', url: 'https://x.io/strata/' }, 'https://x.io', precache);
 * // → null
 */
export function precacheKey(
	request: CacheableRequest,
	origin: string,
	precache: ReadonlySet<string>
): string | null {
	if (request.method !== 'GET') return null;
	let url: URL;
	try {
		url = new URL(request.url);
	} catch {
		return null;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
	if (url.origin !== origin) return null;
	const path = url.pathname;
	if (request.mode !== 'navigate') {
		return url.search === '' && precache.has(path) ? path : null;
	}
	const candidates = [
		path,
		`${path}/`,
		path.replace(/\/index\.html$/, '/'),
		path.replace(/\.html$/, ''),
		path.replace(/(.)\/$/, '$1')
	];
	return candidates.find((candidate) => precache.has(candidate)) ?? null;
}

/**
 * Worker scripts a built chunk starts (`new Worker(new URL('../workers/x.js', import.meta.url))`),
 * as absolute paths. SvelteKit's `build` list leaves Vite's worker bundles out, so the service
 * worker finds them in the chunks it has just cached.
 *
 * @example
 * workerScripts('https://x.io/strata/_app/immutable/chunks/a.js', 'new URL(`../workers/analysis.worker-D1.js`,import.meta.url)');
 * // → ['/strata/_app/immutable/workers/analysis.worker-D1.js']
 */
export function workerScripts(chunkUrl: string, source: string): string[] {
	const found = new Set<string>();
	for (const match of source.matchAll(
		/["'`]((?:\.{1,2}\/|\/)[\w./-]*workers\/[\w.-]+\.js)["'`]/g
	)) {
		found.add(new URL(match[1], chunkUrl).pathname);
	}
	return [...found];
}

/**
 * Modules a worker bundle (or one of its chunks) imports by a relative path — statically
 * (`from"./x.js"`, `import"./x.js"`) or lazily (`import("./chunks/x.js")`) — as absolute paths.
 * The analysis worker loads its Parquet reader as a chunk only when a Parquet file is imported;
 * the service worker precaches such chunks so that this works offline too.
 *
 * @example
 * workerImports('https://x.io/strata/_app/immutable/workers/analysis.worker-D1.js', 'await import(`./chunks/CI0R.js`)');
 * // → ['/strata/_app/immutable/workers/chunks/CI0R.js']
 */
export function workerImports(scriptUrl: string, source: string): string[] {
	const found = new Set<string>();
	for (const match of source.matchAll(
		/\b(?:import\s*\(\s*|from\s*|import\s*)["'`](\.{1,2}\/[\w./-]+\.js)["'`]/g
	)) {
		found.add(new URL(match[1], scriptUrl).pathname);
	}
	// A worker the bundle starts itself (the analysis worker's parse worker, `worker/parallel.ts`):
	// `new URL(\`parse.worker-X.js\`,import.meta.url)`, a bare name beside the bundle.
	for (const match of source.matchAll(
		/\bnew URL\(\s*["'`]((?:\.{1,2}\/)?[\w.-]+(?:\/[\w.-]+)*\.js)["'`]\s*,\s*import\.meta\.url/g
	)) {
		found.add(new URL(match[1], scriptUrl).pathname);
	}
	return [...found];
}
