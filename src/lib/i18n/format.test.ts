import { describe, expect, it } from 'vitest';
import { en } from './en';
import {
	formatBytes,
	formatDay,
	formatInteger,
	formatMoney,
	formatMonth,
	formatPercent
} from './format';
import { zh } from './zh';

describe('formatting per language', () => {
	it('formats numbers, money and percentages', () => {
		expect(formatInteger(12345, 'en')).toBe('12,345');
		expect(formatInteger(12345, 'zh')).toBe('12,345');
		expect(formatMoney(123456, 'en', 'USD')).toBe('US$1,234.56');
		expect(formatMoney(-5, 'zh', 'CNY')).toBe('-¥0.05');
		expect(formatMoney(95158090, 'en', 'GBP', 'whole')).toBe('£951,581');
		expect(formatMoney(95158090, 'zh', 'CNY', 'compact')).toBe('¥95.2万');
		expect(formatPercent(0.4567, 'en')).toBe('45.7%');
		expect(formatBytes(1536, 'en')).toBe('1.5 KB');
		expect(formatMoney(123456, 'de-DE', 'EUR')).toBe('1.234,56\u00a0€');
		expect(formatInteger(1234567, 'de-CH')).toMatch(/^1['’]234['’]567$/);
	});

	it('formats day numbers as calendar dates whatever the time zone', () => {
		expect(formatDay(19727, 'en')).toBe('5 Jan 2024');
		expect(formatDay(19727, 'zh')).toBe('2024年1月5日');
		expect(formatMonth(648, 'en')).toBe('Jan 2024');
		expect(formatMonth(648, 'zh')).toBe('2024年1月');
	});

	it('has a Chinese text for every English one, with the same parameters', () => {
		for (const key of Object.keys(en) as (keyof typeof en)[]) {
			const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
			expect(zh[key], key).toBeTruthy();
			expect(params(zh[key]), key).toEqual(params(en[key]));
		}
	});
});
