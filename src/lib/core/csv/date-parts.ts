/**
 * The general reading of a date text (`readDateParts`): up to three groups of digits or an English
 * month name, and the shape they make. `DateReader` (`date-reader.ts`) falls back to it for texts
 * its fast paths leave; `detectDateFormat` (`dates.ts`) reads sampled values with it.
 */

/** The shape of one date text, as `readDateParts` sees it. */
export type DateShape = 'year_first' | 'year_last' | 'month_name' | 'number' | 'invalid';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Parts of the date text read last: three groups, their digit counts (−1: month name). */
export const groupValue = new Int32Array(3);
export const groupDigits = new Int32Array(3);
export let monthNameAt = -1;
let yearMarked = false;
/** For shape 'number': the whole part and whether it had a fraction. */
export let numberWhole = 0;
export let numberDigits = 0;
export let numberFraction = false;

/** Letters A–Z a–z. */
function isLetter(c: number): boolean {
	return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Split `text[start, end)` into up to three date groups (digit runs or an English month name),
 * stopping at anything after the third group (a time). Results go to the module's scratch state.
 */
export function readDateParts(text: string, start: number, end: number): DateShape {
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
export function fullYear(value: number, digits: number): number {
	if (digits !== 2) return value;
	return value < 70 ? 2000 + value : 1900 + value;
}
