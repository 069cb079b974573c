import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { earlyWorker } from './scripts/early-worker.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
	// earlyWorker after sveltekit(): it rewrites the pages the adapter has written.
	plugins: [sveltekit(), earlyWorker()],
	define: { __APP_VERSION__: JSON.stringify(version) },
	worker: { format: 'es' },
	// Fewer, larger chunks for the page (issue 18): a first visit fetched ~50 files over six
	// HTTP/1.1 connections, and the analysis worker's script queued behind them. `boot` is what
	// hooks.client.ts needs to start the worker (Svelte, SvelteKit, comlink, the worker client,
	// the language, the storage keys: every module it imports must be listed here), so the worker starts before the rest arrives; `lib` is the code two or more
	// routes share; code of one route stays in that route's chunk.
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'boot',
							test: /node_modules[\\/](?!dexie|d3)|src[\\/]lib[\\/](worker[\\/](client\.svelte|early-start)|i18n[\\/]lang|state[\\/]keys)\./,
							priority: 2
						},
						{
							name: 'lib',
							test: /node_modules|[\\/]src[\\/]lib[\\/]/,
							priority: 1,
							minShareCount: 2
						}
					]
				}
			}
		}
	},
	server: { port: 5173 },
	preview: { port: 4173 },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000
	}
});
