import { describe, expect, it } from 'vitest';
import type { MigrationMatrix } from '$lib/core/analytics/types';
import { flows, migrationTable, sankeyLayout } from './layout';

/** 3 segments: rows = segment at D − offset (+ not yet a customer), columns = segment at D. */
const migration = {
	counts: Int32Array.of(
		// to: 0   1   2
		50,
		10,
		0, // from 0
		5,
		30,
		15, // from 1
		0,
		0,
		0, // from 2 (nobody)
		20,
		0,
		8 // not yet a customer
	)
} as MigrationMatrix;

describe('flows', () => {
	it('lists the non-zero cells, "not yet a customer" as −1', () => {
		expect(flows(migration, 3)).toEqual([
			{ from: 0, to: 0, value: 50 },
			{ from: 0, to: 1, value: 10 },
			{ from: 1, to: 0, value: 5 },
			{ from: 1, to: 1, value: 30 },
			{ from: 1, to: 2, value: 15 },
			{ from: -1, to: 0, value: 20 },
			{ from: -1, to: 2, value: 8 }
		]);
	});
});

describe('sankeyLayout', () => {
	const layout = sankeyLayout(flows(migration, 3), 3, 800);

	it('keeps only nodes with customers, in segment order, "not yet" last', () => {
		expect(layout.nodes.map((n) => `${n.side}:${n.segment}`)).toEqual([
			'from:0',
			'from:1',
			'from:-1',
			'to:0',
			'to:1',
			'to:2'
		]);
		const left = layout.nodes.filter((n) => n.side === 'from');
		const right = layout.nodes.filter((n) => n.side === 'to');
		expect(left.map((n) => n.value)).toEqual([60, 50, 28]);
		expect(right.map((n) => n.value)).toEqual([75, 40, 23]);
		for (const column of [left, right]) {
			for (let i = 1; i < column.length; i++)
				expect(column[i].y0).toBeGreaterThan(column[i - 1].y1);
		}
	});

	it('puts the columns inside the label margins', () => {
		expect(layout.labelWidth).toBe(160);
		expect(layout.nodes[0]).toMatchObject({ x0: 160, x1: 174 });
		expect(layout.nodes.at(-1)).toMatchObject({ x0: 626, x1: 640 });
		expect(layout.height).toBe(260);
	});

	it('makes one band per flow, width proportional to its count', () => {
		expect(layout.links).toHaveLength(7);
		expect(layout.links.reduce((sum, l) => sum + l.value, 0)).toBe(138);
		const ratio = layout.links[0].width / layout.links[0].value;
		for (const link of layout.links) {
			expect(link.width / link.value).toBeCloseTo(ratio);
			expect(link.path).toMatch(/^M160|^M174/);
		}
	});

	it('is empty without flows', () => {
		expect(sankeyLayout([], 3, 800)).toMatchObject({ nodes: [], links: [] });
	});
});

describe('migrationTable', () => {
	it('adds row, column and grand totals', () => {
		const table = migrationTable(migration, 3);
		expect(table.rows.map((r) => [r.from, r.total])).toEqual([
			[0, 60],
			[1, 50],
			[2, 0],
			[-1, 28]
		]);
		expect(table.rows[3].counts).toEqual([20, 0, 8]);
		expect(table.columnTotals).toEqual([75, 40, 23]);
		expect(table.total).toBe(138);
	});
});
