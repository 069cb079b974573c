/**
 * The import's fast paths against independent readings: each shortcut (a date shape read from
 * char codes, the day of the previous row, a hash table probed by range, fields past the last
 * mapped column skipped) and the hot helpers (trimmed fields, ids compared with the row before)
 * must give what a plain, slow computation written here gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../calendar';
import { DateReader } from './dates';
import type { DateFormat, DayOrder } from './dates';
import { importBytes } from './importer';
import type { ImportOptions } from './importer';
import { readRecords } from './record-texts';
import { isTrimmable, RecordScanner } from './records';
import { TextIndex } from './text-index';

/** The day of a year-last date read the slow way: a regular expression and the calendar. */
function yearLastDay(text: string, order: DayOrder): number {
	const match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?: |$)/.exec(text);
	if (!match) throw new Error(`not a year-last date: ${text}`);
	const [a, b] = [Number(match[1]), Number(match[3])];
	let year = Number(match[4]);
	if (match[4].length === 2) year += year < 70 ? 2000 : 1900;
	return order === 'mdy' ? dayFromYmd(year, a, b) : dayFromYmd(year, b, a);
}

const twoDigits = (n: number, padded: boolean) => (padded ? String(n).padStart(2, '0') : String(n));

const yearLastText = fc
	.record({
		a: fc.integer({ min: 0, max: 39 }),
		b: fc.integer({ min: 0, max: 39 }),
		year: fc.oneof(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 0, max: 99 })),
		padded: fc.boolean(),
		separator: fc.constantFrom('/', '-', '.'),
		time: fc.constantFrom('', ' 8:26', ' 23:59:59', ' 11:59 PM')
	})
	.map(({ a, b, year, padded, separator, time }) => {
		const y = year < 100 ? String(year).padStart(2, '0') : String(year);
		return `${twoDigits(a, padded)}${separator}${twoDigits(b, padded)}${separator}${y}${time}`;
	});

describe('DateReader fast paths', () => {
	it('reads year-last dates as the calendar does, in both day orders', () => {
		fc.assert(
			fc.property(
				fc.array(yearLastText, { minLength: 1, maxLength: 20 }),
				fc.boolean(),
				(texts, mdy) => {
					const order: DayOrder = mdy ? 'mdy' : 'dmy';
					const reader = new DateReader({ dayOrder: order, excelEpoch: 1900 });
					// One reader for all: the remembered day of the row before must never leak.
					for (const text of texts) {
						expect(reader.read(`x,${text},y`, 2, 2 + text.length)).toBe(yearLastDay(text, order));
					}
				}
			)
		);
	});

	it('gives the general reader’s day and day-order warnings for the same dates spelled otherwise', () => {
		fc.assert(
			fc.property(
				fc.array(yearLastText, { minLength: 1, maxLength: 20 }),
				fc.boolean(),
				(texts, mdy) => {
					const format: DateFormat = { dayOrder: mdy ? 'mdy' : 'dmy', excelEpoch: 1900 };
					const fast = new DateReader(format);
					const general = new DateReader(format);
					for (const text of texts) {
						// Spaces around the separators keep the text off the fast path: the same groups.
						const spaced = text.replace(/^(\d+)([/.-])(\d+)\2/, '$1 $2 $3 $2 ');
						expect(spaced).not.toBe(text);
						expect(fast.read(text, 0, text.length)).toBe(general.read(spaced, 0, spaced.length));
					}
					expect(fast.otherOrderOnly).toBe(general.otherOrderOnly);
				}
			)
		);
	});

	it('reads yyyy-mm-dd from char codes only when all eight are digits', () => {
		const digitOrNot = fc.constantFrom(...'0123456789/: a'.split(''));
		fc.assert(
			fc.property(
				fc.array(digitOrNot, { minLength: 8, maxLength: 8 }),
				fc.boolean(),
				(chars, withTime) => {
					const [y0, y1, y2, y3, m0, m1, d0, d1] = chars;
					const text = `${y0}${y1}${y2}${y3}-${m0}${m1}-${d0}${d1}${withTime ? ' 14:30:00' : ''}`;
					const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
					const expected = match
						? dayFromYmd(Number(match[1]), Number(match[2]), Number(match[3]))
						: NaN;
					const day = new DateReader().read(text, 0, text.length);
					// Non-digits leave the fast path; the general reader may still read the text.
					if (match) expect(day).toBe(expected);
					else if (!Number.isNaN(day)) expect(/\d/.test(text)).toBe(true);
				}
			)
		);
		expect(new DateReader().read('2024-1a-05', 0, 10)).toBeNaN();
		expect(new DateReader().read('2024-01-05', 0, 10)).toBe(dayFromYmd(2024, 1, 5));
	});

	it('reads a day again after other days (the memo holds only the last one)', () => {
		const reader = new DateReader({ dayOrder: 'mdy', excelEpoch: 1900 });
		const texts = ['1/5/2024', '1/5/2024 9:00', '1/6/2024', '2024-01-05', '1/5/2024', '13/5/2024'];
		const expected = [
			dayFromYmd(2024, 1, 5),
			dayFromYmd(2024, 1, 5),
			dayFromYmd(2024, 1, 6),
			dayFromYmd(2024, 1, 5),
			dayFromYmd(2024, 1, 5),
			NaN
		];
		expect(texts.map((text) => reader.read(text, 0, text.length))).toEqual(expected);
		expect(reader.otherOrderOnly).toBe(1);
	});
});

