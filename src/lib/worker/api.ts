/**
 * The analysis worker's interface: what the page may ask of it. The worker implements it in
 * `analysis.worker.ts`; the page calls it through `client.svelte.ts`.
 */
import type { DatasetRecord } from '$lib/db/schema';

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
}

/** Headline figures of a dataset as of the as-of date. */
export interface Headline {
	/** Scored customers: at least one purchase up to the as-of date. */
	customers: number;
	unscoredCustomers: number;
	orders: number;
	purchases: number;
	returns: number;
	revenueCents: number;
	aovCents: number;
	repeatRate: number;
	firstDay: number | null;
	lastDay: number | null;
	asOfDay: number | null;
}

export interface AnalysisApi {
	/** Remove unfinished imports; generate the demo shop when storage holds no dataset. */
	start(): Promise<StartReport>;
	/** Headline figures of a dataset. */
	headline(datasetId: string): Promise<Headline>;
}
