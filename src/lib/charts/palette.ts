/**
 * Colour-blind-safe palettes (Paul Tol's "muted" and "bright" schemes, Okabe–Ito) with a lighter
 * variant for dark backgrounds. Charts pick colours by stable key, never by position, so a
 * segment keeps its colour on every chart.
 */
export type Theme = 'light' | 'dark';

type Pair = [light: string, dark: string];

/** Default R × FM segments: greens/blues for healthy, sand/olive for cooling, rose/wine for risk. */
const segmentColors: Record<string, Pair> = {
	champions: ['#117733', '#44bb77'],
	loyal: ['#44aa99', '#5fcfbc'],
	potential_loyalist: ['#88ccee', '#88ccee'],
	new_customers: ['#332288', '#8f7fe8'],
	promising: ['#6699cc', '#7fb0e0'],
	need_attention: ['#ddcc77', '#ddcc77'],
	about_to_sleep: ['#999933', '#c2c257'],
	at_risk: ['#cc6677', '#e08a98'],
	cant_lose_them: ['#882255', '#d2679b'],
	hibernating: ['#aa4499', '#cf73c0'],
	lost: ['#7f7f7f', '#9a9a9a'],
	// 客户价值八分类
	important_value: ['#117733', '#44bb77'],
	important_develop: ['#88ccee', '#88ccee'],
	important_retain: ['#332288', '#8f7fe8'],
	important_winback: ['#882255', '#d2679b'],
	general_value: ['#44aa99', '#5fcfbc'],
	general_develop: ['#ddcc77', '#ddcc77'],
	general_retain: ['#999933', '#c2c257'],
	general_winback: ['#7f7f7f', '#9a9a9a']
};

/** Okabe–Ito, for anything keyed by position (custom segments, tiers beyond the defaults). */
const sequence: Pair[] = [
	['#0072b2', '#56b4e9'],
	['#e69f00', '#e69f00'],
	['#009e73', '#33c49a'],
	['#cc79a7', '#e09cc4'],
	['#d55e00', '#f08a3c'],
	['#56b4e9', '#56b4e9'],
	['#f0e442', '#f0e442'],
	['#000000', '#d0d0d0']
];

const tierColors: Record<string, Pair> = {
	gold: ['#c98a00', '#e6b422'],
	silver: ['#7b8794', '#aeb8c4'],
	regular: ['#56b4e9', '#56b4e9']
};

const stageColors: Record<string, Pair> = {
	new: ['#56b4e9', '#56b4e9'],
	repeat: ['#009e73', '#33c49a'],
	loyal: ['#0072b2', '#5aa8e0'],
	at_risk: ['#e69f00', '#e69f00'],
	lost: ['#7f7f7f', '#9a9a9a']
};

/** Status of funnel steps: active, at risk, lost. */
export const statusColors: Record<'active' | 'atRisk' | 'lost', Pair> = {
	active: ['#009e73', '#33c49a'],
	atRisk: ['#e69f00', '#e69f00'],
	lost: ['#7f7f7f', '#9a9a9a']
};

function pick(pair: Pair, theme: Theme) {
	return theme === 'dark' ? pair[1] : pair[0];
}

/**
 * Colour of a segment by key; unknown keys (custom schemes) take the Okabe–Ito sequence by index.
 * @example segmentColor('champions', 0, 'light') // → '#117733'
 */
export function segmentColor(key: string, index: number, theme: Theme): string {
	return pick(segmentColors[key] ?? sequence[index % sequence.length], theme);
}

/** @example tierColor('gold', 0, 'light') // → '#c98a00' */
export function tierColor(key: string, index: number, theme: Theme): string {
	return pick(tierColors[key] ?? sequence[index % sequence.length], theme);
}

/** @example stageColor('lost', 4, 'dark') // → '#9a9a9a' */
export function stageColor(key: string, index: number, theme: Theme): string {
	return pick(stageColors[key] ?? sequence[index % sequence.length], theme);
}

/** @example statusColor('atRisk', 'light') // → '#e69f00' */
export function statusColor(status: 'active' | 'atRisk' | 'lost', theme: Theme): string {
	return pick(statusColors[status], theme);
}

/** Sequential single-hue ramp endpoints for heatmaps (light → strong), per theme. */
export const heatRamp: Record<Theme, [string, string]> = {
	light: ['#f1f6fb', '#08519c'],
	dark: ['#1b2633', '#7db4ea']
};

/** Series of the growth chart, Okabe–Ito: new = orange, active = blue, returning = green. */
export type GrowthSeries = 'new' | 'active' | 'returning';

const growthColors: Record<GrowthSeries, Pair> = {
	new: ['#c77c00', '#e69f00'],
	active: ['#0072b2', '#56b4e9'],
	returning: ['#009e73', '#33c49a']
};

/** @example growthColor('active', 'light') // → '#0072b2' */
export function growthColor(series: GrowthSeries, theme: Theme): string {
	return pick(growthColors[series], theme);
}

/** Links and nodes that stand for "nobody yet" (not yet a customer), per theme. */
export const neutralColor: Record<Theme, string> = { light: '#9aa5b1', dark: '#6b7785' };
