import { describe, expect, it } from 'vitest';
import { CUSTOMER_SERIES } from './layout';
import { CUSTOMER_DASH, customersOf } from './series';

describe('customersOf', () => {
	it.each([
		['newRevenue', 'new'],
		['returningRevenue', 'returning']
	] as const)('%s → %s', (series, customers) => {
		expect(customersOf(series)).toBe(customers);
	});
});

describe('CUSTOMER_DASH', () => {
	it('draws active solid and the other lines with distinct dashes', () => {
		expect(CUSTOMER_SERIES.map((series) => CUSTOMER_DASH[series])).toEqual([
			undefined,
			'7 4',
			'2 3'
		]);
	});
});
