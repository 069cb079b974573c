/**
 * The Strata database: one Dexie subclass, one instance, numbered migrations.
 *
 * Transactions are stored as columnar chunks (typed arrays, ~64k lines per record), never one
 * record per line: Chromium spends ~60 µs per IndexedDB record, so a million per-row records take a
 * minute to write, while sixteen chunk records take well under two seconds.
 *
 * The analysis worker owns every write, except the chunk records a parse worker with nothing left
 * to parse writes for an import (`worker/parallel.ts`, `IdleWriters`). The page may read (the
 * dataset list through `liveQuery`).
 */
import Dexie, { type Table } from 'dexie';
import { DATABASE_NAME } from './name';
import type { ProductDictionary } from '$lib/core/columns';
import type { StoredLineChunk } from '$lib/core/stored-columns';
import type { ScoredCustomerColumns } from '$lib/core/scored/columns';
import type { SourceOverview } from '$lib/core/sources';

export type DatasetStatus = 'pending' | 'complete';

export interface DatasetRecord {
	id: string;
	name: string;
	/** Where the data came from: a file name, or 'demo'. */
	source: string;
	/** Milliseconds since the epoch. */
	created: number;
	status: DatasetStatus;
	rowCount: number;
	customerCount: number;
	orderCount: number;
	/** Bytes of the stored chunks and dictionaries (an estimate of the space on disk). */
	byteSize: number;
	/** ISO 4217 code used to format money. */
	currency: string;
	/** Column mapping and parse options used at import (opaque to the schema). */
	mapping?: unknown;
	/** The import's validation report (opaque to the schema). */
	report?: unknown;
	isDemo?: boolean;
	/** 'scored': a scored-customers import (no lines; scores stored in `scored`). */
	kind?: 'scored';
	/**
	 * Rows, dates and customers per source (channel) and the channel mix, as of the last import,
	 * append or source removal; absent for datasets stored before sources were kept.
	 */
	sources?: SourceOverview;
}

/**
 * One block of lines (see `core/columns.ts`), each column in its narrowest exact form
 * (`core/stored-columns.ts`: half the bytes to write and read). Chunks stored before that hold
 * `Int32Array` and `Float64Array` columns, which read as they are.
 */
export interface ChunkRecord extends StoredLineChunk {
	datasetId: string;
	index: number;
}

/** Id and attribute dictionaries of a dataset. */
export interface DictionaryRecord {
	datasetId: string;
	customerIds: string[];
	attributes: { name: string; values: string[] }[];
	/** Product ids, names and categories (datasets with a product column only). */
	products?: ProductDictionary;
	/**
	 * The order id of each order index ('' for an order without one), joined by U+0000 into one
	 * string (IndexedDB clones one string far faster than 400k small ones; `core/order-ids.ts`):
	 * what an append dedupes against. Absent in datasets stored before appends (their orders count
	 * as orders without an id).
	 */
	orderIds?: string;
}

/** Analysis settings of a dataset (opaque to the schema). */
export interface SettingsRecord {
	datasetId: string;
	settings: unknown;
	/** Edited segment playbooks and other per-dataset preferences. */
	extras?: unknown;
}

/**
 * Campaigns, saved growth scenarios and the pseudonym key of a dataset (issue 17). Backups carry
 * it as their own record (format v2; README says why the key travels). Campaigns and scenarios
 * are opaque to the schema (`worker/campaigns.ts` types them).
 */
export interface LoopRecord {
	datasetId: string;
	/** 32 random bytes: the HMAC-SHA-256 key of the dataset's pseudonyms. */
	hmacKey?: Uint8Array<ArrayBuffer>;
	campaigns?: unknown[];
	scenarios?: unknown[];
}

/**
 * Survey and review responses joined to a dataset (issue 16), columnar: one entry per response in
 * each typed array (see `FeedbackStore` in `core/feedback/read.ts`), plus the files imported.
 */
export interface FeedbackRecord {
	datasetId: string;
	/** Customer index, or −1 − k for `unknownIds[k]` (an id with no purchase line). */
	customer: Int32Array;
	day: Int32Array;
	score: Uint8Array;
	scale: Uint8Array;
	/** Index into `comments` / `channels`, −1 for none. */
	comment: Int32Array;
	channel: Int32Array;
	comments: string[];
	channels: string[];
	unknownIds: string[];
	/** The feedback files imported, oldest first, with their reports (opaque to the schema). */
	files: { name: string; created: number; report: unknown }[];
}

/**
 * A block of a scored-customers dataset (issue 14): up to `SCORED_CHUNK` customers' stored
 * values, columnar; segment and tier index the keys kept in `DatasetRecord.mapping`.
 */
export interface ScoredChunkRecord extends ScoredCustomerColumns {
	datasetId: string;
	index: number;
}

/** A computed result, keyed by dataset and a hash of the settings. */
export interface ResultRecord {
	key: string;
	datasetId: string;
	created: number;
	value: unknown;
}

export class StrataDatabase extends Dexie {
	datasets!: Table<DatasetRecord, string>;
	chunks!: Table<ChunkRecord, [string, number]>;
	dictionaries!: Table<DictionaryRecord, string>;
	settings!: Table<SettingsRecord, string>;
	results!: Table<ResultRecord, string>;
	loop!: Table<LoopRecord, string>;
	scored!: Table<ScoredChunkRecord, [string, number]>;
	feedback!: Table<FeedbackRecord, string>;

	constructor(name = DATABASE_NAME) {
		super(name);
		// Products and quantities (issue 12) are optional, unindexed fields of chunks and
		// dictionaries: no migration; datasets stored before them simply have no products. The same
		// holds for order ids (dictionaries) and source figures (datasets) of issue 13.
		// Migration 1: the first schema.
		this.version(1).stores({
			datasets: 'id, status, created',
			chunks: '[datasetId+index], datasetId',
			dictionaries: 'datasetId',
			settings: 'datasetId',
			results: 'key, datasetId'
		});
		// Migration 2: campaigns, growth scenarios and the pseudonym key per dataset (issue 17).
		this.version(2).stores({ loop: 'datasetId' });
		// Migration 3: survey and review responses per dataset (issue 16).
		this.version(3).stores({ feedback: 'datasetId' });
		// Migration 4: scored-customers datasets, stored by blocks of customers (issue 14).
		this.version(4).stores({ scored: '[datasetId+index], datasetId' });
	}
}

/** The one database of the app. Opening is lazy: nothing touches IndexedDB until first use. */
export const db = new StrataDatabase();
