import { describe, expect, it } from 'vitest';
import { dayFromYmd, isoFromDay } from '../calendar';
import { DateReader, dayFromExcelSerial, detectDateFormat, parseDay } from './dates';
import type { DateFormat } from './dates';

const MDY: DateFormat = { dayOrder: 'mdy', excelEpoch: 1900 };
const DMY: DateFormat = { dayOrder: 'dmy', excelEpoch: 1900 };

describe('parseDay', () => {
	it.each([
		// ISO, with or without time, T, Z or offset: the wall-clock date as written
		['2024-01-05', DMY, '2024-01-05'],
		['2024-01-05 14:30:00', DMY, '2024-01-05'],
		['2024-01-05T23:59:59Z', DMY, '2024-01-05'],
		['2024-01-05T00:30:00+08:00', DMY, '2024-01-05'],
		['2024-01-05T23:30:00-08:00', DMY, '2024-01-05'],
		['2024-01-05 14:30:00 +0800', DMY, '2024-01-05'],
		['2024-01-05T14:30:00.123456Z', DMY, '2024-01-05'],
		// year first with / - . and no leading zeros
		['2024/1/5', DMY, '2024-01-05'],
		['2024-1-5 8:26', DMY, '2024-01-05'],
		['2024.01.05', DMY, '2024-01-05'],
		['20240105', DMY, '2024-01-05'],
		// Chinese
		['2024年1月5日', DMY, '2024-01-05'],
		['2024年01月05日 14:30', DMY, '2024-01-05'],
		['2024年1月5日14:30:59', DMY, '2024-01-05'],
		// year last: the day order decides
		['05.01.2024', DMY, '2024-01-05'],
		['5/1/2024', DMY, '2024-01-05'],
		['1/5/2024', MDY, '2024-01-05'],
		['12/1/10 8:26', MDY, '2010-12-01'],
		['12/1/10 8:26', DMY, '2010-01-12'],
		['31-12-69', DMY, '2069-12-31'],
		['01/01/70', DMY, '1970-01-01'],
		['13/1/2024', DMY, '2024-01-13'],
		['1/13/2024 11:59 PM', MDY, '2024-01-13'],
		// English month names
		['5 Jan 2024', DMY, '2024-01-05'],
		['Jan 5, 2024', DMY, '2024-01-05'],
		['05-Jan-24', DMY, '2024-01-05'],
		['Fri, 5 January 2024 10:00', DMY, '2024-01-05'],
		['2024-Sep-30', DMY, '2024-09-30'],
		// Excel serials, 1900 system, with or without a time fraction
		['1', DMY, '1900-01-01'],
		['59', DMY, '1900-02-28'],
		['61', DMY, '1900-03-01'],
		['25569', DMY, '1970-01-01'],
		['45296', DMY, '2024-01-05'],
		['45296.75', DMY, '2024-01-05'],
		['45296,5', DMY, '2024-01-05'],
		// 1904 system
		['0', { dayOrder: 'dmy', excelEpoch: 1904 }, '1904-01-01'],
		['43834', { dayOrder: 'dmy', excelEpoch: 1904 }, '2024-01-05']
	] as [string, DateFormat, string][])('%s (%o) → %s', (text, format, iso) => {
		expect(isoFromDay(parseDay(text, format))).toBe(iso);
	});

	it.each([
		['', DMY],
		['yesterday', DMY],
		['2024-02-30', DMY],
		['2023-02-29', DMY],
		['13/13/2024', DMY],
		['1/13/2024', DMY], // not valid day-first
		['13/1/2024', MDY],
		['60', DMY], // Lotus's 1900-02-29 does not exist
		['0', DMY],
		['-5', DMY],
		['2024-01', DMY],
		['1/5/024', DMY],
		['5 Foo 2024', DMY],
		['123/1/2024', DMY]
	] as [string, DateFormat][])('%j (%o) is not a date', (text, format) => {
		expect(parseDay(text, format)).toBeNaN();
	});

	it('leap days', () => {
		expect(parseDay('2024-02-29')).toBe(dayFromYmd(2024, 2, 29));
		expect(parseDay('29/02/2000')).toBe(dayFromYmd(2000, 2, 29));
		expect(parseDay('29/02/1900')).toBeNaN();
	});
});

describe('dayFromExcelSerial', () => {
	it.each([
		[1, 1900, '1900-01-01'],
		[59, 1900, '1900-02-28'],
		[61, 1900, '1900-03-01'],
		[45296.999, 1900, '2024-01-05'],
		[0, 1904, '1904-01-01'],
		[1, 1904, '1904-01-02']
	] as [number, 1900 | 1904, string][])('%d in the %d system → %s', (serial, epoch, iso) => {
		expect(isoFromDay(dayFromExcelSerial(serial, epoch))).toBe(iso);
	});

	it('rejects serial 60 (1900-02-29), 0 and negatives in the 1900 system', () => {
		expect(dayFromExcelSerial(60, 1900)).toBeNaN();
		expect(dayFromExcelSerial(0, 1900)).toBeNaN();
		expect(dayFromExcelSerial(-1, 1904)).toBeNaN();
		expect(dayFromExcelSerial(3_000_000, 1900)).toBeNaN();
	});
});

describe('DateReader', () => {
	it('reads a range of a larger text and counts dates that only fit the other order', () => {
		const text = 'x,13/1/2024,y';
		const reader = new DateReader(MDY);
		expect(reader.read(text, 2, 11)).toBeNaN();
		expect(reader.otherOrderOnly).toBe(1);
		expect(isoFromDay(new DateReader(DMY).read(text, 2, 11))).toBe('2024-01-13');
	});
});

describe('detectDateFormat', () => {
	it('a first field above 12 means day first', () => {
		const guess = detectDateFormat(['01/02/2024', '13/02/2024', '']);
		expect(guess).toMatchObject({ dayOrder: 'dmy', ambiguous: false, candidates: ['dmy'] });
		expect(guess.counts).toMatchObject({ yearLast: 2, dmyOnly: 1, mdyOnly: 0 });
		expect(guess.parseable).toBe(1);
	});

	it('a second field above 12 means month first (UCI)', () => {
		const guess = detectDateFormat(['12/1/10 8:26', '12/13/10 9:01']);
		expect(guess).toMatchObject({ dayOrder: 'mdy', ambiguous: false, candidates: ['mdy'] });
	});

	it('no deciding value: ambiguous, both candidates', () => {
		const guess = detectDateFormat(['01/02/2024', '03/04/2024']);
		expect(guess).toMatchObject({ ambiguous: true, candidates: ['dmy', 'mdy'] });
	});

	it('dotted year-last dates are day first', () => {
		expect(detectDateFormat(['01.02.2024'])).toMatchObject({ dayOrder: 'dmy', ambiguous: false });
	});

	it('year-first dates and serials need no day order', () => {
		const guess = detectDateFormat(['2024-01-05', '2024年1月6日', '45296']);
		expect(guess).toMatchObject({ ambiguous: false });
		expect(guess.counts).toMatchObject({ yearFirst: 2, number: 1, yearLast: 0 });
		expect(guess.parseable).toBe(1);
	});

	it('conflicting values: the majority wins, both stay candidates', () => {
		const guess = detectDateFormat(['13/1/2024', '14/1/2024', '1/13/2024']);
		expect(guess).toMatchObject({ dayOrder: 'dmy', ambiguous: false, candidates: ['dmy', 'mdy'] });
		expect(guess.parseable).toBeCloseTo(2 / 3);
	});
});
