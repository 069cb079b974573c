/**
 * The worker's side of the Feedback page (issue 16): NPS or CSAT and response rate by segment, tier,
 * lifecycle stage and source, the monthly trend, valuable detractors and comment words, computed
 * with `core/feedback` on the dataset's stored responses and cached in IndexedDB like analyses.
 */
import { sourceColumn } from '$lib/core/sources';
import type { DatasetDictionaries } from '$lib/core/columns';
import { NONE, type CustomerTable, type GroupProfile, type Label } from '$lib/core/analytics/types';
import { normaliseHeader } from '$lib/core/csv';
import {
	BAND_HIGH,
	BAND_LOW,
	BAND_MIDDLE,
	customerBands,
	defaultSegmenter,
	feedbackByGroup,
	feedbackTrend,
	latestResponses,
	NO_RESPONSE,
	npsCsv,
	SCALE_FIVE,
	SCALE_NPS,
	valuableDetractors,
	wordCounts,
	type FeedbackReport,
	type FeedbackTrend,
	type GroupFeedback,
	type ScoreScale,
	type ValueInputs,
	type WordCount
} from '$lib/core/feedback';
import { db } from '$lib/db/schema';
import { analysisOf, cacheResult, loadDataset, settingsOf } from './engine';
import { storeOfRecord } from './feedback-import';
import { cachedForecastOf } from './forecast';

/** Bump when the response's shape or a definition in core/feedback changes. */
const FEEDBACK_VERSION = 2;
/** Results kept per dataset in the cache. */
const KEEP = 3;
/** Words listed per band. */
const TOP_WORDS = 15;
/** Rows of the valuable detractors list. */
const VALUABLE_LIMIT = 100;

/** Feedback of one group, with the key and label of that group. */
export interface FeedbackGroupRow extends GroupFeedback {
	key: string;
	label: Label | string;
}

/** What the Feedback page receives. */
export interface FeedbackResponse {
	datasetId: string;
	/** False when no feedback file was imported into the dataset: nothing else is filled. */
	hasFeedback: boolean;
	/** The scale shown: NPS when any NPS response exists, else the 1–5 scale (CSAT). */
	scale: ScoreScale;
	asOfDay: number | null;
	/** Responses stored, those joined to a customer, and those of ids with no purchase. */
	stored: number;
	unmatchedResponses: number;
	unmatchedCustomers: number;
	files: { name: string; created: number; report: FeedbackReport }[];
	total: GroupFeedback;
	segments: FeedbackGroupRow[];
	tiers: FeedbackGroupRow[];
	stages: FeedbackGroupRow[];
	/** By the dataset's `source` attribute; null when the dataset has none. */
	sources: FeedbackGroupRow[] | null;
	trend: FeedbackTrend;
	/** Detractors in the top tier or the top CLV decile, most valuable first. */
	valuable: {
		/** 'clv' when a fitted forecast was used, 'tier' when only the top tier counts. */
		by: 'clv' | 'tier';
		/** All of them (the customers page opens on this list). */
		count: number;
		customers: Int32Array;
		ids: string[];
		scores: number[];
		tiers: string[];
		segments: string[];
		/** CLV in money units (null without a forecast or when not enough data). */
		clv: (number | null)[];
	};
	/** The most frequent comment words per band (low, middle, high) of the latest responses. */
	words: WordCount[][];
	/** The same per segment (index into the analysis' segments). */
	wordsBySegment: WordCount[][];
	cached: boolean;
	millis: number;
}

/**
 * The attribute that names a customer's source: the source every import stores
 * (`core/sources.ts`), else a file's own Source / 来源 / 客户来源 column; −1 without one.
 */
function sourceAttribute(attributes: { name: string }[]): number {
	const stored = sourceColumn({ attributes: attributes as DatasetDictionaries['attributes'] });
	if (stored >= 0) return stored;
	return attributes.findIndex((a) =>
		['source', '来源', '客户来源'].includes(normaliseHeader(a.name))
	);
}

const rows = (profiles: GroupProfile[], groups: GroupFeedback[]): FeedbackGroupRow[] =>
	groups.map((g, i) => ({ ...g, key: profiles[i].key, label: profiles[i].label }));

/**
 * Who counts as valuable: the top tier (index 0, gold by default), and the top CLV decile when a
 * forecast is fitted (CLV in cents; customers without enough data rank below everyone).
 */
function valueInputs(table: CustomerTable, clv: Float64Array | null): ValueInputs {
	return {
		scored: table.scored,
		tier: table.tier,
		topTier: 0,
		clvCents: clv ? Float64Array.from(clv, (v) => (Number.isFinite(v) ? v * 100 : -1)) : null
	};
}

/** The forecast's CLV when it has one for some customer (a fit without enough data has none). */
function fittedClv(forecast: { scores: { clv: Float64Array } } | null): Float64Array | null {
	return forecast && forecast.scores.clv.some(Number.isFinite) ? forecast.scores.clv : null;
}

