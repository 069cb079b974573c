import { render } from 'svelte/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { attributeValues, countTestId } from '../fixtures';
import FeedbackTrend from './FeedbackTrend.svelte';

describe('FeedbackTrend (server render)', () => {
	beforeEach(() => {
		i18n.lang = 'en';
	});

	it('draws one point per month with responses, labelled with the month, value and count', () => {
		const { body } = render(FeedbackTrend, {
			props: {
				firstMonth: 646, // Nov 2023
				values: [50, null, -12.5],
				responses: [4, 0, 8],
				metric: 'nps',
				title: 'Month by month',
				description: 'NPS by month'
			}
		});
		expect(countTestId(body, 'feedback-trend-point')).toBe(2);
		expect(attributeValues(body, 'feedback-trend-point', 'data-value')).toEqual(['50', '-12.5']);
		expect(body).toContain('aria-label="Jan 2024: NPS -12.5, 8 responses"');
	});

	it('says so when no month has a response', () => {
		const { body } = render(FeedbackTrend, {
			props: {
				firstMonth: 646,
				values: [null],
				responses: [0],
				metric: 'csat',
				title: 'Month by month',
				description: 'CSAT by month'
			}
		});
		expect(countTestId(body, 'feedback-trend-point')).toBe(0);
	});
});
