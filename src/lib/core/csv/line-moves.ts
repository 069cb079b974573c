/**
 * Column-wise moves between line chunks, for merging a part's chunks into a builder's
 * (`LineBuilder.absorb` in `lines.ts`): index remaps and copies of typed-array runs.
 */
import type { LineChunk } from '../columns';

/** One column of a line chunk. */
export type LineColumn = Int32Array | Float64Array;

/**
 * Replace each index ≥ 0 of `column` by `map[index]` (−1 stays −1), in place.
 * @example
 * const column = Int32Array.of(1, -1, 0);
 * remap(column, Int32Array.of(7, 9));
 * column // → Int32Array [9, -1, 7]
 */
export function remap(column: Int32Array, map: Int32Array): void {
	for (let i = 0; i < column.length; i++) {
		const index = column[i];
		if (index >= 0) column[i] = map[index];
	}
}

/**
 * Call `move` with each column of `target` and the same column of `source` (a product or
 * quantity column only when both chunks have it).
 * @example
 * const a = { customer: Int32Array.of(1), day: Int32Array.of(2), amountCents: Float64Array.of(3), order: Int32Array.of(4), attributes: [] };
 * let columns = 0;
 * eachColumn(a, a, () => columns++);
 * columns // → 4
 */
export function eachColumn(
	target: LineChunk,
	source: LineChunk,
	move: (target: LineColumn, source: LineColumn) => void
): void {
	move(target.customer, source.customer);
	move(target.day, source.day);
	move(target.amountCents, source.amountCents);
	move(target.order, source.order);
	for (let a = 0; a < target.attributes.length; a++)
		move(target.attributes[a], source.attributes[a]);
	if (target.product && source.product) move(target.product, source.product);
	if (target.quantity && source.quantity) move(target.quantity, source.quantity);
}
