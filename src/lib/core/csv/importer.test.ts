import { describe, expect, it } from 'vitest';
import { dayFromYmd, isoFromDay } from '../calendar';
import { CHUNK_ROWS } from '../columns';
import type { LineChunk } from '../columns';
import { buildOrders, isPurchase } from '../orders';
import { encodeGbk } from './gbk.fixture';
import { createImporter, importBytes, importOptionsFromSniff, sniffFile } from './importer';
import type { ImportOptions, ImportResult } from './importer';
import { rejectedRowsCsv } from './report';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean): Uint8Array {
	const bytes = [littleEndian ? 0xff : 0xfe, littleEndian ? 0xfe : 0xff];
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		bytes.push(...(littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
	}
	return Uint8Array.from(bytes);
}

/** Sniff and import bytes with the suggested options (changed by `patch`). */
function importFile(bytes: Uint8Array, patch: Partial<ImportOptions> = {}): ImportResult {
	const sniff = sniffFile(bytes, bytes.length);
	return importBytes(bytes, { ...importOptionsFromSniff(sniff), ...patch });
}

/** Imported lines as [customer id, ISO day, cents, order, …attribute values]. */
function lines(result: ImportResult): (string | number)[][] {
	const rows: (string | number)[][] = [];
	for (const chunk of result.chunks) {
		for (let i = 0; i < chunk.customer.length; i++) {
			rows.push([
				result.customerIds[chunk.customer[i]],
				isoFromDay(chunk.day[i]),
				chunk.amountCents[i],
				chunk.order[i],
				...result.attributes.map((a, k) => a.values[chunk.attributes[k][i]] ?? '')
			]);
		}
	}
	return rows;
}

describe('sniffFile', () => {
	it('guesses everything for a European file: semicolons, decimal comma, day-first dates', () => {
		const text =
			'Kunde;Datum;Betrag;Land\r\n' +
			'K-001;05.01.2024;1.234,50 €;DE\r\n' +
			'K-002;13.01.2024;12,00 €;AT\r\n';
		const sniff = sniffFile(utf8(text), text.length);
		expect(sniff.encoding).toEqual({ encoding: 'utf-8', reason: 'utf8_valid' });
		expect(sniff.delimiter).toMatchObject({ delimiter: ';', fieldCount: 4, reason: 'detected' });
		expect(sniff.header).toEqual(['Kunde', 'Datum', 'Betrag', 'Land']);
		expect(sniff.preview).toEqual([
			['K-001', '05.01.2024', '1.234,50 €', 'DE'],
			['K-002', '13.01.2024', '12,00 €', 'AT']
		]);
		expect(sniff.previewLines).toEqual([2, 3]);
		expect(sniff.decimalSeparator).toMatchObject({ decimalSeparator: ',', ambiguous: false });
		expect(sniff.dateFormat).toMatchObject({ dayOrder: 'dmy', ambiguous: false });
		expect(sniff.kind).toBe('transactions');
		// German headers are unknown: the values give date and money, not the customer.
		expect(sniff.transactions.missing).toEqual(['customerId']);
		const result = importFile(utf8(text), {
			mapping: { ...sniff.transactions.mapping, customerId: 'Kunde', attributes: ['Land'] }
		});
		expect(lines(result)).toEqual([
			['K-001', '2024-01-05', 123450, 0, 'DE'],
			['K-002', '2024-01-13', 1200, 1, 'AT']
		]);
	});

	it('reports ambiguous dates with both candidates', () => {
		const text = 'customer,date,amount\nA,01/02/2024,1\nB,03/04/2024,2\n';
		const sniff = sniffFile(utf8(text), text.length);
		expect(sniff.dateFormat).toMatchObject({ ambiguous: true, candidates: ['dmy', 'mdy'] });
	});

	it('looks at a partial sample without its cut last record', () => {
		const text = 'customer,date,amount\nA,2024-01-05,1\nB,2024-01-06,2\n';
		const sniff = sniffFile(utf8(text).subarray(0, 40), text.length);
		expect(sniff.complete).toBe(false);
		expect(sniff.preview).toEqual([['A', '2024-01-05', '1']]);
	});

	it('takes encoding and delimiter overrides', () => {
		const bytes = Uint8Array.from([...'a;b\n\xe9;1\n'].map((c) => c.charCodeAt(0)));
		const sniff = sniffFile(bytes, bytes.length, { encoding: 'windows-1252', delimiter: ';' });
		expect(sniff.encoding).toEqual({ encoding: 'windows-1252', reason: 'override' });
		expect(sniff.delimiter).toMatchObject({ delimiter: ';', reason: 'override' });
		expect(sniff.preview).toEqual([['é', '1']]);
	});

	it.each([
		['0 bytes', new Uint8Array(0)],
		['blank lines only', utf8('\r\n\r\n  \n')],
		['a BOM only', Uint8Array.of(0xef, 0xbb, 0xbf)]
	])('an empty file: %s', (_, bytes) => {
		const sniff = sniffFile(bytes, bytes.length);
		expect(sniff).toMatchObject({ empty: true, header: [], preview: [], sampleRows: 0 });
	});

	it('recognises a customer summary file', () => {
		const text = 'customer_id,recency_days,orders,total_spend\nA,3,2,10.00\n';
		const sniff = sniffFile(utf8(text), text.length);
		expect(sniff.kind).toBe('customer_summary');
		expect(sniff.mapping).toMatchObject({ kind: 'customer_summary', recencyDays: 'recency_days' });
	});
});

describe('import: encodings', () => {
	const text =
		'客户ID,下单时间,实付金额,城市\n会员001,2024年1月5日 14:30,￥12.50,上海\n会员002,2024-01-06,8元,北京\n';
	const expected = [
		['会员001', '2024-01-05', 1250, 0, '上海'],
		['会员002', '2024-01-06', 800, 1, '北京']
	];

	it.each([
		['UTF-8', utf8(text), 'utf-8'],
		['UTF-8 with BOM', Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(text)), 'utf-8'],
		['UTF-16 LE', utf16(text, true), 'utf-16le'],
		['UTF-16 BE', utf16(text, false), 'utf-16be'],
		['GBK', encodeGbk(text), 'gb18030']
	])('%s', (_, bytes, encoding) => {
		const sniff = sniffFile(bytes, bytes.length);
		expect(sniff.encoding.encoding).toBe(encoding);
		expect(sniff.header).toEqual(['客户ID', '下单时间', '实付金额', '城市']);
		expect(lines(importFile(bytes))).toEqual(expected);
	});

	it('GB18030 four-byte characters and Windows-1252 € survive', () => {
		const gb = Uint8Array.of(
			...encodeGbk('客户,日期,金额\n'),
			0x95,
			0x32,
			0x82,
			0x36, // 𠀀
			...encodeGbk(',2024-01-05,1\n')
		);
		expect(lines(importFile(gb))).toEqual([['𠀀', '2024-01-05', 100, 0]]);
		const latin = Uint8Array.from(
			[...'client,date,total\nCaf\xe9,2024-01-05,\x8012.5\n'].map((c) => c.charCodeAt(0))
		);
		const result = importFile(latin);
		expect(result.customerIds).toEqual(['Café']);
		expect(lines(result)).toEqual([['Café', '2024-01-05', 1250, 0]]);
	});
});

