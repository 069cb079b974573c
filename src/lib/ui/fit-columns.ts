/**
 * Column widths for a fixed-layout table: each column gets at least what its content needs, and
 * the room left is shared by the other columns in proportion to their shares. When the needs
 * alone pass the box, the widths are the needs (the table then scrolls sideways).
 * @example fitColumns([0.5, 0.5], [80, 10], 100) // → [80, 20]
 * @example fitColumns([0.5, 0.5], [10, 10], 100) // → [50, 50]
 * @example fitColumns([0.5, 0.5], [80, 40], 100) // → [80, 40]
 */
export function fitColumns(
	shares: readonly number[],
	need: readonly number[],
	box: number
): number[] {
	const fixed = new Set<number>();
	for (;;) {
		let room = box;
		let share = 0;
		for (let k = 0; k < need.length; k++) {
			if (fixed.has(k)) room -= need[k];
			else share += shares[k];
		}
		if (room <= 0 || share <= 0) return need.map((n) => Math.ceil(n));
		const widths = need.map((n, k) => (fixed.has(k) ? n : (shares[k] / share) * room));
		const short = widths.findIndex((w, k) => !fixed.has(k) && w < need[k]);
		if (short < 0) return widths.map((w) => Math.floor(w * 100) / 100);
		fixed.add(short);
	}
}
