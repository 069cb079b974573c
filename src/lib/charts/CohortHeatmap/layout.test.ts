import { describe, expect, it } from 'vitest';
import type { Cohort } from '$lib/core/analytics/types';
import { cohortLayout, colorDomainMax } from './layout';

function cohort(month: number, size: number, retained: number[], revenueCents: number[]): Cohort {
	return {
		month,
		size,
		retained: Int32Array.from(retained),
		retention: Float64Array.from(retained.map((n) => (size ? n / size : 0))),
		revenueCents: Float64Array.from(revenueCents)
	};
}

const cohorts = [
	cohort(648, 10, [10, 4, 2], [1000, 500, 300]),
	cohort(649, 5, [5, 1], [400, 100]),
	cohort(650, 0, [0], [0])
];

/** A triangle of `n` monthly cohorts, as for n months of data. */
function triangle(n: number): Cohort[] {
	return Array.from({ length: n }, (_, i) =>
		cohort(
			600 + i,
			100,
			Array.from({ length: n - i }, (_, k) => (k ? 20 : 100)),
			new Array(n - i).fill(0)
		)
	);
}

describe('colorDomainMax', () => {
	it('uses the largest value after month 0', () => {
		expect(colorDomainMax(cohorts, 'retention')).toBe(0.4);
		expect(colorDomainMax(cohorts, 'revenue')).toBe(500);
	});
	it('falls back to month 0, then to 1', () => {
		expect(colorDomainMax([cohort(648, 3, [3], [700])], 'revenue')).toBe(700);
		expect(colorDomainMax([cohort(648, 0, [0], [0])], 'retention')).toBe(1);
	});
});

describe('cohortLayout', () => {
	// width 400, 60 px labels: labels end at 64, sizes at 132, grid from 144; 3 columns of 72 px.
	const layout = cohortLayout(cohorts, 'retention', 400, { labelWidth: 60, textWidth: 28 });

	it('places the label columns and sizes the cells', () => {
		expect(layout).toMatchObject({
			labelRight: 64,
			sizeRight: 132,
			gridLeft: 144,
			top: 44,
			cellWidth: 72,
			cellHeight: 28,
			showText: true,
			domainMax: 0.4,
			legendY: 44 + 3 * 28 + 12,
			height: 44 + 3 * 28 + 10 + 34
		});
		expect(layout.columns).toEqual([
			{ k: 0, x: 180 },
			{ k: 1, x: 252 },
			{ k: 2, x: 324 }
		]);
	});

	it('lays cells out as a triangle coloured against the domain', () => {
		expect(layout.rows.map((r) => r.cells.length)).toEqual([3, 2, 1]);
		const [first, second, empty] = layout.rows;
		expect(first.cells.map((c) => [c.k, c.month, c.x, c.y])).toEqual([
			[0, 648, 144, 44],
			[1, 649, 216, 44],
			[2, 650, 288, 44]
		]);
		expect(first.cells.map((c) => c.t)).toEqual([1, 1, 0.5]);
		expect(second.cells.map((c) => c.t)).toEqual([1, 0.5]);
		expect(second.cells[1]).toMatchObject({
			retained: 1,
			retention: 0.2,
			revenueCents: 100,
			value: 0.2
		});
		expect(empty.cells[0]).toMatchObject({ value: 0, t: 0 });
	});

	it('shows revenue on request', () => {
		const revenue = cohortLayout(cohorts, 'revenue', 400, { labelWidth: 60 });
		expect(revenue.domainMax).toBe(500);
		expect(revenue.rows[0].cells.map((c) => c.value)).toEqual([1000, 500, 300]);
		expect(revenue.rows[0].cells.map((c) => c.t)).toEqual([1, 1, 0.6]);
	});

	it('keeps 25 months legible at 1280 px with text in the cells', () => {
		const dense = cohortLayout(triangle(25), 'retention', 1280, { labelWidth: 72, textWidth: 28 });
		expect(dense.cellWidth).toBeCloseTo((1280 - 156 - 8) / 25);
		expect(dense.cellHeight).toBeCloseTo(22.4);
		expect(dense.showText).toBe(true);
		expect(dense.rows.every((r) => r.labelled)).toBe(true);
		expect(dense.columns).toHaveLength(25);
		expect(dense.height).toBeLessThan(720);
	});

	it('hides cell text and thins labels when cells get small', () => {
		const crowded = cohortLayout(triangle(60), 'retention', 1280, {
			labelWidth: 72,
			textWidth: 28
		});
		expect(crowded.showText).toBe(false);
		expect(crowded.rows.filter((r) => r.labelled)).toHaveLength(30);
		expect(crowded.columns.map((c) => c.k).slice(0, 3)).toEqual([0, 2, 4]);
	});
});
