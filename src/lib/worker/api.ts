/**
 * The analysis worker's interface: what the page may ask of it. The worker implements it in
 * `analysis.worker.ts`; the page calls it through `client.svelte.ts`.
 */
import type {
	AnalysisResult,
	AnalysisSettings,
	LifecycleSuggestion
} from '$lib/core/analytics/types';
import type { DatasetDictionaries } from '$lib/core/columns';
import type { CustomerHistory } from '$lib/core/customer-history';
import type { AlivePoint } from '$lib/core/clv/history';
import type { Playbook } from '$lib/core/playbooks';
import type { ImportOptions } from '$lib/core/csv';
import type { SourceOverrides } from '$lib/core/xlsx/source';
import type { ImportOutcome, ImportProgressEvent, ImportRequest, SniffResponse } from './import';

export type { ImportOutcome, ImportProgressEvent, ImportRequest, SniffResponse };
import type { SourceProfilesResponse, SourceRemoval, SourceSplitResponse } from './sources';
export type { SourceProfilesResponse, SourceRemoval, SourceSplitResponse };
import type { DatasetRecord } from '$lib/db/schema';
import type { ForecastOptions } from '$lib/core/clv/forecast';
import type { ForecastResponse } from './forecast';

export type { ForecastOptions, ForecastResponse };
import type { BackupFile, RestoreOutcome, WipeReport } from './backup';

export type { BackupFile, RestoreOutcome, WipeReport };
import type { ProductProfile } from '$lib/core/products';
import type { BoughtFilter, ProductsQuery, ProductsResponse } from './products';

export type { BoughtFilter, ProductsQuery, ProductsResponse };
import type { GrowthLevers } from '$lib/core/growth';
import type { DateComparison, GrowthResponse, GrowthScenario } from './growth';
import type { CampaignDraft, CampaignResult, CampaignSummary, DraftPreview } from './campaigns';
import type { ScoredImportOutcome, ScoredImportRequest } from './scored';
export type { ScoredImportOutcome, ScoredImportRequest };
import type {
	FeedbackImportOutcome,
	FeedbackImportRequest,
	FeedbackSniff
} from './feedback-import';
import type { FeedbackGroupRow, FeedbackResponse, ResponseRow } from './feedback';
import type { ScoreScale } from '$lib/core/feedback';
import type { OverviewFigures } from '$lib/core/analytics/types';

export type { FeedbackImportOutcome, FeedbackImportRequest, FeedbackSniff };
export type { FeedbackGroupRow, FeedbackResponse, ResponseRow };

export type { CampaignDraft, CampaignResult, CampaignSummary, DraftPreview };
export type { DateComparison, GrowthLevers, GrowthResponse, GrowthScenario };

/** A dataset as the page lists it. */
export type DatasetSummary = Pick<
	DatasetRecord,
	| 'id'
	| 'name'
	| 'source'
	| 'created'
	| 'rowCount'
	| 'customerCount'
	| 'orderCount'
	| 'byteSize'
	| 'currency'
	| 'isDemo'
	| 'kind'
	| 'mapping'
	| 'sources'
>;

/** What `start()` did. */
export interface StartReport {
	datasets: DatasetSummary[];
	/** True when storage was empty and the demo shop was generated now. */
	generatedDemo: boolean;
	/** Pending (unfinished) imports removed. */
	removedLeftovers: number;
	/** Milliseconds spent generating and storing the demo, when it was generated. */
	demoMillis?: number;
	/**
	 * The demo's overview figures under the default settings, when it was generated ahead (a
	 * first visit): drawn while its analysis, started now, is computed.
	 */
	demoFigures?: OverviewFigures;
	/** True when this start began before the page asked: the page's HTML started the worker. */
	early?: boolean;
}

/** An analysis with the settings that produced it. */
export interface AnalysisResponse {
	datasetId: string;
	settings: AnalysisSettings;
	result: AnalysisResult;
	/** True when the result came from the IndexedDB cache. */
	cached: boolean;
	/** Milliseconds the worker spent, cache look-up included. */
	millis: number;
}