describe('TextIndex against a Map', () => {
	it('gives the first-seen index of every key through growth, found from inside other texts', () => {
		const key = fc
			.array(fc.constantFrom(...'ab01中é'.split('')), { minLength: 0, maxLength: 6 })
			.map((chars) => chars.join(''));
		fc.assert(
			fc.property(fc.array(key, { minLength: 100, maxLength: 400 }), (keys) => {
				const index = new TextIndex();
				const reference = new Map<string, number>();
				for (const k of keys) {
					const text = `<${k}>`;
					if (!reference.has(k)) reference.set(k, reference.size);
					expect(index.add(text, 1, 1 + k.length)).toBe(reference.get(k));
				}
				expect(index.keys).toEqual([...reference.keys()]);
				for (const [k, i] of reference) expect(index.find(`|${k}|`, 1, 1 + k.length)).toBe(i);
				expect(index.find('zz', 0, 2)).toBe(-1);
			})
		);
	});
});

const TRIMMABLE = [' ', '\t', '\u00a0', '\u202f', '\u3000', '\ufeff'];
/** A value without the importer's whitespace at either end, by regular expression. */
const trimmed = (value: string) =>
	value.replace(/^[ \t\u00a0\u202f\u3000\ufeff]+|[ \t\u00a0\u202f\u3000\ufeff]+$/g, '');

/** Options for a UTF-8 comma file with columns id, date and amount (and an order id column). */
function optionsFor(orderId: string | null, attributes: string[]): ImportOptions {
	return {
		encoding: 'utf-8',
		delimiter: ',',
		decimalSeparator: '.',
		dateFormat: { dayOrder: 'dmy', excelEpoch: 1900 },
		mapping: {
			kind: 'transactions',
			customerId: 'id',
			orderDate: 'date',
			amount: 'amount',
			quantity: null,
			unitPrice: null,
			orderId,
			attributes
		}
	};
}

describe('isTrimmable: printable ASCII decided in two comparisons', () => {
	it('says true for exactly the six whitespace characters, over every UTF-16 code unit', () => {
		const wanted = new Set(TRIMMABLE.map((c) => c.charCodeAt(0)));
		const wrong: number[] = [];
		for (let c = 0; c <= 0xffff; c++) if (isTrimmable(c) !== wanted.has(c)) wrong.push(c);
		expect(wrong).toEqual([]);
	});
});

describe('importer: trimmed fields and repeated ids', () => {
	const options = optionsFor('order', ['tier']);
	const padding = fc
		.array(fc.constantFrom(...TRIMMABLE), { maxLength: 2 })
		.map((chars) => chars.join(''));
	// Ids that share all but their first or last character, so that comparing with the row
	// before must look at every character.
	const id = fc.constantFrom('A1', 'A2', 'B1', 'B2', 'AB', 'A', 'A12', 'Z1', 'é1', '1é');

	it('reads the same ids, orders and tiers as a slow reading of the padded text', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						id,
						order: id,
						tier: id,
						cents: fc.integer({ min: 1, max: 99_999 }),
						pads: fc.array(padding, { minLength: 10, maxLength: 10 })
					}),
					{ minLength: 1, maxLength: 25 }
				),
				(rows) => {
					const lines = rows.map(({ id, order, tier, cents, pads }) => {
						const pad = (value: string, k: number) => pads[k] + value + pads[k + 1];
						const amount = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
						return [
							pad(id, 0),
							pad('2024-03-05', 2),
							pad(amount, 4),
							pad(order, 6),
							pad(tier, 8)
						].join(',');
					});
					const text = `id,date,amount,order,tier\n${lines.join('\n')}\n`;
					const result = importBytes(new TextEncoder().encode(text), options);
					// The slow reading: split, trim with a regular expression, first-seen Maps.
					const customers = new Map<string, number>();
					const orders = new Map<string, number>();
					const tiers = new Map<string, number>();
					const expected = lines.map((line) => {
						const [c, , amount, o, t] = line.split(',').map(trimmed);
						if (!customers.has(c)) customers.set(c, customers.size);
						if (!orders.has(`${c}\u0000${o}`)) orders.set(`${c}\u0000${o}`, orders.size);
						if (!tiers.has(t)) tiers.set(t, tiers.size);
						return [
							customers.get(c),
							orders.get(`${c}\u0000${o}`),
							tiers.get(t),
							Math.round(Number(amount) * 100)
						];
					});
					const chunk = result.chunks[0];
					const got = Array.from(chunk.customer, (customer, i) => [
						customer,
						chunk.order[i],
						chunk.attributes[0][i],
						chunk.amountCents[i]
					]);
					expect(got).toEqual(expected);
					expect(result.customerIds).toEqual([...customers.keys()]);
					expect(result.attributes[0].values).toEqual([...tiers.keys()]);
				}
			)
		);
	});
});

