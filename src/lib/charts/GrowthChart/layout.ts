/**
 * Geometry of the customer growth chart (客户倍增): a line panel for new, active and returning
 * customers per month and, below it, stacked bars of revenue from new and returning customers.
 * Months share one band scale, so a month sits at the same x in both panels.
 */
import { line, max, min, scaleBand, scaleLinear, stack, stackOffsetDiverging } from 'd3';
import type { GrowthTable } from '$lib/core/analytics/types';

export type CustomerSeries = 'new' | 'active' | 'returning';
export type RevenueSeries = 'newRevenue' | 'returningRevenue';

export const CUSTOMER_SERIES: readonly CustomerSeries[] = ['active', 'new', 'returning'];
export const REVENUE_SERIES: readonly RevenueSeries[] = ['returningRevenue', 'newRevenue'];

/** The figures of one month, with its band. */
export interface GrowthMonth {
	/** Position in the table (0 = firstMonth). */
	i: number;
	/** Month index (months since 1970-01). */
	month: number;
	x: number;
	center: number;
	newCustomers: number;
	activeCustomers: number;
	returningCustomers: number;
	newRevenueCents: number;
	returningRevenueCents: number;
	activeGrowth: number | null;
	/** y of each customer series' point in the customers panel. */
	points: Record<CustomerSeries, number>;
}

export interface Tick {
	value: number;
	y: number;
}

export interface RevenueBar {
	i: number;
	series: RevenueSeries;
	value: number;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface GrowthLayout {
	width: number;
	height: number;
	left: number;
	right: number;
	bandwidth: number;
	months: GrowthMonth[];
	/** Months that get a label on the x axis. */
	monthTicks: { month: number; x: number }[];
	customers: {
		top: number;
		bottom: number;
		ticks: Tick[];
		lines: { series: CustomerSeries; path: string }[];
	};
	revenue: { top: number; bottom: number; zeroY: number; ticks: Tick[]; bars: RevenueBar[] } | null;
}

const LEFT = 60;
const RIGHT = 16;
/** Space above a panel for its title, and under it for the month labels. */
const TITLE = 26;
const AXIS = 24;
const STEPS = [1, 2, 3, 6, 12, 24, 36, 60, 120];

/**
 * Every how many months a label fits, labels being `labelWidth` wide: the smallest of 1, 2, 3,
 * 6, 12… months whose spacing leaves room, so ticks land on quarters and Januaries.
 * @example monthTickStep(20, 60) // → 6 (3 months = 60 px would touch; 6 months = 120 px)
 */
export function monthTickStep(bandwidth: number, labelWidth: number): number {
	return STEPS.find((step) => step * bandwidth >= labelWidth + 12) ?? STEPS[STEPS.length - 1];
}

/**
 * Months of `[first, first + count)` that get a label: multiples of the step (month index 0 is
 * January 1970, so steps of 12 label Januaries), or the first month when none is.
 * @example monthTicks(646, 6, 3) // → [648, 651] (Jan and Apr 2024 of Nov 2023 … Apr 2024)
 */
export function monthTicks(first: number, count: number, step: number): number[] {
	const ticks: number[] = [];
	for (let month = first; month < first + count; month++) if (month % step === 0) ticks.push(month);
	return ticks.length ? ticks : count > 0 ? [first] : [];
}

/** Lays both panels out (only the customers panel when `compact`). */
export function growthLayout(
	growth: GrowthTable,
	width: number,
	options: { compact?: boolean; top?: number; labelWidth?: number } = {}
): GrowthLayout {
	const { compact = false, top = 0, labelWidth = 56 } = options;
	const count = growth.months;
	const right = Math.max(LEFT + 40, width - RIGHT);
	const band = scaleBand<number>()
		.domain(Array.from({ length: count }, (_, i) => i))
		.range([LEFT, right])
		.paddingInner(count > 60 ? 0.1 : 0.2)
		.paddingOuter(0.1);
	const bandwidth = band.bandwidth();
	const step = monthTickStep(band.step(), labelWidth);

	const customersTop = top + TITLE;
	const customersBottom = customersTop + (compact ? 150 : 210);
	const yMax =
		max([growth.activeCustomers, growth.newCustomers, growth.returningCustomers], (a) => max(a)) ??
		0;
	const y = scaleLinear()
		.domain([0, Math.max(1, yMax)])
		.range([customersBottom, customersTop])
		.nice(compact ? 2 : 5);
	const months: GrowthMonth[] = Array.from({ length: count }, (_, i) => {
		const x = band(i) ?? LEFT;
		return {
			i,
			month: growth.firstMonth + i,
			x,
			center: x + bandwidth / 2,
			newCustomers: growth.newCustomers[i],
			activeCustomers: growth.activeCustomers[i],
			returningCustomers: growth.returningCustomers[i],
			newRevenueCents: growth.newRevenueCents[i],
			returningRevenueCents: growth.returningRevenueCents[i],
			activeGrowth: growth.activeGrowth[i] ?? null,
			points: {
				new: y(growth.newCustomers[i]),
				active: y(growth.activeCustomers[i]),
				returning: y(growth.returningCustomers[i])
			}
		};
	});
	const lines = CUSTOMER_SERIES.map((series) => ({
		series,
		path:
			line<GrowthMonth>()
				.x((m) => round(m.center))
				.y((m) => round(m.points[series]))(months) ?? ''
	}));

	let revenue: GrowthLayout['revenue'] = null;
	let bottom = customersBottom + AXIS;
	if (!compact) {
		const revenueTop = bottom + 18 + TITLE;
		const revenueBottom = revenueTop + 170;
		const rows = months.map((m) => ({
			newRevenue: m.newRevenueCents,
			returningRevenue: m.returningRevenueCents
		}));
		const stacked = stack<{ newRevenue: number; returningRevenue: number }, RevenueSeries>()
			.keys(REVENUE_SERIES)
			.offset(stackOffsetDiverging)(rows);
		const low = Math.min(0, min(stacked, (s) => min(s, (d) => d[0])) ?? 0);
		const high = Math.max(0, max(stacked, (s) => max(s, (d) => d[1])) ?? 0);
		const yr = scaleLinear()
			.domain([low, high > low ? high : low + 1])
			.range([revenueBottom, revenueTop])
			.nice(5);
		const bars: RevenueBar[] = [];
		for (const layer of stacked) {
			layer.forEach(([y0, y1], i) => {
				const value = rows[i][layer.key];
				if (value === 0) return;
				bars.push({
					i,
					series: layer.key,
					value,
					x: months[i].x,
					y: round(yr(Math.max(y0, y1))),
					width: bandwidth,
					height: round(Math.abs(yr(y0) - yr(y1)))
				});
			});
		}
		revenue = {
			top: revenueTop,
			bottom: revenueBottom,
			zeroY: yr(0),
			ticks: yr.ticks(5).map((value) => ({ value, y: yr(value) })),
			bars
		};
		bottom = revenueBottom + AXIS;
	}

	return {
		width,
		height: bottom + 4,
		left: LEFT,
		right,
		bandwidth,
		months,
		monthTicks: monthTicks(growth.firstMonth, count, step).map((month) => ({
			month,
			x: months[month - growth.firstMonth].center
		})),
		customers: {
			top: customersTop,
			bottom: customersBottom,
			ticks: y.ticks(compact ? 2 : 5).map((value) => ({ value, y: y(value) })),
			lines
		},
		revenue
	};
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}
