import { describe, expect, it } from 'vitest';
import { precacheKey, workerImports, workerScripts } from './precache';

const ORIGIN = 'https://shop.example';
const PRECACHE = new Set([
	'/strata/',
	'/strata/datasets',
	'/strata/manifest.webmanifest',
	'/strata/_app/immutable/entry/app.js',
	'/strata/_app/immutable/workers/analysis.worker-D1.js'
]);

describe('precacheKey: only the built app is ever served from the cache', () => {
	it.each([
		[
			'the app entry',
			{ method: 'GET', url: `${ORIGIN}/strata/_app/immutable/entry/app.js` },
			'/strata/_app/immutable/entry/app.js'
		],
		[
			'the analysis worker',
			{ method: 'GET', url: `${ORIGIN}/strata/_app/immutable/workers/analysis.worker-D1.js` },
			'/strata/_app/immutable/workers/analysis.worker-D1.js'
		],
		[
			'a page load',
			{ method: 'GET', url: `${ORIGIN}/strata/datasets`, mode: 'navigate' },
			'/strata/datasets'
		],
		[
			'a page load with a query',
			{ method: 'GET', url: `${ORIGIN}/strata/?data=data/sales.csv`, mode: 'navigate' },
			'/strata/'
		],
		[
			'the base without its slash',
			{ method: 'GET', url: `${ORIGIN}/strata`, mode: 'navigate' },
			'/strata/'
		],
		[
			'a page by its file name',
			{ method: 'GET', url: `${ORIGIN}/strata/datasets.html`, mode: 'navigate' },
			'/strata/datasets'
		],
		[
			'index.html',
			{ method: 'GET', url: `${ORIGIN}/strata/index.html`, mode: 'navigate' },
			'/strata/'
		],
		[
			'a page with a trailing slash',
			{ method: 'GET', url: `${ORIGIN}/strata/datasets/`, mode: 'navigate' },
			'/strata/datasets'
		]
	])('serves %s from the cache', (_, request, key) => {
		expect(precacheKey(request, ORIGIN, PRECACHE)).toBe(key);
	});

	it.each([
		['a CSV served beside the build', { method: 'GET', url: `${ORIGIN}/strata/data/sales.csv` }],
		[
			'a workbook opened as a page',
			{ method: 'GET', url: `${ORIGIN}/strata/data/sales.xlsx`, mode: 'navigate' }
		],
		[
			'a blob: of an imported file',
			{ method: 'GET', url: `blob:${ORIGIN}/4f1c0c1e-1b1a-4c1e-9f3e-1a2b3c4d5e6f` }
		],
		['a data: URL', { method: 'GET', url: 'data:text/csv,id%2Camount' }],
		['a POST to an app path', { method: 'POST', url: `${ORIGIN}/strata/datasets` }],
		['a PUT', { method: 'PUT', url: `${ORIGIN}/strata/_app/immutable/entry/app.js` }],
		[
			'another origin with the same path',
			{ method: 'GET', url: `https://cdn.example/strata/_app/immutable/entry/app.js` }
		],
		[
			'an app asset with a query (e.g. a cache-buster)',
			{ method: 'GET', url: `${ORIGIN}/strata/_app/immutable/entry/app.js?v=2` }
		],
		['a page outside the app', { method: 'GET', url: `${ORIGIN}/other/`, mode: 'navigate' }],
		[
			'a path that only starts like a page',
			{ method: 'GET', url: `${ORIGIN}/strata/datasets/secret.csv` }
		],
		['an unparsable URL', { method: 'GET', url: 'not a url' }]
	])('leaves %s to the browser', (_, request) => {
		expect(precacheKey(request, ORIGIN, PRECACHE)).toBeNull();
	});
});

describe('workerScripts', () => {
	it('finds the worker a chunk starts, resolved against the chunk', () => {
		const chunk = `${ORIGIN}/strata/_app/immutable/chunks/9eH84kkB.js`;
		const source =
			'this.#r=new Worker(new URL(new URL(`../workers/analysis.worker-DxnBrfj3.js`,import.meta.url).href,``+import.meta.url),{type:`module`})';
		expect(workerScripts(chunk, source)).toEqual([
			'/strata/_app/immutable/workers/analysis.worker-DxnBrfj3.js'
		]);
	});

	it('finds nothing in a chunk without workers', () => {
		expect(workerScripts(`${ORIGIN}/a.js`, 'import("./other.js"); const w = "workers";')).toEqual(
			[]
		);
	});
});

describe('workerImports', () => {
	const WORKERS = `${ORIGIN}/strata/_app/immutable/workers`;

	it.each([
		[
			'the lazy chunk a worker bundle loads (the Parquet reader)',
			`${WORKERS}/analysis.worker-BQOV6FjY.js`,
			'async function ef(e){if(!await $d(e))return e;let{asDelimitedText:t}=await import(`./chunks/CI0R_rNn.js`);return t(e)}',
			['/strata/_app/immutable/workers/chunks/CI0R_rNn.js']
		],
		[
			'the bundle a lazy chunk imports back, and a static side-effect import',
			`${WORKERS}/chunks/CI0R_rNn.js`,
			'import{n as e,t}from"../analysis.worker-BQOV6FjY.js";import"./zstd-1.js";const n=[`BOOLEAN`]',
			[
				'/strata/_app/immutable/workers/analysis.worker-BQOV6FjY.js',
				'/strata/_app/immutable/workers/chunks/zstd-1.js'
			]
		],
		[
			'the parse worker the analysis worker starts (a bare name beside it)',
			`${WORKERS}/analysis.worker-BQOV6FjY.js`,
			'function Cu(){let e=new Worker(new URL(\n/* @vite-ignore */\nnew URL(`parse.worker-BKUW7Smg.js`,import.meta.url).href,``+import.meta.url),{type:`module`})}',
			['/strata/_app/immutable/workers/parse.worker-BKUW7Smg.js']
		],
		[
			'nothing in a bundle without imports (a bare name or a string is no module path)',
			`${WORKERS}/analysis.worker-D1.js`,
			'import{x}from"comlink";const s="./chunks/not-a-module.js";fetch(`./data.csv`)',
			[]
		]
	])('finds %s', (_, url, source, expected) => {
		expect(workerImports(url, source)).toEqual(expected);
	});
});