function cacheKey(datasetId: string, updated: number, settings: unknown, forecastKey: string) {
	return `${datasetId}|feedback|v${FEEDBACK_VERSION}|${updated}|${forecastKey}|${JSON.stringify(settings)}`;
}

/** The Feedback page's figures for a dataset under its saved settings. */
export async function feedbackOf(datasetId: string): Promise<FeedbackResponse> {
	const t0 = performance.now();
	const record = await db.feedback.get(datasetId);
	const settings = await settingsOf(datasetId);
	const forecast = record ? await cachedForecastOf(datasetId) : null;
	const updated = record?.files.at(-1)?.created ?? 0;
	const key = cacheKey(
		datasetId,
		updated,
		settings,
		fittedClv(forecast) ? `clv${JSON.stringify(forecast?.options)}` : 'tier'
	);
	const hit = record ? await db.results.get(key) : undefined;
	if (hit)
		return { ...(hit.value as FeedbackResponse), cached: true, millis: performance.now() - t0 };
	const [{ result }, { columns, attributes }] = await Promise.all([
		analysisOf(datasetId, settings),
		loadDataset(datasetId)
	]);
	const store = storeOfRecord(record);
	const table = result.customers;
	const customerCount = columns.customerIds.length;
	const asOfDay = result.asOfDay ?? Number.MAX_SAFE_INTEGER;
	const scale =
		store.scale.includes(SCALE_NPS) || store.scale.length === 0 ? SCALE_NPS : SCALE_FIVE;
	const latest = latestResponses(store, customerCount, asOfDay, scale);
	const byGroup = (group: ArrayLike<number>, count: number) =>
		feedbackByGroup(store, latest, group, count, scale);
	const everyone = new Uint8Array(customerCount).map((_, c) => (table.scored[c] ? 0 : NONE));
	const source = sourceAttribute(attributes);
	const clv = fittedClv(forecast);
	const picked = valuableDetractors(store, latest, scale, valueInputs(table, clv));
	const shown = picked.slice(0, VALUABLE_LIMIT);
	// Words of the comments of each customer's counted response, per band.
	const bands = customerBands(store, latest, scale);
	const texts: string[] = [];
	const bandOf: number[] = [];
	const segmentOf: number[] = [];
	for (let c = 0; c < customerCount; c++) {
		const i = latest[c];
		if (i === NO_RESPONSE || store.comment[i] < 0) continue;
		texts.push(store.comments[store.comment[i]]);
		bandOf.push([BAND_LOW, BAND_MIDDLE, BAND_HIGH].indexOf(bands[c] as 0 | 1 | 2));
		segmentOf.push(table.segment[c]);
	}
	const segmenter = defaultSegmenter();
	const seen = new Map<string, string[]>();
	const response: FeedbackResponse = {
		datasetId,
		hasFeedback: store.customer.length > 0,
		scale,
		asOfDay: result.asOfDay,
		stored: store.customer.length,
		unmatchedResponses: store.customer.filter((c) => c < 0).length,
		unmatchedCustomers: store.unknownIds.length,
		files: (record?.files ?? []) as FeedbackResponse['files'],
		total: byGroup(everyone, 1)[0],
		segments: rows(result.segments, byGroup(table.segment, result.segments.length)),
		tiers: rows(result.tiers, byGroup(table.tier, result.tiers.length)),
		stages: rows(result.stages, byGroup(table.stage, result.stages.length)),
		sources:
			source < 0
				? null
				: byGroup(attributes[source].values, columns.attributes[source].values.length).map(
						(g, i) => ({
							...g,
							key: columns.attributes[source].values[i],
							label: columns.attributes[source].values[i]
						})
					),
		trend: feedbackTrend(store, scale, asOfDay === Number.MAX_SAFE_INTEGER ? 0 : asOfDay),
		valuable: {
			by: clv ? 'clv' : 'tier',
			count: picked.length,
			customers: shown,
			ids: [...shown].map((c) => columns.customerIds[c]),
			scores: [...shown].map((c) => store.score[latest[c]]),
			tiers: [...shown].map((c) => result.tiers[table.tier[c]]?.key ?? ''),
			segments: [...shown].map((c) => result.segments[table.segment[c]]?.key ?? ''),
			clv: [...shown].map((c) => (clv && Number.isFinite(clv[c]) ? clv[c] : null))
		},
		words: wordCounts(texts, bandOf, 3, TOP_WORDS, segmenter, seen),
		wordsBySegment: wordCounts(
			texts,
			segmentOf,
			result.segments.length,
			TOP_WORDS,
			segmenter,
			seen
		),
		cached: false,
		millis: 0
	};
	response.millis = performance.now() - t0;
	if (record) await cacheResult(datasetId, `${datasetId}|feedback|`, key, response, KEEP);
	return response;
}

