import { describe, expect, it } from 'vitest';
import { parseShapes, parseSizes } from './data';
import { count, megabytes } from './report';

describe('parseSizes', () => {
	it.each([
		['100k,1m,5m', [100_000, 1_000_000, 5_000_000]],
		['250000', [250_000]],
		['1.5M, 20K', [1_500_000, 20_000]]
	])('%s', (text, rows) => {
		expect(parseSizes(text).map((size) => size.rows)).toEqual(rows);
	});

	it('rejects what is not a size', () => {
		expect(() => parseSizes('1g')).toThrow(/not a size/);
		expect(() => parseSizes('')).toThrow(/not a size/);
	});
});

describe('parseShapes', () => {
	it('reads a list of shapes and rejects others', () => {
		expect(parseShapes('shop, UCI')).toEqual(['shop', 'uci']);
		expect(() => parseShapes('xlsx')).toThrow(/not a shape/);
	});
});

describe('report numbers', () => {
	it.each([
		[1_234_567, '1.23 M'],
		[98_765, '98.8 k'],
		[512, '512']
	])('count(%d) = %s', (value, text) => expect(count(value)).toBe(text));

	it.each([
		[12_345_678, '12 MB'],
		[7_869_072, '7.9 MB']
	])('megabytes(%d) = %s', (value, text) => expect(megabytes(value)).toBe(text));
});
