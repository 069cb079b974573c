/**
 * The bench's two file shapes imported at many chunk sizes (1 byte, 7 bytes, 4 kB, the whole
 * file): the line chunks, dictionaries and report are identical every time, and the customers,
 * orders and sums agree with an independent papaparse reading of the same text.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../calendar';
import { demoCsvText } from '../demo/csv';
import type { DemoCsvFormat } from '../demo/csv';
import { DEFAULT_DATE_FORMAT } from './dates';
import { createImporter, importOptionsFromSniff, sniffFile } from './importer';
import type { ImportOptions, ImportResult } from './importer';

function importInChunks(bytes: Uint8Array, options: ImportOptions, size: number): ImportResult {
	const importer = createImporter(options);
	const chunks = [];
	for (let at = 0; at < bytes.length; at += size) {
		chunks.push(...importer.push(bytes.subarray(at, at + size)));
	}
	const result = importer.finish();
	return { ...result, chunks: [...chunks, ...result.chunks] };
}

/** Every column of every chunk joined into one plain array per column, so cuts do not matter. */
function columns(result: ImportResult) {
	const joined = (pick: (chunk: ImportResult['chunks'][number]) => ArrayLike<number> | undefined) =>
		result.chunks.flatMap((chunk) => Array.from(pick(chunk) ?? []));
	return {
		customer: joined((chunk) => chunk.customer),
		day: joined((chunk) => chunk.day),
		amountCents: joined((chunk) => chunk.amountCents),
		order: joined((chunk) => chunk.order),
		product: joined((chunk) => chunk.product),
		quantity: joined((chunk) => chunk.quantity),
		attributes: result.attributes.map((_, a) => joined((chunk) => chunk.attributes[a]))
	};
}

/** Per customer id: orders (distinct order ids) and the sum of quantity × unit price in cents. */
function independentTotals(text: string, format: DemoCsvFormat) {
	const names =
		format === 'shop'
			? { customer: 'Email', order: 'Order ID', quantity: 'Quantity', price: 'Unit Price' }
			: { customer: 'CustomerID', order: 'InvoiceNo', quantity: 'Quantity', price: 'UnitPrice' };
	const { data } = Papa.parse<Record<string, string>>(text, {
		header: true,
		skipEmptyLines: true
	});
	const totals = new Map<string, { orders: Set<string>; cents: number }>();
	for (const row of data) {
		const id = row[names.customer];
		const entry = totals.get(id) ?? { orders: new Set<string>(), cents: 0 };
		entry.orders.add(row[names.order]);
		entry.cents += Number(row[names.quantity]) * Math.round(Number(row[names.price]) * 100);
		totals.set(id, entry);
	}
	return new Map(
		[...totals].map(([id, { orders, cents }]) => [id, { orders: orders.size, cents }])
	);
}

