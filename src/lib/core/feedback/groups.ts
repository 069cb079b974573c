/**
 * NPS, CSAT and response rate per group of customers (segment, tier, stage, source…), the monthly
 * trend, and the valuable detractors to call first.
 */
import { monthIndexFromDay } from '../calendar';
import type { DayNumber } from '../calendar';
import { NO_RESPONSE } from './responses';
import type { FeedbackColumns } from './responses';
import { SCALE_FIVE, SCALE_NPS, isDetractor, scoreBand } from './scores';
import type { ScoreScale } from './scores';

/** Groups with fewer responses than this are flagged: their NPS or CSAT is too noisy to rank. */
export const FEW_RESPONSES = 30;

/** Counts of responses by band. NPS bands stay 0 on the 1–5 scale and the 1–5 bands on NPS. */
export interface FeedbackTally {
	responses: number;
	/** NPS 9–10. */
	promoters: number;
	/** NPS 7–8. */
	passives: number;
	/** NPS 0–6. */
	detractors: number;
	/** 1–5 scale: 4–5. */
	satisfied: number;
	/** 1–5 scale: 3. */
	neutral: number;
	/** 1–5 scale: 1–2. */
	dissatisfied: number;
}

const emptyTally = (): FeedbackTally => ({
	responses: 0,
	promoters: 0,
	passives: 0,
	detractors: 0,
	satisfied: 0,
	neutral: 0,
	dissatisfied: 0
});

/** Tally fields of each band, by scale. */
const BAND_FIELDS = {
	[SCALE_NPS]: ['detractors', 'passives', 'promoters'],
	[SCALE_FIVE]: ['dissatisfied', 'neutral', 'satisfied']
} as const;

function count(tally: FeedbackTally, score: number, scale: ScoreScale): void {
	tally.responses++;
	tally[BAND_FIELDS[scale][scoreBand(score, scale)]]++;
}

/**
 * NPS = 100 × (promoters − detractors) ÷ responses, unrounded; null without NPS responses.
 * @example npsOf({ responses: 10, promoters: 5, passives: 3, detractors: 2, …0 }) // → 30
 */
export function npsOf(tally: FeedbackTally): number | null {
	const n = tally.promoters + tally.passives + tally.detractors;
	return n === 0 ? null : (100 * (tally.promoters - tally.detractors)) / n;
}

/**
 * CSAT = share (0–1) of 1–5 responses that are 4 or 5; null without 1–5 responses.
 * @example csatOf({ responses: 4, satisfied: 3, neutral: 0, dissatisfied: 1, …0 }) // → 0.75
 */
export function csatOf(tally: FeedbackTally): number | null {
	const n = tally.satisfied + tally.neutral + tally.dissatisfied;
	return n === 0 ? null : tally.satisfied / n;
}

/** Feedback of one group of customers, from each customer's latest response up to D. */
export interface GroupFeedback extends FeedbackTally {
	/** Customers in the group (responding or not). */
	customers: number;
	nps: number | null;
	csat: number | null;
	/** Responding customers ÷ customers (0 for an empty group). */
	responseRate: number;
	/** Fewer than `FEW_RESPONSES` responses. */
	fewResponses: boolean;
}

/**
 * NPS or CSAT per group. `group[c]` is customer c's group (0 … groupCount − 1; any other value,
 * e.g. `NONE` for unscored customers, puts them in no group); `latest` comes from
 * `latestResponses` on the same scale. Pass a group array of zeros and groupCount 1 for the total.
 * @example
 * // customers 0–3 in groups [0, 0, 1, 255]; latest NPS responses scores 10, 3, —, 9
 * feedbackByGroup(responses, latest, Uint8Array.of(0, 0, 1, 255), 2, SCALE_NPS)
 * // → [{ customers: 2, responses: 2, promoters: 1, detractors: 1, nps: 0, responseRate: 1, … },
 * //    { customers: 1, responses: 0, nps: null, responseRate: 0, fewResponses: true, … }]
 */
export function feedbackByGroup(
	responses: FeedbackColumns,
	latest: Int32Array,
	group: ArrayLike<number>,
	groupCount: number,
	scale: ScoreScale
): GroupFeedback[] {
	const tallies = Array.from({ length: groupCount }, emptyTally);
	const customers = new Int32Array(groupCount);
	for (let c = 0; c < latest.length; c++) {
		const g = group[c];
		if (!(g >= 0 && g < groupCount)) continue;
		customers[g]++;
		const i = latest[c];
		if (i !== NO_RESPONSE) count(tallies[g], responses.score[i], scale);
	}
	return tallies.map((tally, g) => ({
		...tally,
		customers: customers[g],
		nps: npsOf(tally),
		csat: csatOf(tally),
		responseRate: customers[g] === 0 ? 0 : tally.responses / customers[g],
		fewResponses: tally.responses < FEW_RESPONSES
	}));
}

/** NPS or CSAT month by month; [k] is month `firstMonth + k`. */
export interface FeedbackTrend {
	firstMonth: number;
	tallies: FeedbackTally[];
	nps: (number | null)[];
	csat: (number | null)[];
}

