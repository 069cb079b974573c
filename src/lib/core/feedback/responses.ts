/**
 * Feedback responses as columns (one entry per response, in file order) and the rule that picks,
 * for each customer, the one response that counts as of D.
 */
import type { DayNumber } from '../calendar';
import type { ScoreScale } from './scores';

/**
 * The responses of a dataset. All arrays have one entry per response, in the order they were
 * imported (a later file after an earlier one).
 */
export interface FeedbackColumns {
	/** Customer index in the dataset; −1 when the id has no purchase line (reported, not joined). */
	customer: Int32Array;
	/** Day of the response. */
	day: Int32Array;
	/** 0–10 on the NPS scale, 1–5 otherwise. */
	score: Uint8Array;
	/** `SCALE_NPS` or `SCALE_FIVE`, per response. */
	scale: Uint8Array;
}

/** "No response" in per-customer response indexes. */
export const NO_RESPONSE = -1;

/**
 * For each customer, the index of the response that counts as of D on one scale: the latest one
 * dated on or before D; among responses of that same day, the one imported last. −1 when the
 * customer has none. Responses of other scales, after D or without a customer are ignored.
 * @example
 * // customer 0 answers 3 on day 10 and 9 on day 20, customer 1 answers 8 on day 30; D = 25
 * latestResponses({ customer: Int32Array.of(0, 0, 1), day: Int32Array.of(10, 20, 30),
 *   score: Uint8Array.of(3, 9, 8), scale: Uint8Array.of(0, 0, 0) }, 2, 25, SCALE_NPS)
 * // → Int32Array [1, -1]
 */
export function latestResponses(
	responses: FeedbackColumns,
	customerCount: number,
	asOfDay: DayNumber,
	scale: ScoreScale
): Int32Array {
	const latest = new Int32Array(customerCount).fill(NO_RESPONSE);
	const { customer, day } = responses;
	for (let i = 0; i < customer.length; i++) {
		const c = customer[i];
		if (c < 0 || c >= customerCount || responses.scale[i] !== scale || day[i] > asOfDay) continue;
		const previous = latest[c];
		if (previous === NO_RESPONSE || day[i] >= day[previous]) latest[c] = i;
	}
	return latest;
}
