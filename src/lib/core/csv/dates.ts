/**
 * Order dates → day numbers, read as wall-clock calendar dates straight from the text.
 *
 * Any time of day, `T`, `Z` or UTC offset after the date is ignored: `2024-01-05T23:30-08:00` is
 * 2024-01-05. Nothing here uses `new Date(string)` or local-time `Date` methods, so the process
 * time zone never shifts a day.
 */
import { dayFromYmd } from '../calendar';
import type { DayNumber } from '../calendar';

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

/** The shape of one date text, as `readDateParts` sees it. */
export type DateShape = 'year_first' | 'year_last' | 'month_name' | 'number' | 'invalid';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** Serial of 1970-01-01 in Excel's 1900 system, and of 1904-01-01 as a day number. */
const SERIAL_1970 = 25_569;
const DAY_1904 = -24_107;
const MAX_SERIAL = 2_958_465; // 9999-12-31
/** `DateReader`'s fast paths return this (not a day number, not NaN) for texts they leave. */
const SLOW = -1e9;

/** Parts of the date text read last: three groups, their digit counts (−1: month name). */
const groupValue = new Int32Array(3);
const groupDigits = new Int32Array(3);
let monthNameAt = -1;
let yearMarked = false;
/** For shape 'number': the whole part and whether it had a fraction. */
let numberWhole = 0;
let numberDigits = 0;
let numberFraction = false;

