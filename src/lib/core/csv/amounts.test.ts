import { describe, expect, it } from 'vitest';
import {
	centsOfBig,
	centsOfUnits,
	detectDecimalSeparator,
	lineCents,
	parseAmountCents,
	parseDecimal
} from './amounts';

describe('parseAmountCents', () => {
	it.each([
		// plain decimals, exact rounding half away from zero
		['12.50', '.', 1250],
		['2.675', '.', 268],
		['-0.005', '.', -1],
		['0.004', '.', 0],
		['-2.675', '.', -268],
		['10.125', '.', 1013],
		['1.005', '.', 101],
		['0', '.', 0],
		['-0', '.', 0],
		['.5', '.', 50],
		['5.', '.', 500],
		['+7', '.', 700],
		['007.10', '.', 710],
		// currency signs and codes, before or after
		['¥12.5', '.', 1250],
		['￥12.5', '.', 1250],
		['12.5元', '.', 1250],
		['$1,234.56', '.', 123456],
		['€ 9,99', ',', 999],
		['£0.99', '.', 99],
		['RMB 100', '.', 10000],
		['100 CNY', '.', 10000],
		['usd12', '.', 1200],
		['US$ 5.00', '.', 500],
		['EUR -3,50', ',', -350],
		// thousands separators: comma, dot, space, no-break spaces, apostrophe
		['1,234,567.89', '.', 123456789],
		['1.234.567,89', ',', 123456789],
		['1.234.567,89', '.', 123456789],
		['1 234,50', ',', 123450],
		['1\u00a0234,50', ',', 123450],
		['1\u202f234.50', '.', 123450],
		["1'234.50", '.', 123450],
		['1,234,567', '.', 123456700],
		['1.234.567', ',', 123456700],
		// one separator followed by three digits: the file's decimal separator decides
		['1,234', '.', 123400],
		['1,234', ',', 123],
		['1.234', '.', 123],
		['1.234', ',', 123400],
		['0,123', '.', 12],
		['12,50', '.', 1250],
		['1234,5', '.', 123450],
		// negatives: parentheses, leading or trailing minus, unicode minus
		['(12.50)', '.', -1250],
		['($1,000.00)', '.', -100000],
		['12.50-', '.', -1250],
		['−3.20', '.', -320],
		['- 4', '.', -400],
		// full-width digits and punctuation
		['１２３．４５', '.', 12345],
		['－１，２３４．５', '.', -123450],
		['１２３，４５', ',', 12345],
		// long values go through bigint
		['12345678901234.567891', '.', 1234567890123457],
		['0.0000000000000000000051', '.', 0]
	])('%s (decimal %s) → %d cents', (text, separator, cents) => {
		expect(parseAmountCents(text, separator as '.' | ',')).toBe(cents);
	});

	it.each([
		'',
		'abc',
		'-',
		'()',
		'1.2.3',
		'12..5',
		'1,23,456',
		'--5',
		'(-5)',
		'5 5 5.5 x',
		'12 kg',
		'1e5',
		'NaN',
		'99999999999999999999999',
		'12345678901234567.891'
	])('%j is not an amount', (text) => {
		expect(parseAmountCents(text)).toBeNaN();
	});

	it('never goes through floating point: 2.675 and 1.005 round up', () => {
		// (2.675).toFixed(2) is '2.67' and 1.005 * 100 is 100.49999999999999 in floating point.
		expect((2.675).toFixed(2)).toBe('2.67');
		expect(Math.round(parseFloat('1.005') * 100)).toBe(100);
		expect(parseAmountCents('2.675')).toBe(268);
		expect(parseAmountCents('1.005')).toBe(101);
	});
});

describe('parseDecimal', () => {
	it.each([
		['2.675', '.', { units: 2675, scale: 3 }],
		['¥1,234.50', '.', { units: 123450, scale: 2 }],
		['(12,5 €)', ',', { units: -125, scale: 1 }],
		['123456789012345678', '.', { units: 123456789012345678n, scale: 0 }],
		['x', '.', null]
	])('%s → %o', (text, separator, expected) => {
		expect(parseDecimal(text, separator as '.' | ',')).toEqual(expected);
	});
});

describe('lineCents: quantity × unit price, exact, rounded once', () => {
	it.each([
		['6', '2.55', 1530],
		['3', '3.375', 1013], // 10.125 → 1013
		['1', '2.675', 268],
		['-1', '0.005', -1],
		['-12', '1.25', -1500],
		['0', '5.00', 0],
		['2.5', '0.333', 83], // 0.8325 → 83
		['3', '0.335', 101], // 1.005 → 101 (parseFloat would give 100)
		['1,5', '2,10', 315],
		['80995', '2.08', 16846960],
		['123456789', '123456.789', 1524157875019052], // 15241578750190.521 → …052
		['x', '1', NaN],
		['1', '', NaN]
	])('%s × %s → %d', (quantity, price, cents) => {
		const separator = quantity.includes(',') ? ',' : '.';
		expect(lineCents(quantity, price, separator)).toBe(cents);
	});
});

describe('cents rounding helpers', () => {
	it.each([
		[2675, 3, 268],
		[-2675, 3, -268],
		[-5, 3, -1],
		[4, 3, 0],
		[12, 0, 1200],
		[125, 1, 1250],
		[5, 25, 0]
	])('centsOfUnits(%d, %d) → %d', (units, scale, cents) => {
		expect(centsOfUnits(units, scale)).toBe(cents);
	});

	it('centsOfBig rounds half away from zero and refuses values beyond 2^53 cents', () => {
		expect(centsOfBig(-5n, 3)).toBe(-1);
		expect(centsOfBig(10125n, 3)).toBe(1013);
		expect(centsOfBig(10n ** 30n, 2)).toBeNaN();
	});
});

describe('detectDecimalSeparator', () => {
	it.each([
		[['12.50', '3', '1,234.00'], '.', false, 2, 0],
		[['12,50', '1.234,00', '3'], ',', false, 0, 2],
		[['1.234.567', '12'], ',', false, 0, 1],
		[['1,234', '5,678'], '.', true, 0, 0],
		[['1,234', '5,678', '0,5'], ',', false, 0, 1],
		[[], '.', true, 0, 0],
		[['9,99 €', '１２，５'], ',', false, 0, 2]
	])('%j → %s (ambiguous %s)', (values, separator, ambiguous, point, comma) => {
		expect(detectDecimalSeparator(values)).toEqual({
			decimalSeparator: separator,
			ambiguous,
			votes: { point, comma }
		});
	});
});
