import { describe, expect, it } from 'vitest';
import { group } from '../fixtures';
import { cellIndex, gridCells, schemeCells } from './cells';

describe('cellIndex', () => {
	it.each([
		[1, 1, 0],
		[1, 5, 4],
		[2, 1, 5],
		[5, 5, 24]
	])('(r %i, fm %i) → %i', (r, fm, index) => {
		expect(cellIndex(r, fm)).toBe(index);
	});
});

describe('gridCells', () => {
	it('calls the function in grid order', () => {
		const cells = gridCells((r, fm) => ({ key: `${r}${fm}`, label: '' }));
		expect(cells).toHaveLength(25);
		expect(cells[cellIndex(3, 4)]?.key).toBe('34');
	});
});

describe('schemeCells', () => {
	it('maps the built-in grid, names from the result when present', () => {
		const cells = schemeCells(
			{ kind: 'rfm_grid' },
			[group('champions', { label: { en: 'Best', zh: '最佳' } })],
			'en'
		);
		expect(cells[cellIndex(5, 5)]).toEqual({ key: 'champions', label: 'Best', index: 0 });
		expect(cells[cellIndex(1, 1)]).toEqual({ key: 'lost', label: 'Lost', index: 10 });
		expect(schemeCells({ kind: 'rfm_grid' }, [], 'zh')[cellIndex(4, 1)]?.label).toBe('潜力新客');
	});

	it('maps custom R × FM ranges, with null for cells nobody claims', () => {
		const cells = schemeCells(
			{
				kind: 'custom',
				segments: [
					{ key: 'top', label: 'Top', r: [4, 5], fm: [4, 5] },
					{ key: 'rest', label: { en: 'Rest', zh: '其余' }, r: [1, 3], fm: [1, 5] }
				]
			},
			[],
			'zh'
		);
		expect(cells[cellIndex(5, 4)]).toEqual({ key: 'top', label: 'Top', index: 0 });
		expect(cells[cellIndex(2, 2)]).toEqual({ key: 'rest', label: '其余', index: 1 });
		expect(cells[cellIndex(5, 1)]).toBeNull();
	});

	it('has no cells for schemes off the R × FM plane', () => {
		expect(schemeCells({ kind: 'value8' }, [], 'en').every((c) => c === null)).toBe(true);
		const cube = schemeCells(
			{ kind: 'custom', segments: [{ key: 'a', label: 'A', r: [1, 5], f: [1, 5], m: [1, 5] }] },
			[],
			'en'
		);
		expect(cube.every((c) => c === null)).toBe(true);
	});
});
