import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../calendar';
import { sharedData } from '../../../../tests/shared-data';
import { importGuessed, sniffWhitespace } from '../xlsx/source';
import { CDNOW_COLUMNS, detectWhitespaceLayout, WhitespaceToTsv } from './fixed-width';
import { sniffFile } from './importer';
import type { ImportResult } from './importer';

/** Sniff the head of a CDNOW-shaped file, check the guessed roles, and import it all. */
function importCdnowShape(bytes: Uint8Array, head: Uint8Array): ImportResult {
	const sniffed = sniffWhitespace(sniffFile(head, bytes.length), head);
	expect(sniffed?.sniff.mapping).toMatchObject({
		customerId: 'customer_id',
		orderDate: 'date',
		amount: 'dollar_value'
	});
	return importGuessed(bytes, sniffed!, dayFromYmd(2030, 1, 1));
}

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('whitespace-aligned text', () => {
	it.each([
		[
			'a header line of names',
			' id  date   amount\n 001 20240105  1.50\n 002 20240106 2\n',
			3,
			null
		],
		[
			'CDNOW shape without a header',
			'00001 19970101 1 11.77\n00002 19970112 1 12.00\n',
			4,
			CDNOW_COLUMNS
		],
		['numbers only, generic names', '1 2 3\n4 5 6\n', 3, ['column 1', 'column 2', 'column 3']],
		['tabs and spaces mixed', 'a\t b\n1 \t2\n', 2, null]
	])('%s', (_, text, fields, header) => {
		expect(detectWhitespaceLayout(text, true)).toEqual({ fields, header });
	});

	it.each([
		['a CSV', 'a,b\n1,2\n'],
		['one field per line', 'a\nb\nc\n'],
		['field counts that differ', 'a b\n1 2\n1 2 3\n4 5 6 7\n'],
		['a single line', 'a b c\n']
	])('is not detected in %s', (_, text) => {
		expect(detectWhitespaceLayout(text, true)).toBeNull();
	});

	it('rewrites runs of blanks as one tab, across slices', () => {
		const tsv = new WhitespaceToTsv(['x', 'y']);
		const bytes = encode('  a   b  \r\n c d\n');
		const out = [
			tsv.push(bytes.subarray(0, 4)),
			tsv.push(bytes.subarray(4, 13)),
			tsv.push(bytes.subarray(13))
		];
		expect(out.map(decode).join('')).toBe('x\ty\na\tb\r\nc\td\n');
	});

	it('is sniffed and imported with yyyymmdd dates and no hand mapping', () => {
		const bytes = encode('00001 19970101 1 11.77\n00002 19970112 2 12.00\n00001 19970325 1 5.10\n');
		expect(sniffFile(bytes, bytes.length).header.length).toBe(1);
		const result = importCdnowShape(bytes, bytes);
		expect(result.customerIds).toEqual(['00001', '00002']);
		expect([...result.chunks[0].day]).toEqual([
			dayFromYmd(1997, 1, 1),
			dayFromYmd(1997, 1, 12),
			dayFromYmd(1997, 3, 25)
		]);
		expect([...result.chunks[0].amountCents]).toEqual([1177, 1200, 510]);
	});
});

const { path: CDNOW, present } = sharedData('cdnow/CDNOW_master.txt');

describe.skipIf(!present)('CDNOW master file (../shared/data/cdnow/CDNOW_master.txt)', () => {
	it('imports with no hand mapping: 23,570 customers, 69,659 lines, every dollar', () => {
		const bytes = new Uint8Array(readFileSync(CDNOW));
		// The independent count: split the lines by hand.
		const rows = new TextDecoder()
			.decode(bytes)
			.split(/\r?\n/)
			.map((line) => line.trim().split(/\s+/))
			.filter((fields) => fields.length === 4 && /^\d+$/.test(fields[0]));
		const customers = new Set(rows.map((fields) => fields[0]));
		const cents = rows.reduce((sum, fields) => sum + Math.round(Number(fields[3]) * 100), 0);
		expect(customers.size).toBe(23_570);
		expect(rows.length).toBe(69_659);

		const result = importCdnowShape(bytes, bytes.subarray(0, 512 * 1024));
		expect(result.report.imported).toBe(69_659);
		expect(result.report.skipped).toBe(0);
		expect(result.customerIds.length).toBe(23_570);
		let total = 0;
		let first = Infinity;
		let last = -Infinity;
		for (const chunk of result.chunks) {
			for (let i = 0; i < chunk.amountCents.length; i++) {
				total += chunk.amountCents[i];
				first = Math.min(first, chunk.day[i]);
				last = Math.max(last, chunk.day[i]);
			}
		}
		expect(total).toBe(cents);
		expect([first, last]).toEqual([dayFromYmd(1997, 1, 1), dayFromYmd(1998, 6, 30)]);
	});
});
