/**
 * The scatterplot's points for the current axes, grouping and plot size: which customers are
 * drawn, where (base pixels) and in which group, as lazily derived state so each piece recomputes
 * only when its inputs change (new axes recompute positions; a legend toggle only the drawing set).
 * It is the `PlotSpace` the interaction reads.
 */
import type { CustomerTable, GroupProfile } from '$lib/core/analytics/types';
import type { ForecastColumns } from '$lib/core/customer-query';
import type { PlotSpace } from './interaction.svelte';
import { measured } from './interaction.svelte';
import { drawingSet, drawnCounts, hiddenMask } from './drawing-set';
import { X_SEED, Y_SEED, axisTransform, axisValues, paddedExtent, toPixels } from './layout';
import { plottedIndexes, type ColorBy, type Metric } from './metrics';

/** What the points depend on, read afresh by each derivation. */
export interface PointsInput {
	customers: CustomerTable;
	/** The worker's forecast columns, for the CLV and P(alive) axes (null: not loaded). */
	forecast: ForecastColumns;
	segments: GroupProfile[];
	tiers: GroupProfile[];
	x: Metric;
	y: Metric;
	xLog: boolean;
	yLog: boolean;
	colorBy: ColorBy;
	/** Keys of the groups toggled off in the legend. */
	hidden: readonly string[];
	/** The plot area, CSS pixels. */
	width: number;
	height: number;
}

export class ScatterPoints implements PlotSpace {
	// Set first (the derivations below are lazy and read it only after construction).
	#input: () => PointsInput = () => {
		throw new Error('ScatterPoints read before construction');
	};

	constructor(input: () => PointsInput) {
		this.#input = input;
	}

	get customers() {
		return this.#input().customers;
	}
	get width() {
		return this.#input().width;
	}
	get height() {
		return this.#input().height;
	}

	/**
	 * Customer index of each point number: the scored customers (with a forecast figure, on a
	 * forecast axis).
	 */
	readonly points = $derived.by(() => {
		// The canvas measures 'scatter:first-draw' from here to the first paint of this data.
		if (typeof performance !== 'undefined') performance.mark('scatter:data');
		const { customers, forecast, x, y } = this.#input();
		return plottedIndexes(customers.scored, forecast, [x, y]);
	});
	readonly groups = $derived.by(() => {
		const { colorBy, tiers, segments } = this.#input();
		return colorBy === 'tier' ? tiers : segments;
	});
	readonly groupOf = $derived.by(() => {
		const { colorBy, customers } = this.#input();
		return colorBy === 'tier' ? customers.tier : customers.segment;
	});
	readonly groupKeys = $derived(this.groups.map((g) => g.key));
	get groupCount() {
		return this.groups.length;
	}

	readonly xAxis = $derived(axisTransform(this.#input().x, this.#input().xLog));
	readonly yAxis = $derived(axisTransform(this.#input().y, this.#input().yLog));
	/** Axis-space values of each point. */
	readonly xValues = $derived.by(() => {
		const { customers, forecast, x, xLog } = this.#input();
		return measured('scatter:layout', () =>
			axisValues(customers, x, xLog, this.points, X_SEED, forecast)
		);
	});
	readonly yValues = $derived.by(() => {
		const { customers, forecast, y, yLog } = this.#input();
		return measured('scatter:layout', () =>
			axisValues(customers, y, yLog, this.points, Y_SEED, forecast)
		);
	});
	// Domains cover every scored customer, hidden groups included, so legend toggles never rescale.
	readonly xDomain = $derived(paddedExtent(this.xValues));
	readonly yDomain = $derived(paddedExtent(this.yValues));
	/** Base pixels of each point (plot area, zoom 1). */
	readonly px = $derived(toPixels(this.xValues, this.xDomain, this.#input().width, false));
	readonly py = $derived(toPixels(this.yValues, this.yDomain, this.#input().height, true));

	/** 1 for each group hidden in the legend. */
	readonly mask = $derived(hiddenMask(this.groupKeys, this.#input().hidden));
	readonly drawing = $derived(drawingSet(this.groupOf, this.points, this.groups.length, this.mask));
	/** JSON of drawn points per group key (the canvas's test hook). */
	readonly groupsJson = $derived(JSON.stringify(drawnCounts(this.groupKeys, this.drawing.counts)));
}
