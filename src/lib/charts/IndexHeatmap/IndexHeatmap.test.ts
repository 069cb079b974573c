import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import IndexHeatmap from './IndexHeatmap.svelte';

describe('IndexHeatmap (server render)', () => {
	it('colours over-average cells orange and under-average cells purple', () => {
		const { body } = render(IndexHeatmap, {
			props: {
				title: 'Affinity',
				description: 'test',
				rows: ['Champions'],
				columns: ['Tea', 'Mugs', 'Vases'],
				values: [400, 25, 100],
				neutral: 100,
				format: (v: number) => String(Math.round(v)),
				cellLabel: (row: string, column: string, value: string) => `${row} ${column} ${value}`,
				exportName: 'affinity',
				testid: 'affinity'
			}
		});
		const fills = [...body.matchAll(/data-value="(\d+)"[^>]*style="fill: (rgb\([^)]*\))/g)].map(
			(m) => [Number(m[1]), m[2]]
		);
		expect(fills.map(([v]) => v)).toEqual([400, 25, 100]);
		const rgb = (text: string) => text.match(/\d+/g)!.map(Number);
		const [high, low, neutral] = fills.map(([, fill]) => rgb(fill as string));
		expect(high[0]).toBeGreaterThan(high[2]); // orange: more red than blue
		expect(low[2]).toBeGreaterThan(low[1]); // purple: more blue than green
		expect(Math.min(...neutral)).toBeGreaterThan(220); // near white
		expect(body).toContain('aria-label="Champions Tea 400"');
	});
});
