/**
 * Roving focus, hover and focus state of a chart's list of marks (bars, links, months): one mark in
 * the tab order, arrow keys move between them (`keyboard.ts`), and the chart derives its tooltip
 * from the mark pointed at or focused. Spread `marks.attrs(i)` on each mark.
 */
import { moveFocus, moveInGrid, type GridPosition } from './keyboard';

export class ListMarks {
	/** The mark that holds the Tab stop: the last one focused. */
	active = $state(0);
	/** The mark pointed at or focused, whose tooltip is open; null when none. */
	current = $state<number | null>(null);
	/** The mark with the keyboard focus. */
	focused = $state<number | null>(null);

	#count: () => number;
	#root: () => ParentNode | null | undefined;

	constructor(count: () => number, root: () => ParentNode | null | undefined) {
		this.#count = count;
		this.#root = root;
	}

	attrs(i: number) {
		return {
			// Fewer marks than before: the last one stands in for the active one.
			tabindex: i === Math.min(this.active, this.#count() - 1) ? 0 : -1,
			'data-mark': i,
			onfocus: () => {
				this.active = i;
				this.focused = i;
				this.current = i;
			},
			onblur: () => {
				this.focused = null;
				this.current = null;
			},
			onpointerenter: () => {
				this.current = i;
			},
			onpointerleave: () => {
				this.current = null;
			},
			onkeydown: (event: KeyboardEvent) => {
				const next = moveFocus(event, i, this.#count(), this.#root());
				if (next !== null) this.active = next;
			}
		};
	}
}

/** Handlers of one grid mark, created once per position. */
interface GridHandlers {
	onfocus: () => void;
	onblur: () => void;
	onpointerenter: () => void;
	onpointerleave: () => void;
	onkeydown: (event: KeyboardEvent) => void;
}

/**
 * Roving focus, hover and focus state of a chart's grid of marks (funnel parts, cohort cells, the
 * R × FM grid): one mark in the tab order, arrow keys move by row and column (`moveInGrid`),
 * Enter or Space activates. Each position's handlers are created once and reused on every
 * render. Spread `marks.attrs(row, column)` on each mark; the chart derives its tooltip from
 * `current`.
 */
export class GridMarks {
	/** The mark that holds the Tab stop: the last one focused. */
	active = $state<GridPosition>({ row: 0, column: 0 });
	/** The mark pointed at or focused, whose tooltip is open; null when none. */
	current = $state<GridPosition | null>(null);

	#rowLengths: () => readonly number[];
	#root: () => ParentNode | null | undefined;
	#onactivate: ((at: GridPosition) => void) | undefined;
	// A plain cache of closures, never rendered: no reactivity wanted.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#handlers = new Map<string, GridHandlers>();

	/**
	 * @param rowLengths cells in each row (a ragged grid, e.g. a cohort triangle)
	 * @param root where the marks are, to move the focus
	 * @param onactivate what Enter and Space do on a mark
	 */
	constructor(
		rowLengths: () => readonly number[],
		root: () => ParentNode | null | undefined,
		onactivate?: (at: GridPosition) => void
	) {
		this.#rowLengths = rowLengths;
		this.#root = root;
		this.#onactivate = onactivate;
	}

	/** Whether (row, column) holds the Tab stop; the first mark does when the active one is gone. */
	isActive(row: number, column: number): boolean {
		const lengths = this.#rowLengths();
		const exists = this.active.column < (lengths[this.active.row] ?? 0);
		return exists
			? this.active.row === row && this.active.column === column
			: row === 0 && column === 0;
	}

	attrs(row: number, column: number) {
		return {
			tabindex: this.isActive(row, column) ? 0 : -1,
			'data-mark': `${row}-${column}`,
			...this.#handlersAt(row, column)
		};
	}

	#handlersAt(row: number, column: number): GridHandlers {
		const key = `${row}-${column}`;
		let handlers = this.#handlers.get(key);
		if (!handlers) {
			const at = { row, column };
			handlers = {
				onfocus: () => {
					this.active = at;
					this.current = at;
				},
				onblur: () => {
					this.current = null;
				},
				onpointerenter: () => {
					this.current = at;
				},
				onpointerleave: () => {
					this.current = null;
				},
				onkeydown: (event: KeyboardEvent) => {
					if ((event.key === 'Enter' || event.key === ' ') && this.#onactivate) {
						event.preventDefault();
						this.#onactivate(at);
						return;
					}
					const next = moveInGrid(event.key, at, this.#rowLengths());
					if (!next) return;
					event.preventDefault();
					this.active = next;
					this.#root()
						?.querySelector<HTMLElement | SVGElement>(`[data-mark="${next.row}-${next.column}"]`)
						?.focus();
				}
			};
			this.#handlers.set(key, handlers);
		}
		return handlers;
	}
}
