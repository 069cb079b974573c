import { render } from 'svelte/server';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MigrationMatrix } from '$lib/core/analytics/types';
import { i18n } from '$lib/i18n/i18n.svelte';
import { attributeValues, countTestId, group } from '../fixtures';
import MigrationMatrixTable from './MigrationMatrix.svelte';
import Sankey from './Sankey.svelte';

const segments = [group('champions'), group('loyal'), group('lost')];
const migration: MigrationMatrix = {
	offsetDays: 90,
	previousAsOfDay: 19_700,
	counts: Int32Array.of(
		// to: champions, loyal, lost
		50,
		10,
		0, // from champions
		5,
		30,
		15, // from loyal
		0,
		0,
		0, // from lost
		20,
		0,
		8 // not yet a customer
	),
	presentAtBoth: 110,
	newSinceThen: 28
};
const labels = { previousLabel: '7 Dec 2023', currentLabel: '6 Mar 2024' };

describe('Sankey (server render)', () => {
	beforeEach(() => {
		i18n.lang = 'en';
	});

	it('draws one link per non-zero count, values summing to the matrix total', () => {
		const { body } = render(Sankey, { props: { migration, segments, ...labels } });
		const values = attributeValues(body, 'sankey-link', 'data-value').map(Number);
		expect(values).toHaveLength(7);
		expect(values.every((v) => v > 0)).toBe(true);
		expect(values.reduce((a, b) => a + b, 0)).toBe(138);
	});

	it('names link ends by segment key, "none" for new customers', () => {
		const { body } = render(Sankey, { props: { migration, segments, ...labels } });
		const from = attributeValues(body, 'sankey-link', 'data-from');
		const to = attributeValues(body, 'sankey-link', 'data-to');
		const pairs = from.map((f, i) => `${f}>${to[i]}`);
		expect(pairs).toEqual(
			expect.arrayContaining([
				'champions>champions',
				'champions>loyal',
				'loyal>lost',
				'none>champions',
				'none>lost'
			])
		);
		expect(pairs).not.toContain('lost>lost');
		const fromNone = attributeValues(body, 'sankey-link', 'data-value').filter(
			(_, i) => from[i] === 'none'
		);
		expect(fromNone.map(Number).sort((a, b) => a - b)).toEqual([8, 20]);
		expect(body).toContain('aria-label="Not yet a customer → champions: 20"');
		expect(body).toContain('7 Dec 2023');
	});

	it('is empty when nobody is counted', () => {
		const { body } = render(Sankey, {
			props: { migration: { ...migration, counts: new Int32Array(12) }, segments, ...labels }
		});
		expect(countTestId(body, 'sankey-link')).toBe(0);
		expect(body).toContain('No customers to compare between the two dates.');
	});
});

describe('MigrationMatrix (server render)', () => {
	it('is a table with row and column headers and totals', () => {
		i18n.lang = 'en';
		const { body } = render(MigrationMatrixTable, { props: { migration, segments, ...labels } });
		expect(body.match(/<th scope="col"/g)).toHaveLength(4);
		expect(body.match(/<th scope="row"/g)).toHaveLength(5);
		expect(body).toContain('Not yet a customer');
		expect(body).toContain('>138</td>');
		expect(body).toMatch(
			/<caption[^>]*>Customers by segment on 7 Dec 2023 \(rows\) and on 6 Mar 2024/
		);
	});
});
