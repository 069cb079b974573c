/** What a chart's tooltip shows and where; charts keep one of these in `$state` (null = hidden). */

/** One line of a tooltip; `color` draws a swatch before the label. */
export interface TooltipRow {
	label: string;
	value: string;
	color?: string;
}

/** An open tooltip: anchor in CSS pixels relative to the chart container, title and rows. */
export interface Tip {
	x: number;
	y: number;
	title: string;
	rows: TooltipRow[];
}
