/**
 * The worker's analysis cache.
 *
 * The settings-independent work (reading chunks, building orders, regrouping them by customer)
 * is kept in memory for the active dataset; each computed result is also stored in IndexedDB
 * under (dataset, settings), so reopening the app shows figures without recomputing.
 */
import { analyze, overviewFigures } from '$lib/core/analytics/analyze';
import { overviewFiguresOfOrders } from '$lib/core/analytics/order-figures';
import { customerAttributeValues } from '$lib/core/analytics/attributes';
import { prepare, type PreparedOrders } from '$lib/core/analytics/prepare';
import {
	DEFAULT_SETTINGS,
	type AnalysisResult,
	type AnalysisSettings,
	type CustomerAttribute,
	type OverviewFigures
} from '$lib/core/analytics/types';
import type { ForecastOptions } from '$lib/core/clv/forecast';
import type { DatasetColumns } from '$lib/core/columns';
import { buildOrders, type OrderTable } from '$lib/core/orders';
import { db, type ResultRecord, type SettingsRecord } from '$lib/db/schema';
import { readDataset, requireDataset } from './store';

/** Bump when the result's shape or a definition changes, so stale cached results are ignored. */
const RESULT_VERSION = 3;

interface LoadedDataset {
	id: string;
	columns: DatasetColumns;
	prepared: PreparedOrders;
	attributes: CustomerAttribute[];
}

let loaded: Promise<LoadedDataset> | null = null;
let loadedId: string | null = null;
/** An analysis started before anyone asked for it (`primeAnalysis`), by its result key. */
let primed: { key: string; result: Promise<AnalysisResult> } | null = null;

/** A dataset's orders regrouped by customer (from its orders when they are built already). */
function prepareColumns(columns: DatasetColumns, orders?: OrderTable): PreparedOrders {
	return prepare(
		orders ?? buildOrders(columns.chunks, columns.orderCount),
		columns.customerIds.length
	);
}

/** Every customer's value of each attribute (the rest of the settings-independent work). */
function attributesOf(columns: DatasetColumns): CustomerAttribute[] {
	return columns.attributes.map((attribute, index) => ({
		name: attribute.name,
		values: customerAttributeValues(columns.chunks, columns.customerIds.length, index)
	}));
}

/** The settings-independent work on a dataset's columns. */
function settle(id: string, columns: DatasetColumns): LoadedDataset {
	return { id, columns, prepared: prepareColumns(columns), attributes: attributesOf(columns) };
}

/**
 * A dataset's work done on first use: its orders regrouped by customer (from `orders`), and its
 * attributes (the first figures skip both).
 */
function onFirstUse(id: string, columns: DatasetColumns, built?: OrderTable): LoadedDataset {
	let orders = built;
	let prepared: PreparedOrders | null = null;
	let attributes: CustomerAttribute[] | null = null;
	return {
		id,
		columns,
		get prepared() {
			if (!prepared) {
				prepared = prepareColumns(columns, orders);
				orders = undefined;
			}
			return prepared;
		},
		get attributes() {
			return (attributes ??= attributesOf(columns));
		}
	};
}

/** Resolves in a task of its own, after the messages and IndexedDB events already queued. */
function nextTask(): Promise<void> {
	return new Promise((next) => setTimeout(next, 0));
}

/**
 * Hand over a dataset just imported or generated, so its first analysis does not read it back.
 * Its settings-independent work starts in a task of its own: a caller that goes on to write the
 * dataset issues its IndexedDB requests first, and the disk writes while this computes. The
 * attributes wait for their first use: the overview's first figures skip them.
 * With its `orders` (an import, which builds them for its first figures: `primedFigures`), the
 * regrouping by customer waits for its first use too, after the import's outcome has gone.
 */
export function primeDataset(id: string, columns: DatasetColumns, orders?: OrderTable) {
	loadedId = id;
	if (orders) {
		loaded = Promise.resolve(onFirstUse(id, columns, orders));
		return;
	}
	loaded = nextTask().then(() => {
		const work = onFirstUse(id, columns);
		void work.prepared;
		return work;
	});
}

/**
 * The overview's first figures of the dataset handed over by `primeDataset`, under `settings`
 * (null when another dataset is kept): what an import sends along with its outcome, so that the
 * overview draws its KPIs without waiting for the whole analysis. From `orders` (the dataset's,
 * unsorted) when they give them exactly, else from the orders regrouped by customer.
 */
