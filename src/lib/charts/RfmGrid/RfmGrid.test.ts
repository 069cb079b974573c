import { render } from 'svelte/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { attributeValues, countTestId } from '../fixtures';
import { cellIndex, schemeCells } from './cells';
import RfmGrid from './RfmGrid.svelte';

const grid = {
	customers: Int32Array.from({ length: 25 }, (_, i) => i + 1),
	revenueCents: Float64Array.from({ length: 25 }, (_, i) => (i + 1) * 10_000),
	purchases: Int32Array.from({ length: 25 }, (_, i) => 2 * (i + 1))
};
const cells = schemeCells({ kind: 'rfm_grid' }, [], 'en');

describe('RfmGrid (server render)', () => {
	beforeEach(() => {
		i18n.lang = 'en';
	});

	it('draws 25 cell buttons, R 5 on top, with their scores and counts', () => {
		const { body } = render(RfmGrid, {
			props: { grid, cells, currency: 'USD', onselect: () => {} }
		});
		expect(countTestId(body, 'rfm-cell')).toBe(25);
		const r = attributeValues(body, 'rfm-cell', 'data-r');
		const fm = attributeValues(body, 'rfm-cell', 'data-fm');
		expect(r.slice(0, 5)).toEqual(['5', '5', '5', '5', '5']);
		expect(fm.slice(0, 5)).toEqual(['1', '2', '3', '4', '5']);
		expect(r.at(-1)).toBe('1');
		const customers = attributeValues(body, 'rfm-cell', 'data-customers').map(Number);
		expect(customers.reduce((a, b) => a + b, 0)).toBe((25 * 26) / 2);
		expect(body.match(/role="button"/g)).toHaveLength(25);
		// One Tab stop: the top-left cell (R 5, FM 1) starts focusable.
		expect(body.match(/tabindex="0"/g)).toHaveLength(1);
		expect(body).toMatch(/tabindex="0"[^>]*data-r="5" data-fm="1"/);
		expect(body).toContain(
			`aria-label="Champions 25 $2.5k · R 5, FM 5, Champions: ${grid.customers[cellIndex(5, 5)]}\u00a0customers, $2,500.00. Show these customers"`
		);
	});

	it('draws segment boundaries and names', () => {
		const { body } = render(RfmGrid, { props: { grid, cells, currency: 'USD' } });
		expect(body.match(/class="boundary svelte-/g)).toHaveLength(25);
		expect(body).toContain('>Champions</text>');
	});

	it('takes the segments as a function of (r, fm) too', () => {
		const { body } = render(RfmGrid, {
			props: {
				grid,
				currency: 'USD',
				segmentOfCell: (r: number) => ({
					key: r > 3 ? 'top' : 'rest',
					label: r > 3 ? 'Top' : 'Rest'
				})
			}
		});
		// One horizontal line between R 3 and R 4 across 5 columns.
		expect(body.match(/class="boundary svelte-/g)).toHaveLength(5);
		expect(
			attributeValues(body, 'rfm-cell', 'data-segment').filter((k) => k === 'top')
		).toHaveLength(10);
	});

	it('marks the selected cell as pressed', () => {
		const { body } = render(RfmGrid, {
			props: { grid, cells, currency: 'USD', selected: { r: 4, fm: 2 }, onselect: () => {} }
		});
		expect(body.match(/aria-pressed="true"/g)).toHaveLength(1);
		expect(body).toMatch(/aria-pressed="true"[^>]*data-r="4" data-fm="2"/);
	});

	it('offers the colour toggle and an empty state', () => {
		const { body } = render(RfmGrid, {
			props: { grid, cells, currency: 'USD', metric: 'revenue' }
		});
		expect(body).toContain('data-testid="rfm-metric"');
		expect(body).toMatch(/value="revenue"[^>]*checked/);
		const empty = render(RfmGrid, { props: { grid: null, cells, currency: 'USD' } }).body;
		expect(countTestId(empty, 'rfm-cell')).toBe(0);
		expect(countTestId(empty, 'chart-empty')).toBe(1);
	});
});
