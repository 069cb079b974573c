/**
 * Order dates → day numbers, read as wall-clock calendar dates straight from the text.
 *
 * Any time of day, `T`, `Z` or UTC offset after the date is ignored: `2024-01-05T23:30-08:00` is
 * 2024-01-05. Nothing here uses `new Date(string)` or local-time `Date` methods, so the process
 * time zone never shifts a day.
 */
import { dayFromYmd } from '../calendar';
import type { DayNumber } from '../calendar';
import { fullYear, groupDigits, groupValue, readDateParts } from './date-parts';
import { DateReader, DEFAULT_DATE_FORMAT } from './date-reader';
import type { DateFormat, DayOrder } from './date-reader';

export { DateReader, DEFAULT_DATE_FORMAT, dayFromExcelSerial } from './date-reader';
export type { DateFormat, DayOrder } from './date-reader';
export type { DateShape } from './date-parts';

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