export async function primedFigures(
	id: string,
	settings: AnalysisSettings,
	orders?: OrderTable
): Promise<OverviewFigures | null> {
	if (!loaded || loadedId !== id) return null;
	const dataset = await loaded;
	const customers = dataset.columns.customerIds.length;
	return (
		(orders && overviewFiguresOfOrders(orders, customers, settings)) ??
		overviewFigures(dataset.prepared, settings)
	);
}

/**
 * Start the analysis of the dataset kept in memory under `settings` in a task of its own, so
 * that it runs while the answer crosses to the page (a first visit's demo shop); the first
 * `analysisOf` with the same settings takes it instead of computing again. (Tiers on CLV need the
 * forecast: not primed.) An import primes none: the page asks once its figures are painted.
 */
export function primeAnalysis(id: string, settings: AnalysisSettings) {
	if (!loaded || loadedId !== id || settings.tiers.metric === 'clv') return;
	const dataset = loaded;
	const result = nextTask()
		.then(() => dataset)
		.then(({ prepared, attributes }) => analyze(prepared, settings, attributes));
	// Awaited by the request that takes it; a failure there is computed again.
	result.catch(() => undefined);
	primed = { key: resultKey(id, settings, null), result };
}

/** The primed analysis of `key`, once (null when there is none). */
function takePrimed(key: string): Promise<AnalysisResult> | null {
	if (primed?.key !== key) return null;
	const { result } = primed;
	primed = null;
	return result;
}

/**
 * Read a dataset and do the settings-independent work, once per dataset. The work kept in memory
 * is handed out only while the dataset is still stored: another tab may have deleted it.
 */
export async function loadDataset(id: string): Promise<LoadedDataset> {
	if (loaded && loadedId === id) {
		const kept = loaded;
		try {
			await requireDataset(id);
		} catch (error) {
			forgetDataset(id);
			throw error;
		}
		return kept;
	}
	loadedId = id;
	loaded = readDataset(id).then((columns) => settle(id, columns));
	loaded.catch(() => {
		if (loadedId === id) {
			loaded = null;
			loadedId = null;
		}
	});
	return loaded;
}

/**
 * The columns of dataset `id` when they are the ones kept in memory (no read), else null. The
 * caller checks they still match the stored record: another tab may have changed the dataset.
 */
export async function loadedColumns(id: string): Promise<DatasetColumns | null> {
	if (!loaded || loadedId !== id) return null;
	try {
		return (await loaded).columns;
	} catch {
		return null;
	}
}

/** What else keeps a dataset in memory (`scored.ts`, loaded only with a scored dataset). */
const forgetHooks: ((id: string) => void)[] = [];

/** Call `hook` with a dataset's id whenever `forgetDataset` forgets it. */
export function whenForgotten(hook: (id: string) => void): void {
	forgetHooks.push(hook);
}

/** Forget a dataset's in-memory data (after deleting it). */
export function forgetDataset(id: string) {
	for (const hook of forgetHooks) hook(id);
	if (primed?.key.startsWith(`${id}|`)) primed = null;
	if (loadedId === id) {
		loaded = null;
		loadedId = null;
	}
}

/** The stored settings of a dataset, or the defaults. */
export async function settingsOf(datasetId: string): Promise<AnalysisSettings> {
	const record = await db.settings.get(datasetId);
	return (record?.settings as AnalysisSettings | undefined) ?? structuredClone(DEFAULT_SETTINGS);
}

/** Save a dataset's settings; `DatasetGoneError` (and nothing written) when it is not stored. */
export async function saveSettings(datasetId: string, settings: AnalysisSettings) {
	await db.transaction('rw', [db.datasets, db.settings], async () => {
		await requireDataset(datasetId);
		const existing = await db.settings.get(datasetId);
		await db.settings.put({ ...existing, datasetId, settings });
	});
}

/**
 * Change a dataset's settings record (playbooks, forecast options…) in one transaction that first
 * checks the dataset is stored: a dataset deleted in another tab never gets an orphan record.
 */
export async function updateSettingsRecord(
	datasetId: string,
	change: (record: SettingsRecord | undefined) => SettingsRecord
): Promise<void> {
	await db.transaction('rw', [db.datasets, db.settings], async () => {
		await requireDataset(datasetId);
		await db.settings.put(change(await db.settings.get(datasetId)));
	});
}

