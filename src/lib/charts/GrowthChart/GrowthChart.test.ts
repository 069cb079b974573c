import { render } from 'svelte/server';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GrowthTable } from '$lib/core/analytics/types';
import { i18n } from '$lib/i18n/i18n.svelte';
import { attributeValues, countTestId } from '../fixtures';
import GrowthChart from './GrowthChart.svelte';

const growth: GrowthTable = {
	firstMonth: 646,
	months: 4,
	newCustomers: Int32Array.of(10, 20, 5, 0),
	activeCustomers: Int32Array.of(10, 25, 15, 40),
	returningCustomers: Int32Array.of(0, 5, 10, 40),
	newRevenueCents: Float64Array.of(1000, 2000, 500, 0),
	returningRevenueCents: Float64Array.of(0, 500, -300, 4000),
	activeGrowth: [null, 1.5, -0.4, 1.6666666666666667]
};

describe('GrowthChart (server render)', () => {
	beforeEach(() => {
		i18n.lang = 'en';
	});

	it('draws three customer lines and the non-zero revenue bars', () => {
		const { body } = render(GrowthChart, { props: { growth, currency: 'USD' } });
		const series = attributeValues(body, 'growth-mark', 'data-series');
		expect(series.slice(0, 3)).toEqual(['active', 'new', 'returning']);
		expect(series.filter((s) => s.endsWith('Revenue'))).toHaveLength(6);
		expect(countTestId(body, 'growth-month')).toBe(4);
		expect(body).toContain('Nov 2023');
		expect(body).toContain(
			'aria-label="Dec 2023: 20 new, 25 active, 5\u00a0returning customers; revenue $20.00 from new and $5.00 from returning customers"'
		);
	});

	it('shows only the customer lines when compact', () => {
		const { body } = render(GrowthChart, { props: { growth, currency: 'USD', compact: true } });
		expect(attributeValues(body, 'growth-mark', 'data-series')).toEqual([
			'active',
			'new',
			'returning'
		]);
	});

	it('is empty without months', () => {
		const { body } = render(GrowthChart, {
			props: { growth: { ...growth, months: 0 }, currency: 'USD' }
		});
		expect(countTestId(body, 'growth-mark')).toBe(0);
		expect(countTestId(body, 'chart-empty')).toBe(1);
	});
});
