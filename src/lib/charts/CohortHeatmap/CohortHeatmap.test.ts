import { render } from 'svelte/server';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Cohort } from '$lib/core/analytics/types';
import { i18n } from '$lib/i18n/i18n.svelte';
import { attributeValues, countTestId } from '../fixtures';
import CohortHeatmap from './CohortHeatmap.svelte';

function triangle(first: number, n: number): { cohorts: Cohort[] } {
	return {
		cohorts: Array.from({ length: n }, (_, i) => {
			const months = n - i;
			const retained = Array.from({ length: months }, (_, k) => (k === 0 ? 100 : 30 - k));
			return {
				month: first + i,
				size: 100,
				retained: Int32Array.from(retained),
				retention: Float64Array.from(retained.map((v) => v / 100)),
				revenueCents: Float64Array.from(retained.map((v) => v * 1000))
			};
		})
	};
}

describe('CohortHeatmap (server render)', () => {
	beforeEach(() => {
		i18n.lang = 'en';
	});

	it('draws the retention triangle with month labels and cell values', () => {
		const { body } = render(CohortHeatmap, {
			props: { cohorts: triangle(648, 4), currency: 'USD' }
		});
		expect(countTestId(body, 'cohort-cell')).toBe(4 + 3 + 2 + 1);
		expect(attributeValues(body, 'cohort-cell', 'data-k').slice(0, 4)).toEqual([
			'0',
			'1',
			'2',
			'3'
		]);
		expect(attributeValues(body, 'cohort-cell', 'data-value').slice(0, 2)).toEqual(['1', '0.29']);
		expect(body).toContain('Jan 2024');
		expect(body).toContain('>29%</text>');
		expect(body).toContain('data-testid="cohort-metric"');
	});

	it('shows revenue on request', () => {
		const { body } = render(CohortHeatmap, {
			props: { cohorts: triangle(648, 2), currency: 'USD', metric: 'revenue' }
		});
		expect(attributeValues(body, 'cohort-cell', 'data-value')).toEqual([
			'100000',
			'29000',
			'100000'
		]);
	});

	it('hides cell text when 60 months make the cells small', () => {
		const { body } = render(CohortHeatmap, {
			props: { cohorts: triangle(600, 60), currency: 'USD' }
		});
		expect(countTestId(body, 'cohort-cell')).toBe((60 * 61) / 2);
		expect(body).not.toContain('class="value');
	});

	it('is empty without cohorts', () => {
		const { body } = render(CohortHeatmap, {
			props: { cohorts: { cohorts: [] }, currency: 'USD' }
		});
		expect(countTestId(body, 'chart-empty')).toBe(1);
	});
});
