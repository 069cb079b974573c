import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { NONE, type CustomerTable } from '$lib/core/analytics/types';
import { scatterEn, scatterZh } from '$lib/i18n/areas/scatter';
import { group } from '../fixtures';
import Scatter from './Scatter.svelte';

/** Six customers: five scored (segments 0/1/2, tiers 0/1), one not. */
function customers(): CustomerTable {
	const n = 6;
	return {
		scored: Uint8Array.from([1, 1, 1, 0, 1, 1]),
		firstPurchaseDay: new Int32Array(n),
		lastPurchaseDay: new Int32Array(n),
		recencyDays: Int32Array.from([0, 10, 100, 0, 400, 30]),
		frequency: Int32Array.from([5, 1, 2, 0, 1, 3]),
		monetaryCents: Float64Array.from([90_000, 2_000, -500, -800, 1_000, 12_000]),
		rScore: new Uint8Array(n),
		fScore: new Uint8Array(n),
		mScore: new Uint8Array(n),
		fmScore: new Uint8Array(n),
		segment: Uint8Array.from([0, 1, 2, NONE, 2, 0]),
		tier: Uint8Array.from([0, 1, 1, NONE, 1, 0]),
		stage: new Uint8Array(n),
		previousSegment: new Uint8Array(n)
	};
}

const segments = [
	group('champions', { customers: 2 }),
	group('promising', { customers: 1 }),
	group('lost', { customers: 2 })
];
const tiers = [group('gold', { customers: 2 }), group('regular', { customers: 3 })];
const base = {
	customers: customers(),
	customerIds: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'],
	segments,
	tiers,
	currency: 'USD'
};

const attribute = (body: string, name: string) =>
	body.match(new RegExp(`data-testid="scatter-canvas"[^>]*?${name}="([^"]*)"`))?.[1];
const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const legend = (body: string) =>
	[...body.matchAll(/<button[^>]*aria-pressed="(true|false)"[^>]*data-key="(\w+)"/g)].map((m) => [
		m[2],
		m[1]
	]);

describe('Scatter (server render)', () => {
	it('draws every scored customer, coloured by segment', () => {
		const { body } = render(Scatter, { props: base });
		expect(attribute(body, 'data-points')).toBe('5');
		expect(JSON.parse(unescape(attribute(body, 'data-groups') ?? '{}'))).toEqual({
			champions: 2,
			promising: 1,
			lost: 2
		});
		expect(legend(body)).toEqual([
			['champions', 'true'],
			['promising', 'true'],
			['lost', 'true']
		]);
		expect(body).toContain('data-testid="scatter-legend-item"');
		expect(body).toContain('role="img"');
		expect(body).toContain('aria-label="Scatterplot of 5\u00a0customers: Recency (days) across');
		expect(body).toContain('Net spend (log scale)');
		expect(body).toContain('data-testid="scatter-summary-table"');
		expect(body).toContain('data-testid="scatter-plot"');
		// No selection yet: no panel, no tooltip.
		expect(body).not.toContain('data-testid="scatter-selection"');
		expect(body).not.toContain('data-testid="scatter-tooltip"');
	});

	it('leaves hidden groups out of the drawn counts', () => {
		const { body } = render(Scatter, { props: { ...base, hidden: ['lost', 'not_a_segment'] } });
		expect(attribute(body, 'data-points')).toBe('3');
		expect(JSON.parse(unescape(attribute(body, 'data-groups') ?? '{}'))).toEqual({
			champions: 2,
			promising: 1,
			lost: 0
		});
		expect(legend(body)).toContainEqual(['lost', 'false']);
		expect(body).toContain('1\u00a0group hidden.');
		expect(body).toContain('data-testid="scatter-legend-show-all"');
	});

	it('groups by tier when coloured by tier', () => {
		const { body } = render(Scatter, {
			props: { ...base, colorBy: 'tier', hidden: ['gold'], x: 'frequency', y: 'aov', yLog: false }
		});
		expect(legend(body)).toEqual([
			['gold', 'false'],
			['regular', 'true']
		]);
		expect(attribute(body, 'data-points')).toBe('3');
		expect(body).toContain('Purchases');
		expect(body).toContain('Average order value');
		// Frequency on an axis: the jitter is explained under the chart.
		expect(body).toContain('Purchases are spread by up to ±0.35');
	});

	it('shows the empty text without scored customers and a status while loading', () => {
		const none = { ...customers(), scored: new Uint8Array(6) };
		const empty = render(Scatter, { props: { ...base, customers: none } }).body;
		expect(empty).toContain('data-testid="chart-empty"');
		expect(empty).toContain(scatterEn['scatter.empty']);
		const loading = render(Scatter, { props: { ...base, loading: true } }).body;
		expect(loading).toContain('role="status"');
		expect(loading).not.toContain('data-testid="scatter-canvas"');
	});

	it('takes a title from the page', () => {
		expect(render(Scatter, { props: { ...base, title: 'Who buys what' } }).body).toContain(
			'Who buys what'
		);
	});
});

describe('scatter messages', () => {
	it('are all prefixed and translated', () => {
		const keys = Object.keys(scatterEn) as (keyof typeof scatterEn)[];
		expect(Object.keys(scatterZh).sort()).toEqual([...keys].sort());
		for (const key of keys) {
			expect(key.startsWith('scatter.')).toBe(true);
			expect(scatterZh[key].trim()).not.toBe('');
			// Same parameters in both languages.
			const params = (text: string) =>
				[
					...new Set(
						[...text.matchAll(/(?<!(?:one|other|=\d+) )\{(\w+)(?=[},])/g)].map((m) => m[1])
					)
				].sort();
			expect(params(scatterZh[key])).toEqual(params(scatterEn[key]));
		}
	});
});
