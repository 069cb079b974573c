/**
 * Reads order dates from ranges of a larger text, for the import's hot path: fast paths for the
 * common shapes, `readDateParts` (`date-parts.ts`) for the rest. See `dates.ts` for the rules.
 */
import { dayFromYmd } from '../calendar';
import type { DayNumber } from '../calendar';
import {
	fullYear,
	groupDigits,
	groupValue,
	monthNameAt,
	numberDigits,
	numberFraction,
	numberWhole,
	readDateParts
} from './date-parts';

/** How to read a date whose year comes last (`1/5/2024`): month first or day first. */
export type DayOrder = 'mdy' | 'dmy';

/** Options for reading dates. Year-first dates (`2024-01-05`, `2024年1月5日`) need none. */
export interface DateFormat {
	dayOrder: DayOrder;
	/** Epoch of Excel serial numbers: 1900 (Windows, with Lotus's 1900-02-29) or 1904 (old Mac). */
	excelEpoch: 1900 | 1904;
}

/** The default: day-first for year-last dates, the 1900 Excel system. */
export const DEFAULT_DATE_FORMAT: DateFormat = { dayOrder: 'dmy', excelEpoch: 1900 };

/** Serial of 1970-01-01 in Excel's 1900 system, and of 1904-01-01 as a day number. */
const SERIAL_1970 = 25_569;
const DAY_1904 = -24_107;
const MAX_SERIAL = 2_958_465; // 9999-12-31
/** `DateReader`'s fast paths return this (not a day number, not NaN) for texts they leave. */
const SLOW = -1e9;

/**
 * Day number of an Excel serial's whole part; NaN outside the calendar. In the 1900 system serial
 * 1 is 1900-01-01 and serial 60 is Lotus's non-existent 1900-02-29, which is rejected; in the 1904
 * system serial 0 is 1904-01-01.
 * @example dayFromExcelSerial(61, 1900) // → -25508 (1900-03-01)
 */
export function dayFromExcelSerial(serial: number, epoch: 1900 | 1904): DayNumber {
	const whole = Math.floor(serial);
	if (!Number.isFinite(whole) || whole > MAX_SERIAL) return NaN;
	if (epoch === 1904) return whole >= 0 ? whole + DAY_1904 : NaN;
	if (whole < 1 || whole === 60) return NaN;
	return whole < 60 ? whole - SERIAL_1970 + 1 : whole - SERIAL_1970;
}

/**
 * Reads dates from ranges of a larger text, for the import's hot path. Day numbers of calendar
 * dates are memoised (dates repeat a lot). It also counts year-last dates that only make sense in
 * the other day order, so the import can warn about a wrong choice.
 * @example new DateReader({ dayOrder: 'mdy', excelEpoch: 1900 }).read('id,12/1/10 8:26', 3, 15) // → 14944
 */
export class DateReader {
	readonly format: DateFormat;
	/** Year-last dates that were invalid in the chosen order but valid in the other one. */
	otherOrderOnly = 0;
	private readonly days = new Map<number, DayNumber>();
	/** The key and day of the last `ymd` (−1: none yet). */
	private lastKey = -1;
	private lastDay: DayNumber = NaN;

	constructor(format: DateFormat = DEFAULT_DATE_FORMAT) {
		this.format = format;
	}

	/** Day number of `text[start, end)`, or NaN. */
	read(text: string, start: number, end: number): DayNumber {
		// Fast path: yyyy-mm-dd or yyyy/mm/dd, then nothing or a non-digit (time, T, offset).
		if (end - start >= 10) {
			const sep = text.charCodeAt(start + 4);
			if (
				(sep === 45 || sep === 47) &&
				text.charCodeAt(start + 7) === sep &&
				(end - start === 10 || !isDigitCode(text.charCodeAt(start + 10)))
			) {
				const y = digits(text, start, 4);
				const m = digits(text, start + 5, 2);
				const d = digits(text, start + 8, 2);
				if (y >= 0 && m >= 0 && d >= 0) return this.ymd(y, m, d);
			}
		}
		const day = this.readYearLast(text, start, end);
		if (day !== SLOW) return day;
		const shape = readDateParts(text, start, end);
		switch (shape) {
			case 'number':
				if (numberDigits === 8 && !numberFraction) {
					const day = this.ymd(
						Math.floor(numberWhole / 10_000),
						Math.floor(numberWhole / 100) % 100,
						numberWhole % 100
					);
					if (!Number.isNaN(day)) return day;
				}
				return dayFromExcelSerial(numberWhole, this.format.excelEpoch);
			case 'year_first':
				return this.ymd(groupValue[0], groupValue[1], groupValue[2]);
			case 'month_name':
				return this.monthName();
			case 'year_last':
				return this.yearLast();
			default:
				return NaN;
		}
	}