/**
 * Month by month, from the month of the first response up to D's month: each customer's latest
 * response dated in that month (ties: the one imported last) on one scale, counted as for groups.
 * `include[c]` (optional) keeps only customers with a non-zero value, e.g. one segment.
 * @example
 * // customer 0: 2 in Jan then 10 later in Jan, 9 in Mar; customer 1: 8 in Jan (NPS, D in Mar)
 * // → firstMonth Jan, nps [50 (10 and 8), null (Feb), 100 (9)]
 */
export function feedbackTrend(
	responses: FeedbackColumns,
	scale: ScoreScale,
	asOfDay: DayNumber,
	include?: ArrayLike<number>
): FeedbackTrend {
	const lastMonth = monthIndexFromDay(asOfDay);
	const { customer, day } = responses;
	const month = new Int32Array(customer.length);
	const monthOfDay = new Map<number, number>();
	// Key customer × 4096 + month: month indexes stay below 4096 until the year 2311.
	const chosen = new Map<number, number>();
	let firstMonth = lastMonth;
	for (let i = 0; i < customer.length; i++) {
		const c = customer[i];
		if (c < 0 || responses.scale[i] !== scale || day[i] > asOfDay) continue;
		if (include && !include[c]) continue;
		let m = monthOfDay.get(day[i]);
		if (m === undefined) monthOfDay.set(day[i], (m = monthIndexFromDay(day[i])));
		month[i] = m;
		if (m < firstMonth) firstMonth = m;
		const key = c * 4096 + m;
		const previous = chosen.get(key);
		if (previous === undefined || day[i] >= day[previous]) chosen.set(key, i);
	}
	const tallies = Array.from({ length: lastMonth - firstMonth + 1 }, emptyTally);
	for (const i of chosen.values()) count(tallies[month[i] - firstMonth], responses.score[i], scale);
	return {
		firstMonth,
		tallies,
		nps: tallies.map(npsOf),
		csat: tallies.map(csatOf)
	};
}

/** "No response" in `customerBands`. */
export const NO_BAND = 255;

/**
 * Each customer's band from their latest response up to D, for filtering customers by score:
 * NPS detractor / passive / promoter, or 1–5 dissatisfied / neutral / satisfied, as
 * `BAND_LOW` / `BAND_MIDDLE` / `BAND_HIGH`; `NO_BAND` (255) without a response.
 * @example customerBands(responses, Int32Array.of(0, -1), SCALE_NPS) // scores [10] → Uint8Array [2, 255]
 */
export function customerBands(
	responses: FeedbackColumns,
	latest: Int32Array,
	scale: ScoreScale
): Uint8Array {
	const bands = new Uint8Array(latest.length).fill(NO_BAND);
	for (let c = 0; c < latest.length; c++) {
		if (latest[c] !== NO_RESPONSE) bands[c] = scoreBand(responses.score[latest[c]], scale);
	}
	return bands;
}

/** Who counts as valuable among detractors. */
export interface ValueInputs {
	/** 1 for scored customers (only they have a tier or a CLV rank). */
	scored: Uint8Array;
	/** Tier index per customer (e.g. `CustomerTable.tier`). */
	tier: ArrayLike<number>;
	/** The index of the top tier (gold by default: 0). */
	topTier: number;
	/** Predicted customer lifetime value per customer, cents; null when no forecast is fitted. */
	clvCents: ArrayLike<number> | null;
}

/**
 * Valuable detractors: customers whose latest response up to D is a detractor (NPS 0–6; on the 1–5
 * scale 1–2) and who are in the top tier or in the top CLV decile. The top CLV decile is the scored
 * customers whose share of scored customers with a strictly lower CLV is ≥ 0.9 (as for tiers).
 * Sorted by CLV, highest first (without CLV: lowest score first), then by customer index.
 * @example
 * // 10 scored customers, CLV 1…10 (customer 9 highest), tiers all regular (1) except customer 2
 * // gold (0); detractors: 2, 5 and 9 → [9, 2] (9 is the top decile, 2 is gold, 5 neither)
 */
export function valuableDetractors(
	responses: FeedbackColumns,
	latest: Int32Array,
	scale: ScoreScale,
	value: ValueInputs
): Int32Array {
	const { scored, tier, topTier, clvCents } = value;
	let clvCut = Infinity;
	if (clvCents) {
		const values: number[] = [];
		for (let c = 0; c < scored.length; c++) if (scored[c]) values.push(clvCents[c]);
		values.sort((a, b) => a - b);
		// The smallest CLV v with (number of values < v) ≥ 0.9 n.
		const need = 0.9 * values.length;
		for (let k = 0; k < values.length; k++) {
			if ((k === 0 || values[k] !== values[k - 1]) && k >= need) {
				clvCut = values[k];
				break;
			}
		}
	}
	const picked: number[] = [];
	for (let c = 0; c < latest.length; c++) {
		const i = latest[c];
		if (i === NO_RESPONSE || !scored[c] || !isDetractor(responses.score[i], scale)) continue;
		if (tier[c] === topTier || (clvCents !== null && clvCents[c] >= clvCut)) picked.push(c);
	}
	picked.sort((a, b) =>
		clvCents
			? clvCents[b] - clvCents[a] || a - b
			: responses.score[latest[a]] - responses.score[latest[b]] || a - b
	);
	return Int32Array.from(picked);
}
