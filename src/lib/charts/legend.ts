/** Layout of SVG legends (inside the SVG, so exported files keep them). */
import { textWidth } from './text';

/** A legend entry placed at (x, y) (the swatch's top-left corner). */
export interface LegendPlacement<T> {
	item: T;
	x: number;
	y: number;
}

export const LEGEND_FONT = 12;
export const LEGEND_SWATCH = 12;
/** Line samples are wider so their dash pattern shows. */
export const LEGEND_LINE = 22;
export const LEGEND_ROW = 20;

/**
 * Swatch legend entries flowed left to right, wrapping at `width`.
 * @example legendLayout([{ label: 'Active' }, { label: 'Lost' }], 400).height // → 20
 */
export function legendLayout<T extends { label: string; shape?: string }>(
	items: readonly T[],
	width: number,
	fontSize = LEGEND_FONT
): { placements: LegendPlacement<T>[]; height: number } {
	const placements: LegendPlacement<T>[] = [];
	let x = 0;
	let y = 0;
	for (const item of items) {
		const swatch = item.shape === 'line' ? LEGEND_LINE : LEGEND_SWATCH;
		const itemWidth = swatch + 6 + textWidth(item.label, fontSize) + 16;
		if (x > 0 && x + itemWidth > width) {
			x = 0;
			y += LEGEND_ROW;
		}
		placements.push({ item, x, y });
		x += itemWidth;
	}
	return { placements, height: items.length ? y + LEGEND_ROW : 0 };
}
