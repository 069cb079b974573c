import { render } from 'svelte/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { attributeValues, countTestId } from '../fixtures';
import CheckChart from './CheckChart.svelte';

const props = {
	formatX: (x: number) => `x${x}`,
	formatY: (y: number) => y.toFixed(1),
	xName: 'Repeat purchases before',
	title: 'Calibration',
	description: 'Actual and expected',
	exportName: 'calibration',
	testid: 'calibration'
};

describe('CheckChart (server render)', () => {
	beforeEach(() => {
		i18n.lang = 'en';
	});

	it('draws the actual line solid and the expected one dashed, one mark per x', () => {
		const input = { x: [0, 1, 2], actual: [0.2, 0.7, 1.4], expected: [0.2, 0.5, 1] };
		const { body } = render(CheckChart, { props: { ...props, input } });
		expect(countTestId(body, 'calibration-actual')).toBe(1);
		expect(attributeValues(body, 'calibration-expected', 'stroke-dasharray')).toEqual(['6 4']);
		expect(body).toContain('aria-label="x1: Actual 0.7, Expected 0.5"');
	});

	it('is empty without points', () => {
		const { body } = render(CheckChart, { props: { ...props, input: null } });
		expect(countTestId(body, 'chart-empty')).toBe(1);
	});
});
