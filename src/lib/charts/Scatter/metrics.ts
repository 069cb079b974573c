/**
 * What the customer scatterplot can show: the axis metrics (analysis metrics and forecast
 * figures), what colours the points, which customers a choice of axes can place, and their raw
 * values. Apart from `layout.ts` (the numbers from raw values to pixels) because this is the
 * plot's vocabulary, read by the page, the controls and the tooltip, which need no geometry.
 */
import type { CustomerTable } from '$lib/core/analytics/types';
import type { MessageKey } from '$lib/i18n/en';
import {
	CUSTOMER_METRICS,
	customerMetric as metricValue,
	type CustomerMetric
} from '$lib/core/analytics/metrics';
import { forecastValue, type ForecastColumns } from '$lib/core/customer-query';

/** Forecast figures an axis can show: predicted CLV (currency units) and P(alive) (0–1). */
export type ForecastAxis = 'clv' | 'p_alive';

/** Forecast axes in menu order. */
export const FORECAST_AXES: readonly ForecastAxis[] = ['clv', 'p_alive'];

/**
 * What an axis shows of a customer: a metric of `core/analytics/metrics`, or a forecast figure
 * read from the worker's forecast (`core/clv`), never recomputed here.
 */
export type Metric = CustomerMetric | ForecastAxis;

/** Catalog key of each metric's name. */
export const METRIC_LABEL_KEY: Record<Metric, MessageKey> = {
	recency: 'scatter.metric.recency',
	frequency: 'scatter.metric.frequency',
	monetary: 'scatter.metric.monetary',
	aov: 'scatter.metric.aov',
	clv: 'scatter.metric.clv',
	p_alive: 'scatter.metric.p_alive'
};

/**
 * Whether an axis shows a forecast figure (and so needs the forecast loaded).
 * @example isForecastAxis('p_alive') // → true
 */
export function isForecastAxis(metric: Metric): metric is ForecastAxis {
	return metric === 'clv' || metric === 'p_alive';
}

/** What the points are coloured (and the legend grouped) by. */
export type ColorBy = 'segment' | 'tier';

/** Axis metrics in menu order. */
export const METRICS: readonly Metric[] = [...CUSTOMER_METRICS, ...FORECAST_AXES];

/**
 * Whether a value (from the URL, say) is a metric.
 * @example isMetric('aov') // → true
 */
export function isMetric(value: unknown): value is Metric {
	return typeof value === 'string' && (METRICS as readonly string[]).includes(value);
}

/**
 * Indexes of scored customers, ascending: the points of the plot (a point's number is its
 * position in this array).
 * @example scoredIndexes(new Uint8Array([1, 0, 1])) // → Int32Array [0, 2]
 */
export function scoredIndexes(scored: Uint8Array): Int32Array {
	let count = 0;
	for (let c = 0; c < scored.length; c++) if (scored[c] === 1) count++;
	const indexes = new Int32Array(count);
	for (let c = 0, p = 0; c < scored.length; c++) if (scored[c] === 1) indexes[p++] = c;
	return indexes;
}

/**
 * Indexes of the customers a plot of metrics `axes` can place: scored, and with a finite forecast
 * figure on each forecast axis (customers the model cannot score have none).
 * @example plottedIndexes(Uint8Array.of(1, 1, 0), { p_alive: [0.5, NaN, 1], … }, ['recency', 'p_alive'])
 * // → Int32Array [0]
 */
export function plottedIndexes(
	scored: Uint8Array,
	forecast: ForecastColumns,
	axes: readonly Metric[]
): Int32Array {
	const needed = axes.filter(isForecastAxis);
	if (needed.length === 0) return scoredIndexes(scored);
	const keep = new Uint8Array(scored.length);
	for (let c = 0; c < scored.length; c++)
		keep[c] =
			scored[c] === 1 && needed.every((m) => Number.isFinite(forecastValue(forecast, m, c)))
				? 1
				: 0;
	return scoredIndexes(keep);
}

/** One customer's metric, raw. */
export { metricValue };

/**
 * One customer's raw value on an axis: the analysis metric, or the forecast's figure (NaN when
 * there is none or no forecast is loaded).
 * @example axisRawValue(customers, { clv: [12.5], … }, 'clv', 0) // → 12.5
 */
export function axisRawValue(
	customers: CustomerTable,
	forecast: ForecastColumns,
	metric: Metric,
	customer: number
): number {
	return isForecastAxis(metric)
		? forecastValue(forecast, metric, customer)
		: metricValue(customers, metric, customer);
}
