/**
 * Geometry of the growth scenario chart (客户倍增): three stacked panels — active customers, new
 * customers, revenue — each with the baseline and the scenario as lines over the same months.
 */
import { line, max, scaleLinear } from 'd3';

export type ScenarioPanelKey = 'active' | 'newCustomers' | 'revenueCents';

export const SCENARIO_PANELS: readonly ScenarioPanelKey[] = [
	'active',
	'newCustomers',
	'revenueCents'
];

/** One panel's two series, month by month. */
export interface PanelSeries {
	baseline: ArrayLike<number>;
	scenario: ArrayLike<number>;
}

export interface ScenarioPanel {
	key: ScenarioPanelKey;
	top: number;
	bottom: number;
	ticks: { value: number; y: number }[];
	baselinePath: string;
	scenarioPath: string;
	/** y of each month's scenario and baseline points. */
	scenarioY: number[];
	baselineY: number[];
}

export interface ScenarioLayout {
	width: number;
	height: number;
	left: number;
	right: number;
	/** x of each month (month 1 first). */
	x: number[];
	panels: ScenarioPanel[];
}

export const PANEL_HEIGHT = 150;
const PANEL_GAP = 56;
const LEFT = 64;
const RIGHT = 16;

/**
 * Panels share the x scale (month 1 … n across the width); each panel's y scale runs from 0 to
 * the larger of its two series' maxima, niced.
 * @example scenarioLayout({ active: { baseline: [10, 20], scenario: [10, 40] }, … }, 400, 30)
 * // → x [64, 384]; the active panel's y domain [0, 40]
 */
export function scenarioLayout(
	series: Record<ScenarioPanelKey, PanelSeries>,
	width: number,
	top: number
): ScenarioLayout {
	const months = series.active.baseline.length;
	const right = width - RIGHT;
	const xScale = scaleLinear()
		.domain([1, Math.max(2, months)])
		.range([LEFT, right]);
	const x = Array.from({ length: months }, (_, i) => xScale(i + 1));
	const panels = SCENARIO_PANELS.map((key, p): ScenarioPanel => {
		const panelTop = top + p * (PANEL_HEIGHT + PANEL_GAP);
		const bottom = panelTop + PANEL_HEIGHT;
		const { baseline, scenario } = series[key];
		const highest = Math.max(max(Array.from(baseline)) ?? 0, max(Array.from(scenario)) ?? 0, 1);
		const y = scaleLinear().domain([0, highest]).range([bottom, panelTop]).nice(4);
		const path = line<number>()
			.x((_, i) => x[i])
			.y((v) => y(v));
		return {
			key,
			top: panelTop,
			bottom,
			ticks: y.ticks(4).map((value) => ({ value, y: y(value) })),
			baselinePath: path(Array.from(baseline)) ?? '',
			scenarioPath: path(Array.from(scenario)) ?? '',
			baselineY: Array.from(baseline, (v) => y(v)),
			scenarioY: Array.from(scenario, (v) => y(v))
		};
	});
	return {
		width,
		height: top + SCENARIO_PANELS.length * (PANEL_HEIGHT + PANEL_GAP) - PANEL_GAP + 28,
		left: LEFT,
		right,
		x,
		panels
	};
}
