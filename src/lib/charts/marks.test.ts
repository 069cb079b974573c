import { describe, expect, it } from 'vitest';
import { GridMarks, ListMarks } from './marks.svelte';

const key = (name: string) => ({ key: name, preventDefault() {} }) as unknown as KeyboardEvent;

describe('ListMarks', () => {
	it('keeps one mark in the tab order and moves it with the arrow keys', () => {
		let count = 3;
		const marks = new ListMarks(
			() => count,
			() => null
		);
		expect([0, 1, 2].map((i) => marks.attrs(i).tabindex)).toEqual([0, -1, -1]);
		expect(marks.attrs(2)['data-mark']).toBe(2);
		marks.attrs(0).onkeydown(key('ArrowDown'));
		expect(marks.active).toBe(1);
		marks.attrs(1).onkeydown(key('End'));
		expect(marks.active).toBe(2);
		marks.attrs(2).onkeydown(key('a'));
		expect(marks.active).toBe(2);
		// The list shrank: the last mark stands in for the active one.
		count = 2;
		expect([0, 1].map((i) => marks.attrs(i).tabindex)).toEqual([-1, 0]);
	});

	it('tracks the mark pointed at and the focused one separately', () => {
		const marks = new ListMarks(
			() => 4,
			() => null
		);
		marks.attrs(2).onpointerenter();
		expect([marks.current, marks.focused]).toEqual([2, null]);
		marks.attrs(2).onpointerleave();
		expect(marks.current).toBeNull();
		marks.attrs(3).onfocus();
		expect([marks.current, marks.focused, marks.active]).toEqual([3, 3, 3]);
		marks.attrs(3).onblur();
		expect([marks.current, marks.focused, marks.active]).toEqual([null, null, 3]);
	});
});

describe('GridMarks', () => {
	it('keeps one Tab stop, moves by row and column, activates with Enter, reuses handlers', () => {
		let lengths = [3, 2, 1];
		const activated: unknown[] = [];
		const marks = new GridMarks(
			() => lengths,
			() => null,
			(at) => activated.push(at)
		);
		expect(marks.attrs(0, 0).tabindex).toBe(0);
		expect(marks.attrs(1, 1).tabindex).toBe(-1);
		expect(marks.attrs(1, 1)['data-mark']).toBe('1-1');
		expect(marks.attrs(0, 2).onkeydown).toBe(marks.attrs(0, 2).onkeydown);

		marks.attrs(0, 2).onkeydown(key('ArrowDown'));
		expect(marks.active).toEqual({ row: 1, column: 1 });
		marks.attrs(1, 1).onfocus();
		expect(marks.current).toEqual({ row: 1, column: 1 });
		marks.attrs(1, 1).onkeydown(key('Enter'));
		expect(activated).toEqual([{ row: 1, column: 1 }]);
		marks.attrs(1, 1).onblur();
		expect(marks.current).toBeNull();
		marks.attrs(2, 0).onpointerenter();
		expect(marks.current).toEqual({ row: 2, column: 0 });

		lengths = [1];
		expect(marks.attrs(0, 0).tabindex).toBe(0);
	});
});