describe.each<[DemoCsvFormat, number]>([
	['shop', 1_500],
	['uci', 1_500]
])('the %s shape at every chunk size', (format, rows) => {
	const text = demoCsvText({ rows, seed: 7 }, format);
	const bytes = new TextEncoder().encode(text);
	const sniff = sniffFile(bytes.subarray(0, 512 * 1024), bytes.length);
	const options = importOptionsFromSniff(sniff, dayFromIso('2030-01-01'));
	const whole = importInChunks(bytes, options, bytes.length);

	it.each([1, 7, 4096])(
		'chunks of %d bytes give the same lines, dictionaries and report',
		(size) => {
			const cut = importInChunks(bytes, options, size);
			expect(columns(cut)).toEqual(columns(whole));
			expect(cut.customerIds).toEqual(whole.customerIds);
			expect(cut.attributes).toEqual(whole.attributes);
			expect(cut.products).toEqual(whole.products);
			expect(cut.orderCount).toBe(whole.orderCount);
			expect(cut.report).toEqual(whole.report);
		}
	);

	it('agrees with papaparse on customers, orders and sums', () => {
		expect(whole.report.imported).toBe(rows);
		const expected = independentTotals(text, format);
		const got = new Map<string, { orders: Set<number>; cents: number }>();
		for (const chunk of whole.chunks) {
			for (let i = 0; i < chunk.customer.length; i++) {
				const id = whole.customerIds[chunk.customer[i]];
				const entry = got.get(id) ?? { orders: new Set<number>(), cents: 0 };
				entry.orders.add(chunk.order[i]);
				entry.cents += chunk.amountCents[i];
				got.set(id, entry);
			}
		}
		const actual = new Map(
			[...got].map(([id, e]) => [id, { orders: e.orders.size, cents: e.cents }])
		);
		// The UCI shape writes ids as they are; the shop shape's ids are e-mail addresses.
		expect(actual).toEqual(expected);
		if (format === 'shop') expect(whole.customerIds[0]).toMatch(/@example\.com$/);
	});

	it('reads the quoted product names with their commas and quotes', () => {
		if (format !== 'shop') return;
		expect(whole.products?.names.every((name) => /^[^"]+ "Classic", 1 pc$/.test(name))).toBe(true);
	});
});

describe('quoted fields the lazy unescaping must get right at every cut', () => {
	const text =
		'id,date,amount,note\r\n' +
		'"A ""1""",2024-01-05,"1,50","x ""y"", z"tail\r\n' +
		'"B\nline",2024-01-06,2.00,"multi\r\nline ""q"""\r\n' +
		'"A ""1""",2024-01-07,3.25,plain\n' +
		'C,2024-01-08,"4.00",""\n';
	const bytes = new TextEncoder().encode(text);
	const options: ImportOptions = {
		encoding: 'utf-8',
		delimiter: ',',
		decimalSeparator: '.',
		dateFormat: DEFAULT_DATE_FORMAT,
		mapping: {
			kind: 'transactions',
			customerId: 'id',
			orderDate: 'date',
			amount: 'amount',
			quantity: null,
			unitPrice: null,
			orderId: null,
			attributes: ['note']
		}
	};

	it.each([1, 2, 3, 7, bytes.length])('chunks of %d bytes', (size) => {
		const result = importInChunks(bytes, options, size);
		// Hand-read: ids with "" undone, the text after a closing quote kept, lines counted.
		expect(result.customerIds).toEqual(['A "1"', 'B\nline', 'C']);
		expect(result.attributes[0].values).toEqual(['x "y", ztail', 'multi\r\nline "q"', 'plain']);
		expect(columns(result).amountCents).toEqual([150, 200, 325, 400]);
		expect(columns(result).attributes[0]).toEqual([0, 1, 2, -1]);
		expect(result.report.imported).toBe(4);
	});
});

describe('a slice is decoded and scanned in pieces', () => {
	// Chinese ids (three bytes a character in UTF-8, so pieces end inside characters) and a note
	// of 200,000 characters with commas, quotes and line breaks: longer than a piece, so its
	// record is scanned again until the rest of the slice goes at once.
	const note = Array.from({ length: 20_000 }, (_, k) =>
		k % 7 === 0 ? '"",\n好' : 'abcdefgh,'
	).join('');
	const rows = Array.from({ length: 3_000 }, (_, k) => {
		const text = k === 1_500 ? `"${note}"` : `备注${k}`;
		return `客户${k % 97},2024/1/${1 + (k % 28)},${(k % 50) + 0.5},${text}`;
	});
	const text = `会员编号,日期,金额,备注\n${rows.join('\n')}\n`;
	const bytes = new TextEncoder().encode(text);
	const options: ImportOptions = {
		...importOptionsFromSniff(
			sniffFile(bytes.subarray(0, 64 * 1024), bytes.length),
			dayFromIso('2030-01-01')
		),
		mapping: {
			kind: 'transactions',
			customerId: '会员编号',
			orderDate: '日期',
			amount: '金额',
			quantity: null,
			unitPrice: null,
			orderId: null,
			attributes: ['备注']
		}
	};

	it('reads as the same text given 1,000 bytes at a time, the long note whole', () => {
		expect(bytes.length).toBeGreaterThan(4 * 64 * 1024);
		const whole = importInChunks(bytes, options, bytes.length);
		const cut = importInChunks(bytes, options, 1_000);
		expect(columns(whole)).toEqual(columns(cut));
		expect(whole.customerIds).toEqual(cut.customerIds);
		expect(whole.customerIds).toHaveLength(97);
		expect(whole.customerIds[5]).toBe('客户5');
		expect(whole.report.imported).toBe(3_000);
		const notes = whole.attributes[0].values;
		expect(notes).toHaveLength(3_000);
		expect(notes).toContain(note.replaceAll('""', '"'));
		expect(notes).toContain('备注2999');
	});
});