function resultKey(datasetId: string, settings: AnalysisSettings, scoring: ForecastOptions | null) {
	const base = `${datasetId}|v${RESULT_VERSION}|${JSON.stringify(settings)}`;
	// Tiers on CLV also depend on the forecast options (horizon, discount, unit; not the split:
	// `scoringOptions`).
	return scoring ? `${base}|${JSON.stringify(scoring)}` : base;
}

/**
 * Store a computed result in the IndexedDB cache, keeping only the newest `keep` results of its
 * kind per dataset (kinds are told apart by key prefix, so forecasts don't push analyses out).
 * @example cacheResult('d1', 'd1|v', 'd1|v3|{…}', result) // the 4th analysis of d1 drops the oldest
 */
export async function cacheResult(
	datasetId: string,
	kindPrefix: string,
	key: string,
	value: unknown,
	keep = 3
): Promise<void> {
	await db.transaction('rw', [db.datasets, db.results], async () => {
		await requireDataset(datasetId);
		const old = (await db.results.where('datasetId').equals(datasetId).sortBy('created')).filter(
			(r) => r.key.startsWith(kindPrefix)
		);
		if (old.length >= keep)
			await db.results.bulkDelete(old.slice(0, old.length - keep + 1).map((r) => r.key));
		await db.results.put({ key, datasetId, created: Date.now(), value });
	});
}

/** The key of a dataset's first figures under some settings (apart from its analyses' keys). */
function figuresKey(datasetId: string, settings: AnalysisSettings) {
	return `${datasetId}|figures|v${RESULT_VERSION}|${JSON.stringify(settings)}`;
}

/**
 * The record that keeps a new dataset's first figures beside its cached results; an import
 * writes it with its final write, and whatever changes the dataset's lines deletes it with them.
 */
export function figuresRecord(
	datasetId: string,
	settings: AnalysisSettings,
	figures: OverviewFigures
): ResultRecord {
	return { key: figuresKey(datasetId, settings), datasetId, created: Date.now(), value: figures };
}

/**
 * A dataset's first figures under its settings, as its import kept them, or null: what the
 * overview shows while an analysis that was never cached is computed (a tab closed or reloaded
 * right after an import).
 */
export async function storedFigures(datasetId: string): Promise<OverviewFigures | null> {
	const settings = await settingsOf(datasetId);
	const hit = await db.results.get(figuresKey(datasetId, settings));
	return (hit?.value as OverviewFigures | undefined) ?? null;
}

/**
 * The analysis of a dataset under some settings: from the IndexedDB cache when it is there,
 * otherwise computed and cached (only the latest few results per dataset are kept). Tiers on
 * predicted CLV take the forecast under the dataset's saved forecast options, fitted first.
 */
export async function analysisOf(
	datasetId: string,
	settings: AnalysisSettings
): Promise<{ result: AnalysisResult; cached: boolean }> {
	// A scored import is shown from its stored columns: nothing to compute, nothing to cache.
	// (Its module, and the forecast's below, are loaded only when needed: issue 18's start-up.)
	if ((await requireDataset(datasetId)).kind === 'scored') {
		const { scoredAnalysis } = await import('./scored');
		const scored = await scoredAnalysis(datasetId, settings);
		if (scored) return { result: scored, cached: true };
	}
	const model = settings.tiers.metric === 'clv' ? await import('./forecast-model') : null;
	const forecast = model ? await model.forecastOptionsOf(datasetId) : null;
	const key = resultKey(datasetId, settings, forecast && model && model.scoringOptions(forecast));
	const early = takePrimed(key);
	if (early) {
		const result = await early.catch(() => null);
		if (result) {
			// The response's buffers are transferred (emptied here): cache the original, answer a copy.
			cacheResult(datasetId, `${datasetId}|v`, key, result).catch(() => undefined);
			return { result: structuredClone(result), cached: false };
		}
	}
	const hit = await db.results.get(key);
	if (hit) return { result: hit.value as AnalysisResult, cached: true };
	const dataset = await loadDataset(datasetId);
	const clv =
		forecast && model
			? await model.tierClvOf(datasetId, dataset.prepared, settings, forecast)
			: null;
	const result = analyze(dataset.prepared, settings, dataset.attributes, clv);
	await cacheResult(datasetId, `${datasetId}|v`, key, result);
	return { result, cached: false };
}
