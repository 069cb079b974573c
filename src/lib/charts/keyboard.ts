/**
 * Arrow-key movement between the marks of a chart. Charts keep one mark in the tab order (roving
 * tabindex) and move focus with the arrows, so a heatmap of 300 cells is one Tab stop, not 300.
 */

/** A position in a ragged grid: row `row`, column `column`. */
export interface GridPosition {
	row: number;
	column: number;
}

/**
 * Where a key moves the focus in a grid whose row `i` has `rowLengths[i]` cells (a cohort
 * triangle, a 5 × 5 grid, a list when every row has one cell); null when the key does not move.
 * Up and down keep the column, clamped to the target row's length, and skip empty rows.
 * @example moveInGrid('ArrowDown', { row: 0, column: 2 }, [3, 2]) // → { row: 1, column: 1 }
 */
export function moveInGrid(
	key: string,
	at: GridPosition,
	rowLengths: readonly number[]
): GridPosition | null {
	const rows = rowLengths.length;
	const last = (row: number) => rowLengths[row] - 1;
	const verticalStep = (direction: 1 | -1): GridPosition | null => {
		for (let row = at.row + direction; row >= 0 && row < rows; row += direction) {
			if (rowLengths[row] > 0) return { row, column: Math.min(at.column, last(row)) };
		}
		return null;
	};
	switch (key) {
		case 'ArrowRight':
			return at.column < last(at.row) ? { row: at.row, column: at.column + 1 } : null;
		case 'ArrowLeft':
			return at.column > 0 ? { row: at.row, column: at.column - 1 } : null;
		case 'ArrowDown':
			return verticalStep(1);
		case 'ArrowUp':
			return verticalStep(-1);
		case 'Home':
			return at.column > 0 ? { row: at.row, column: 0 } : null;
		case 'End':
			return at.column < last(at.row) ? { row: at.row, column: last(at.row) } : null;
		default:
			return null;
	}
}

/**
 * Where a key moves the focus in a flat list of `count` marks; both arrow pairs work.
 * @example moveInList('ArrowDown', 0, 3) // → 1
 */
export function moveInList(key: string, index: number, count: number): number | null {
	if (count === 0) return null;
	let next: number;
	if (key === 'ArrowRight' || key === 'ArrowDown') next = Math.min(index + 1, count - 1);
	else if (key === 'ArrowLeft' || key === 'ArrowUp') next = Math.max(index - 1, 0);
	else if (key === 'Home') next = 0;
	else if (key === 'End') next = count - 1;
	else return null;
	return next === index ? null : next;
}

/**
 * Arrow-key navigation between a chart's marks (elements with `data-mark` = index under `root`):
 * moves the focus and returns the new index, or null when the key does not move it.
 * @example moveFocus(event, 0, 3, svg) // ArrowDown → focuses [data-mark="1"], returns 1
 */
export function moveFocus(
	event: KeyboardEvent,
	index: number,
	count: number,
	root: ParentNode | null | undefined
): number | null {
	const next = moveInList(event.key, index, count);
	if (next === null) return null;
	event.preventDefault();
	root?.querySelector<HTMLElement | SVGElement>(`[data-mark="${next}"]`)?.focus();
	return next;
}