	/**
	 * Fast path of year-last dates as spreadsheets write them (`1/5/2024 8:26`, `05.01.24`): one or
	 * two digits, a separator, one or two digits, the same separator, four or two digits, then the
	 * end or a space. Returns `SLOW` for any other text, which `readDateParts` then reads (it reads
	 * these the same way: three digit groups, year last).
	 */
	private readYearLast(text: string, start: number, end: number): DayNumber {
		let i = start;
		let a = 0;
		let c = 0;
		for (; i < end && i < start + 3; i++) {
			c = text.charCodeAt(i);
			if (c < 48 || c > 57) break;
			a = a * 10 + (c - 48);
		}
		if (i === start || i > start + 2 || i >= end) return SLOW;
		const sep = c;
		if (sep !== 47 && sep !== 45 && sep !== 46) return SLOW;
		const from = ++i;
		let b = 0;
		for (; i < end && i < from + 3; i++) {
			c = text.charCodeAt(i);
			if (c < 48 || c > 57) break;
			b = b * 10 + (c - 48);
		}
		if (i === from || i > from + 2 || i >= end || c !== sep) return SLOW;
		const yearFrom = ++i;
		let year = 0;
		for (; i < end && i < yearFrom + 5; i++) {
			c = text.charCodeAt(i);
			if (c < 48 || c > 57) break;
			year = year * 10 + (c - 48);
		}
		const yearDigits = i - yearFrom;
		if ((yearDigits !== 4 && yearDigits !== 2) || (i < end && c !== 32)) return SLOW;
		return this.yearLastOf(a, b, year, yearDigits);
	}

	private yearLast(): DayNumber {
		return this.yearLastOf(groupValue[0], groupValue[1], groupValue[2], groupDigits[2]);
	}

	/** Day of the year-last date with groups a, b (day and month in the format's order) and year. */
	private yearLastOf(a: number, b: number, yearValue: number, yearDigits: number): DayNumber {
		const year = fullYear(yearValue, yearDigits);
		const mdy = this.format.dayOrder === 'mdy';
		const day = mdy ? this.ymd(year, a, b) : this.ymd(year, b, a);
		if (Number.isNaN(day) && !Number.isNaN(mdy ? this.ymd(year, b, a) : this.ymd(year, a, b))) {
			this.otherOrderOnly++;
		}
		return day;
	}

	private monthName(): DayNumber {
		const month = groupValue[monthNameAt];
		// The two numeric groups, in order: the four-digit one is the year, else the last one.
		const n1 = monthNameAt === 0 ? 1 : 0;
		const n2 = monthNameAt === 2 ? 1 : 2;
		if (groupDigits[n1] === 4) return this.ymd(groupValue[n1], month, groupValue[n2]);
		if (groupDigits[n2] !== 4 && groupDigits[n2] !== 2) return NaN;
		return this.ymd(fullYear(groupValue[n2], groupDigits[n2]), month, groupValue[n1]);
	}

	private ymd(year: number, month: number, day: number): DayNumber {
		if (month < 1 || month > 12 || day < 1 || day > 31) return NaN;
		const key = year * 512 + month * 32 + day;
		// Rows of a file mostly come in date order: most repeat the day before them.
		if (key === this.lastKey) return this.lastDay;
		let result = this.days.get(key);
		if (result === undefined) {
			result = dayFromYmd(year, month, day);
			this.days.set(key, result);
		}
		this.lastKey = key;
		this.lastDay = result;
		return result;
	}
}

function isDigitCode(c: number): boolean {
	return c >= 48 && c <= 57;
}

/** Value of `count` ASCII digits at `at`, or −1. */
function digits(text: string, at: number, count: number): number {
	let value = 0;
	for (let i = at; i < at + count; i++) {
		const c = text.charCodeAt(i);
		if (c < 48 || c > 57) return -1;
		value = value * 10 + (c - 48);
	}
	return value;
}
