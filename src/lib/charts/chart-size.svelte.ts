/**
 * The measured size of a chart, shared by its root (`ChartShell`) with the pieces inside it
 * through a typed, Symbol-keyed context (as LayerCake shares width and height).
 */
import { getContext, setContext } from 'svelte';

export class ChartSize {
	/** Measured CSS width of the chart area (0 until measured). */
	width = $state(0);
	/** Height the chart drew at. */
	height = $state(0);
}

const KEY = Symbol('chart-size');

/** Provide a chart's size to its descendants (called by `ChartShell`). */
export function setChartSize(size: ChartSize): ChartSize {
	return setContext(KEY, size);
}

/** The size of the chart this component sits in. */
export function getChartSize(): ChartSize {
	return getContext<ChartSize>(KEY);
}