describe('import: structure', () => {
	it('duplicate and empty headers, ragged rows, quoted newlines, blank lines', () => {
		const text =
			'customer,date,amount,,amount\n' +
			'A,2024-01-05,1.50,x,9\n' +
			'\n' +
			'B,2024-01-06\n' + // missing amount
			'"C\nD",2024-01-07,2,y,9,extra,fields\n' +
			',,,,\n' +
			'E,2024-01-08,3';
		const sniff = sniffFile(utf8(text), text.length);
		expect(sniff.header).toEqual(['customer', 'date', 'amount', 'Column 4', 'amount (2)']);
		const result = importFile(utf8(text), {
			mapping: { ...sniff.transactions.mapping, attributes: ['Column 4'] }
		});
		expect(lines(result)).toEqual([
			['A', '2024-01-05', 150, 0, 'x'],
			['C\nD', '2024-01-07', 200, 1, 'y'],
			['E', '2024-01-08', 300, 2, '']
		]);
		expect(result.report).toMatchObject({
			rowsRead: 4,
			imported: 3,
			skipped: 1,
			blankLines: 2,
			skippedByReason: {
				missing_amount: { count: 1, examples: [{ line: 4, column: 'amount', value: '' }] }
			}
		});
	});

	it.each([
		['CR only', 'customer,date,amount\rA,2024-01-05,1\rB,2024-01-06,2\r'],
		[
			'CRLF with Excel trailing newline',
			'customer,date,amount\r\nA,2024-01-05,1\r\nB,2024-01-06,2\r\n\r\n'
		],
		['tabs', 'customer\tdate\tamount\nA\t2024-01-05\t1\nB\t2024-01-06\t2\n'],
		['pipes', 'customer|date|amount\nA|2024-01-05|1\nB|2024-01-06|2']
	])('%s', (_, text) => {
		const result = importFile(utf8(text));
		expect(lines(result)).toEqual([
			['A', '2024-01-05', 100, 0],
			['B', '2024-01-06', 200, 1]
		]);
		expect(result.report.skipped).toBe(0);
	});

	it('a header-only file imports nothing', () => {
		const result = importFile(utf8('customer,date,amount\r\n'));
		expect(result.chunks).toEqual([]);
		expect(result.report).toMatchObject({ rowsRead: 0, imported: 0, tooManySkipped: false });
		expect(result.header).toEqual(['customer', 'date', 'amount']);
	});

	it('an empty file imports nothing', () => {
		const options: ImportOptions = {
			encoding: 'utf-8',
			delimiter: ',',
			decimalSeparator: '.',
			dateFormat: { dayOrder: 'dmy', excelEpoch: 1900 },
			mapping: {
				kind: 'transactions',
				customerId: 'customer',
				orderDate: 'date',
				amount: 'amount',
				quantity: null,
				unitPrice: null,
				orderId: null,
				attributes: []
			}
		};
		const result = importBytes(new Uint8Array(0), options);
		expect(result).toMatchObject({ chunks: [], customerIds: [], orderCount: 0, header: [] });
		expect(result.report.rowsRead).toBe(0);
	});

	it('throws when the mapping does not fit the header', () => {
		const bytes = utf8('customer,date,amount\nA,2024-01-05,1\n');
		const sniff = sniffFile(bytes, bytes.length);
		const options = importOptionsFromSniff(sniff);
		expect(() =>
			importBytes(bytes, {
				...options,
				mapping: { ...sniff.transactions.mapping, orderDate: 'when' }
			})
		).toThrow(
			expect.objectContaining({
				problem: { code: 'column_not_in_file', field: 'orderDate', params: { column: 'when' } }
			})
		);
	});
});

