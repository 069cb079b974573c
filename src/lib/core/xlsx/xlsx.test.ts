import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { dayFromYmd } from '../calendar';
import { isDateFormat, openWorkbook, xmlText } from './workbook';
import { sheetCsv } from './sheet';
import { importGuessed, sniffWorkbook } from './source';
import { entryBytes, entrySlices, zipEntries } from './zip';
import { buildXlsx } from './xlsx.fixture';
import type { FixtureCell } from './xlsx.fixture';

const csvOf = (bytes: Uint8Array, sheet = 0): string => {
	const workbook = openWorkbook(bytes);
	if (!workbook) throw new Error('not a workbook');
	return [...sheetCsv(workbook, sheet)].map((piece) => new TextDecoder().decode(piece)).join('');
};

// Excel serials by hand: days since 1899-12-30 (1900 system) — 2024-01-05 is 45,296, and
// 45,296 + 100 (row 4001: 4000 % 300) is 2024-04-14; in the
// 1904 system 1,462 fewer.
const JAN_5_2024 = 45_296;

const orders: FixtureCell[][] = [
	[{ s: 'customer' }, { s: 'date' }, { inline: 'amount' }, { s: 'note' }],
	[{ s: 'C1' }, { n: JAN_5_2024, style: 1 }, { n: 12.5 }, { inline: 'a, "quoted" note' }],
	[{ s: 'C2' }, { n: JAN_5_2024 + 31, style: 2 }, { n: 0.30000000000000004 }, null],
	[{ inline: 'C1' }, { s: '2024/03/01' }, { n: 7, style: 3 }, { formula: 'x & y' }],
	[{ n: 1003 }, { n: JAN_5_2024 + 0.75, style: 1 }, { n: 1e21 }, { raw: 't="b"><v>1</v>' }]
];

describe('reading an .xlsx sheet as CSV', () => {
	const xlsx = buildXlsx([
		{ name: 'Orders', rows: orders },
		{ name: 'Notes & more', rows: [[{ s: 'only' }]], firstRow: 3 }
	]);

	it('lists the sheets by name', () => {
		expect(openWorkbook(xlsx)?.sheets.map((s) => [s.name, s.path])).toEqual([
			['Orders', 'xl/worksheets/sheet1.xml'],
			['Notes & more', 'xl/worksheets/sheet2.xml']
		]);
	});

	it('writes shared and inline strings, dates, round-trip numbers and quoted fields', () => {
		expect(csvOf(xlsx)).toBe(
			[
				'customer,date,amount,note',
				'C1,2024-01-05,12.5,"a, ""quoted"" note"',
				'C2,2024-02-05,0.30000000000000004',
				'C1,2024/03/01,7,x & y',
				'1003,2024-01-05 18:00:00,1e+21,TRUE',
				''
			].join('\n')
		);
	});

	it('keeps sheet row numbers as line numbers (blank lines before row 3)', () => {
		expect(csvOf(xlsx, 1)).toBe('\n\nonly\n');
	});

	it('reads serials in the 1904 date system', () => {
		const book = buildXlsx([{ name: 'S', rows: [[{ n: JAN_5_2024 - 1462, style: 1 }]] }], {
			date1904: true
		});
		expect(csvOf(book)).toBe('2024-01-05\n');
	});

	it('inflates a big sheet in slices to the same text as whole', () => {
		const rows: FixtureCell[][] = [[{ s: 'id' }, { s: 'date' }, { s: 'amount' }]];
		for (let i = 0; i < 5000; i++) {
			rows.push([{ s: `C${i % 97}` }, { n: JAN_5_2024 + (i % 300), style: 1 }, { n: i / 8 }]);
		}
		const book = buildXlsx([{ name: 'Big', rows }]);
		const entries = zipEntries(book)!;
		const entry = entries.get('xl/worksheets/sheet1.xml')!;
		const whole = new TextDecoder().decode(entryBytes(book, entry));
		const sliced = [...entrySlices(book, entry, 997)];
		expect(sliced.length).toBeGreaterThan(2);
		expect(sliced.map((s) => new TextDecoder().decode(s)).join('')).toBe(whole);
		const lines = csvOf(book).trimEnd().split('\n');
		expect(lines.length).toBe(5001);
		expect(lines[4001]).toBe(`C${4000 % 97},2024-04-14,500`);
	});

	it('imports through the CSV importer with every role', () => {
		const sniffed = sniffWorkbook(xlsx, {}, 1 << 20)!;
		expect(sniffed.sniff.header).toEqual(['customer', 'date', 'amount', 'note']);
		expect(sniffed.sniff.mapping).toMatchObject({
			customerId: 'customer',
			orderDate: 'date',
			amount: 'amount'
		});
		const result = importGuessed(xlsx, sniffed, dayFromYmd(2030, 1, 1));
		// The 1e21 row is too large an amount to be a line: skipped, the other three kept.
		expect(result.customerIds.slice().sort()).toEqual(['C1', 'C2']);
		expect(result.report.imported).toBe(3);
		const days = [...result.chunks[0].day].sort();
		expect(days).toEqual(
			[dayFromYmd(2024, 1, 5), dayFromYmd(2024, 2, 5), dayFromYmd(2024, 3, 1)].sort()
		);
		const cents = [...result.chunks[0].amountCents].sort((a, b) => a - b);
		expect(cents).toEqual([30, 700, 1250]);
	});

	it('reads the sheet the user picks', () => {
		expect(sniffWorkbook(xlsx, { sheet: 1 }, 1 << 20)?.sniff.header).toEqual(['only']);
	});

	it('defaults to the first visible sheet', () => {
		const book = buildXlsx([
			{ name: 'Hidden', rows: [[{ s: 'x' }]], hidden: true },
			{ name: 'Shown', rows: [[{ s: 'y' }]] }
		]);
		expect(sniffWorkbook(book, {}, 1 << 20)?.source).toEqual({ format: 'xlsx', sheet: 1 });
	});

	it('reads parts whose elements carry a namespace prefix (<x:row>, OpenXML SDK)', () => {
		const parts = unzipSync(xlsx);
		const prefixed = (xml: string) =>
			xml.replace(
				/<(\/?)(?![?])([A-Za-z]+)([\s>/])/g,
				(_, slash, name, after) => `<${slash}x:${name}${after}`
			);
		for (const path of ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml']) {
			parts[path] = strToU8(prefixed(strFromU8(parts[path])));
		}
		expect(strFromU8(parts['xl/worksheets/sheet1.xml'])).toContain('<x:row r="2">');
		expect(csvOf(zipSync(parts))).toBe(csvOf(xlsx));
	});

	it('is not a workbook when the ZIP has no xl/workbook.xml', () => {
		expect(openWorkbook(zipSync({ 'a.csv': strToU8('id\n1\n') }))).toBeNull();
		expect(openWorkbook(strToU8('id,date\n'))).toBeNull();
	});
});

describe('workbook parts', () => {
	it.each([
		['yyyy-mm-dd', true],
		['m/d/yy h:mm', true],
		['yyyy"年"m"月"d"日"', true],
		['[$-409]mmmm d, yyyy', true],
		['0.00', false],
		['#,##0 "days"', false],
		['[h]:mm:ss', false],
		['[Red]0.00', false],
		['General', false]
	])('format %s is a date: %s', (code, expected) => {
		expect(isDateFormat(code)).toBe(expected);
	});

	it('unescapes XML and OOXML text', () => {
		expect(xmlText('&lt;a&gt; &amp;&#20013;&#x6587;_x000D_')).toBe('<a> &中文\r');
	});
});
