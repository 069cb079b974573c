import { describe, expect, it } from 'vitest';
import { scoreFilterMask } from './filter';
import { SCALE_FIVE, SCALE_NPS } from './scores';

// Customers 0–4, NPS: scores 10, 8, 6, 0, none → bands high, middle, low, low, none.
const NPS_SCORES = Uint8Array.of(10, 8, 6, 0, 255);
const NPS_BANDS = Uint8Array.of(2, 1, 0, 0, 255);
// 1–5: scores 5, 4, 3, 1, none → bands high, high, middle, low, none.
const FIVE_SCORES = Uint8Array.of(5, 4, 3, 1, 255);
const FIVE_BANDS = Uint8Array.of(2, 2, 1, 0, 255);

describe('scoreFilterMask', () => {
	it.each([
		['promoter', SCALE_NPS, [1, 0, 0, 0, 0]],
		['passive', SCALE_NPS, [0, 1, 0, 0, 0]],
		['detractor', SCALE_NPS, [0, 0, 1, 1, 0]],
		['none', SCALE_NPS, [0, 0, 0, 0, 1]],
		['5', SCALE_FIVE, [1, 0, 0, 0, 0]],
		['4', SCALE_FIVE, [0, 1, 0, 0, 0]],
		['3', SCALE_FIVE, [0, 0, 1, 0, 0]],
		['1', SCALE_FIVE, [0, 0, 0, 1, 0]],
		['none', SCALE_FIVE, [0, 0, 0, 0, 1]],
		['satisfied', SCALE_FIVE, [1, 1, 0, 0, 0]],
		['neutral', SCALE_FIVE, [0, 0, 1, 0, 0]],
		['dissatisfied', SCALE_FIVE, [0, 0, 0, 1, 0]]
	] as const)('%s on scale %i → %j', (filter, scale, mask) => {
		const [bands, scores] =
			scale === SCALE_NPS ? [NPS_BANDS, NPS_SCORES] : [FIVE_BANDS, FIVE_SCORES];
		expect([...(scoreFilterMask(filter, scale, bands, scores) ?? [])]).toEqual(mask);
	});

	it.each([
		['', SCALE_NPS],
		['valuable', SCALE_NPS],
		['5', SCALE_NPS],
		['promoter', SCALE_FIVE],
		['satisfied', SCALE_NPS],
		['constructor', SCALE_NPS],
		['6', SCALE_FIVE]
	] as const)('%j on scale %i is no band filter', (filter, scale) => {
		expect(scoreFilterMask(filter, scale, NPS_BANDS, NPS_SCORES)).toBeNull();
	});
});
