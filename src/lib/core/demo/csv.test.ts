import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dayFromIso, dayFromYmd } from '../calendar';
import type { LineChunk } from '../columns';
import { DEMO_CSV_HEADERS, centsText, demoCsvText, uciDateText, writeDemoCsv } from './csv';
import { generateDemoColumns } from './generate';
import type { DemoOptions } from './stream';

/** Numbers values by first appearance, as an importer would. */
function firstSeen() {
	const index = new Map<string, number>();
	const values: string[] = [];
	return {
		values,
		of(value: string) {
			let i = index.get(value);
			if (i === undefined) {
				index.set(value, (i = values.length));
				values.push(value);
			}
			return i;
		}
	};
}

/** A parsed CSV as plain columns and dictionaries, for comparison with generated chunks. */
function parseColumns(
	text: string,
	attributes: string[],
	read: (row: Record<string, string>) => {
		day: number;
		cents: number;
		order: string;
		customer: string;
	}
) {
	const { data, errors } = Papa.parse<Record<string, string>>(text, {
		header: true,
		skipEmptyLines: true
	});
	expect(errors).toEqual([]);
	const customers = firstSeen();
	const orders = firstSeen();
	const dictionaries = attributes.map(() => firstSeen());
	const columns = {
		customer: [] as number[],
		day: [] as number[],
		amountCents: [] as number[],
		order: [] as number[],
		attributes: attributes.map(() => [] as number[])
	};
	for (const row of data) {
		const { day, cents, order, customer } = read(row);
		columns.customer.push(customers.of(customer));
		columns.day.push(day);
		columns.amountCents.push(cents);
		columns.order.push(orders.of(order));
		attributes.forEach((name, a) => columns.attributes[a].push(dictionaries[a].of(row[name])));
	}
	return {
		columns,
		customerIds: customers.values,
		orderCount: orders.values.length,
		dictionaries: dictionaries.map((d) => d.values)
	};
}

function concat(chunks: LineChunk[], pick: (chunk: LineChunk) => ArrayLike<number>): number[] {
	return chunks.flatMap((chunk) => Array.from(pick(chunk)));
}

const cents = (text: string) => Math.round(Number(text) * 100);

describe('CSV text helpers', () => {
	it.each([
		[0, '0.00'],
		[5, '0.05'],
		[1250, '12.50'],
		[-1250, '-12.50'],
		[-7, '-0.07'],
		[123456789, '1234567.89']
	])('centsText(%i) → %s', (value, text) => {
		expect(centsText(value)).toBe(text);
		expect(cents(text)).toBe(value);
	});

	it('writes UCI invoice dates as M/D/YYYY H:MM', () => {
		expect(uciDateText(dayFromYmd(2010, 12, 1), 8 * 60 + 26)).toBe('12/1/2010 8:26');
		expect(uciDateText(dayFromYmd(2025, 1, 9), 23 * 60 + 5)).toBe('1/9/2025 23:05');
	});
});

describe('demo CSV', () => {
	const options: DemoOptions = { customers: 400, seed: 99 };
	const data = generateDemoColumns(options);

	it('in UCI shape parses back to exactly the generated columns', () => {
		const text = demoCsvText(options, 'uci');
		expect(text.slice(0, text.indexOf('\n'))).toBe(DEMO_CSV_HEADERS.uci);
		const parsed = parseColumns(text, ['Country', 'Description'], (row) => {
			const [m, d, y] = row.InvoiceDate.split(' ')[0].split('/').map(Number);
			expect(row.InvoiceDate).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}$/);
			expect(row.InvoiceNo.startsWith('C')).toBe(Number(row.Quantity) < 0);
			return {
				day: dayFromYmd(y, m, d),
				cents: Number(row.Quantity) * cents(row.UnitPrice),
				order: row.InvoiceNo,
				customer: row.CustomerID
			};
		});
		expect(parsed.customerIds).toEqual(data.customerIds);
		expect(parsed.orderCount).toBe(data.orderCount);
		expect(parsed.columns.customer).toEqual(concat(data.chunks, (c) => c.customer));
		expect(parsed.columns.day).toEqual(concat(data.chunks, (c) => c.day));
		expect(parsed.columns.amountCents).toEqual(concat(data.chunks, (c) => c.amountCents));
		expect(parsed.columns.order).toEqual(concat(data.chunks, (c) => c.order));
		const [country, , , , product] = data.attributes;
		expect(parsed.dictionaries).toEqual([country.values, product.values]);
		expect(parsed.columns.attributes[0]).toEqual(concat(data.chunks, (c) => c.attributes[0]));
		expect(parsed.columns.attributes[1]).toEqual(concat(data.chunks, (c) => c.attributes[4]));
	});

	it('in simple shape parses back to exactly the generated columns', () => {
		const text = demoCsvText(options, 'simple');
		expect(text.slice(0, text.indexOf('\n'))).toBe(DEMO_CSV_HEADERS.simple);
		const names = ['country', 'city', 'channel', 'category'];
		const parsed = parseColumns(text, names, (row) => {
			expect(row.order_id[0]).toBe(Number(row.amount) < 0 ? 'R' : 'O');
			return {
				day: dayFromIso(row.order_date),
				cents: cents(row.amount),
				order: row.order_id,
				customer: row.customer_id
			};
		});
		expect(parsed.customerIds).toEqual(data.customerIds);
		expect(parsed.orderCount).toBe(data.orderCount);
		expect(parsed.columns.customer).toEqual(concat(data.chunks, (c) => c.customer));
		expect(parsed.columns.day).toEqual(concat(data.chunks, (c) => c.day));
		expect(parsed.columns.amountCents).toEqual(concat(data.chunks, (c) => c.amountCents));
		expect(parsed.columns.order).toEqual(concat(data.chunks, (c) => c.order));
		expect(parsed.dictionaries).toEqual(data.attributes.slice(0, 4).map((a) => a.values));
		names.forEach((_, a) =>
			expect(parsed.columns.attributes[a]).toEqual(concat(data.chunks, (c) => c.attributes[a]))
		);
	});

	it('writes exactly `rows` data rows, whatever the block size', () => {
		for (const rows of [0, 1, 999, 25_000]) {
			for (const format of ['uci', 'simple'] as const) {
				let text = '';
				const summary = writeDemoCsv({ rows }, format, (block) => (text += block), 777);
				expect(text.split('\n').length - 2).toBe(rows);
				expect(text.endsWith('\n')).toBe(true);
				expect(summary.rows).toBe(rows);
				expect(summary.characters).toBe(text.length);
			}
		}
		const blocks: string[] = [];
		writeDemoCsv({ rows: 5000, seed: 3 }, 'uci', (block) => blocks.push(block), 1000);
		expect(blocks.length).toBe(5);
		expect(blocks.join('')).toBe(demoCsvText({ rows: 5000, seed: 3 }, 'uci'));
	});

	it('is plain ASCII without cells that need quoting', () => {
		const text = demoCsvText({ rows: 20_000 }, 'uci');
		expect(/^[\x20-\x7e\n]*$/.test(text)).toBe(true);
		expect(text.includes('"')).toBe(false);
		for (const row of text.slice(0, 100_000).split('\n').slice(0, -1))
			expect(row.split(',').length).toBe(8);
	});
});
