import { describe, expect, it } from 'vitest';
import { groupColors, heatColor, INK, luminance, textOn } from './colors';

describe('groupColors', () => {
	it('picks the palette of the kind and theme, by key then by index', () => {
		expect(groupColors('tier', 'light')('gold', 0)).toBe('#c98a00');
		expect(groupColors('segment', 'dark')('champions', 5)).toBe('#44bb77');
		expect(groupColors('stage', 'light')('lost', 4)).toBe('#7f7f7f');
		// Unknown keys take the Okabe–Ito sequence by index.
		expect(groupColors('segment', 'light')('vip', 1)).toBe('#e69f00');
	});
});

describe('heatColor', () => {
	it('runs from the light end to the strong end of the ramp and clamps', () => {
		const heat = heatColor('light');
		expect(heat(0)).toBe('rgb(241, 246, 251)');
		expect(heat(1)).toBe('rgb(8, 81, 156)');
		expect(heat(-1)).toBe(heat(0));
		expect(heat(2)).toBe(heat(1));
		expect(heat(Number.NaN)).toBe(heat(0));
	});
	it('gets darker as t grows', () => {
		const heat = heatColor('light');
		expect(luminance(heat(0.25))).toBeGreaterThan(luminance(heat(0.75)));
	});
});

describe('textOn', () => {
	it.each([
		['#ffffff', INK.dark],
		['#f1f6fb', INK.dark],
		['#08519c', INK.light],
		['#117733', INK.light],
		['#e69f00', INK.dark],
		['rgb(27, 38, 51)', INK.light]
	])('text on %s is %s', (fill, expected) => {
		expect(textOn(fill)).toBe(expected);
	});
	it('treats unparsable colours as dark', () => {
		expect(luminance('var(--x)')).toBe(0);
		expect(luminance('#ffffff')).toBeCloseTo(1);
	});
});