/** Letters A–Z a–z. */
function isLetter(c: number): boolean {
	return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Split `text[start, end)` into up to three date groups (digit runs or an English month name),
 * stopping at anything after the third group (a time). Results go to the module's scratch state.
 */
function readDateParts(text: string, start: number, end: number): DateShape {
	monthNameAt = -1;
	yearMarked = false;
	// A plain number: an Excel serial (with an optional fraction) or a compact yyyymmdd.
	let i = start;
	let whole = 0;
	while (i < end) {
		const c = text.charCodeAt(i);
		if (c < 48 || c > 57) break;
		whole = whole * 10 + (c - 48);
		i++;
	}
	if (i > start) {
		let j = i;
		const c = text.charCodeAt(j);
		if (j < end && (c === 46 || c === 44)) {
			j++;
			while (j < end && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
		}
		if (j === end && (j > i + 1 || i === end)) {
			numberWhole = whole;
			numberDigits = i - start;
			numberFraction = j > i;
			return 'number';
		}
	}

	let count = 0;
	i = start;
	while (i < end && count < 3) {
		const c = text.charCodeAt(i);
		if (c >= 48 && c <= 57) {
			let value = 0;
			const from = i;
			while (i < end) {
				const d = text.charCodeAt(i);
				if (d < 48 || d > 57) break;
				value = value * 10 + (d - 48);
				i++;
			}
			if (i - from > 4) return 'invalid';
			groupValue[count] = value;
			groupDigits[count] = i - from;
			if (count === 0 && text.charCodeAt(i) === 0x5e74) yearMarked = true; // 年
			count++;
		} else if (isLetter(c)) {
			const from = i;
			while (i < end && isLetter(text.charCodeAt(i))) i++;
			const word = text.slice(from, i).toLowerCase();
			const month = word.length >= 3 ? MONTHS.indexOf(word.slice(0, 3)) : -1;
			if (month >= 0 && monthNameAt < 0) {
				// 'Jan', 'January', 'Sept': the first three letters decide.
				groupValue[count] = month + 1;
				groupDigits[count] = -1;
				monthNameAt = count;
				count++;
			} else if (count === 0 && WEEKDAYS.includes(word.slice(0, 3))) {
				// 'Fri, 5 Jan 2024': skip the weekday.
			} else return 'invalid';
		} else if (
			c === 47 || // /
			c === 45 || // -
			c === 46 || // .
			c === 44 || // ,
			c === 32 || // space
			c === 0x5e74 || // 年
			c === 0x6708 // 月
		) {
			i++;
		} else return 'invalid';
	}
	if (count < 3) return 'invalid';
	if (monthNameAt >= 0) return 'month_name';
	if (yearMarked || groupDigits[0] === 4 || groupDigits[0] === 3) {
		return groupDigits[0] === 4 && groupDigits[1] <= 2 && groupDigits[2] <= 2
			? 'year_first'
			: 'invalid';
	}
	if (
		groupDigits[0] <= 2 &&
		groupDigits[1] <= 2 &&
		(groupDigits[2] === 4 || groupDigits[2] === 2)
	) {
		return 'year_last';
	}
	return 'invalid';
}

/** Four-digit year of a two- or four-digit year group: yy < 70 → 20yy, else 19yy. */
function fullYear(value: number, digits: number): number {
	if (digits !== 2) return value;
	return value < 70 ? 2000 + value : 1900 + value;
}

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

/**
 * Day number of a date text; NaN when it is not a date.
 * @example parseDay('12/1/10 8:26', { dayOrder: 'mdy', excelEpoch: 1900 }) // → 14944 (2010-12-01)
 * @example parseDay('2024年1月5日 14:30') // → 19727
 */
export function parseDay(text: string, format: DateFormat = DEFAULT_DATE_FORMAT): DayNumber {
	const trimmed = text.trim();
	return new DateReader(format).read(trimmed, 0, trimmed.length);
}

/** The date format guessed from sampled date texts. */
export interface DateFormatGuess extends DateFormat {
	/** True when year-last dates were seen and none of them decides the day order. */
	ambiguous: boolean;
	/** Day orders consistent with every sampled value (both when ambiguous). */
	candidates: DayOrder[];
	/** Counts of sampled values by shape, and year-last values that only fit one order. */
	counts: {
		yearFirst: number;
		yearLast: number;
		monthName: number;
		number: number;
		invalid: number;
		mdyOnly: number;
		dmyOnly: number;
	};
	/** Share of non-empty sampled values that parse with the guessed format (0–1). */
	parseable: number;
}

/**
 * Guess the date format from sampled texts: a year-last date whose first field is above 12 means
 * day first; one whose second field is above 12 means month first. When no value decides, the
 * guess is `ambiguous` and the user must choose (dot-separated dates like 05.01.2024 are taken as
 * day first). Excel's epoch cannot be seen in the data: it stays 1900.
 * @example detectDateFormat(['12/1/10 8:26', '12/13/10 9:01']).dayOrder // → 'mdy'
 * @example detectDateFormat(['01/02/2024']).ambiguous // → true
 * @example detectDateFormat(['2024-01-02', '31/31/2024']).ambiguous // → false
 */
export function detectDateFormat(values: string[]): DateFormatGuess {
	const counts = {
		yearFirst: 0,
		yearLast: 0,
		monthName: 0,
		number: 0,
		invalid: 0,
		mdyOnly: 0,
		dmyOnly: 0
	};
	// Year-last values valid in both orders, and those among them written with dots: only they
	// leave the order open (a value valid in neither, like 31/31/2024, decides nothing).
	let eitherWay = 0;
	let dotted = 0;
	for (const value of values) {
		const text = value.trim();
		if (text === '') continue;
		const shape = readDateParts(text, 0, text.length);
		if (shape === 'year_first') counts.yearFirst++;
		else if (shape === 'month_name') counts.monthName++;
		else if (shape === 'number') counts.number++;
		else if (shape === 'invalid') counts.invalid++;
		else {
			counts.yearLast++;
			const [a, b] = [groupValue[0], groupValue[1]];
			const year = fullYear(groupValue[2], groupDigits[2]);
			const mdy = !Number.isNaN(dayFromYmd(year, a, b));
			const dmy = !Number.isNaN(dayFromYmd(year, b, a));
			if (mdy && !dmy) counts.mdyOnly++;
			if (dmy && !mdy) counts.dmyOnly++;
			if (mdy && dmy) {
				eitherWay++;
				if (text.includes('.')) dotted++;
			}
		}
	}
	let dayOrder: DayOrder = 'dmy';
	let candidates: DayOrder[] = ['dmy', 'mdy'];
	let ambiguous = false;
	if (counts.mdyOnly > 0 || counts.dmyOnly > 0) {
		dayOrder = counts.mdyOnly > counts.dmyOnly ? 'mdy' : 'dmy';
		candidates = counts.mdyOnly > 0 && counts.dmyOnly > 0 ? ['dmy', 'mdy'] : [dayOrder];
	} else if (eitherWay > 0) {
		if (dotted === eitherWay) candidates = ['dmy'];
		else ambiguous = true;
	}
	const format: DateFormat = { dayOrder, excelEpoch: 1900 };
	const reader = new DateReader(format);
	let nonEmpty = 0;
	let ok = 0;
	for (const value of values) {
		const text = value.trim();
		if (text === '') continue;
		nonEmpty++;
		if (!Number.isNaN(reader.read(text, 0, text.length))) ok++;
	}
	return { ...format, ambiguous, candidates, counts, parseable: nonEmpty ? ok / nonEmpty : 0 };
}

/**
 * Whether sampled values of a column are compact `yyyymmdd` dates (`20240105`, common in Chinese
 * ERP exports and in CDNOW): every non-empty value is eight digits forming a real calendar day in
 * 1900–2099, and there are at least two values. Plain integers (ids, amounts, order numbers)
 * almost never all pass: a month 00 or 13+, a day 00 or 32+, or another length fails them.
 * @example isCompactDateColumn(['20240105', '20240131', '']) // → true
 * @example isCompactDateColumn(['20240105', '20241301']) // → false
 * @example isCompactDateColumn(['1250', '20240105']) // → false
 */
export function isCompactDateColumn(values: string[]): boolean {
	let count = 0;
	for (const value of values) {
		const text = value.trim();
		if (text === '') continue;
		if (!/^(19|20)\d{6}$/.test(text)) return false;
		const number = Number(text);
		const day = dayFromYmd(
			Math.floor(number / 10_000),
			Math.floor(number / 100) % 100,
			number % 100
		);
		if (Number.isNaN(day)) return false;
		count++;
	}
	return count >= 2;
}
