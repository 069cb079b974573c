/**
 * The page's view of Strata: which datasets exist, which one is active, and its compact results
 * from the worker. Pages read from here; only the worker computes.
 */
import type { AnalysisResult, AnalysisSettings } from '$lib/core/analytics/types';
import type { DatasetDictionaries } from '$lib/core/columns';
import { i18n } from '$lib/i18n/i18n.svelte';
import type { ImportReport } from '$lib/core/csv';
import type { Playbook } from '$lib/core/playbooks';
import { storedBytes } from '$lib/core/storage';
import type { AnalysisResponse, DatasetSummary } from '$lib/worker/api';
import { analysis, CancelledError } from '$lib/worker/client.svelte';
import type { SettingsRecord } from '$lib/db/schema';
import { firstFigures } from './first-figures.svelte';
import { ACTIVE_DATASET_KEY as ACTIVE_KEY } from './keys';
import { afterPaint, DatabaseWatch, isDatasetGone, loadDatabase } from './database-watch.svelte';

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

/**
 * What another tab did that this tab had to follow: the active dataset was deleted (`gone`, with
 * its name and the dataset shown now, if any), or the database was upgraded or closed (`reload`).
 */
export type TabNotice =
	{ kind: 'gone'; gone: DatasetLabel; next: DatasetLabel | null } | { kind: 'reload' };