describe('import: values and orders', () => {
	it('UCI shape: quantity × unit price exactly, invoices per customer, returns, zero amounts', () => {
		const text =
			'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n' +
			'536365,85123A,"HEART, WHITE",6,12/1/10 8:26,2.55,17850.0,United Kingdom\n' +
			'536365,71053,LANTERN,3,12/1/10 8:26,3.375,17850.0,United Kingdom\n' +
			'536366,22633,HAND WARMER,1,12/13/10 8:28,0.005,17850.0,United Kingdom\n' +
			'536366,22632,HAND WARMER,1,12/13/10 8:28,2.675,13047.0,France\n' +
			'C536367,22633,HAND WARMER,-1,12/14/10 9:00,0.005,13047.0,France\n' +
			'536368,POST,POSTAGE,1,12/14/10 9:00,0,13047.0,France\n';
		const result = importFile(utf8(text));
		expect(result.customerIds).toEqual(['17850', '13047']);
		expect(lines(result)).toEqual([
			['17850', '2010-12-01', 1530, 0, 'United Kingdom'],
			['17850', '2010-12-01', 1013, 0, 'United Kingdom'],
			['17850', '2010-12-13', 1, 1, 'United Kingdom'], // 0.005 → 1 cent
			['13047', '2010-12-13', 268, 2, 'France'], // same invoice, other customer
			['13047', '2010-12-14', -1, 3, 'France'], // −0.005 → −1 cent
			['13047', '2010-12-14', 0, 4, 'France']
		]);
		expect(result.orderCount).toBe(5);
		expect(result.report).toMatchObject({
			imported: 6,
			returns: 1,
			zeroAmount: 1,
			customers: 2,
			orders: 5,
			firstDay: dayFromYmd(2010, 12, 1),
			lastDay: dayFromYmd(2010, 12, 14)
		});
	});

	it('ids stay strings: leading zeros kept, whitespace trimmed, float-written ids lose .0', () => {
		const text =
			'customer,date,amount\n" 007 ",2024-01-05,1\n007.0,2024-01-05,1\n7.5,2024-01-05,1\nA.0,2024-01-05,1\n';
		expect(importFile(utf8(text)).customerIds).toEqual(['007', '7.5', 'A.0']);
	});

	it('one order per customer-day without an order id, or with an empty one', () => {
		const text =
			'order,customer,date,amount\n' +
			',A,2024-01-05 09:00,1\n,A,2024-01-05 18:00,2\n,A,2024-01-06,3\n,B,2024-01-05,4\nX,A,2024-01-05,5\n';
		expect(lines(importFile(utf8(text))).map((row) => row[3])).toEqual([0, 0, 1, 2, 3]);
	});

	it('Excel serial dates, 1900 and 1904 systems', () => {
		const text = 'customer,date,amount\nA,45296,1\nA,45296.75,1\n';
		expect(lines(importFile(utf8(text))).map((row) => row[1])).toEqual([
			'2024-01-05',
			'2024-01-05'
		]);
		const mac = lines(
			importFile(utf8(text), { dateFormat: { dayOrder: 'dmy', excelEpoch: 1904 } })
		);
		expect(mac.map((row) => row[1])).toEqual(['2028-01-06', '2028-01-06']);
	});

	it('Shopify: further line items keep their products in the order; a pending order is skipped', () => {
		const text =
			'Name,Email,Financial Status,Paid at,Total,Lineitem quantity,Lineitem name,Lineitem price,Created at,Billing Country\n' +
			'#1001,ann@example.com,paid,2024-01-05 10:00:00 +0800,30.00,1,Tea,10.00,2024-01-05 09:59:00 +0800,CN\n' +
			'#1001,ann@example.com,,,,2,Cup,10.00,,\n' +
			'#1002,bob@example.com,paid,2024-01-06 10:00:00 +0800,5.00,1,Tea,5.00,2024-01-06 09:00:00 +0800,US\n' +
			'#1003,bob@example.com,pending,,,1,Tea,5.00,2024-01-07 09:00:00 +0800,US\n';
		const sniff = sniffFile(utf8(text), text.length);
		expect(sniff.transactions.preset).toBe('shopify');
		const result = importFile(utf8(text));
		// The Cup line joins order #1001 at 0: the order's amount stays its total, 30.00.
		expect(lines(result)).toEqual([
			['ann@example.com', '2024-01-05', 3000, 0, 'CN'],
			['ann@example.com', '2024-01-05', 0, 0, 'CN'],
			['bob@example.com', '2024-01-06', 500, 1, 'US']
		]);
		expect(result.report).toMatchObject({
			rowsRead: 4,
			imported: 2,
			continuationRows: 1,
			skipped: 1,
			lines: 3,
			orders: 2
		});
		expect(result.report.skippedByReason.cancelled_or_unpaid?.examples).toEqual([
			{ line: 5, column: 'Financial Status', value: 'pending' }
		]);
	});
});

