import { render } from 'svelte/server';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FunnelStep } from '$lib/core/analytics/types';
import { i18n } from '$lib/i18n/i18n.svelte';
import { attributeValues, countTestId } from '../fixtures';
import Funnel from './Funnel.svelte';

const steps: FunnelStep[] = [
	{ minPurchases: 1, customers: 1000, active: 500, atRisk: 300, lost: 200, conversion: 1 },
	{ minPurchases: 2, customers: 400, active: 250, atRisk: 100, lost: 50, conversion: 0.4 },
	{ minPurchases: 3, customers: 100, active: 80, atRisk: 20, lost: 0, conversion: 0.25 },
	{ minPurchases: 4, customers: 30, active: 30, atRisk: 0, lost: 0, conversion: 0.3 }
];

describe('Funnel (server render)', () => {
	beforeEach(() => {
		i18n.lang = 'en';
	});

	it('draws one step per funnel step with its parts and conversions', () => {
		const { body } = render(Funnel, { props: { steps } });
		expect(countTestId(body, 'funnel-step')).toBe(4);
		expect(attributeValues(body, 'funnel-step', 'data-min-purchases')).toEqual([
			'1',
			'2',
			'3',
			'4'
		]);
		expect(attributeValues(body, 'funnel-step', 'data-customers')).toEqual([
			'1000',
			'400',
			'100',
			'30'
		]);
		// 3 + 3 + 2 + 1 non-empty parts.
		expect(body.match(/data-status="/g)).toHaveLength(9);
		expect(body).toContain('↓ 40.0% went on');
		expect(body).toContain('1+ purchase');
		expect(body).toContain('4+\u00a0purchases');
		expect(body).toContain(
			'aria-label="2+\u00a0purchases, Lapsing: 100\u00a0customers, 25.0% of the step"'
		);
	});

	it('writes short conversions when compact', () => {
		const { body } = render(Funnel, { props: { steps, compact: true } });
		expect(body).toContain('↓ 25.0%');
		expect(body).not.toContain('went on');
	});

	it('is empty without customers', () => {
		const { body } = render(Funnel, { props: { steps: [] } });
		expect(countTestId(body, 'funnel-step')).toBe(0);
		expect(countTestId(body, 'chart-empty')).toBe(1);
	});
});
