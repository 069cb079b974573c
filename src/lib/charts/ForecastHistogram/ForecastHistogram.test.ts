import { render } from 'svelte/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { attributeValues, countTestId } from '../fixtures';
import ForecastHistogram from './ForecastHistogram.svelte';

const props = {
	format: (value: number) => `${Math.round(value * 100)}%`,
	title: 'P(alive)',
	description: 'Customers by P(alive)',
	exportName: 'p-alive',
	testid: 'alive'
};

describe('ForecastHistogram (server render)', () => {
	beforeEach(() => {
		i18n.lang = 'en';
	});

	it('draws one bar per bin with its count and notes the customers above the range', () => {
		const histogram = { min: 0, max: 1, counts: Float64Array.of(3, 0, 5, 2), above: 4 };
		const { body } = render(ForecastHistogram, { props: { ...props, histogram } });
		expect(attributeValues(body, 'alive-bar', 'data-value')).toEqual(['3', '0', '5', '2']);
		expect(body).toContain('aria-label="50% – 75%: 5"');
		expect(body).toContain('4\u00a0customers above 100%');
	});

	it('is empty without customers', () => {
		const histogram = { min: 0, max: 1, counts: Float64Array.of(0, 0), above: 0 };
		const { body } = render(ForecastHistogram, { props: { ...props, histogram } });
		expect(countTestId(body, 'chart-empty')).toBe(1);
	});
});
