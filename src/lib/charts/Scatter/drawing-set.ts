/**
 * The scatterplot's points grouped by colour for the canvas, which sets each colour once: a
 * counting sort by group that leaves hidden legend groups out, and the drawn counts per group.
 * Apart from `layout.ts` because it works on point numbers and groups, not on positions: a legend
 * toggle recomputes this and nothing of the layout.
 */

/** The points to draw, grouped by colour group so the canvas sets each colour once. */
export interface DrawingSet {
	/** Point numbers, group 0's first (ascending inside a group); hidden groups left out. */
	order: Int32Array;
	/** Group g's points are order[starts[g] … starts[g + 1]); length = groupCount + 1. */
	starts: Int32Array;
	/** Points drawn per group (0 for hidden groups). */
	counts: Int32Array;
}

/**
 * Which groups are hidden, by group index, from the hidden keys. Keys of other groupings are
 * ignored.
 * @example hiddenMask(['a', 'b', 'c'], ['c', 'zz']) // → Uint8Array [0, 0, 1]
 */
export function hiddenMask(groupKeys: readonly string[], hidden: readonly string[]): Uint8Array {
	const mask = new Uint8Array(groupKeys.length);
	groupKeys.forEach((key, g) => {
		if (hidden.includes(key)) mask[g] = 1;
	});
	return mask;
}

/**
 * Counting sort of the points by group, skipping hidden groups and points whose group is out of
 * range (`NONE`). O(n), stable.
 * @example drawingSet(new Uint8Array([1, 0, 1]), new Int32Array([0, 1, 2]), 2, new Uint8Array(2))
 * // → order [1, 0, 2], starts [0, 1, 3], counts [1, 2]
 */
export function drawingSet(
	groupOf: Uint8Array,
	points: Int32Array,
	groupCount: number,
	hidden: Uint8Array
): DrawingSet {
	const counts = new Int32Array(groupCount);
	for (let p = 0; p < points.length; p++) {
		const g = groupOf[points[p]];
		if (g < groupCount && !hidden[g]) counts[g]++;
	}
	const starts = new Int32Array(groupCount + 1);
	for (let g = 0; g < groupCount; g++) starts[g + 1] = starts[g] + counts[g];
	const order = new Int32Array(starts[groupCount]);
	const next = starts.slice(0, groupCount);
	for (let p = 0; p < points.length; p++) {
		const g = groupOf[points[p]];
		if (g < groupCount && !hidden[g]) order[next[g]++] = p;
	}
	return { order, starts, counts };
}

/**
 * Drawn points per group key, for the canvas's `data-groups` test hook.
 * @example drawnCounts(['a', 'b'], new Int32Array([3, 0])) // → { a: 3, b: 0 }
 */
export function drawnCounts(
	groupKeys: readonly string[],
	counts: Int32Array
): Record<string, number> {
	const result: Record<string, number> = {};
	groupKeys.forEach((key, g) => (result[key] = counts[g] ?? 0));
	return result;
}
