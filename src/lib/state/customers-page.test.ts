import { describe, expect, it } from 'vitest';
import { emptyQuery, type CustomerQuery, type ScoreKey } from '$lib/core/customer-query';
import { CustomersPage, customersSearch, withScore } from './customers-page.svelte';

describe('withScore', () => {
	type Scores = CustomerQuery['scores'];
	it.each<[Scores, ScoreKey, 0 | 1, number, Scores]>([
		// [scores before, key, end, value, scores after]
		[{}, 'r', 0, 3, { r: [3, 5] }],
		[{}, 'f', 1, 2, { f: [1, 2] }],
		[{ r: [3, 5] }, 'r', 0, 1, {}], // back to 1…5: no filter
		[{ m: [2, 4] }, 'm', 0, 5, { m: [4, 5] }], // ends out of order are swapped
		[{ r: [2, 3], m: [1, 2] }, 'm', 1, 5, { r: [2, 3] }]
	])('%j, %s[%d] = %d → %j', (before, key, end, value, after) => {
		expect(withScore(before, key, end, value)).toEqual(after);
	});
});

describe('customersSearch', () => {
	it('adds the bought filter after the query parameters, nothing for defaults', () => {
		expect(customersSearch(emptyQuery(), { product: '', category: '' })).toBe('');
		expect(
			customersSearch({ ...emptyQuery(), stages: ['lost'] }, { product: 'P 1', category: 'Tea' })
		).toBe('stage=lost&product=P+1&category=Tea');
	});
});

describe('CustomersPage', () => {
	function page(search: string) {
		const urls: string[] = [];
		let changes = 0;
		const state = new CustomersPage(
			() => new URLSearchParams(search),
			(next) => urls.push(next)
		);
		state.onchange = () => changes++;
		return { state, urls, changes: () => changes };
	}

	it('reads the query and the bought filter from the URL', () => {
		const { state } = page('segment=lost&r=4..5&product=SKU-C');
		expect(state.query.segments).toEqual(['lost']);
		expect(state.query.scores).toEqual({ r: [4, 5] });
		expect(state.bought).toEqual({ product: 'SKU-C', category: '' });
		expect(state.hasFilters).toBe(true);
		expect(page('sort=recency&dir=asc').state.hasFilters).toBe(false);
		expect(page('category=Tea').state.hasFilters).toBe(true);
		expect(page('cell=5-4').state.hasFilters).toBe(true);
	});

	it('writes changes back to the URL, keeping the bought filter, and resets the table', () => {
		const { state, urls, changes } = page('segment=lost&product=SKU-C');
		state.update({ tiers: ['gold'] });
		state.setScore('f', 0, 4);
		// Numbers sort descending first, the id ascending; the sorted column (by default net
		// revenue, descending) flips.
		state.sortBy('monetary');
		state.sortBy('recency');
		state.sortBy('customer_id');
		expect(urls).toEqual([
			'segment=lost&tier=gold&product=SKU-C',
			'segment=lost&f=4..5&product=SKU-C',
			'segment=lost&dir=asc&product=SKU-C',
			'segment=lost&sort=recency&product=SKU-C',
			'segment=lost&sort=customer_id&dir=asc&product=SKU-C'
		]);
		expect(changes()).toBe(5);
	});

	it('clears every filter and the bought filter, but keeps the sort', () => {
		const { state, urls } = page('q=ab&segment=lost&m=2..3&cell=5-4&sort=frequency&category=Tea');
		state.clearFilters();
		expect(urls).toEqual(['sort=frequency']);
	});
});
