/**
 * The customers page's filter by latest feedback: an NPS band, a 1–5 band or exact score, or no
 * response. Values live in the URL (`?feedback=promoter`).
 */
import { BAND_HIGH, BAND_LOW, BAND_MIDDLE, SCALE_FIVE, SCALE_NPS } from './scores';
import type { ScoreScale } from './scores';
import { NO_BAND } from './groups';

/** Values of the filter per scale, in the order a list shows them ('' = no filter). */
export const FEEDBACK_FILTERS = {
	[SCALE_NPS]: ['promoter', 'passive', 'detractor', 'none', 'valuable'],
	[SCALE_FIVE]: [
		'satisfied',
		'neutral',
		'dissatisfied',
		'5',
		'4',
		'3',
		'2',
		'1',
		'none',
		'valuable'
	]
} as const;

const BAND_OF: Record<ScoreScale, Record<string, number>> = {
	[SCALE_NPS]: { promoter: BAND_HIGH, passive: BAND_MIDDLE, detractor: BAND_LOW },
	[SCALE_FIVE]: { satisfied: BAND_HIGH, neutral: BAND_MIDDLE, dissatisfied: BAND_LOW }
};

/**
 * 1 for each customer the filter keeps, from each customer's band and score of their latest
 * response (`customerBands`; `NO_BAND` and score 255 without one); null for no filter or a value
 * that does not apply to the scale (and for 'valuable', which is a list, not a band).
 * @example scoreFilterMask('detractor', SCALE_NPS, Uint8Array.of(0, 2, 255), Uint8Array.of(4, 9, 255))
 * // → Uint8Array [1, 0, 0]
 * @example scoreFilterMask('5', SCALE_FIVE, Uint8Array.of(2, 2), Uint8Array.of(5, 4)) // → [1, 0]
 */
export function scoreFilterMask(
	filter: string,
	scale: ScoreScale,
	bands: Uint8Array,
	scores: Uint8Array
): Uint8Array | null {
	if (filter === 'none') return bands.map((b) => (b === NO_BAND ? 1 : 0));
	if (Object.hasOwn(BAND_OF[scale], filter)) {
		const band = BAND_OF[scale][filter];
		return bands.map((b) => (b === band ? 1 : 0));
	}
	if (scale !== SCALE_NPS && /^[1-5]$/.test(filter)) {
		const score = Number(filter);
		return scores.map((s) => (s === score ? 1 : 0));
	}
	return null;
}