describe('import: validation report', () => {
	const text =
		'id,date,qty,price\n' +
		',2024-01-05,1,1\n' + // 2 missing_customer_id
		'A,,1,1\n' + // 3 missing_date
		'A,someday,1,1\n' + // 4 unparseable_date
		'"A\nB",2024-02-30,1,1\n' + // 5 unparseable_date (record starts on line 5)
		'A,2024-01-05,,1\n' + // 7 missing_amount
		'A,2024-01-05,lots,1\n' + // 8 unparseable_quantity
		'A,2024-01-05,1,free\n' + // 9 unparseable_price
		'A,2024-01-05,2,-1.5\n' + // 10 imported, a return
		'B,2024-01-06,1,0\n'; // 11 imported, zero
	const mapping = {
		kind: 'transactions' as const,
		customerId: 'id',
		orderDate: 'date',
		amount: null,
		quantity: 'qty',
		unitPrice: 'price',
		orderId: null,
		attributes: []
	};
	const result = importFile(utf8(text), { mapping });

	it('counts every row as imported or skipped with a reason, line, column and raw value', () => {
		expect(result.report).toMatchObject({
			rowsRead: 9,
			imported: 2,
			skipped: 7,
			returns: 1,
			zeroAmount: 1,
			tooManySkipped: true
		});
		expect(result.report.skippedByReason).toEqual({
			missing_customer_id: { count: 1, examples: [{ line: 2, column: 'id', value: '' }] },
			missing_date: { count: 1, examples: [{ line: 3, column: 'date', value: '' }] },
			unparseable_date: {
				count: 2,
				examples: [
					{ line: 4, column: 'date', value: 'someday' },
					{ line: 5, column: 'date', value: '2024-02-30' }
				]
			},
			missing_amount: { count: 1, examples: [{ line: 7, column: 'qty', value: '' }] },
			unparseable_quantity: { count: 1, examples: [{ line: 8, column: 'qty', value: 'lots' }] },
			unparseable_price: { count: 1, examples: [{ line: 9, column: 'price', value: 'free' }] }
		});
		expect(result.report.tooManySkipped).toBe(true);
	});

	it('serialises the rejected rows with the original header plus line and reason', () => {
		expect(rejectedRowsCsv(result.rejected)).toBe(
			[
				'id,date,qty,price,line,reason',
				',2024-01-05,1,1,2,missing_customer_id',
				'A,,1,1,3,missing_date',
				'A,someday,1,1,4,unparseable_date',
				'"A\nB",2024-02-30,1,1,5,unparseable_date',
				'A,2024-01-05,,1,7,missing_amount',
				'A,2024-01-05,lots,1,8,unparseable_quantity',
				'A,2024-01-05,1,free,9,unparseable_price',
				''
			].join('\r\n')
		);
	});

	it('keeps 20 examples per reason and rejected rows up to the cap', () => {
		let many = 'customer,date,amount\n';
		for (let i = 0; i < 30; i++) many += `,2024-01-05,${i}\n`;
		many += 'A,2024-01-05,1\n';
		const capped = importFile(utf8(many), { rejectedRowsCap: 25 });
		const entry = capped.report.skippedByReason.missing_customer_id;
		expect(entry?.count).toBe(30);
		expect(entry?.examples).toHaveLength(20);
		expect(entry?.examples[19]).toEqual({ line: 21, column: 'customer', value: '' });
		expect(capped.rejected.records).toHaveLength(25);
		expect(capped.rejected.truncated).toBe(true);
	});

	it('not too many skipped at exactly half', () => {
		const half = importFile(utf8('customer,date,amount\n,2024-01-05,1\nA,2024-01-05,1\n'));
		expect(half.report).toMatchObject({
			skipped: 1,
			rowsRead: 2,
			tooManySkipped: false
		});
	});

	it('counts year-last dates that only fit the other day order', () => {
		const bytes = utf8('customer,date,amount\nA,1/13/2024,1\nA,1/2/2024,1\n');
		const sniffed = importFile(bytes);
		expect(sniffed.report.dayOrderConflicts).toBe(0); // the sniff chose mdy from 1/13
		const wrong = importFile(bytes, { dateFormat: { dayOrder: 'dmy', excelEpoch: 1900 } });
		expect(wrong.report.dayOrderConflicts).toBe(1);
		expect(wrong.report.skippedByReason.unparseable_date?.count).toBe(1);
	});
});

