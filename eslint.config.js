import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	// types/ holds ambient declarations for tsconfig.core.json only (outside the app's TS project).
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'types/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			'svelte/no-at-html-tags': 'error',
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				// SvelteKit keeps src/service-worker.ts out of the app's tsconfig (it needs the webworker lib).
				projectService: { allowDefaultProject: ['src/service-worker.ts'] },
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: { '@typescript-eslint/no-floating-promises': 'error' }
	},
	// Layering, made mechanical: each zone lists what it may not import, on alias AND relative
	// paths (a relative `../../db/schema` must not slip past a `$lib/db/*` rule).
	zone('src/lib/core/**/*.ts', [
		[
			[
				'svelte',
				'svelte/*',
				'$app/*',
				'dexie',
				'comlink',
				'$lib/*',
				'!$lib/core',
				'!$lib/core/**',
				'**/db/**',
				'**/worker/**',
				'**/ui/**',
				'**/charts/**',
				'**/state/**',
				'**/i18n/**',
				'**/routes/**'
			],
			'core/ stays pure: it imports nothing outside core/ (no DOM, Svelte, Dexie, comlink, i18n).'
		]
	]),
	zone('src/lib/charts/**/*.{ts,svelte}', [
		[
			[
				'dexie',
				'comlink',
				'$lib/worker/*',
				'$lib/db/*',
				'$lib/state/*',
				'**/worker/**',
				'**/db/**',
				'**/state/**'
			],
			'charts/ draw what they are given: no worker, database or app state.'
		]
	]),
	zone('src/lib/ui/**/*.{ts,svelte}', [
		[
			[
				'dexie',
				'comlink',
				'$lib/db/*',
				'**/db/**',
				'$lib/worker/*',
				'!$lib/worker/api',
				'!$lib/worker/client.svelte',
				'**/worker/analysis.worker*',
				'**/worker/engine*',
				'**/worker/store*',
				'**/worker/demo*',
				'**/worker/import*'
			],
			'ui/ may use the worker client and its types, never worker internals or the database.'
		]
	]),
	zone('src/routes/**/*.{ts,svelte}', [
		[
			[
				'dexie',
				'comlink',
				'$lib/db/*',
				'**/lib/db/**',
				'**/worker/analysis.worker*',
				'**/worker/engine*',
				'**/worker/store*'
			],
			'Pages talk to state classes and the analysis client, never comlink, Dexie or the database.'
		]
	]),
	{
		// Safari has no requestIdleCallback: ask for idle time through ui/idle.ts, which falls back.
		files: ['src/**/*.{ts,svelte}'],
		ignores: ['src/lib/ui/idle.ts', 'src/**/*.test.ts'],
		rules: {
			'no-restricted-globals': [
				'error',
				...['requestIdleCallback', 'cancelIdleCallback'].map((name) => ({
					name,
					message: `Safari has no ${name}: use whenIdle from $lib/ui/idle.`
				}))
			]
		}
	},
	{
		// core/ must run in the worker and in Node: no page, worker or Node-only globals (tests and
		// local benches run in Node and may use them).
		files: ['src/lib/core/**/*.ts'],
		ignores: [
			'src/lib/core/**/*.test.ts',
			'src/lib/core/**/*.local.ts',
			'src/lib/core/**/*.bench.ts'
		],
		rules: {
			'no-restricted-globals': [
				'error',
				...[
					'window',
					'document',
					'self',
					'globalThis',
					'indexedDB',
					'navigator',
					'localStorage',
					'process',
					'Buffer',
					'require'
				].map((name) => ({ name, message: `core/ is pure: no ${name}.` }))
			]
		}
	}
);

/**
 * An ESLint config that forbids some imports in some files.
 * @param {string} files glob of the zone
 * @param {[string[], string][]} rules groups of gitignore-style patterns, each with its reason
 */
function zone(files, rules) {
	return {
		files: [files],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: rules.map(([group, message]) => ({ group, message })) }
			]
		}
	};
}