export interface AnalysisApi {
	/**
	 * Remove unfinished imports; generate the demo shop when storage holds no dataset, in
	 * `language` (a Chinese visitor gets a shop in yuan with Chinese names). `fresh`: the page
	 * remembers no dataset (a first visit), so the demo is generated while the database opens.
	 */
	start(language?: 'en' | 'zh', fresh?: boolean): Promise<StartReport>;
	/**
	 * Guess how to read a file from its first bytes and dry-run the guess (or `options`, after the
	 * user changed something) on them; nothing is stored.
	 */
	sniffFile(
		file: Blob,
		language: 'en' | 'zh',
		overrides?: SourceOverrides,
		options?: ImportOptions
	): Promise<SniffResponse>;
	/** After a cancelled import: remove unfinished imports, waiting briefly for their locks. */
	discardUnfinished(): Promise<number>;
	/** Import a file as a new dataset; all or nothing. `onProgress` must be a `Comlink.proxy`. */
	importFile(
		file: File,
		request: ImportRequest,
		onProgress: (event: ImportProgressEvent) => void
	): Promise<ImportOutcome>;
	/** The analysis of a dataset under its saved settings, or under `settings` (then saved). */
	analyze(datasetId: string, settings?: AnalysisSettings): Promise<AnalysisResponse>;
	/** Customer ids and attribute dictionaries of a dataset. */
	dictionaries(datasetId: string): Promise<DatasetDictionaries>;
	/**
	 * The customers CSV (stable export contract) of a dataset under its saved settings: the given
	 * customer indexes in that order, or every scored customer. Labels in `language`.
	 */
	exportCustomers(datasetId: string, language: 'en' | 'zh', indexes?: Int32Array): Promise<string>;
	/** One customer's orders and attribute values, for the profile. */
	customerHistory(datasetId: string, customer: number): Promise<CustomerHistory>;
	/** One customer's P(alive) at each purchase day and at the as-of date (null without a fit). */
	aliveHistory(datasetId: string, customer: number): Promise<AlivePoint[] | null>;
	/** The user's edited segment playbooks of a dataset (defaults are not included). */
	playbooks(datasetId: string): Promise<Record<string, Playbook>>;
	/** Save an edited playbook for a segment, or `null` to go back to the default. */
	savePlaybook(datasetId: string, key: string, playbook: Playbook | null): Promise<void>;
	/** Give a dataset a new name. */
	renameDataset(datasetId: string, name: string): Promise<void>;
	/** Set the ISO 4217 currency a dataset's amounts are written in. */
	setCurrency(datasetId: string, currency: string): Promise<void>;
	/** Lifecycle windows proposed from the gaps between purchases (null without repeat buyers). */
	suggestLifecycle(datasetId: string, asOfDay: number | null): Promise<LifecycleSuggestion | null>;
	/** Delete a dataset and everything stored for it. */
	deleteDataset(datasetId: string): Promise<void>;
	/**
	 * BG/NBD + Gamma-Gamma forecast (P(alive), expected purchases, order value, CLV) of a dataset as
	 * of its saved as-of date, under `options` (then saved with the dataset) or the saved ones.
	 */
	forecast(datasetId: string, options?: Partial<ForecastOptions>): Promise<ForecastResponse>;
	/** A dataset's `.strata` backup file, encrypted when `password` is not empty. */
	backupDataset(datasetId: string, password?: string): Promise<BackupFile>;
	/** Restore a `.strata` backup as a new dataset, all or nothing. */
	restoreBackup(file: Blob, password?: string): Promise<RestoreOutcome>;
	/**
	 * Delete every database, cache (except `keepCache`, the app shell) and stored file of this site.
	 * The page terminates the worker afterwards.
	 */
	deleteAllData(keepCache: string | null): Promise<WipeReport>;
	/** Products page (issue 12): top products and categories, affinity, the pairs of `query`. */
	products(datasetId: string, query: ProductsQuery): Promise<ProductsResponse>;
	/** Who buys a product (segments, tiers, stages, new or returning) and what with. */
	productProfile(datasetId: string, product: number): Promise<ProductProfile | null>;
	/** One customer's next products, best first (empty without products). */
	nextProducts(datasetId: string, customer: number): Promise<{ id: string; name: string }[]>;
	/** Per customer: 1 when they bought the product or a product of the category. */
	productBuyers(datasetId: string, filter: BoughtFilter): Promise<Uint8Array>;
	/** 客户倍增 simulator (issue 17): baseline and scenario over `horizon` months under `levers`. */
	growth(datasetId: string, levers: GrowthLevers, horizon: number): Promise<GrowthResponse>;
	/** Saved growth scenarios of a dataset, newest first. */
	growthScenarios(datasetId: string): Promise<GrowthScenario[]>;
	/** Save a growth scenario with the dataset; returns the saved scenarios. */
	saveGrowthScenario(
		datasetId: string,
		scenario: Pick<GrowthScenario, 'name' | 'horizon' | 'levers'>
	): Promise<GrowthScenario[]>;
	deleteGrowthScenario(datasetId: string, scenarioId: string): Promise<GrowthScenario[]>;
	/** A campaign draft: the list of a customers query, its control group and first rows. */
	campaignDraft(
		datasetId: string,
		draft: CampaignDraft,
		language: 'en' | 'zh'
	): Promise<DraftPreview>;
	/** The campaign list CSV of a draft or a saved campaign, pseudonymised when asked. */
	campaignCsv(
		datasetId: string,
		list: CampaignDraft | { campaignId: string },
		pseudonymised: boolean,
		language: 'en' | 'zh'
	): Promise<string>;
	/** Saved campaigns of a dataset, newest first. */
	campaigns(datasetId: string): Promise<CampaignSummary[]>;
	/** Save a draft as a campaign (list and groups frozen with the seed); returns the campaigns. */
	saveCampaign(
		datasetId: string,
		draft: CampaignDraft & { name: string; day: number }
	): Promise<CampaignSummary[]>;
	deleteCampaign(datasetId: string, campaignId: string): Promise<CampaignSummary[]>;
	/** Target vs control of a saved campaign since its day (null before newer orders exist). */
	measureCampaign(datasetId: string, campaignId: string): Promise<CampaignResult>;
	/** Two as-of dates side by side: figures, segment and tier sizes, tier moves, a summary. */
	compareDates(datasetId: string, dayA: number, dayB: number): Promise<DateComparison>;
	/** The customer id behind a pseudonym of the dataset, or null. */
	customerOfPseudonym(datasetId: string, pseudonym: string): Promise<string | null>;
	/** Import a scored-customers file (the warehouse statement's output) as a new dataset. */
	importScored(
		file: File,
		request: ScoredImportRequest,
		onProgress: (event: ImportProgressEvent) => void
	): Promise<ScoredImportOutcome>;
	/** Per customer: 1 when they have a line of the source (channel) `name` (issue 13). */
	sourceMask(datasetId: string, name: string): Promise<Uint8Array>;
	/** Remove one source's lines from a dataset, all or nothing (never its last source). */
	removeSource(datasetId: string, name: string): Promise<SourceRemoval>;
	/** Customers per segment and per tier among each source's customers. */
	sourceSplit(datasetId: string): Promise<SourceSplitResponse>;
	/** Add a feedback file's responses to a dataset (issue 16), all or nothing. */
	importFeedback(file: Blob, request: FeedbackImportRequest): Promise<FeedbackImportOutcome>;
	/** The Feedback page: NPS or CSAT by group, trend, valuable detractors, comment words. */
	feedback(datasetId: string): Promise<FeedbackResponse>;
	/** The NPS export CSV (stable contract), without BOM. */
	feedbackNpsCsv(datasetId: string): Promise<string>;
	/** Every valuable detractor, most valuable first (the customers page opens on them). */
	valuableDetractors(datasetId: string): Promise<Int32Array>;
	/** Comments containing a text, newest first. */
	searchComments(
		datasetId: string,
		query: string,
		limit?: number
	): Promise<{ total: number; rows: ResponseRow[] }>;
	/** One customer's survey and review responses, oldest first. */
	customerFeedback(datasetId: string, customer: number): Promise<ResponseRow[]>;
	/** Per customer: the band and score of the latest response (255: none); null without feedback. */
	feedbackBands(
		datasetId: string
	): Promise<{ scale: ScoreScale; bands: Uint8Array; scores: Uint8Array } | null>;
	/**
	 * Segment and tier figures over the customers with a line of source `name` (issue 13); their
	 * scores stay those of all their purchases.
	 */
	sourceProfiles(datasetId: string, name: string): Promise<SourceProfilesResponse>;
	/**
	 * The overview's first figures kept by a dataset's import, under its settings (null: none), to
	 * show while an analysis that was never cached is computed (issue 18).
	 */
	storedFigures(datasetId: string): Promise<OverviewFigures | null>;
}