describe('import: streaming', () => {
	it('push returns full chunks as they fill; progress counts bytes and rows', () => {
		let text = 'customer,date,amount\n';
		for (let i = 0; i < CHUNK_ROWS + 10; i++) text += `C${i % 100},2024-01-05,1\n`;
		const bytes = utf8(text);
		const sniff = sniffFile(bytes.subarray(0, 4096), bytes.length);
		const importer = createImporter(importOptionsFromSniff(sniff));
		const half = Math.floor(bytes.length / 2);
		expect(importer.push(bytes.subarray(0, half))).toEqual([]);
		expect(importer.progress.bytes).toBe(half);
		const full: LineChunk[] = importer.push(bytes.subarray(half));
		expect(full).toHaveLength(1);
		expect(full[0].customer.length).toBe(CHUNK_ROWS);
		const result = importer.finish();
		expect(result.chunks[0].customer.length).toBe(10);
		expect(importer.progress).toEqual({ bytes: bytes.length, rows: CHUNK_ROWS + 10 });
		expect(result.orderCount).toBe(100);
	});
});

describe('import: customer summaries', () => {
	const asOfDay = dayFromYmd(2024, 3, 31);

	function metrics(result: ImportResult) {
		const orders = buildOrders(result.chunks, result.orderCount);
		return result.customerIds.map((id, c) => {
			let frequency = 0;
			let monetary = 0;
			let last = -Infinity;
			let first = Infinity;
			for (let o = 0; o < orders.length; o++) {
				if (orders.customer[o] !== c) continue;
				monetary += orders.amountCents[o];
				if (!isPurchase(orders.amountCents[o])) continue;
				frequency++;
				last = Math.max(last, orders.day[o]);
				first = Math.min(first, orders.day[o]);
			}
			return { id, frequency, monetary, recency: asOfDay - last, first: isoFromDay(first) };
		});
	}

	it('recency, frequency and monetary are reproduced under the order definition', () => {
		const text =
			'customer_id,recency_days,frequency,monetary,first_purchase_date\n' +
			'A,0,3,100.00,2024-01-01\n' +
			'B,10,1,"1,234.56",\n' +
			'C,30,2,-5,2024-02-01\n' +
			'D,5,0,10\n' + // inconsistent: no purchases but money
			'E,x,1,1\n';
		const bytes = utf8(text);
		const sniff = sniffFile(bytes, bytes.length);
		expect(sniff.kind).toBe('customer_summary');
		const result = importBytes(bytes, importOptionsFromSniff(sniff, asOfDay));
		expect(metrics(result)).toEqual([
			{ id: 'A', frequency: 3, monetary: 10000, recency: 0, first: '2024-01-01' },
			{ id: 'B', frequency: 1, monetary: 123456, recency: 10, first: '2024-03-21' },
			{ id: 'C', frequency: 2, monetary: -500, recency: 30, first: '2024-02-01' }
		]);
		expect(result.report).toMatchObject({
			rowsRead: 5,
			imported: 3,
			skipped: 2,
			kind: 'customer_summary'
		});
		expect(Object.keys(result.report.skippedByReason)).toEqual([
			'inconsistent_summary',
			'unparseable_date'
		]);
	});

	it('last purchase dates instead of recency; recency needs an as-of day', () => {
		const text = '会员ID,最近购买日期,购买次数,累计消费金额\nM1,2024年3月1日,2,￥20\n';
		const bytes = utf8(text);
		const result = importFile(bytes);
		expect(lines(result)).toEqual([
			['M1', '2024-03-01', 1000, 0],
			['M1', '2024-03-01', 1000, 1]
		]);
		const recency = utf8('customer_id,recency,orders,revenue\nA,1,1,1\n');
		const sniff = sniffFile(recency, recency.length);
		expect(() => importBytes(recency, importOptionsFromSniff(sniff))).toThrow(
			'recency_needs_as_of'
		);
	});
});
