/**
 * The page's own IndexedDB connection (Dexie, see `database.ts`), which follows what other tabs
 * and this tab's worker write: the list of complete datasets and the active dataset's settings
 * record, as live queries. The first figures come from the worker without it: it is loaded and
 * opened once they are painted (or after a second at most), not while the worker computes them:
 * on two cores it took their CPU (issue 18). Until then the dataset list is the worker's start
 * report. `app.svelte.ts` decides what a change means; this module only watches.
 */
import type { DatasetSummary } from '$lib/worker/api';
import type { SettingsRecord } from '$lib/db/schema';
import type { LiveQuery } from './live-query.svelte';

type Database = typeof import('./database');
let database: Promise<Database> | null = null;

/** The page's IndexedDB module (Dexie), loaded on first use: see `database.ts`. */
export function loadDatabase(): Promise<Database> {
	return (database ??= import('./database'));
}

/** True for the answer of a call on a dataset that is no longer stored (another tab deleted it). */
export async function isDatasetGone(error: unknown): Promise<boolean> {
	return error instanceof Error && (await loadDatabase()).isDatasetGone(error);
}

/** Resolves after the next frame has been painted (at once in a hidden tab, which paints none). */
export function afterPaint(): Promise<void> {
	if (document.hidden) return Promise.resolve();
	return new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
}

/** What the watch tells the app state. */
export interface WatchHost {
	/** The dataset list changed (`before`: the list until now). */
	datasetsChanged(list: DatasetSummary[], before: DatasetSummary[]): void;
	/** The settings record of dataset `id` (the one watched) was read or changed. */
	settingsChanged(id: string, record: SettingsRecord | undefined): void;
	/**
	 * The database was upgraded by a newer Strata, or the connection was lost for good: this
	 * page's code no longer matches what is stored.
	 */
	needsReload(): void;
	/** True while the page asks to be reloaded (then the connection is not reopened). */
	reloadAsked(): boolean;
}

export class DatabaseWatch {
	#host: WatchHost;
	#datasets = $state.raw<LiveQuery<DatasetSummary[]> | null>(null);
	#settingsRecord = $state.raw<LiveQuery<SettingsRecord | undefined> | null>(null);
	/** The datasets as the worker's start reported them, until the live query takes over. */
	#datasetList = $state.raw<DatasetSummary[]>([]);
	/** The database module once opened (`openAfter`): the live queries wait for it. */
	#db: Database | null = null;
	#settingsId: string | null = null;

	constructor(host: WatchHost) {
		this.#host = host;
	}

	/** The complete datasets, oldest first: live once the database is open. */
	get datasets(): DatasetSummary[] {
		return this.#datasets?.current ?? this.#datasetList;
	}

	/** The watched dataset's settings record (undefined: none, or not read yet). */
	get settingsRecord(): SettingsRecord | undefined {
		return this.#settingsRecord?.current;
	}

	/**
	 * Open the page's connection once `figures` have settled and been painted (a second at most),
	 * then watch the datasets and the settings of the dataset watched by then.
	 */
	async openAfter(figures: Promise<void>) {
		await Promise.race([
			figures.catch(() => undefined),
			new Promise((done) => setTimeout(done, 1000))
		]);
		await afterPaint();
		const database = await loadDatabase();
		const { db } = database;
		// The version this page's schema asks for (Dexie multiplies it by ten in IndexedDB).
		const ours = Math.round(db.verno * 10);
		this.#watchDatabase(db);
		await db.open();
		// A newer Strata in another tab may have upgraded the database before this connection
		// opened: Dexie then opens the newer version and no `versionchange` tells of it.
		if (db.backendDB().version > ours) {
			this.#host.needsReload();
			return;
		}
		this.#db = database;
		this.watchDatasets(this.#datasetList);
		this.watchSettings(this.#settingsId);
	}

	/** Take `initial` as the dataset list, and follow it once the database is open. */
	watchDatasets(initial: DatasetSummary[]) {
		this.#datasetList = initial;
		if (!this.#db) return;
		const { db, LiveQuery } = this.#db;
		this.#datasets?.stop();
		this.#datasets = new LiveQuery(
			() => db.datasets.where('status').equals('complete').sortBy('created'),
			initial,
			{
				onValue: (list, before) => this.#host.datasetsChanged(list, before),
				onError: (error) => this.lost(error)
			}
		);
	}

	/** Follow dataset `id`'s settings record: settings and playbooks saved in another tab. */
	watchSettings(id: string | null) {
		this.#settingsId = id;
		if (!this.#db) return;
		const { db, LiveQuery } = this.#db;
		this.#settingsRecord?.stop();
		this.#settingsRecord = id
			? new LiveQuery(() => db.settings.get(id), undefined, {
					onValue: (record) => this.#host.settingsChanged(id, record)
				})
			: null;
	}

	/** The connection failed for good (it cannot reopen): ask for a reload. */
	lost(error: unknown) {
		console.warn('database closed', error);
		this.#host.needsReload();
	}

	/**
	 * Another tab upgraded or deleted the database, or the browser closed the connection. Dexie
	 * closes ours and reopens it on the next query; a deletion ("Delete all data") is followed by
	 * reading everything afresh, a newer version (or a connection that cannot reopen) asks for a
	 * reload, since this page's code no longer matches the stored schema.
	 */
	#watchDatabase(db: Database['db']) {
		db.on('versionchange', (event) => {
			if (event.newVersion !== null && event.newVersion > event.oldVersion) {
				this.#host.needsReload();
			} else {
				setTimeout(() => this.#reopen(), 250);
			}
		});
		db.on('close', () => setTimeout(() => this.#reopen(), 250));
	}

	async #reopen() {
		if (this.#host.reloadAsked()) return;
		const { db } = await loadDatabase();
		try {
			if (!db.isOpen()) await db.open();
		} catch (error) {
			this.lost(error);
			return;
		}
		this.watchDatasets(this.datasets);
		this.watchSettings(this.#settingsId);
	}
}
