import { describe, expect, it } from 'vitest';
import { fitText, textWidth } from './text';

describe('textWidth', () => {
	it.each([
		['客户', 12, 24],
		['ab', 10, 12],
		['AB', 10, 14],
		['', 12, 0],
		['1,2', 10, 17],
		['100%', 10, 29]
	])('%s at %ipx ≈ %ipx', (text, size, expected) => {
		expect(textWidth(text, size)).toBe(expected);
	});
	it('adds 10 % for bold', () => {
		expect(textWidth('abcdefghjk', 10, true)).toBe(63);
		expect(textWidth('abcdefghjk', 10)).toBe(57);
	});
});

describe('fitText', () => {
	it('keeps text that fits', () => {
		expect(fitText('Lost', 100, 12)).toBe('Lost');
	});
	it('cuts with an ellipsis until it fits', () => {
		const cut = fitText('Potential loyalist', 60, 12);
		expect(cut.endsWith('…')).toBe(true);
		expect(textWidth(cut, 12)).toBeLessThanOrEqual(60);
		expect(textWidth(cut.slice(0, -1) + 'l…', 12)).toBeGreaterThan(60);
	});
	it('cuts CJK text by characters', () => {
		expect(fitText('重要价值客户', 40, 12)).toBe('重要…');
	});
	it('gives up when nothing fits', () => {
		expect(fitText('Champions', 4, 12)).toBe('');
	});
});
