/**
 * What a segment's playbook card says about its feedback (issue 16): ask the happy customers for
 * a referral (老带新), call the unhappy ones first.
 */
import type { GroupFeedback } from './groups';
import { SCALE_NPS, type ScoreScale } from './scores';

/** One suggestion on a playbook card, with the customers filter that lists its customers. */
export interface FeedbackHint {
	code: 'referral' | 'call';
	/** Customers concerned (by their latest response up to D). */
	count: number;
	/** The customers page's `feedback` filter value that lists them. */
	filter: string;
}

/**
 * The hints of one segment: a referral ask when it has happy customers (NPS promoters 9–10; 4–5
 * on the 1–5 scale), a call list when it has unhappy ones (NPS detractors 0–6; 1–2).
 * @example feedbackHints({ promoters: 4, detractors: 0, satisfied: 0, dissatisfied: 0 }, SCALE_NPS)
 * // → [{ code: 'referral', count: 4, filter: 'promoter' }]
 */
export function feedbackHints(
	group: Pick<GroupFeedback, 'promoters' | 'detractors' | 'satisfied' | 'dissatisfied'>,
	scale: ScoreScale
): FeedbackHint[] {
	const nps = scale === SCALE_NPS;
	const happy = nps ? group.promoters : group.satisfied;
	const unhappy = nps ? group.detractors : group.dissatisfied;
	const hints: FeedbackHint[] = [];
	if (happy > 0)
		hints.push({ code: 'referral', count: happy, filter: nps ? 'promoter' : 'satisfied' });
	if (unhappy > 0)
		hints.push({ code: 'call', count: unhappy, filter: nps ? 'detractor' : 'dissatisfied' });
	return hints;
}
