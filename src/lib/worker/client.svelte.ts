/**
 * The page's handle on the analysis worker: one named, typed method per worker call.
 *
 * Starts the worker lazily on first use, runs calls one at a time in the order they were made,
 * and cancels with an AbortSignal: aborting terminates the worker (the only way to stop a
 * synchronous loop mid-flight) and the next call starts a fresh one. Status is a rune.
 * Comlink, transferables and progress proxies stay inside this file; see `README.md` beside it.
 */
import * as Comlink from 'comlink';
import { untrack } from 'svelte';
import type { AnalysisSettings } from '$lib/core/analytics/types';
import { WORKER_NAME } from './early-start';
import type { ImportOptions } from '$lib/core/csv';
import type { SourceOverrides } from '$lib/core/xlsx/source';
import type { Playbook } from '$lib/core/playbooks';
import type {
	AnalysisApi,
	ImportOutcome,
	ImportProgressEvent,
	ImportRequest,
	RestoreOutcome
} from './api';
import type { CampaignDraft, GrowthLevers, GrowthScenario, ProductsQuery } from './api';
import type { ScoredImportOutcome, ScoredImportRequest } from './api';
import type { SourceRemoval } from './api';
import type { FeedbackImportOutcome, FeedbackImportRequest } from './api';

export type WorkerStatus = 'idle' | 'busy' | 'error';
export type Language = 'en' | 'zh';

/** The worker's API as the client sees it: every method answers with a promise. */
export type RemoteApi = Comlink.Remote<AnalysisApi>;

/** A started worker: its remote API and how to stop it. */
export interface WorkerHandle {
	remote: RemoteApi;
	terminate(): void;
}

/** Options every cancellable call takes. */
export interface CallOptions {
	/** Aborting terminates the worker; the call rejects with `CancelledError`. */
	signal?: AbortSignal;
}

/** Thrown to callers whose call was cancelled. */
export class CancelledError extends Error {
	constructor() {
		super('cancelled');
		this.name = 'CancelledError';
	}
}

declare global {
	/** The analysis worker the built page's inline script started (`early-start.ts`), until adopted. */
	var __strataWorker: Worker | undefined;
}

/**
 * The real module worker: the one the page's HTML started, once, else a new one (Vite bundles it
 * only from this literal `new URL(…)` form).
 */
function startWorker(): WorkerHandle {
	let worker = globalThis.__strataWorker;
	if (worker) {
		globalThis.__strataWorker = undefined;
		performance.mark('strata:worker-from-html');
	} else {
		worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), {
			type: 'module',
			name: WORKER_NAME
		});
	}
	const remote = Comlink.wrap<AnalysisApi>(worker);
	return {
		remote,
		terminate() {
			worker.terminate();
			remote[Comlink.releaseProxy]?.();
		}
	};
}

export class AnalysisClient {
	status = $state<WorkerStatus>('idle');
	/** Message of the last failure, if the last call failed. */
	lastError = $state<string | null>(null);
	/** Calls waiting or running. */
	pending = $state(0);

	#start: () => WorkerHandle;
	#handle: WorkerHandle | null = null;
	#tail: Promise<unknown> = Promise.resolve();
	#generation = 0;

	/** @param start starts a worker; tests pass a fake. */
	constructor(start: () => WorkerHandle = startWorker) {
		this.#start = start;
	}

	// --- named calls (add one line here per new method of `AnalysisApi`) -----------------------

