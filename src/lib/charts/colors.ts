/**
 * Colour helpers on top of `palette.ts`: palettes by group kind, the heat ramp as a function and
 * a readable text colour for any fill. Pure: the theme is an argument.
 */
import { color as parseColor, interpolateLab } from 'd3';
import { heatRamp, segmentColor, stageColor, tierColor, type Theme } from './palette';

/** Which palette a group chart uses. */
export type GroupKind = 'segment' | 'tier' | 'stage';

const byKind = { segment: segmentColor, tier: tierColor, stage: stageColor };

/**
 * The colour function of a kind of group, bound to a theme.
 * @example groupColors('tier', 'light')('gold', 0) // → '#c98a00'
 */
export function groupColors(kind: GroupKind, theme: Theme): (key: string, index: number) => string {
	const pick = byKind[kind];
	return (key, index) => pick(key, index, theme);
}

/**
 * The heat ramp as a function of t ∈ [0, 1] (clamped; NaN → 0), interpolated in Lab so the
 * steps look even.
 * @example heatColor('light')(0) // → 'rgb(241, 246, 251)'
 */
export function heatColor(theme: Theme): (t: number) => string {
	const [from, to] = heatRamp[theme];
	const ramp = interpolateLab(from, to);
	return (t) => ramp(Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0);
}

/** Relative luminance (WCAG 2) of a CSS colour; 0 when it cannot be parsed. */
export function luminance(cssColor: string): number {
	const parsed = parseColor(cssColor)?.rgb();
	if (!parsed) return 0;
	const channel = (v: number) => {
		const s = v / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(parsed.r) + 0.7152 * channel(parsed.g) + 0.0722 * channel(parsed.b);
}

/** Text colours used on coloured fills; fixed so an exported image reads the same. */
export const INK = { dark: '#111820', light: '#ffffff' } as const;

/**
 * Dark or white text, whichever contrasts more with the fill.
 * @example textOn('#08519c') // → '#ffffff'
 */
export function textOn(fill: string): string {
	const l = luminance(fill);
	const darkInk = luminance(INK.dark);
	return (l + 0.05) / (darkInk + 0.05) >= 1.05 / (l + 0.05) ? INK.dark : INK.light;
}
