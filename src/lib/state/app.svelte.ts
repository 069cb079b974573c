/**
 * The page's view of Strata: which datasets exist, which one is active, and its compact results
 * from the worker. Pages read from here; only the worker computes.
 */
import { db } from '$lib/db/schema';
import type { DatasetSummary, Headline } from '$lib/worker/api';
import { analysis, CancelledError } from '$lib/worker/client.svelte';
import { LiveQuery } from './live-query.svelte';

const ACTIVE_KEY = 'strata.activeDataset';

export type LoadState = 'starting' | 'loading' | 'ready' | 'error';

class AppState {
	state = $state<LoadState>('starting');
	error = $state<string | null>(null);
	/** Set while the demo shop is being generated on a first visit. */
	generatingDemo = $state(false);
	activeId = $state<string | null>(null);
	headline = $state.raw<Headline | null>(null);
	/** Milliseconds from start() to the first figures, for the curious and for benchmarks. */
	startMillis = $state<number | null>(null);

	#datasets: LiveQuery<DatasetSummary[]> | null = null;
	#started = false;

	get datasets(): DatasetSummary[] {
		return this.#datasets?.current ?? [];
	}

	get active(): DatasetSummary | null {
		return this.datasets.find((d) => d.id === this.activeId) ?? null;
	}

	/** Start once per page: clean up, make the demo if needed, load the active dataset. */
	async start() {
		if (this.#started) return;
		this.#started = true;
		const t0 = performance.now();
		this.generatingDemo = !(await db.datasets.where('status').equals('complete').count());
		try {
			const report = await analysis.run((api) => api.start());
			this.generatingDemo = false;
			this.#datasets = new LiveQuery(
				() => db.datasets.where('status').equals('complete').sortBy('created'),
				report.datasets
			);
			const saved = localStorage.getItem(ACTIVE_KEY);
			const pick = report.datasets.find((d) => d.id === saved) ?? report.datasets.at(-1);
			await this.select(pick?.id ?? null);
			this.startMillis = performance.now() - t0;
		} catch (error) {
			this.generatingDemo = false;
			this.fail(error);
		}
	}

	/** Make a dataset the active one and load its figures. */
	async select(id: string | null) {
		this.activeId = id;
		if (id) localStorage.setItem(ACTIVE_KEY, id);
		this.headline = null;
		if (!id) {
			this.state = 'ready';
			return;
		}
		this.state = 'loading';
		try {
			const headline = await analysis.run((api) => api.headline(id));
			if (this.activeId !== id) return;
			this.headline = headline;
			this.state = 'ready';
		} catch (error) {
			if (!(error instanceof CancelledError)) this.fail(error);
		}
	}

	fail(error: unknown) {
		this.error = error instanceof Error ? error.message : String(error);
		this.state = 'error';
	}
}

/** The one app state of the page. */
export const app = new AppState();