describe('RecordScanner against a slow CSV reader', () => {
	/** RFC 4180 read character by character; lone CR ends a line too; blank records dropped. */
	function slowRecords(text: string, delimiter: string): string[][] {
		const rows: string[][] = [];
		let row: string[] = [];
		let field = '';
		let quoted = false;
		let i = 0;
		const endRecord = () => {
			row.push(field);
			if (!row.every((value) => trimmed(value) === '')) rows.push(row);
			row = [];
			field = '';
		};
		while (i < text.length) {
			const c = text[i];
			if (quoted) {
				if (c === '"' && text[i + 1] === '"') {
					field += '"';
					i += 2;
				} else if (c === '"') {
					quoted = false;
					i++;
				} else field += text[i++];
			} else if (c === '"' && field === '') {
				quoted = true;
				i++;
			} else if (c === delimiter) {
				row.push(field);
				field = '';
				i++;
			} else if (c === '\r' || c === '\n') {
				endRecord();
				i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
			} else field += text[i++];
		}
		if (field !== '' || row.length > 0) endRecord();
		return rows;
	}

	it('finds the same fields in records with and without quotes, CRLF, CR and trailing delimiters', () => {
		const plain = fc.constantFrom('', 'a', 'bc', '12.5', ' x ', '中文');
		const quoted = fc
			.constantFrom('', 'a,b', 'say ""hi""', 'line\nbreak', 'cr\r\nlf', '""', ',')
			.map((inner) => `"${inner}"`);
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.oneof(plain, quoted), { minLength: 1, maxLength: 6 }), {
					minLength: 1,
					maxLength: 12
				}),
				fc.constantFrom(',', ';', '\t', '|'),
				fc.constantFrom('\n', '\r\n', '\r'),
				fc.boolean(),
				(records, delimiter, newline, lastNewline) => {
					const fields = records.map((fields) => fields.map((f) => f.replaceAll(',', delimiter)));
					const text =
						fields.map((f) => f.join(delimiter)).join(newline) + (lastNewline ? newline : '');
					expect(readRecords(text, delimiter as ',').rows).toEqual(slowRecords(text, delimiter));
				}
			)
		);
	});
});

describe('RecordScanner.scanOnly: the fields past the last wanted one skipped', () => {
	const field = fc.constantFrom('', 'a', ' ', '\u3000', 'x y', '"q"', '"a\nb"', 'b"c', '"d""e"');

	it('finds the same records, wanted fields, line counts and blank lines as a full scan', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(field, { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 10 }),
				fc.constantFrom('\n', '\r\n', '\r'),
				fc.integer({ min: 1, max: 5 }),
				fc.integer({ min: 2, max: 6 }),
				fc.boolean(),
				(records, newline, wanted, capacity, final) => {
					const text = records.map((fields) => fields.join(',')).join(newline) + newline;
					const full = new RecordScanner(',', capacity);
					const part = new RecordScanner(',', capacity);
					part.scanOnly(wanted);
					const kept = Math.min(wanted, capacity);
					let pos = 0;
					while (pos < text.length) {
						const next = full.scan(text, pos, final);
						expect(part.scan(text, pos, final)).toBe(next);
						if (next < 0) break;
						expect(part.innerLineBreaks).toBe(full.innerLineBreaks);
						expect(part.isBlank()).toBe(full.isBlank());
						expect(Math.min(part.fieldCount, kept)).toBe(Math.min(full.fieldCount, kept));
						for (let i = 0; i < kept; i++) expect(part.raw(i)).toBe(full.raw(i));
						pos = next;
					}
				}
			)
		);
	});

	it('an import reads rows with content only in unmapped columns as rows, not blank lines', () => {
		const text =
			'id,date,amount,note,extra\n' +
			'A,2024-01-05,1.50,,\n' +
			',,,,x\n' + // not blank: a row without a customer id
			',,, \u3000,\n' + // blank
			'B,2024-01-06,2.00,"multi\nline",y\r\n' +
			',,,\n' + // blank (short)
			',,,,,z\n' + // blank: content only past the header's five columns, as a full scan reads it
			'C,2024-01-07,3.00,"q""",\n';
		const result = importBytes(new TextEncoder().encode(text), optionsFor(null, []));
		expect(result.customerIds).toEqual(['A', 'B', 'C']);
		expect(Array.from(result.chunks[0].amountCents)).toEqual([150, 200, 300]);
		expect(result.report).toMatchObject({ rowsRead: 4, imported: 3, blankLines: 3 });
		expect(result.report.skippedByReason.missing_customer_id?.examples[0].line).toBe(3);
	});
});
