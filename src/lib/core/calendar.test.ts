import { describe, expect, it } from 'vitest';
import {
	dayFromIso,
	dayFromMonthIndex,
	dayFromYmd,
	todayDay,
	daysInMonth,
	isoFromDay,
	isoMonthFromIndex,
	monthIndexFromDay,
	ymdFromDay
} from './calendar';

describe('calendar day numbers', () => {
	it.each([
		[1970, 1, 1, 0],
		[1970, 1, 2, 1],
		[1969, 12, 31, -1],
		[2000, 3, 1, 11017],
		[2024, 1, 5, 19727],
		[2024, 2, 29, 19782]
	])('%i-%i-%i is day %i', (y, m, d, n) => {
		expect(dayFromYmd(y, m, d)).toBe(n);
		expect(ymdFromDay(n)).toEqual({ year: y, month: m, day: d });
	});

	it('rejects impossible dates', () => {
		expect(dayFromYmd(2023, 2, 29)).toBeNaN();
		expect(dayFromYmd(2024, 13, 1)).toBeNaN();
		expect(dayFromYmd(2024, 4, 31)).toBeNaN();
		expect(dayFromYmd(2024, 1, 0)).toBeNaN();
	});

	it('round-trips ISO text whatever the process time zone', () => {
		for (let n = -1000; n < 30000; n += 37) expect(dayFromIso(isoFromDay(n))).toBe(n);
		expect(isoFromDay(19727)).toBe('2024-01-05');
		expect(dayFromIso('2024-01-05T23:59:59')).toBe(19727);
		expect(dayFromIso('5/1/2024')).toBeNaN();
	});

	it('counts months since 1970-01', () => {
		expect(monthIndexFromDay(dayFromYmd(1971, 2, 14))).toBe(13);
		expect(monthIndexFromDay(dayFromYmd(1969, 12, 31))).toBe(-1);
		expect(isoFromDay(dayFromMonthIndex(-1))).toBe('1969-12-01');
		expect(isoMonthFromIndex(13)).toBe('1971-02');
		expect(daysInMonth(1900, 2)).toBe(28);
		expect(daysInMonth(2000, 2)).toBe(29);
	});
});

describe('todayDay', () => {
	it('is the local calendar date, whatever the time zone and the hour', () => {
		expect(todayDay(new Date(2024, 0, 5, 0, 1))).toBe(19727);
		expect(todayDay(new Date(2024, 0, 5, 23, 59))).toBe(19727);
	});
});
