/**
 * The page's view of Strata: which datasets exist, which one is active, and its compact results
 * from the worker. Pages read from here; only the worker computes.
 */
import type { AnalysisResult, AnalysisSettings } from '$lib/core/analytics/types';
import type { DatasetDictionaries } from '$lib/core/columns';
import { db } from '$lib/db/schema';
import { i18n } from '$lib/i18n/i18n.svelte';
import type { ImportReport } from '$lib/core/csv';
import type { AnalysisResponse, DatasetSummary } from '$lib/worker/api';
import { analysis, CancelledError } from '$lib/worker/client.svelte';
import { LiveQuery } from './live-query.svelte';

const ACTIVE_KEY = 'strata.activeDataset';

export interface LastImport {
	name: string;
	report: ImportReport;
	rejectedCsv: string | null;
	millis: number;
	/** What the browser answered to the request for persistent storage (null: not asked). */
	persisted: boolean | null;
	usage: number | null;
}

export type LoadState = 'starting' | 'loading' | 'ready' | 'error';

class AppState {
	state = $state<LoadState>('starting');
	error = $state<string | null>(null);
	/** Set while the demo shop is being generated on a first visit. */
	generatingDemo = $state(false);
	activeId = $state<string | null>(null);
	/** The active dataset's latest analysis; kept on screen while a new one is computed. */
	response = $state.raw<AnalysisResponse | null>(null);
	/** True while new settings are being computed in the background. */
	recomputing = $state(false);
	/** Customer ids and attribute values of the active dataset, loaded on demand. */
	dictionaries = $state.raw<DatasetDictionaries | null>(null);
	/** The last import of this page session, shown on the overview until dismissed. */
	lastImport = $state.raw<LastImport | null>(null);
	/** Milliseconds from start() to the first figures. */
	startMillis = $state<number | null>(null);

	#datasets = $state.raw<LiveQuery<DatasetSummary[]> | null>(null);
	#started = false;
	#dictionariesFor: string | null = null;
	#requested = 0;

	get datasets(): DatasetSummary[] {
		return this.#datasets?.current ?? [];
	}

	get active(): DatasetSummary | null {
		return this.datasets.find((d) => d.id === this.activeId) ?? null;
	}

	get result(): AnalysisResult | null {
		return this.response?.result ?? null;
	}

	get settings(): AnalysisSettings | null {
		return this.response?.settings ?? null;
	}

	/** Start once per page: clean up, make the demo if needed, load the active dataset. */
	async start() {
		if (this.#started) return;
		this.#started = true;
		const t0 = performance.now();
		try {
			this.generatingDemo = (await db.datasets.where('status').equals('complete').count()) === 0;
			const report = await analysis.start(i18n.lang);
			this.generatingDemo = false;
			this.#watchDatasets(report.datasets);
			const saved = localStorage.getItem(ACTIVE_KEY);
			const pick = report.datasets.find((d) => d.id === saved) ?? report.datasets.at(-1);
			await this.select(pick?.id ?? null);
			this.startMillis = performance.now() - t0;
		} catch (error) {
			this.generatingDemo = false;
			this.fail(error);
		}
	}

	/** Make a dataset the active one and load its analysis. */
	async select(id: string | null) {
		if (id !== this.activeId) {
			this.response = null;
			this.dictionaries = null;
			this.#dictionariesFor = null;
		}
		this.activeId = id;
		if (id) localStorage.setItem(ACTIVE_KEY, id);
		if (!id) {
			this.state = 'ready';
			return;
		}
		this.state = 'loading';
		await this.#analyze(id);
	}

	/** Recompute the active dataset under new settings (saved with the dataset). */
	async applySettings(settings: AnalysisSettings) {
		if (!this.activeId) return;
		await this.#analyze(this.activeId, $state.snapshot(settings) as AnalysisSettings);
	}

	async #analyze(id: string, settings?: AnalysisSettings) {
		const request = ++this.#requested;
		this.recomputing = true;
		try {
			const response = await analysis.analyze(id, settings);
			if (request !== this.#requested || this.activeId !== id) return;
			this.response = response;
			this.state = 'ready';
		} catch (error) {
			if (!(error instanceof CancelledError)) this.fail(error);
		} finally {
			if (request === this.#requested) this.recomputing = false;
		}
	}

	/** Load customer ids and attribute dictionaries of the active dataset (once). */
	async loadDictionaries(): Promise<DatasetDictionaries | null> {
		const id = this.activeId;
		if (!id) return null;
		if (this.#dictionariesFor === id && this.dictionaries) return this.dictionaries;
		const dictionaries = await analysis.dictionaries(id);
		if (this.activeId === id) {
			this.dictionaries = dictionaries;
			this.#dictionariesFor = id;
		}
		return dictionaries;
	}

	/**
	 * After a successful import: ask for persistent storage once, make the new dataset active.
	 */
	async completeImport(datasetId: string, details: Omit<LastImport, 'persisted' | 'usage'>) {
		let persisted: boolean | null = null;
		let usage: number | null = null;
		if (navigator.storage) {
			persisted = (await navigator.storage.persisted?.()) ?? false;
			if (!persisted) persisted = (await navigator.storage.persist?.()) ?? false;
			usage = (await navigator.storage.estimate?.())?.usage ?? null;
		}
		this.lastImport = { ...details, persisted, usage };
		await this.select(datasetId);
	}

	/** After a cancelled import: let the worker remove what it had written. */
	async cleanUp() {
		await analysis.discardUnfinished();
	}

	async setCurrency(id: string, currency: string) {
		await analysis.setCurrency(id, currency);
	}

	async rename(id: string, name: string) {
		await analysis.renameDataset(id, name);
	}

	/** Delete a dataset; when it was the active one, switch to the newest remaining one. */
	async remove(id: string) {
		await analysis.deleteDataset(id);
		if (this.activeId === id) {
			const rest = this.datasets.filter((d) => d.id !== id);
			await this.select(rest.at(-1)?.id ?? null);
		}
	}

	#watchDatasets(initial: DatasetSummary[]) {
		this.#datasets?.stop();
		this.#datasets = new LiveQuery(
			() => db.datasets.where('status').equals('complete').sortBy('created'),
			initial
		);
	}

	/** After "Delete all data": no dataset and no analysis; the list is read afresh. */
	async forgetAll() {
		this.#watchDatasets([]);
		await this.select(null);
	}

	fail(error: unknown) {
		this.error = error instanceof Error ? error.message : String(error);
		this.state = 'error';
	}
}

/** The one app state of the page. */
export const app = new AppState();
