/**
 * The customers list as a query: filters, search and sort over an analysis result's per-customer
 * arrays, and its round trip through URL parameters (so a view can be bookmarked). The query
 * holds view state only — never data.
 */
import { customerMetric } from './analytics/metrics';
import { gridScore } from './analytics/scores';
import { NONE, type AnalysisResult, type GroupProfile } from './analytics/types';

/** Columns the list can sort by. */
export const SORT_KEYS = [
	'customer_id',
	'first_purchase',
	'last_purchase',
	'recency',
	'frequency',
	'monetary',
	'aov',
	'r',
	'f',
	'm',
	'fm',
	'segment',
	'tier',
	'stage',
	'p_alive',
	'expected_purchases',
	'clv'
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Raw metrics a range filter (or a scatterplot brush) can bound. Money in cents. */
export const RANGE_METRICS = ['recency', 'frequency', 'monetary', 'aov'] as const;
export type RangeMetric = (typeof RANGE_METRICS)[number];

/** Scores a range filter can bound, on each score's own scale. */
export const SCORE_KEYS = ['r', 'f', 'm', 'fm'] as const;
export type ScoreKey = (typeof SCORE_KEYS)[number];

/** Forecast figures (`core/clv/value`) a column sorts by and a range filter bounds. */
export const FORECAST_METRICS = ['p_alive', 'expected_purchases', 'clv'] as const;
export type ForecastMetric = (typeof FORECAST_METRICS)[number];

/** The URL parameter of each forecast range (`?palive=0..0.3`; CLV in currency units). */
export const FORECAST_PARAMS: Record<ForecastMetric, string> = {
	p_alive: 'palive',
	expected_purchases: 'purchases',
	clv: 'clv'
};

/**
 * The forecast's per-customer arrays, indexed like the result's customers; NaN where the model
 * has no value. Null while no forecast of the result's dataset and as-of date is loaded.
 */
export type ForecastColumns = Record<ForecastMetric, ArrayLike<number>> | null;

/**
 * A customer's forecast figure, NaN when the model has none or no forecast is loaded.
 * @example forecastValue({ p_alive: [0.5], expected_purchases: [1], clv: [NaN] }, 'clv', 0) // → NaN
 */
export function forecastValue(forecast: ForecastColumns, metric: ForecastMetric, c: number) {
	return forecast ? forecast[metric][c] : NaN;
}

export interface CustomerQuery {
	/** Case-insensitive substring of the customer id. */
	search: string;
	/** Group keys to keep; empty = all. */
	segments: string[];
	tiers: string[];
	stages: string[];
	/** Inclusive score ranges. */
	scores: Partial<Record<ScoreKey, [number, number]>>;
	/** One cell of the 5 × 5 R × FM grid (grid scale), as clicked on the RFM grid. */
	cell: { r: number; fm: number } | null;
	/** Inclusive raw-value ranges (days, purchases, cents). */
	ranges: Partial<Record<RangeMetric, [number, number]>>;
	/** Inclusive forecast ranges (probability, purchases, currency units); NaN never passes. */
	forecastRanges: Partial<Record<ForecastMetric, [number, number]>>;
	sort: SortKey;
	descending: boolean;
}

/** The unfiltered list, biggest spenders first. */
export function emptyQuery(): CustomerQuery {
	return {
		search: '',
		segments: [],
		tiers: [],
		stages: [],
		scores: {},
		cell: null,
		ranges: {},
		forecastRanges: {},
		sort: 'monetary',
		descending: true
	};
}

/** A customer's value of a raw metric (defined in `analytics/metrics`). */
export function metricValue(result: AnalysisResult, metric: RangeMetric, c: number): number {
	return customerMetric(result.customers, metric, c);
}

function keysToIndexes(keys: string[], groups: GroupProfile[]): Set<number> | null {
	if (keys.length === 0) return null;
	const wanted = new Set(keys);
	const indexes = new Set<number>();
	groups.forEach((g, i) => wanted.has(g.key) && indexes.add(i));
	return indexes;
}

/**
 * Indexes of the scored customers that pass the query, in display order. Sorting by a forecast
 * figure puts customers without one last, in either direction.
 * @example
 * // with the default sort (monetary, descending) the biggest spender comes first:
 * runQuery(result, ids, emptyQuery())[0] // → index of the top customer
 */
export function runQuery(
	result: AnalysisResult,
	customerIds: readonly string[],
	query: CustomerQuery,
	forecast: ForecastColumns = null
): Int32Array {
	const t = result.customers;
	const n = t.scored.length;
	const segments = keysToIndexes(query.segments, result.segments);
	const tiers = keysToIndexes(query.tiers, result.tiers);
	const stages = keysToIndexes(query.stages, result.stages);
	const search = query.search.trim().toLowerCase();
	const scoreArrays = { r: t.rScore, f: t.fScore, m: t.mScore, fm: t.fmScore };
	const scoreFilters = SCORE_KEYS.flatMap((k) => {
		const range = query.scores[k];
		return range ? [{ values: scoreArrays[k], min: range[0], max: range[1] }] : [];
	});
	const rangeFilters = RANGE_METRICS.flatMap((metric) => {
		const range = query.ranges[metric];
		return range ? [{ metric, min: range[0], max: range[1] }] : [];
	});
	const forecastFilters = FORECAST_METRICS.flatMap((metric) => {
		const range = query.forecastRanges[metric];
		return range ? [{ metric, min: range[0], max: range[1] }] : [];
	});
	const cell = query.cell;
	const out = new Int32Array(n);
	let count = 0;
	next: for (let c = 0; c < n; c++) {
		if (!t.scored[c]) continue;
		if (segments && !segments.has(t.segment[c])) continue;
		if (tiers && !tiers.has(t.tier[c])) continue;
		if (stages && !stages.has(t.stage[c])) continue;
		for (const f of scoreFilters) if (f.values[c] < f.min || f.values[c] > f.max) continue next;
		if (
			cell &&
			(gridScore(t.rScore[c], result.bins.r) !== cell.r ||
				gridScore(t.fmScore[c], result.bins.f) !== cell.fm)
		)
			continue;
		for (const f of rangeFilters) {
			const v = metricValue(result, f.metric, c);
			if (v < f.min || v > f.max) continue next;
		}
		for (const f of forecastFilters) {
			const v = forecastValue(forecast, f.metric, c);
			if (!(v >= f.min && v <= f.max)) continue next;
		}
		if (search && !customerIds[c].toLowerCase().includes(search)) continue;
		out[count++] = c;
	}
	const indexes = out.slice(0, count);
	sortIndexes(indexes, result, customerIds, query.sort, query.descending, forecast);
	return indexes;
}

function sortIndexes(
	indexes: Int32Array,
	result: AnalysisResult,
	customerIds: readonly string[],
	sort: SortKey,
	descending: boolean,
	forecast: ForecastColumns
) {
	const t = result.customers;
	const sign = descending ? -1 : 1;
	const byId = (a: number, b: number) =>
		customerIds[a] < customerIds[b] ? -1 : customerIds[a] > customerIds[b] ? 1 : 0;
	let key: (c: number) => number | string;
	switch (sort) {
		case 'customer_id':
			indexes.sort((a, b) => sign * byId(a, b) || a - b);
			return;
		case 'first_purchase':
			key = (c) => t.firstPurchaseDay[c];
			break;
		case 'last_purchase':
			key = (c) => t.lastPurchaseDay[c];
			break;
		case 'recency':
			key = (c) => t.recencyDays[c];
			break;
		case 'frequency':
			key = (c) => t.frequency[c];
			break;
		case 'monetary':
			key = (c) => t.monetaryCents[c];
			break;
		case 'aov':
			key = (c) => metricValue(result, 'aov', c);
			break;
		case 'r':
			key = (c) => t.rScore[c];
			break;
		case 'f':
			key = (c) => t.fScore[c];
			break;
		case 'm':
			key = (c) => t.mScore[c];
			break;
		case 'fm':
			key = (c) => t.fmScore[c];
			break;
		case 'segment':
			key = (c) => (t.segment[c] === NONE ? '' : result.segments[t.segment[c]].key);
			break;
		case 'tier':
			key = (c) => t.tier[c];
			break;
		case 'stage':
			key = (c) => t.stage[c];
			break;
		case 'p_alive':
		case 'expected_purchases':
		case 'clv':
			key = (c) => forecastValue(forecast, sort, c);
			break;
	}
	const keys = Array.from(indexes, key);
	const order = Array.from(indexes.keys());
	order.sort((i, j) => {
		const a = keys[i];
		const b = keys[j];
		const missing = Number(Number.isNaN(a)) - Number(Number.isNaN(b));
		if (missing) return missing;
		const primary = a < b ? -1 : a > b ? 1 : 0;
		return sign * primary || byId(indexes[i], indexes[j]);
	});
	const sorted = order.map((i) => indexes[i]);
	indexes.set(sorted);
}

// ---------------------------------------------------------------------------------------------
// URL round trip
// ---------------------------------------------------------------------------------------------

function parseRange(text: string | null): [number, number] | undefined {
	if (!text) return undefined;
	// `min..max` (either end open); `min-max` also reads, for non-negative ends
	const match =
		/^(-?\d+(?:\.\d+)?)?\.\.(-?\d+(?:\.\d+)?)?$/.exec(text) ??
		/^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(text);
	if (!match) return undefined;
	const min = match[1] === undefined ? -Infinity : Number(match[1]);
	const max = match[2] === undefined ? Infinity : Number(match[2]);
	return min <= max ? [min, max] : undefined;
}

function rangeText([min, max]: [number, number]): string {
	return `${Number.isFinite(min) ? min : ''}..${Number.isFinite(max) ? max : ''}`;
}

/** Currency units to cents, keeping ±Infinity for open ends. */
function toCents(units: number): number {
	return Number.isFinite(units) ? Math.round(units * 100) : units;
}

function list(text: string | null): string[] {
	return text ? text.split(',').filter(Boolean) : [];
}

/**
 * Read a query from URL parameters; unknown or malformed parameters are ignored.
 * Money ranges are written in currency units (`monetary=100..250.5`), read into cents.
 * @example queryFromParams(new URLSearchParams('segment=champions&r=4..5')).scores.r // → [4, 5]
 */
export function queryFromParams(params: URLSearchParams): CustomerQuery {
	const query = emptyQuery();
	query.search = params.get('q') ?? '';
	query.segments = list(params.get('segment'));
	query.tiers = list(params.get('tier'));
	query.stages = list(params.get('stage'));
	for (const key of SCORE_KEYS) {
		const range = parseRange(params.get(key));
		if (range) query.scores[key] = range;
	}
	const cell = /^([1-5])-([1-5])$/.exec(params.get('cell') ?? '');
	if (cell) query.cell = { r: Number(cell[1]), fm: Number(cell[2]) };
	for (const metric of RANGE_METRICS) {
		const range = parseRange(params.get(metric));
		if (!range) continue;
		const money = metric === 'monetary' || metric === 'aov';
		query.ranges[metric] = money ? [toCents(range[0]), toCents(range[1])] : range;
	}
	for (const metric of FORECAST_METRICS) {
		const range = parseRange(params.get(FORECAST_PARAMS[metric]));
		if (range) query.forecastRanges[metric] = range;
	}
	const sort = params.get('sort');
	if (sort && (SORT_KEYS as readonly string[]).includes(sort)) query.sort = sort as SortKey;
	const dir = params.get('dir');
	if (dir === 'asc' || dir === 'desc') query.descending = dir === 'desc';
	return query;
}

/**
 * URL parameters of a query; defaults are left out so URLs stay short.
 * @example paramsFromQuery({ ...emptyQuery(), stages: ['lost'] }).toString() // → 'stage=lost'
 */
export function paramsFromQuery(query: CustomerQuery): URLSearchParams {
	const params = new URLSearchParams();
	if (query.search) params.set('q', query.search);
	if (query.segments.length) params.set('segment', query.segments.join(','));
	if (query.tiers.length) params.set('tier', query.tiers.join(','));
	if (query.stages.length) params.set('stage', query.stages.join(','));
	for (const key of SCORE_KEYS) {
		const range = query.scores[key];
		if (range) params.set(key, rangeText(range));
	}
	if (query.cell) params.set('cell', `${query.cell.r}-${query.cell.fm}`);
	for (const metric of RANGE_METRICS) {
		const range = query.ranges[metric];
		if (!range) continue;
		const money = metric === 'monetary' || metric === 'aov';
		params.set(metric, rangeText(money ? [range[0] / 100, range[1] / 100] : range));
	}
	for (const metric of FORECAST_METRICS) {
		const range = query.forecastRanges[metric];
		if (range) params.set(FORECAST_PARAMS[metric], rangeText(range));
	}
	const defaults = emptyQuery();
	if (query.sort !== defaults.sort) params.set('sort', query.sort);
	if (query.descending !== defaults.descending)
		params.set('dir', query.descending ? 'desc' : 'asc');
	return params;
}
