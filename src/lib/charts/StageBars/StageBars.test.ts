import { render } from 'svelte/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { attributeValues, countTestId, group } from '../fixtures';
import StageBars from './StageBars.svelte';

const stages = [
	group('new', { customers: 40, share: 0.4 }),
	group('repeat', { customers: 30, share: 0.3 }),
	group('loyal', { customers: 10, share: 0.1 }),
	group('at_risk', { customers: 15, share: 0.15 }),
	group('lost', { customers: 5, share: 0.05 })
];

describe('StageBars (server render)', () => {
	beforeEach(() => {
		i18n.lang = 'en';
	});

	it('draws one bar per stage in lifecycle order with stage colours', () => {
		const { body } = render(StageBars, { props: { stages } });
		expect(attributeValues(body, 'stage-bar', 'data-key')).toEqual([
			'new',
			'repeat',
			'loyal',
			'at_risk',
			'lost'
		]);
		expect(attributeValues(body, 'stage-bar', 'data-value')).toEqual(['40', '30', '10', '15', '5']);
		expect(body).toContain('fill="#e69f00"'); // at risk
		expect(body).toContain('aria-label="new: 40\u00a0customers (40.0%)"');
	});

	it('is empty without customers', () => {
		const { body } = render(StageBars, { props: { stages: [] } });
		expect(countTestId(body, 'stage-bar')).toBe(0);
		expect(countTestId(body, 'chart-empty')).toBe(1);
	});
});
