import { describe, expect, it } from 'vitest';
import { feedbackHints } from './playbook';
import { SCALE_FIVE, SCALE_NPS } from './scores';

describe('feedbackHints', () => {
	it.each([
		[SCALE_NPS, [4, 0, 9, 9], [['referral', 4, 'promoter']]],
		[SCALE_NPS, [0, 2, 9, 9], [['call', 2, 'detractor']]],
		[
			SCALE_NPS,
			[1, 3, 0, 0],
			[
				['referral', 1, 'promoter'],
				['call', 3, 'detractor']
			]
		],
		[SCALE_NPS, [0, 0, 5, 5], []],
		[SCALE_FIVE, [9, 9, 6, 0], [['referral', 6, 'satisfied']]],
		[SCALE_FIVE, [9, 9, 0, 1], [['call', 1, 'dissatisfied']]]
	] as const)(
		'scale %i, P D S Di %j → %j',
		(scale, [promoters, detractors, satisfied, dissatisfied], hints) => {
			expect(
				feedbackHints({ promoters, detractors, satisfied, dissatisfied }, scale).map((h) => [
					h.code,
					h.count,
					h.filter
				])
			).toEqual(hints);
		}
	);
});
