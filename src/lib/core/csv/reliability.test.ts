/**
 * What a first real use found (issue 10): skipped rows leave no trace, future dates are skipped,
 * far-past dates are flagged, Excel's sep= line is honoured, fields of megabytes read, and one
 * unreadable date does not ask for a day order. Expectations are counted by hand from the texts.
 */
import { describe, expect, it } from 'vitest';
import { dayFromYmd, isoFromDay } from '../calendar';
import { detectDateFormat } from './dates';
import { createImporter, importBytes, importOptionsFromSniff, sniffFile } from './importer';
import type { ImportOptions, ImportResult } from './importer';

const utf8 = (text: string) => new TextEncoder().encode(text);
const TODAY = dayFromYmd(2025, 6, 15);

function importText(text: string, patch: Partial<ImportOptions> = {}): ImportResult {
	const bytes = utf8(text);
	const sniff = sniffFile(bytes, bytes.length);
	return importBytes(bytes, { ...importOptionsFromSniff(sniff, TODAY), ...patch });
}

describe('nothing from a skipped row is stored', () => {
	it.each([
		['missing date', 'GHOST,,5'],
		['unreadable date', 'GHOST,someday,5'],
		['missing amount', 'GHOST,2024-01-05,'],
		['unreadable amount', 'GHOST,2024-01-05,lots'],
		['future date', 'GHOST,2099-01-01,5']
	])('a row skipped for %s adds no customer id, order or attribute value', (_, row) => {
		const result = importText(
			`customer,date,amount,city\nA,2024-01-05,1,Paris\n${row},Atlantis\nB,2024-01-06,2,Lyon\n`
		);
		expect(result.report.skipped).toBe(1);
		expect(result.customerIds).toEqual(['A', 'B']);
		expect(result.report.customers).toBe(2);
		expect(result.orderCount).toBe(2);
		expect(result.attributes[0].values).toEqual(['Paris', 'Lyon']);
	});

	it('the report counts the customers of imported rows only (2 skipped of 12 → 10 … 9)', () => {
		// 10 customers C0–C9 with one order each; C8 and C9 each have a second, skipped row; X
		// appears only in skipped rows.
		let text = 'customer,date,amount\n';
		for (let i = 0; i < 10; i++) text += `C${i},2024-01-0${1 + (i % 9)},${i + 1}\n`;
		text += 'X,not a date,1\nX,,1\n';
		const result = importText(text);
		expect(result.report).toMatchObject({ imported: 10, skipped: 2, customers: 10 });
		expect(result.customerIds).not.toContain('X');
	});

	it('a summary row skipped for its frequency adds nothing', () => {
		const result = importText(
			'customer_id,last_purchase_date,orders,total_spend\nA,2024-01-05,2,20\nZ,2024-01-05,many,5\n'
		);
		expect(result.customerIds).toEqual(['A']);
	});
});

describe('dates in the future', () => {
	it('skips rows after today + 1 day, with examples; today and tomorrow are kept', () => {
		const result = importText(
			[
				'customer,date,amount',
				'A,2025-06-15,1', // today
				'B,2025-06-16,1', // tomorrow: time-zone slack
				'C,2025-06-17,1', // the day after: future
				'D,2099-06-15,1'
			].join('\n') + '\n'
		);
		expect(result.report.imported).toBe(2);
		expect(result.report.skippedByReason.future_date).toEqual({
			count: 2,
			examples: [
				{ line: 4, column: 'date', value: '2025-06-17' },
				{ line: 5, column: 'date', value: '2099-06-15' }
			]
		});
		expect(isoFromDay(result.report.lastDay as number)).toBe('2025-06-16');
		expect(result.customerIds).toEqual(['A', 'B']);
	});

	it('a summary whose last purchase is in the future is skipped', () => {
		const result = importText(
			'customer_id,last_purchase_date,orders,total_spend\nA,2024-01-05,1,20\nB,2099-01-05,1,5\n'
		);
		expect(result.report.skippedByReason.future_date?.count).toBe(1);
	});

	it('without todayDay nothing is too late', () => {
		const result = importText('customer,date,amount\nA,2099-01-01,1\n', { todayDay: undefined });
		expect(result.report.imported).toBe(1);
	});
});