/** Every customer of the valuable detractors list (the customers page opens on it). */
export async function valuableDetractorsOf(datasetId: string): Promise<Int32Array> {
	const response = await feedbackOf(datasetId);
	if (response.valuable.count <= response.valuable.customers.length) {
		return response.valuable.customers;
	}
	const record = await db.feedback.get(datasetId);
	const { result } = await analysisOf(datasetId, await settingsOf(datasetId));
	const store = storeOfRecord(record);
	const latest = latestResponses(
		store,
		result.customers.scored.length,
		result.asOfDay ?? Number.MAX_SAFE_INTEGER,
		response.scale
	);
	const forecast = await cachedForecastOf(datasetId);
	const clv = fittedClv(forecast);
	return valuableDetractors(store, latest, response.scale, valueInputs(result.customers, clv));
}

/** The NPS export (stable contract): segments, then tiers, then stages. */
export async function feedbackNpsCsv(datasetId: string): Promise<string> {
	const response = await feedbackOf(datasetId);
	const section = (groupType: 'segment' | 'tier' | 'stage', groups: FeedbackGroupRow[]) => ({
		groupType,
		keys: groups.map((g) => g.key),
		groups
	});
	return npsCsv([
		section('segment', response.segments),
		section('tier', response.tiers),
		section('stage', response.stages)
	]);
}

/** One response as the profile and the comment search show it. */
export interface ResponseRow {
	customer: number;
	id: string;
	day: number;
	score: number;
	scale: ScoreScale;
	comment: string;
	channel: string;
}

function responseRow(
	store: ReturnType<typeof storeOfRecord>,
	ids: string[],
	i: number
): ResponseRow {
	const c = store.customer[i];
	return {
		customer: c,
		id: c >= 0 ? ids[c] : store.unknownIds[-1 - c],
		day: store.day[i],
		score: store.score[i],
		scale: store.scale[i] as ScoreScale,
		comment: store.comment[i] >= 0 ? store.comments[store.comment[i]] : '',
		channel: store.channel[i] >= 0 ? store.channels[store.channel[i]] : ''
	};
}

/** One customer's responses, oldest first (the profile's timeline). */
export async function customerFeedbackOf(
	datasetId: string,
	customer: number
): Promise<ResponseRow[]> {
	const record = await db.feedback.get(datasetId);
	if (!record) return [];
	const store = storeOfRecord(record);
	const { columns } = await loadDataset(datasetId);
	const found: ResponseRow[] = [];
	for (let i = 0; i < store.customer.length; i++) {
		if (store.customer[i] === customer) found.push(responseRow(store, columns.customerIds, i));
	}
	return found.sort((a, b) => a.day - b.day);
}

/**
 * Comments containing `query` (case-insensitive, NFKC), newest first, at most `limit`; with an
 * empty query the newest comments.
 */
export async function searchCommentsOf(
	datasetId: string,
	query: string,
	limit = 50
): Promise<{ total: number; rows: ResponseRow[] }> {
	const record = await db.feedback.get(datasetId);
	if (!record) return { total: 0, rows: [] };
	const store = storeOfRecord(record);
	const { columns } = await loadDataset(datasetId);
	const needle = query.normalize('NFKC').toLowerCase().trim();
	const hits: number[] = [];
	for (let i = 0; i < store.customer.length; i++) {
		const k = store.comment[i];
		if (k < 0) continue;
		if (needle === '' || store.comments[k].normalize('NFKC').toLowerCase().includes(needle)) {
			hits.push(i);
		}
	}
	hits.sort((a, b) => store.day[b] - store.day[a] || b - a);
	return {
		total: hits.length,
		rows: hits.slice(0, limit).map((i) => responseRow(store, columns.customerIds, i))
	};
}

/**
 * Each customer's band from their latest response up to D on the shown scale (`customerBands`),
 * and the scale, for the customers page's score filter; null without feedback.
 */
export async function feedbackBandsOf(
	datasetId: string
): Promise<{ scale: ScoreScale; bands: Uint8Array; scores: Uint8Array } | null> {
	const record = await db.feedback.get(datasetId);
	if (!record) return null;
	const store = storeOfRecord(record);
	const { result } = await analysisOf(datasetId, await settingsOf(datasetId));
	const n = result.customers.scored.length;
	const scale = store.scale.includes(SCALE_NPS) ? SCALE_NPS : SCALE_FIVE;
	const latest = latestResponses(store, n, result.asOfDay ?? Number.MAX_SAFE_INTEGER, scale);
	const scores = new Uint8Array(n).fill(NONE);
	for (let c = 0; c < n; c++) if (latest[c] !== NO_RESPONSE) scores[c] = store.score[latest[c]];
	return { scale, bands: customerBands(store, latest, scale), scores };
}
