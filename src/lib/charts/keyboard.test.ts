import { describe, expect, it } from 'vitest';
import { moveFocus, moveInGrid, moveInList } from './keyboard';

describe('moveInGrid', () => {
	// A cohort triangle: rows of 3, 2 and 1 cells, and an empty row at the end.
	const triangle = [3, 2, 1, 0];
	it.each([
		['ArrowRight', { row: 0, column: 0 }, { row: 0, column: 1 }],
		['ArrowRight', { row: 0, column: 2 }, null],
		['ArrowLeft', { row: 1, column: 1 }, { row: 1, column: 0 }],
		['ArrowLeft', { row: 1, column: 0 }, null],
		['ArrowDown', { row: 0, column: 2 }, { row: 1, column: 1 }],
		['ArrowDown', { row: 1, column: 1 }, { row: 2, column: 0 }],
		['ArrowDown', { row: 2, column: 0 }, null],
		['ArrowUp', { row: 2, column: 0 }, { row: 1, column: 0 }],
		['ArrowUp', { row: 0, column: 1 }, null],
		['Home', { row: 0, column: 2 }, { row: 0, column: 0 }],
		['End', { row: 0, column: 0 }, { row: 0, column: 2 }],
		['Enter', { row: 0, column: 0 }, null]
	])('%s from %o → %o', (key, at, expected) => {
		expect(moveInGrid(key, at, triangle)).toEqual(expected);
	});

	it('skips empty rows going down and up', () => {
		expect(moveInGrid('ArrowDown', { row: 0, column: 1 }, [2, 0, 2])).toEqual({
			row: 2,
			column: 1
		});
		expect(moveInGrid('ArrowUp', { row: 2, column: 1 }, [2, 0, 2])).toEqual({ row: 0, column: 1 });
	});
});

describe('moveInList', () => {
	it.each([
		['ArrowDown', 0, 3, 1],
		['ArrowRight', 1, 3, 2],
		['ArrowDown', 2, 3, null],
		['ArrowUp', 2, 3, 1],
		['ArrowLeft', 0, 3, null],
		['Home', 2, 3, 0],
		['End', 0, 3, 2],
		['ArrowDown', 0, 0, null],
		['x', 1, 3, null]
	])('%s from %i of %i → %s', (key, index, count, expected) => {
		expect(moveInList(key, index, count)).toBe(expected);
	});
});

describe('moveFocus', () => {
	it('focuses the next mark and prevents the default scroll; ignores other keys', () => {
		const focused: string[] = [];
		const root = {
			querySelector: (selector: string) => ({ focus: () => focused.push(selector) })
		} as unknown as ParentNode;
		let prevented = 0;
		const key = (name: string) =>
			({ key: name, preventDefault: () => prevented++ }) as unknown as KeyboardEvent;
		expect(moveFocus(key('ArrowDown'), 0, 3, root)).toBe(1);
		expect(focused).toEqual(['[data-mark="1"]']);
		expect(prevented).toBe(1);
		expect(moveFocus(key('a'), 0, 3, root)).toBeNull();
		expect(moveFocus(key('End'), 2, 3, root)).toBeNull();
		expect(prevented).toBe(1);
	});
});
