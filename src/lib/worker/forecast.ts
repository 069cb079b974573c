/**
 * The worker's side of the forecast: run `core/clv` on the active dataset as of its saved as-of
 * date, add the per-segment and per-tier value at stake, and cache the response in IndexedDB per
 * dataset, analysis settings and forecast options (like `engine.ts` does for analyses).
 */
import { DEFAULT_SETTINGS, type GroupProfile, type Label } from '$lib/core/analytics/types';
import type { ForecastModel, ForecastOptions } from '$lib/core/clv/forecast';
import {
	histogram,
	quantile,
	slippingAway,
	valueAtStake,
	type GroupStake,
	type Histogram
} from '$lib/core/clv/stakes';
import { pAliveHistory, type AlivePoint } from '$lib/core/clv/history';
import { UNIT_DAYS } from '$lib/core/clv/summary';
import { customerHistory } from '$lib/core/customer-history';
import type { CustomerForecasts } from '$lib/core/clv/value';
import { db } from '$lib/db/schema';
import { analysisOf, cacheResult, loadDataset, settingsOf, updateSettingsRecord } from './engine';
import {
	cleanOptions,
	fittingDay,
	forecastCacheKey,
	forecastOptionsOf,
	modelOf
} from './forecast-model';

export { cleanOptions, forecastOptionsOf };
/** Forecasts kept per dataset in the cache. */
const KEEP = 3;
/** Length of the "valuable and slipping away" list. */
const SLIPPING_LIMIT = 50;
/** Bins of the P(alive) and CLV histograms. */
const BINS = 20;

/** Value at stake of one segment or tier. */
export interface GroupForecast extends GroupStake {
	key: string;
	label: Label;
}

/** What the forecast page receives. Per-customer arrays are indexed like the dataset's customers. */
export interface ForecastResponse {
	datasetId: string;
	/** The as-of date D the models were fitted at (null: the dataset has no purchase). */
	asOfDay: number | null;
	options: ForecastOptions;
	model: Omit<ForecastModel, 'scores' | 'options' | 'asOfDay'>;
	/** P(alive), expected purchases, expected order value, CLV; NaN where not enough data. */
	scores: CustomerForecasts;
	segments: GroupForecast[];
	tiers: GroupForecast[];
	total: GroupStake;
	distributions: { pAlive: Histogram; clv: Histogram };
	/** "Valuable and slipping away", highest CLV first: customer indexes and ids. */
	slipping: { customers: Int32Array; ids: string[] };
	cached: boolean;
	/** Milliseconds spent computing (0 when cached) and in all, cache look-up included. */
	computeMillis: number;
	millis: number;
}

async function saveForecastOptions(datasetId: string, options: ForecastOptions) {
	await updateSettingsRecord(datasetId, (record) => ({
		datasetId,
		settings: record?.settings ?? structuredClone(DEFAULT_SETTINGS),
		extras: { ...(record?.extras as Record<string, unknown> | undefined), forecast: options }
	}));
}

/**
 * The forecast of a dataset under its saved analysis settings and `options` (saved with the
 * dataset; without them, the saved or default options).
 */
export async function forecastOf(
	datasetId: string,
	requested?: Partial<ForecastOptions>
): Promise<ForecastResponse> {
	const t0 = performance.now();
	const options = requested ? cleanOptions(requested) : await forecastOptionsOf(datasetId);
	if (requested) await saveForecastOptions(datasetId, options);
	const settings = await settingsOf(datasetId);
	const key = forecastCacheKey(datasetId, settings, options);
	const hit = await db.results.get(key);
	if (hit) {
		const response = hit.value as ForecastResponse;
		return { ...response, cached: true, millis: performance.now() - t0 };
	}
	const [{ prepared, columns }, { result }] = await Promise.all([
		loadDataset(datasetId),
		analysisOf(datasetId, settings)
	]);
	const t1 = performance.now();
	const asOfDay = settings.asOfDay ?? prepared.latestPurchaseDay;
	const full = modelOf(prepared, fittingDay(prepared, settings), options);
	// The fitted model is kept for tiers on CLV: the response gets copies it may transfer.
	const scores = copyScores(full.scores);
	const { issues, customers, repeatBuyers, returnsOnly, historyDays, bgnbd, gammaGamma, check } =
		full;
	const model = {
		issues,
		customers,
		repeatBuyers,
		returnsOnly,
		historyDays,
		bgnbd,
		gammaGamma,
		check
	};
	const group = (profiles: GroupProfile[], index: Uint8Array): GroupForecast[] =>
		valueAtStake(index, profiles.length, scores.clv, scores.expectedPurchases).map((stake, i) => ({
			...stake,
			key: profiles[i].key,
			label: profiles[i].label
		}));
	const everyone = new Uint8Array(scores.clv.length);
	const clvTop = quantile(scores.clv, 0.99);
	const slipping = slippingAway(scores.clv, scores.pAlive, SLIPPING_LIMIT);
	const response: ForecastResponse = {
		datasetId,
		asOfDay,
		options,
		model,
		scores,
		segments: group(result.segments, result.customers.segment),
		tiers: group(result.tiers, result.customers.tier),
		total: valueAtStake(everyone, 1, scores.clv, scores.expectedPurchases)[0],
		distributions: {
			pAlive: histogram(scores.pAlive, 0, 1, BINS),
			clv: histogram(scores.clv, 0, Number.isFinite(clvTop) && clvTop > 0 ? clvTop : 1, BINS)
		},
		slipping: { customers: slipping, ids: [...slipping].map((c) => columns.customerIds[c] ?? '') },
		cached: false,
		computeMillis: performance.now() - t1,
		millis: 0
	};
	response.millis = performance.now() - t0;
	await cacheResult(datasetId, `${datasetId}|forecast|`, key, response, KEEP);
	return response;
}

function copyScores(scores: CustomerForecasts): CustomerForecasts {
	return {
		pAlive: scores.pAlive.slice(),
		expectedPurchases: scores.expectedPurchases.slice(),
		expectedAov: scores.expectedAov.slice(),
		clv: scores.clv.slice()
	};
}

/** The buffers of a response's typed arrays, to transfer rather than copy. */
export function forecastTransferables(response: ForecastResponse): ArrayBuffer[] {
	const buffers = new Set<ArrayBuffer>();
	const add = (array: { buffer: ArrayBufferLike }) => {
		if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
	};
	Object.values(response.scores).forEach(add);
	add(response.slipping.customers);
	return [...buffers];
}

/**
 * One customer's P(alive) at each of their purchase days up to the as-of date and at it, under the
 * dataset's fitted BG/NBD (the cached forecast); null without a fitted model.
 */
export async function aliveHistoryOf(
	datasetId: string,
	customer: number
): Promise<AlivePoint[] | null> {
	const response = await forecastOf(datasetId);
	const params = response.model.bgnbd?.params;
	if (!params || response.asOfDay === null) return null;
	const { columns } = await loadDataset(datasetId);
	const { orders } = customerHistory(columns.chunks, customer);
	return pAliveHistory(params, orders, response.asOfDay, UNIT_DAYS[response.options.unit]);
}

/**
 * The dataset's forecast under its saved settings and options when it was already fitted (in the
 * cache), else null: pages that only use CLV when it exists (feedback) never start a fit.
 */
export async function cachedForecastOf(datasetId: string): Promise<ForecastResponse | null> {
	const key = forecastCacheKey(
		datasetId,
		await settingsOf(datasetId),
		await forecastOptionsOf(datasetId)
	);
	const hit = await db.results.get(key);
	return hit ? (hit.value as ForecastResponse) : null;
}
