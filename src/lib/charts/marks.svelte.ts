/**
 * Roving focus, hover and focus state of a chart's list of marks (bars, links, months): one mark in
 * the tab order, arrow keys move between them (`keyboard.ts`), and the chart derives its tooltip
 * from the mark pointed at or focused. Spread `marks.attrs(i)` on each mark.
 */
import { moveFocus } from './keyboard';

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