type DatasetLabel = Pick<DatasetSummary, 'name' | 'isDemo'>;

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
	/** What another tab did that this tab followed (shown by the layout until dismissed). */
	notice = $state.raw<TabNotice | null>(null);
	/** Bumped when the active dataset's settings were replaced from elsewhere (another tab). */
	settingsRevision = $state(0);

	/** The page's own connection, following other tabs (opened after the first figures). */
	#watch = new DatabaseWatch({
		datasetsChanged: (list, before) => void this.#checkActive(list, before),
		settingsChanged: (id, record) => this.#settingsChanged(id, record),
		needsReload: () => (this.notice = { kind: 'reload' }),
		reloadAsked: () => this.notice?.kind === 'reload'
	});
	#started = false;
	#dictionariesFor: string | null = null;
	#requested = 0;
	/** Settings this tab is applying (JSON), so their echo from the database is not news. */
	#applying: string[] = [];
	/** Datasets this tab is deleting: their disappearance is no news from another tab. */
	#removing = new Set<string>();

	get datasets(): DatasetSummary[] {
		return this.#watch.datasets;
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

	/** The active dataset's edited segment playbooks, live across tabs. */
	get playbooks(): Record<string, Playbook> {
		const extras = this.#watch.settingsRecord?.extras as
			{ playbooks?: Record<string, Playbook> } | undefined;
		return extras?.playbooks ?? {};
	}

	/** Start once per page: clean up, make the demo if needed, load the active dataset. */
	async start() {
		if (this.#started) return;
		this.#started = true;
		const t0 = performance.now();
		try {
			// The worker's start (begun by hooks.client.ts) makes the demo shop on a first visit.
			const started = analysis.start(i18n.lang);
			const saved = localStorage.getItem(ACTIVE_KEY);
			// No dataset remembered: the worker makes the demo shop now (the same test as in
			// hooks.client.ts), so say so without asking IndexedDB.
			this.generatingDemo = saved === null;
			const report = await started;
			this.generatingDemo = false;
			this.#watch.watchDatasets(report.datasets);
			const pick = report.datasets.find((d) => d.id === saved) ?? report.datasets.at(-1);
			// A first visit's demo shop: its figures are drawn while its analysis is computed.
			const figures = report.demoFigures;
			const demo = figures && report.datasets.find((d) => d.isDemo);
			const shown = demo && figures && { datasetId: demo.id, currency: demo.currency, figures };
			if (shown) firstFigures.current = shown;
			const selected = this.select(pick?.id ?? null);
			this.#watch.openAfter(selected).catch((error) => this.#watch.lost(error));
			await selected;
			if (shown && firstFigures.current === shown) firstFigures.current = null;
			this.startMillis = performance.now() - t0;
		} catch (error) {
			this.generatingDemo = false;
			this.fail(error);
		}
	}

	/**
	 * Make a dataset the active one and load its analysis; with `before`, the analysis is asked
	 * for once it resolves (an import's: once its first figures are painted).
	 */
	async select(id: string | null, before?: Promise<void>) {
		if (id !== this.activeId) {
			this.response = null;
			this.dictionaries = null;
			this.#dictionariesFor = null;
		}
		this.activeId = id;
		this.#watch.watchSettings(id);
		if (id) localStorage.setItem(ACTIVE_KEY, id);
		if (!id) {
			this.state = 'ready';
			return;
		}
		this.state = 'loading';
		// Asked first (the worker takes calls in order): the KPIs an import kept show while an
		// analysis that was never cached is computed (see `first-figures.svelte.ts`), which waits
		// for them to be drawn: on two cores it would take their CPU. The demo shop keeps none:
		// its first visit does not wait for the question.
		if (!this.response && !firstFigures.of(id) && !this.active?.isDemo) {
			const shown = await firstFigures.showStored(
				id,
				this.active?.currency ?? 'USD',
				() => this.activeId !== id || this.response !== null
			);
			if (shown) await afterPaint();
			// Another dataset was chosen meanwhile: its own `select` asks for its analysis. Asking
			// for this one now would number a request after it, and `#analyze` keeps only the newest
			// request's answer: the chosen dataset would never leave "Loading…".
			if (this.activeId !== id) return;
		}
		if (before) {
			await before;
			if (this.activeId !== id) return;
		}
		await this.#analyze(id);
	}

	/** Recompute the active dataset under new settings (saved with the dataset). */
	async applySettings(settings: AnalysisSettings) {
		if (!this.activeId) return;
		const snapshot = $state.snapshot(settings) as AnalysisSettings;
		const json = JSON.stringify(snapshot);
		this.#applying.push(json);
		try {
			await this.#analyze(this.activeId, snapshot);
		} finally {
			this.#applying.splice(this.#applying.indexOf(json), 1);
		}
	}

	/** Save an edited playbook of the active dataset (`null`: back to the default). */
	async savePlaybook(key: string, playbook: Playbook | null) {
		const id = this.activeId;
		if (!id) return;
		try {
			await analysis.savePlaybook(id, key, playbook);
		} catch (error) {
			if (await isDatasetGone(error)) await this.#activeGone(id);
			else throw error;
		}
	}

	async #analyze(id: string, settings?: AnalysisSettings) {
		const request = ++this.#requested;
		this.recomputing = true;
		try {
			const response = await analysis.analyze(id, settings);
			performance.mark('strata:analysed');
			if (request !== this.#requested || this.activeId !== id) return;
			this.response = response;
			this.state = 'ready';
		} catch (error) {
			if (error instanceof CancelledError) return;
			if (await isDatasetGone(error)) await this.#activeGone(id);
			else this.fail(error);
		} finally {
			if (request === this.#requested) this.recomputing = false;
		}
	}

	/** Load customer ids and attribute dictionaries of the active dataset (once). */
	async loadDictionaries(): Promise<DatasetDictionaries | null> {
		const id = this.activeId;
		if (!id) return null;
		if (this.#dictionariesFor === id && this.dictionaries) return this.dictionaries;
		let dictionaries: DatasetDictionaries;
		try {
			dictionaries = await analysis.dictionaries(id);
		} catch (error) {
			if (!(await isDatasetGone(error))) throw error;
			await this.#activeGone(id);
			return null;
		}
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
		// An append changed the active dataset under the same id: drop what was loaded of it.
		if (datasetId === this.activeId) this.#forgetLoaded();
		// The analysis is asked for first (once the outcome's figures, if any, are painted): the
		// storage questions below need not delay the figures.
		const first = firstFigures.of(datasetId);
		const selected = this.select(datasetId, first ? firstFigures.painted(first) : undefined);
		let persisted: boolean | null = null;
		let usage: number | null = null;
		if (navigator.storage) {
			persisted = (await navigator.storage.persisted?.()) ?? false;
			if (!persisted) persisted = (await navigator.storage.persist?.()) ?? false;
		}
		// The same total as the Datasets page (one function), never the browser's lagging estimate.
		const { db } = await loadDatabase();
		usage = storedBytes(await db.datasets.where('status').equals('complete').toArray());
		this.lastImport = { ...details, persisted, usage };
		await selected;
	}

	/**
	 * A dataset's lines changed under the same id (an append, a source removed): drop what was
	 * loaded of it and, when it is the active one, analyse it again.
	 */
	async linesChanged(datasetId: string) {
		if (datasetId !== this.activeId) return;
		this.#forgetLoaded();
		await this.select(datasetId);
	}

	#forgetLoaded() {
		this.response = null;
		this.dictionaries = null;
		this.#dictionariesFor = null;
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
		this.#removing.add(id);
		try {
			await analysis.deleteDataset(id);
			if (this.activeId === id) {
				const rest = this.datasets.filter((d) => d.id !== id);
				await this.select(rest.at(-1)?.id ?? null);
			}
		} finally {
			this.#removing.delete(id);
		}
	}

	#settingsChanged(id: string, record: SettingsRecord | undefined) {
		if (this.activeId !== id || !record || !this.response) return;
		const saved = JSON.stringify(record.settings);
		if (saved === JSON.stringify(this.response.settings) || this.#applying.includes(saved)) return;
		// Bumped once the new figures are in, so the settings page reloads its draft from them.
		void this.#analyze(id).then(() => this.settingsRevision++);
	}

	/** The dataset list changed (here or in another tab): is the active dataset still stored? */
	async #checkActive(list: DatasetSummary[], before: DatasetSummary[]) {
		const id = this.activeId;
		if (!id || this.state === 'starting' || list.some((d) => d.id === id)) return;
		// The list may lag behind this tab's own import by one read: ask the database itself.
		const { db } = await loadDatabase();
		if ((await db.datasets.get(id))?.status === 'complete') return;
		if (this.activeId === id) await this.#activeGone(id, list, before);
	}

	/** The active dataset was deleted elsewhere: show another one (or none) and say so. */
	async #activeGone(id: string, list?: DatasetSummary[], before = this.datasets) {
		if (this.activeId !== id || this.#removing.has(id)) return;
		const gone = before.find((d) => d.id === id);
		const { db } = await loadDatabase();
		const rest = (
			list ?? (await db.datasets.where('status').equals('complete').sortBy('created'))
		).filter((d) => d.id !== id);
		if (this.activeId !== id) return;
		const next = rest.at(-1) ?? null;
		this.notice = { kind: 'gone', gone: gone ?? { name: '' }, next };
		await this.select(next?.id ?? null);
	}

	dismissNotice() {
		this.notice = null;
	}

	/** After "Delete all data": no dataset and no analysis; the list is read afresh. */
	async forgetAll() {
		this.#watch.watchDatasets([]);
		await this.select(null);
	}

	fail(error: unknown) {
		this.error = error instanceof Error ? error.message : String(error);
		this.state = 'error';
	}
}

/** The one app state of the page. */
export const app = new AppState();
