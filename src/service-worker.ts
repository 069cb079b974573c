/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Strata's service worker: makes the app work with no network after one visit.
 *
 * At install it precaches the built app — every build file, static file and prerendered page,
 * plus the analysis worker bundle and the chunks it imports (which SvelteKit's `build` list
 * leaves out; see `workerScripts` and `workerImports`). It answers only requests for those files, cache first; everything else —
 * above all a user's data files — goes to the browser untouched and is never cached
 * (`precacheKey` decides, and is unit-tested).
 *
 * A new build installs beside the running one and waits: the page shows "a new version is
 * available" and only a click sends `skip-waiting`, so nothing reloads by itself (an import in
 * progress is never interrupted).
 */
import { build, files, prerendered, version } from '$service-worker';
import {
	APP_CACHE_PREFIX,
	appCacheName,
	precacheKey,
	workerImports,
	workerScripts
} from '$lib/core/offline/precache';

const sw = self as unknown as ServiceWorkerGlobalScope;

/** This build's app shell; "Delete all data" keeps it (it holds only Strata's code). */
const CACHE = appCacheName(version);
const APP = [...build, ...files, ...prerendered];

/** Precached paths: the app, plus the worker bundles found at install (reloaded on restart). */
const precached = new Set(APP);
let workersLoaded = false;
const workersReady = caches
	.open(CACHE)
	.then((cache) => cache.keys())
	.then((keys) => keys.forEach((request) => precached.add(new URL(request.url).pathname)))
	.catch(() => undefined)
	.finally(() => (workersLoaded = true));

async function precacheApp() {
	const cache = await caches.open(CACHE);
	await cache.addAll(APP);
	const workers = new Set<string>();
	for (const path of build.filter((file) => file.endsWith('.js'))) {
		const response = await cache.match(path);
		if (!response) continue;
		const url = new URL(path, sw.location.href).href;
		for (const worker of workerScripts(url, await response.text())) workers.add(worker);
	}
	// The worker bundles, then the chunks they import (lazily: the Parquet reader), breadth first.
	let next = [...workers];
	while (next.length > 0) {
		await cache.addAll(next);
		next.forEach((path) => precached.add(path));
		const found = new Set<string>();
		for (const path of next) {
			const response = await cache.match(path);
			if (!response) continue;
			const url = new URL(path, sw.location.href).href;
			for (const chunk of workerImports(url, await response.text())) {
				if (!precached.has(chunk)) found.add(chunk);
			}
		}
		next = [...found];
	}
}

sw.addEventListener('install', (event) => event.waitUntil(precacheApp()));

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith(APP_CACHE_PREFIX) && key !== CACHE) await caches.delete(key);
			}
			// The first install takes the open page at once, so it works offline without a reload.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'skip-waiting') void sw.skipWaiting();
});

/** Answer from the cache; a precached file missing from it (evicted) comes from the network. */
async function fromCache(key: string, request: Request): Promise<Response> {
	const cached = await caches.match(key, { cacheName: CACHE });
	if (!cached) return fetch(request);
	// A page fetched through a redirect cannot answer a navigation as is.
	if (cached.redirected) {
		return new Response(cached.body, { status: cached.status, headers: cached.headers });
	}
	return cached;
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const key = precacheKey(request, sw.location.origin, precached);
	if (key) {
		event.respondWith(fromCache(key, request));
	} else if (request.destination === 'worker' && !workersLoaded) {
		// Right after a restart the worker bundles' names are still being read from the cache.
		event.respondWith(
			workersReady.then(() => {
				const late = precacheKey(request, sw.location.origin, precached);
				return late ? fromCache(late, request) : fetch(request);
			})
		);
	}
	// Anything else is not ours: the browser fetches it as if there were no service worker.
});
