/**
 * The fitted forecast model of a dataset, shared by the forecast page (`forecast.ts`) and tiers
 * that rank on predicted CLV (`engine.ts`), so a dataset is fitted once per (D, options) and the
 * two always agree. Imports only core/ and db/, so `engine.ts` may use it without an import cycle.
 */
import type { PreparedOrders } from '$lib/core/analytics/prepare';
import type { AnalysisSettings } from '$lib/core/analytics/types';
import {
	DEFAULT_FORECAST_OPTIONS,
	forecastModel,
	type ForecastModel,
	type ForecastOptions
} from '$lib/core/clv/forecast';
import { UNIT_DAYS } from '$lib/core/clv/summary';
import { db } from '$lib/db/schema';

/** Bump when the forecast response's shape or a definition in core/clv changes. */
export const FORECAST_VERSION = 1;

/** Options as a page may send them, made valid. */
export function cleanOptions(options: Partial<ForecastOptions> | undefined): ForecastOptions {
	const merged = { ...DEFAULT_FORECAST_OPTIONS, ...options };
	const unit = merged.unit in UNIT_DAYS ? merged.unit : DEFAULT_FORECAST_OPTIONS.unit;
	const horizon = Math.round(Number(merged.horizonDays));
	const discount = Number(merged.discountMonthly);
	return {
		unit,
		horizonDays: Number.isFinite(horizon) ? Math.min(3650, Math.max(1, horizon)) : 365,
		discountMonthly: Number.isFinite(discount) ? Math.min(1, Math.max(0, discount)) : 0.01,
		holdoutDay: Number.isInteger(merged.holdoutDay) ? merged.holdoutDay : null
	};
}

/** The forecast options saved with a dataset (or the defaults). */
export async function forecastOptionsOf(datasetId: string): Promise<ForecastOptions> {
	const record = await db.settings.get(datasetId);
	const saved = (record?.extras as { forecast?: ForecastOptions } | undefined)?.forecast;
	return cleanOptions(saved);
}

/** The IndexedDB key of a forecast response. */
export function forecastCacheKey(
	datasetId: string,
	settings: AnalysisSettings,
	options: ForecastOptions
): string {
	return `${datasetId}|forecast|v${FORECAST_VERSION}|${JSON.stringify(settings)}|${JSON.stringify(options)}`;
}

/**
 * The last model fitted per prepared orders (a dataset read once, see `engine.loadDataset`): a
 * WeakMap, so a dataset read again (appended to, deleted) never hands out a stale fit.
 */
const fitted = new WeakMap<PreparedOrders, { key: string; model: ForecastModel }>();

/** The options per-customer scores depend on (the holdout split only changes the model check). */
export function scoringOptions(options: ForecastOptions): ForecastOptions {
	return { ...options, holdoutDay: null };
}

/**
 * The forecast model of prepared orders as of `asOfDay`, fitted once per (D, options). With
 * `scoresOnly`, a kept model that differs only in its holdout split will do. The model's arrays
 * are shared: copy them before transferring.
 */
export function modelOf(
	prepared: PreparedOrders,
	asOfDay: number,
	options: ForecastOptions,
	scoresOnly = false
): ForecastModel {
	const key = `${asOfDay}|${JSON.stringify(options)}`;
	const kept = fitted.get(prepared);
	if (kept?.key === key) return kept.model;
	if (
		scoresOnly &&
		kept?.model.asOfDay === asOfDay &&
		JSON.stringify(scoringOptions(kept.model.options)) === JSON.stringify(scoringOptions(options))
	)
		return kept.model;
	const model = forecastModel(prepared, asOfDay, options);
	fitted.set(prepared, { key, model });
	return model;
}

/**
 * The CLV per customer that tiers rank on when their metric is `clv`: the forecast under the
 * dataset's saved forecast options at the analysis's D — from the forecast page's cached response
 * when there is one, otherwise fitted (in this worker, never on the page).
 */
export async function tierClvOf(
	datasetId: string,
	prepared: PreparedOrders,
	settings: AnalysisSettings,
	options: ForecastOptions
): Promise<Float64Array> {
	const hit = await db.results.get(forecastCacheKey(datasetId, settings, options));
	const cached = hit?.value as { scores?: { clv?: Float64Array } } | undefined;
	if (cached?.scores?.clv instanceof Float64Array) return cached.scores.clv;
	return modelOf(prepared, fittingDay(prepared, settings), options, true).scores.clv;
}

/**
 * The day the models are fitted at: the analysis's D (the latest purchase when none is set), or
 * the latest order day for a dataset without purchases.
 * @example fittingDay({ latestPurchaseDay: 90, latestOrderDay: 95 }, { asOfDay: null }) // → 90
 */
export function fittingDay(
	prepared: Pick<PreparedOrders, 'latestPurchaseDay' | 'latestOrderDay'>,
	settings: Pick<AnalysisSettings, 'asOfDay'>
): number {
	return settings.asOfDay ?? prepared.latestPurchaseDay ?? prepared.latestOrderDay ?? 0;
}