describe('dates far before the rest', () => {
	it('flags a date more than 50 years before the others, with its line and text', () => {
		const result = importText(
			'customer,date,amount\nA,2024-01-05,1\nB,1924-01-05,1\nC,2024-02-01,1\nD,2023-12-31,1\n'
		);
		expect(result.report.suspiciousDates).toEqual({
			count: 1,
			restFrom: dayFromYmd(2023, 12, 31),
			examples: [{ line: 3, column: 'date', value: '1924-01-05' }]
		});
		expect(result.report.imported).toBe(4);
	});

	it('says nothing about data spread evenly over decades, or 50 years apart', () => {
		expect(
			importText('customer,date,amount\nA,1974-01-05,1\nB,2024-01-05,1\nC,2000-01-01,1\n').report
				.suspiciousDates
		).toBeNull();
		expect(
			importText('customer,date,amount\nA,1974-06-05,1\nB,2024-01-05,1\nC,2024-01-05,1\n').report
				.suspiciousDates
		).toBeNull();
	});
});

describe("Excel's sep= line", () => {
	it.each([
		['sep=;\r\ncustomer;date;amount\r\nA;2024-01-05;1,5\r\n', ';'],
		['sep=,\ncustomer,date,amount\nA,2024-01-05,1.5\n', ','],
		['"sep=|"\ncustomer|date|amount\nA|2024-01-05|1.5\n', '|'],
		['\uFEFFsep=\t\ncustomer\tdate\tamount\nA\t2024-01-05\t1.5\n', '\t']
	])('%j: the delimiter comes from it and it is not the header', (text, delimiter) => {
		const bytes = utf8(text);
		const sniff = sniffFile(bytes, bytes.length);
		expect(sniff.sepLine).toBe(true);
		expect(sniff.delimiter.delimiter).toBe(delimiter);
		expect(sniff.header).toEqual(['customer', 'date', 'amount']);
		expect(sniff.previewLines).toEqual([3]);
		const result = importBytes(bytes, importOptionsFromSniff(sniff, TODAY));
		expect(result.report).toMatchObject({ imported: 1, skipped: 0 });
		expect(result.chunks[0].amountCents[0]).toBe(150);
		expect(result.header).toEqual(['customer', 'date', 'amount']);
	});
});

describe('fields of any length', () => {
	const big = 'X'.repeat(5_000_000);

	it('a sniff whose sample ends inside the first row asks for more bytes, not "empty"', () => {
		const bytes = utf8(`customer,date,amount\n${big},2024-01-05,1\n`);
		const sample = sniffFile(bytes.subarray(0, 512 * 1024), bytes.length);
		expect(sample).toMatchObject({ empty: false, needsMoreBytes: true });
		const whole = sniffFile(bytes, bytes.length);
		expect(whole).toMatchObject({ empty: false, needsMoreBytes: false, sampleRows: 1 });
		const oneField = utf8(big);
		expect(sniffFile(oneField.subarray(0, 1 << 19), oneField.length).needsMoreBytes).toBe(true);
	});

	it('a valid row with a 5 MB id is imported; one with a 5 MB date is skipped for its date', () => {
		const bytes = utf8(`customer,date,amount\n${big},2024-01-05,1\nB,2024-01-06,2\nC,${big},3\n`);
		const small = utf8('customer,date,amount\nA,2024-01-05,1\n');
		const importer = createImporter(importOptionsFromSniff(sniffFile(small, small.length), TODAY));
		for (let at = 0; at < bytes.length; at += 4 << 20)
			importer.push(bytes.subarray(at, at + (4 << 20)));
		const result = importer.finish();
		expect(result.report).toMatchObject({ imported: 2, skipped: 1 });
		expect(Object.keys(result.report.skippedByReason)).toEqual(['unparseable_date']);
		expect(result.customerIds.map((id) => id.length)).toEqual([5_000_000, 1]);
	});
});

describe('day order', () => {
	it('one unreadable value among ISO dates asks nothing', () => {
		const guess = detectDateFormat(['2024-01-05', '2024-02-01', '31/31/2024', '2024-03-09']);
		expect(guess.ambiguous).toBe(false);
		const bytes = utf8('customer,date,amount\nA,2024-01-05,1\nB,31/31/2024,1\nC,2024-02-01,1\n');
		const sniff = sniffFile(bytes, bytes.length);
		expect(sniff.dateFormat.ambiguous).toBe(false);
		expect(
			importBytes(bytes, importOptionsFromSniff(sniff, TODAY)).report.skippedByReason
		).toMatchObject({ unparseable_date: { count: 1 } });
	});

	it('a date that reads either way still asks', () => {
		expect(detectDateFormat(['2024-01-05', '01/02/2024']).ambiguous).toBe(true);
	});
});
