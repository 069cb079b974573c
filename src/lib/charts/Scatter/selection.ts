/**
 * What a completed brush on the scatterplot hands on: the selected customers, the brushed
 * rectangle in raw units, and the summary of the selection (defined once in
 * `core/analytics/selection`). Apart from `layout.ts` because only the brush and those who take
 * its result (the interaction, the page) read it, never the drawing.
 */

/**
 * What `onselect` receives when a brush completes: the selected customers' indexes (ascending,
 * into `CustomerTable` and `customerIds`) and the brushed rectangle in raw units of the x and y
 * metrics (days, purchases, cents, CLV in currency units or P(alive); frequency ranges include the
 * jitter).
 */
export interface ScatterSelection {
	indexes: Int32Array;
	x: [number, number];
	y: [number, number];
}

export {
	summarizeSelection,
	type GroupTally,
	type SelectionSummary
} from '$lib/core/analytics/selection';

/**
 * Customer indexes of point numbers.
 * @example customersOf(new Int32Array([4, 7, 9]), new Int32Array([0, 2])) // → Int32Array [4, 9]
 */
export function customersOf(points: Int32Array, pointNumbers: Int32Array): Int32Array {
	const result = new Int32Array(pointNumbers.length);
	for (let i = 0; i < pointNumbers.length; i++) result[i] = points[pointNumbers[i]];
	return result;
}
