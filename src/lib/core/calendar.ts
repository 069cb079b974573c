/**
 * Calendar days without time zones.
 *
 * Every date in Strata is a wall-clock calendar date stored as a *day number*: whole days since
 * 1970-01-01. Arithmetic goes through `Date.UTC`, never the local-time `Date` methods, so the
 * browser's time zone can never shift a day.
 */

/** Whole days since 1970-01-01 (1970-01-01 is 0, 1969-12-31 is −1). */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

/**
 * Day number of a calendar date; month is 1–12. Returns NaN for an impossible date.
 * @example dayFromYmd(1970, 1, 2) // → 1
 * @example dayFromYmd(2024, 2, 30) // → NaN
 */
export function dayFromYmd(year: number, month: number, day: number): DayNumber {
	if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return NaN;
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	return Math.round(date.getTime() / MS_PER_DAY);
}

/**
 * Calendar parts of a day number.
 * @example ymdFromDay(0) // → { year: 1970, month: 1, day: 1 }
 */
export function ymdFromDay(dayNumber: DayNumber): { year: number; month: number; day: number } {
	const date = new Date(dayNumber * MS_PER_DAY);
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * ISO `YYYY-MM-DD` text of a day number.
 * @example isoFromDay(19727) // → '2024-01-05'
 */
export function isoFromDay(dayNumber: DayNumber): string {
	const { year, month, day } = ymdFromDay(dayNumber);
	const y = year < 0 ? '-' + String(-year).padStart(6, '0') : String(year).padStart(4, '0');
	return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Day number of an ISO `YYYY-MM-DD` text (anything after the date is ignored); NaN if malformed.
 * @example dayFromIso('2024-01-05') // → 19727
 */
export function dayFromIso(text: string): DayNumber {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
	if (!match) return NaN;
	return dayFromYmd(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Number of days in a month (1–12), Gregorian rules.
 * @example daysInMonth(2024, 2) // → 29
 */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** @example isLeapYear(1900) // → false */
export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Month index: months since 1970-01 (1970-01 is 0). Cohorts and growth count calendar months with it.
 * @example monthIndexFromDay(dayFromYmd(1971, 2, 14)) // → 13
 */
export function monthIndexFromDay(dayNumber: DayNumber): number {
	const { year, month } = ymdFromDay(dayNumber);
	return (year - 1970) * 12 + (month - 1);
}

/**
 * First day of a month index.
 * @example isoFromDay(dayFromMonthIndex(13)) // → '1971-02-01'
 */
export function dayFromMonthIndex(monthIndex: number): DayNumber {
	const year = 1970 + Math.floor(monthIndex / 12);
	const month = monthIndex - (year - 1970) * 12 + 1;
	return dayFromYmd(year, month, 1);
}

/**
 * `YYYY-MM` label of a month index.
 * @example isoMonthFromIndex(13) // → '1971-02'
 */
export function isoMonthFromIndex(monthIndex: number): string {
	return isoFromDay(dayFromMonthIndex(monthIndex)).slice(0, 7);
}

/**
 * Today as a day number in the user's own calendar (the local date, not UTC's).
 * @example todayDay(new Date(2024, 0, 5, 23, 30)) // → 19727 in any time zone
 */
export function todayDay(now: Date = new Date()): DayNumber {
	return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / MS_PER_DAY);
}