	/** Remove unfinished imports; generate the demo shop when storage holds no dataset. */
	start = (language?: Language, options?: CallOptions) =>
		this.#takeEarlyStart(language, options) ?? this.#call((api) => api.start(language), options);
	/** The analysis of a dataset under its saved settings, or under `settings` (then saved). */
	analyze = (datasetId: string, settings?: AnalysisSettings, options?: CallOptions) =>
		this.#call((api) => api.analyze(datasetId, settings), options);
	/** Customer ids and attribute dictionaries of a dataset. */
	dictionaries = (datasetId: string, options?: CallOptions) =>
		this.#call((api) => api.dictionaries(datasetId), options);
	/** The customers CSV of a dataset (given customer indexes in that order, or every one). */
	exportCustomers = (
		datasetId: string,
		language: Language,
		indexes?: Int32Array,
		options?: CallOptions
	) => this.#call((api) => api.exportCustomers(datasetId, language, indexes), options);
	/** One customer's orders and attribute values. */
	customerHistory = (datasetId: string, customer: number, options?: CallOptions) =>
		this.#call((api) => api.customerHistory(datasetId, customer), options);
	/** One customer's P(alive) curve under the dataset's fitted model (null without a fit). */
	aliveHistory = (datasetId: string, customer: number, options?: CallOptions) =>
		this.#call((api) => api.aliveHistory(datasetId, customer), options);
	/** The user's edited segment playbooks of a dataset. */
	playbooks = (datasetId: string, options?: CallOptions) =>
		this.#call((api) => api.playbooks(datasetId), options);
	/** The CLV forecast of a dataset under its saved (or default) options (the Download report). */
	forecast = (datasetId: string, options?: CallOptions) =>
		this.#call((api) => api.forecast(datasetId), options);
	/** Top products and pairs of a dataset (the Download report). */
	products = (datasetId: string, query: ProductsQuery, options?: CallOptions) =>
		this.#call((api) => api.products(datasetId, query), options);
	/** Save an edited playbook, or `null` to go back to the default. */
	savePlaybook = (
		datasetId: string,
		key: string,
		playbook: Playbook | null,
		options?: CallOptions
	) => this.#call((api) => api.savePlaybook(datasetId, key, playbook), options);
	renameDataset = (datasetId: string, name: string, options?: CallOptions) =>
		this.#call((api) => api.renameDataset(datasetId, name), options);
	setCurrency = (datasetId: string, currency: string, options?: CallOptions) =>
		this.#call((api) => api.setCurrency(datasetId, currency), options);
	/** Lifecycle windows proposed from the gaps between purchases. */
	suggestLifecycle = (datasetId: string, asOfDay: number | null, options?: CallOptions) =>
		this.#call((api) => api.suggestLifecycle(datasetId, asOfDay), options);
	deleteDataset = (datasetId: string, options?: CallOptions) =>
		this.#call((api) => api.deleteDataset(datasetId), options);
	/** After a cancelled import: remove unfinished imports. */
	discardUnfinished = (options?: CallOptions) =>
		this.#call((api) => api.discardUnfinished(), options);
	/** Guess how to read a file from its first bytes and dry-run the guess; nothing is stored. */
	sniffFile = (
		file: Blob,
		language: Language,
		overrides?: SourceOverrides,
		options?: ImportOptions,
		callOptions?: CallOptions
	) => this.#call((api) => api.sniffFile(file, language, overrides, options), callOptions);
	/** Import a file as a new dataset, all or nothing; `onProgress` runs on the page. */
	importFile = (
		file: File,
		request: ImportRequest,
		{ onProgress, signal }: CallOptions & { onProgress?: (event: ImportProgressEvent) => void } = {}
	): Promise<ImportOutcome> =>
		this.#call(
			// Comlink's types spread a union result into a union of promises; the value is one outcome.
			(api) =>
				api.importFile(
					file,
					request,
					Comlink.proxy(onProgress ?? (() => {}))
				) as Promise<ImportOutcome>,
			{ signal }
		);

	/** 客户倍增 simulator: baseline and scenario under the levers. */
	growth = (datasetId: string, levers: GrowthLevers, horizon: number, options?: CallOptions) =>
		this.#call((api) => api.growth(datasetId, levers, horizon), options);
	growthScenarios = (datasetId: string, options?: CallOptions) =>
		this.#call((api) => api.growthScenarios(datasetId), options);
	saveGrowthScenario = (
		datasetId: string,
		scenario: Pick<GrowthScenario, 'name' | 'horizon' | 'levers'>,
		options?: CallOptions
	) => this.#call((api) => api.saveGrowthScenario(datasetId, scenario), options);
	deleteGrowthScenario = (datasetId: string, scenarioId: string, options?: CallOptions) =>
		this.#call((api) => api.deleteGrowthScenario(datasetId, scenarioId), options);
	/** A campaign draft: list size, control group and first rows. */
	campaignDraft = (
		datasetId: string,
		draft: CampaignDraft,
		language: Language,
		options?: CallOptions
	) => this.#call((api) => api.campaignDraft(datasetId, draft, language), options);
	/** The campaign list CSV of a draft or a saved campaign. */
	campaignCsv = (
		datasetId: string,
		list: CampaignDraft | { campaignId: string },
		pseudonymised: boolean,
		language: Language,
		options?: CallOptions
	) => this.#call((api) => api.campaignCsv(datasetId, list, pseudonymised, language), options);
	campaigns = (datasetId: string, options?: CallOptions) =>
		this.#call((api) => api.campaigns(datasetId), options);
	saveCampaign = (
		datasetId: string,
		draft: CampaignDraft & { name: string; day: number },
		options?: CallOptions
	) => this.#call((api) => api.saveCampaign(datasetId, draft), options);
	deleteCampaign = (datasetId: string, campaignId: string, options?: CallOptions) =>
		this.#call((api) => api.deleteCampaign(datasetId, campaignId), options);
	/** Target vs control of a saved campaign since its day. */
	measureCampaign = (datasetId: string, campaignId: string, options?: CallOptions) =>
		this.#call((api) => api.measureCampaign(datasetId, campaignId), options);

	/** A dataset's `.strata` backup file, encrypted when `password` is not empty. */
	backupDataset = (datasetId: string, password?: string, options?: CallOptions) =>
		this.#call((api) => api.backupDataset(datasetId, password), options);
	/** Restore a `.strata` backup as a new dataset, all or nothing. */
	restoreBackup = (file: Blob, password?: string, options?: CallOptions) =>
		this.#call(
			// Comlink's types spread a union result into a union of promises; the value is one outcome.
			(api) => api.restoreBackup(file, password) as Promise<RestoreOutcome>,
			options
		);
	/** Delete every database and cache of this site except `keepCache` (the app shell). */
	deleteAllData = (keepCache: string | null, options?: CallOptions) =>
		this.#call((api) => api.deleteAllData(keepCache), options);
	/** Two as-of dates side by side. */
	compareDates = (datasetId: string, dayA: number, dayB: number, options?: CallOptions) =>
		this.#call((api) => api.compareDates(datasetId, dayA, dayB), options);

	/** The customer id behind a pseudonym of the dataset, or null. */
	customerOfPseudonym = (datasetId: string, pseudonym: string, options?: CallOptions) =>
		this.#call((api) => api.customerOfPseudonym(datasetId, pseudonym), options);
	/** Per customer: 1 when they have a line of the source `name`. */
	sourceMask = (datasetId: string, name: string, options?: CallOptions) =>
		this.#call((api) => api.sourceMask(datasetId, name), options);
	/** Remove one source's lines from a dataset, all or nothing. */
	removeSource = (datasetId: string, name: string, options?: CallOptions) =>
		this.#call((api) => api.removeSource(datasetId, name) as Promise<SourceRemoval>, options);
	/** Customers per segment and per tier among each source's customers. */
	sourceSplit = (datasetId: string, options?: CallOptions) =>
		this.#call((api) => api.sourceSplit(datasetId), options);

	/** Add a feedback file's responses to a dataset, all or nothing. */
	importFeedback = (file: Blob, request: FeedbackImportRequest, options?: CallOptions) =>
		this.#call(
			(api) => api.importFeedback(file, request) as Promise<FeedbackImportOutcome>,
			options
		);
	/** The Feedback page's figures. */
	feedback = (datasetId: string, options?: CallOptions) =>
		this.#call((api) => api.feedback(datasetId), options);
	/** The NPS export CSV (without BOM). */
	feedbackNpsCsv = (datasetId: string, options?: CallOptions) =>
		this.#call((api) => api.feedbackNpsCsv(datasetId), options);
	/** Every valuable detractor, most valuable first. */
	valuableDetractors = (datasetId: string, options?: CallOptions) =>
		this.#call((api) => api.valuableDetractors(datasetId), options);
	/** Comments containing a text, newest first. */
	searchComments = (datasetId: string, query: string, limit?: number, options?: CallOptions) =>
		this.#call((api) => api.searchComments(datasetId, query, limit), options);
	/** One customer's survey and review responses. */
	customerFeedback = (datasetId: string, customer: number, options?: CallOptions) =>
		this.#call((api) => api.customerFeedback(datasetId, customer), options);
	/** Per customer: band and score of the latest response; null without feedback. */
	feedbackBands = (datasetId: string, options?: CallOptions) =>
		this.#call((api) => api.feedbackBands(datasetId), options);

	// --- machinery -------------------------------------------------------------------------------

	/** Stop the worker now; calls in flight reject with CancelledError. */
	terminate() {
		this.#handle?.terminate();
		this.#handle = null;
		this.#generation++;
	}

	/**
	 * Run one call on the raw remote after every earlier call has settled.
	 * @deprecated Add a named method above instead (one line); kept for pages not yet converted.
	 */
	run<T>(call: (api: RemoteApi) => Promise<T>, signal?: AbortSignal): Promise<T> {
		return this.#call(call, { signal });
	}

	#call<T>(call: (api: RemoteApi) => Promise<T>, { signal }: CallOptions = {}): Promise<T> {
		// Calls are often made from effects: counting must not make the effect depend on `pending`.
		untrack(() => this.pending++);
		const result = this.#tail.then(() => this.#execute(call, signal));
		this.#tail = result.catch(() => undefined);
		return result.finally(() => {
			this.pending--;
			if (this.pending === 0 && this.status === 'busy') this.status = 'idle';
		});
	}

	#remote(): RemoteApi {
		this.#handle ??= this.#start();
		return this.#handle.remote;
	}

	async #execute<T>(call: (api: RemoteApi) => Promise<T>, signal?: AbortSignal): Promise<T> {
		if (signal?.aborted) throw new CancelledError();
		const generation = this.#generation;
		this.status = 'busy';
		this.lastError = null;
		let onAbort: (() => void) | undefined;
		const aborted = new Promise<never>((_, reject) => {
			onAbort = () => {
				this.terminate();
				reject(new CancelledError());
			};
			signal?.addEventListener('abort', onAbort, { once: true });
		});
		try {
			return await Promise.race([call(this.#remote()), aborted]);
		} catch (error) {
			if (error instanceof CancelledError || generation !== this.#generation) {
				throw new CancelledError();
			}
			this.status = 'error';
			this.lastError = error instanceof Error ? error.message : String(error);
			throw error;
		} finally {
			if (onAbort) signal?.removeEventListener('abort', onAbort);
		}
	}

	/** Import a scored-customers file (see `importScored` in `worker/scored.ts`). */
	importScored = (
		file: File,
		request: ScoredImportRequest,
		{ onProgress, signal }: CallOptions & { onProgress?: (event: ImportProgressEvent) => void } = {}
	): Promise<ScoredImportOutcome> =>
		this.#call(
			(api) =>
				api.importScored(
					file,
					request,
					Comlink.proxy(onProgress ?? (() => {}))
				) as Promise<ScoredImportOutcome>,
			{ signal }
		);

	/** Segment and tier figures over one source's customers (issue 13). */
	sourceProfiles = (datasetId: string, name: string, options?: CallOptions) =>
		this.#call((api) => api.sourceProfiles(datasetId, name), options);

	// --- early start (issue 18: the first visit) -------------------------------------------------

	#earlyStart: { language: Language; answer: ReturnType<RemoteApi['start']> } | null = null;

	/**
	 * Start the worker and its `start` call now, from `hooks.client.ts`, while the page's own modules
	 * still load: the worker's script, the clean-up and a first visit's demo shop overlap the page's
	 * start-up. The worker starts before `language()` runs (its first localStorage read can block).
	 * `fresh()`: the page remembers no dataset (a first visit), see `AnalysisApi.start`.
	 * The page's first `start` in the same language, without a signal, takes this call's answer.
	 */
	startEarly(language: () => Language, fresh: () => boolean = () => false) {
		performance.mark('strata:worker-start');
		this.#remote();
		const lang = language();
		const isFresh = fresh();
		const answer = this.#call((api) => api.start(lang, isFresh));
		// Taken and awaited by the page's `start`; the mark times the first visit's bench.
		answer
			.then((report) => {
				performance.mark('strata:started');
				// The start began in a worker the page's HTML started (`early-start.ts`).
				if (report.early) performance.mark('strata:early-start');
			})
			.catch(() => undefined);
		this.#earlyStart = { language: lang, answer };
	}

	#takeEarlyStart(language: Language | undefined, options: CallOptions | undefined) {
		const early = this.#earlyStart;
		this.#earlyStart = null;
		return early && early.language === language && !options?.signal ? early.answer : null;
	}

	/** The overview's first figures kept by a dataset's import (null: none; issue 18). */
	storedFigures = (datasetId: string, options?: CallOptions) =>
		this.#call((api) => api.storedFigures(datasetId), options);
}

/** The one worker client of the page. */
export const analysis = new AnalysisClient();
