/**
 * Starts the analysis worker from each built page's HTML, before the page's scripts load (issue
 * 18). A Vite plugin: once SvelteKit has prerendered the pages, it puts a small inline
 * script at the top of each page's head that starts `analysis.worker-<hash>.js` with its first
 * start's arguments in the worker's name (`src/lib/worker/early-start.ts`), and adds the
 * script's hash to the page's Content-Security-Policy. The page's client adopts that worker.
 * A page without the script (`vite dev`, a failed script) starts its worker as before.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { LANG_KEY, langOf } from '../src/lib/i18n/lang.ts';
import { ACTIVE_DATASET_KEY } from '../src/lib/state/keys.ts';
import { earlyStartName } from '../src/lib/worker/early-start.ts';

/**
 * The inline script for a page whose scripts are at `prefix` + `_app/` (SvelteKit's relative
 * path from that page). Any failure (storage blocked, no module workers) leaves the page to
 * start its worker itself.
 * @example earlyWorkerScript('./', '_app/immutable/workers/analysis.worker-X.js')
 */
export function earlyWorkerScript(prefix: string, workerPath: string): string {
	return (
		'try{performance.mark("strata:html-worker");var s=localStorage;' +
		`globalThis.__strataWorker=new Worker(${JSON.stringify(prefix + workerPath)},{type:"module",` +
		`name:(${earlyStartName.toString()})((${langOf.toString()})(s.getItem(${JSON.stringify(LANG_KEY)}),navigator.language),` +
		`s.getItem(${JSON.stringify(ACTIVE_DATASET_KEY)})===null)})}catch(e){}`
	);
}

/** The CSP source of an inline script's text. */
export function scriptHash(script: string): string {
	return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * A built page with the early worker's script: placed right after the CSP `<meta>` (which must
 * come first to govern it), before the stylesheets (a script after a stylesheet waits for it),
 * its hash added to `script-src`. Throws when the page lacks what it needs.
 */
export function withEarlyWorker(html: string, workerPath: string): string {
	const entry = /import\("(\.{1,2}\/(?:\.\.\/)*)_app\/immutable\/entry\/start\./.exec(html);
	if (!entry) throw new Error('early-worker: no SvelteKit start script in a page');
	const script = earlyWorkerScript(entry[1], workerPath);
	const csp = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html);
	if (!csp || !/script-src /.test(csp[1])) throw new Error('early-worker: no script-src in a page');
	const policy = csp[1].replace(/script-src /, `script-src ${scriptHash(script)} `);
	const meta = csp[0].replace(csp[1], policy);
	return html.replace(csp[0], `${meta}\n\t\t<script>${script}</script>`);
}

function pages(folder: string): string[] {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => join(folder, file));
}

/**
 * The Vite plugin (after `sveltekit()`): rewrites SvelteKit's prerendered pages in `outDir` once
 * they are written (the server build's `writeBundle`) and before the adapter copies them to
 * build/ (its `closeBundle`): `vite preview` serves them from there, a static host from build/.
 */
export function earlyWorker(outDir = '.svelte-kit'): Plugin {
	let server = false;
	return {
		name: 'strata-early-worker',
		apply: 'build',
		configResolved(config) {
			server = Boolean(config.build.ssr);
		},
		closeBundle: {
			order: 'pre',
			sequential: true,
			handler() {
				// SvelteKit's client build runs inside the server build, which prerenders the pages.
				if (!server) return;
				const client = join(outDir, 'output/client');
				const workers = join(client, '_app/immutable/workers');
				const found = readdirSync(workers).filter((f) => /^analysis\.worker-[\w-]+\.js$/.test(f));
				if (found.length !== 1) throw new Error(`early-worker: ${found.length} analysis workers`);
				const workerPath = relative(client, join(workers, found[0])).split('\\').join('/');
				for (const page of pages(join(outDir, 'output/prerendered/pages'))) {
					writeFileSync(page, withEarlyWorker(readFileSync(page, 'utf8'), workerPath));
				}
			}
		}
	};
}
