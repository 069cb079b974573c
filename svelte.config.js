import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * BASE_PATH (e.g. `/strata`) lets one build serve from a GitHub Pages project path.
 * It must start with a slash and must not end with one; an empty value serves from the root.
 */
const base = /** @type {'' | `/${string}`} */ ((process.env.BASE_PATH ?? '').replace(/\/+$/, ''));
if (base && !base.startsWith('/')) throw new Error(`BASE_PATH must start with "/", got "${base}"`);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		paths: { base, relative: true },
		// src/service-worker.ts is built to `<base>/service-worker.js` (scope: the base) and
		// registered by src/routes/+layout.svelte once the first figures show, not by SvelteKit at
		// the load event (its install competed with a first visit: issue 18). updateViaCache
		// 'none' there: the browser always asks the server for a new worker script, so a new build
		// is noticed on the next visit rather than after the HTTP cache expires.
		// Dotfiles (static/.nojekyll) are left out of the precache: many servers refuse to serve them,
		// and one failed file fails the whole install.
		serviceWorker: {
			register: false,
			files: (file) => !file.split('/').some((part) => part.startsWith('.'))
		},
		// A static host cannot send headers, so the policy travels as a <meta> tag with hashes of
		// SvelteKit's own inline bootstrap script. frame-ancestors, report-uri and sandbox are
		// ignored in <meta> — see README "Privacy and security".
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				// Covers the analysis worker and the service worker (both same-origin scripts).
				'worker-src': ['self'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
