/**
 * Feedback scores: the two scales Strata reads (NPS 0–10 and a 1–5 scale for stars, CSAT and the
 * Chinese verbal answers), how a cell becomes a score, and the bands NPS and CSAT count.
 */
import { normaliseHeader } from '../csv/mapping';

/** A cell reduced for reading: NFKC (full-width → ASCII), lower case, no whitespace. */
const compact = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** The scale of a response, stored per response in a `Uint8Array`. */
export const SCALE_NPS = 0;
/** Stars, CSAT and verbal answers, 1–5. */
export const SCALE_FIVE = 1;
export type ScoreScale = typeof SCALE_NPS | typeof SCALE_FIVE;

/** Why a score cell was not read. */
export type ScoreProblemCode =
	| 'missing_score'
	| 'unparseable_score'
	| 'fractional_score'
	| 'score_out_of_range'
	| 'verbal_score_on_nps_scale';

/** A score cell that could not be read, as a code with parameters (i18n renders it). */
export interface ScoreProblem {
	code: ScoreProblemCode;
	field: 'score';
	params: { value: string; scale: ScoreScale };
}

export type ScoreReading = { ok: true; score: number } | { ok: false; problem: ScoreProblem };

/**
 * Verbal answers on the 1–5 scale, keyed by their text in NFKC, lower case, without spaces. The five-step 满意度 scale, its common variants, and the three review grades.
 */
export const VERBAL_SCORES: Readonly<Record<string, number>> = {
	非常满意: 5,
	很满意: 5,
	满意: 4,
	比较满意: 4,
	一般: 3,
	不满意: 2,
	不太满意: 2,
	非常不满意: 1,
	很不满意: 1,
	好评: 5,
	中评: 3,
	差评: 1,
	verysatisfied: 5,
	satisfied: 4,
	neutral: 3,
	dissatisfied: 2,
	verydissatisfied: 1
};

const NUMBER = /^(\d+(?:\.\d+)?)(?:星|分|颗星|stars?|points?|pts?)?$/;
const OUT_OF = /^(\d+(?:\.\d+)?)\/(5|10)$/;
const STARS = /^[★☆]+$/;

/**
 * Read one score cell on a scale. Accepted: integers (`9`, `4.0`), with a unit (`4星`, `4分`,
 * `4 stars`), `x/5` and `x/10`, star glyphs (`★★★★☆` → 4) and, on the 1–5 scale, the verbal
 * answers of `VERBAL_SCORES`. NPS takes 0–10, the 1–5 scale 1–5; anything else is a problem code.
 * @example parseScore('非常满意', SCALE_FIVE) // → { ok: true, score: 5 }
 * @example parseScore('★★★★☆', SCALE_FIVE) // → { ok: true, score: 4 }
 * @example parseScore('11', SCALE_NPS).ok // → false (code 'score_out_of_range')
 */
export function parseScore(text: string, scale: ScoreScale): ScoreReading {
	const fail = (code: ScoreProblemCode): ScoreReading => ({
		ok: false,
		problem: { code, field: 'score', params: { value: text, scale } }
	});
	const key = compact(text);
	if (key === '') return fail('missing_score');
	const verbal = VERBAL_SCORES[key];
	if (verbal !== undefined) {
		return scale === SCALE_FIVE ? { ok: true, score: verbal } : fail('verbal_score_on_nps_scale');
	}
	let value: number;
	if (STARS.test(key)) value = [...key].filter((c) => c === '★').length;
	else {
		const match = NUMBER.exec(key) ?? OUT_OF.exec(key);
		if (!match) return fail('unparseable_score');
		value = Number(match[1]);
		if (match[2] !== undefined && (match[2] === '10') !== (scale === SCALE_NPS)) {
			return fail('score_out_of_range');
		}
	}
	if (!Number.isInteger(value)) return fail('fractional_score');
	const [min, max] = scale === SCALE_NPS ? [0, 10] : [1, 5];
	return value < min || value > max ? fail('score_out_of_range') : { ok: true, score: value };
}

/**
 * The scale of a score column: NPS when its header speaks of NPS or recommending (nps, recommend,
 * 推荐), or when a sampled value is a whole number 0 or 6–10, or written `x/10`; otherwise 1–5
 * (stars, CSAT, verbal answers).
 * @example detectScale('推荐意愿', ['3']) // → SCALE_NPS
 * @example detectScale('评分', ['5', '4', '好评']) // → SCALE_FIVE
 * @example detectScale('score', ['9', '3']) // → SCALE_NPS
 */
export function detectScale(header: string, values: readonly string[]): ScoreScale {
	const name = normaliseHeader(header);
	if (/nps|recommend|推荐/.test(name)) return SCALE_NPS;
	for (const value of values) {
		const key = compact(value);
		if (/\/10$/.test(key)) return SCALE_NPS;
		const match = NUMBER.exec(key);
		if (!match) continue;
		const n = Number(match[1]);
		if (n === 0 || (n >= 6 && n <= 10)) return SCALE_NPS;
	}
	return SCALE_FIVE;
}

/** Score bands, the same three on both scales: `BAND_LOW`, `BAND_MIDDLE`, `BAND_HIGH`. */
export const BAND_LOW = 0;
export const BAND_MIDDLE = 1;
export const BAND_HIGH = 2;
export type ScoreBand = typeof BAND_LOW | typeof BAND_MIDDLE | typeof BAND_HIGH;

/**
 * The band of a score: on NPS detractor 0–6 (low), passive 7–8 (middle), promoter 9–10 (high); on
 * the 1–5 scale dissatisfied 1–2, neutral 3, satisfied 4–5 (CSAT counts the high band).
 * @example scoreBand(8, SCALE_NPS) // → BAND_MIDDLE
 * @example scoreBand(4, SCALE_FIVE) // → BAND_HIGH
 */
export function scoreBand(score: number, scale: ScoreScale): ScoreBand {
	const [middle, high] = scale === SCALE_NPS ? [7, 9] : [3, 4];
	return score >= high ? BAND_HIGH : score >= middle ? BAND_MIDDLE : BAND_LOW;
}

/** NPS band names. */
export type NpsBand = 'promoter' | 'passive' | 'detractor';

/**
 * @example npsBand(9) // → 'promoter'
 * @example npsBand(6) // → 'detractor'
 */
export function npsBand(score: number): NpsBand {
	return (['detractor', 'passive', 'promoter'] as const)[scoreBand(score, SCALE_NPS)];
}

/** 1–5 band names. */
export type FiveBand = 'satisfied' | 'neutral' | 'dissatisfied';

/**
 * @example fiveBand(4) // → 'satisfied'
 * @example fiveBand(2) // → 'dissatisfied'
 */
export function fiveBand(score: number): FiveBand {
	return (['dissatisfied', 'neutral', 'satisfied'] as const)[scoreBand(score, SCALE_FIVE)];
}

/**
 * Whether a response is a detractor: the low band (0–6 on NPS, 1–2 on the 1–5 scale).
 * @example isDetractor(6, SCALE_NPS) // → true
 * @example isDetractor(3, SCALE_FIVE) // → false
 */
export function isDetractor(score: number, scale: ScoreScale): boolean {
	return scoreBand(score, scale) === BAND_LOW;
}
