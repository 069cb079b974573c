import { describe, expect, it } from 'vitest';
import { sniffFile, sniffTail } from './importer';

const encode = (text: string) => new TextEncoder().encode(text);

function ambiguousStart(header: string, rows: number, date: (i: number) => string) {
	const lines = [header];
	for (let i = 0; i < rows; i++) lines.push(`C${i},${date(i)},10.00`);
	return lines.join('\n') + '\n';
}

describe('date order from the end of a large file', () => {
	const head = ambiguousStart('customer_id,order_date,amount', 50, (i) => `${(i % 9) + 1}/2/2024`);

	it('is ambiguous from the start alone', () => {
		const sniff = sniffFile(encode(head), 10_000_000);
		expect(sniff.dateFormat.ambiguous).toBe(true);
	});

	it('is decided by later dates in the tail, whose first line may be cut', () => {
		const sniff = sniffFile(encode(head), 10_000_000);
		const tail = encode('0.00\nC7,1/25/2024,3.00\nC8,1/26/2024,4.00\n');
		const refined = sniffTail(sniff, tail);
		expect(refined.dateFormat).toMatchObject({ ambiguous: false, dayOrder: 'mdy' });
		const dayFirst = sniffTail(sniff, encode('x\nC7,25/1/2024,3.00\n'));
		expect(dayFirst.dateFormat).toMatchObject({ ambiguous: false, dayOrder: 'dmy' });
	});

	it('keeps the sniff when the tail does not decide either', () => {
		const sniff = sniffFile(encode(head), 10_000_000);
		expect(sniffTail(sniff, encode('x\nC7,3/4/2024,3.00\n'))).toBe(sniff);
	});

	it('takes month-first for the UCI Online Retail export', () => {
		const uci = [
			'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country'
		];
		for (let i = 0; i < 20; i++)
			uci.push(`5${i},A,Mug,1,1/${(i % 9) + 1}/2011 8:26,2.50,17850,United Kingdom`);
		const sniff = sniffFile(encode(uci.join('\n') + '\n'), 10_000_000);
		expect(sniff.transactions.preset).toBe('uci_online_retail');
		expect(sniff.dateFormat).toMatchObject({ ambiguous: false, dayOrder: 'mdy' });
	});
});
