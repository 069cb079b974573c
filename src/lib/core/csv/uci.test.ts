/**
 * Real data: the UCI Online Retail dataset (541,909 invoice lines), imported from its gzipped
 * bytes in 4 MB slices, as the worker does.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../calendar';
import type { LineChunk } from '../columns';
import { createImporter, importOptionsFromSniff, sniffFile } from './importer';
import type { ImportResult } from './importer';
import { rejectedRowsCsv } from './report';
import { sharedData } from '../../../../tests/shared-data';

const { path: FILE, present } = sharedData('uci-online-retail/online_retail.csv.gz');
if (!present) console.warn(`SKIPPED UCI Online Retail import test: ${FILE} is absent`);

describe.skipIf(!present)('UCI Online Retail import', () => {
	const bytes = present ? new Uint8Array(gunzipSync(readFileSync(FILE))) : new Uint8Array(0);
	const sniff = sniffFile(bytes.subarray(0, 1 << 20), bytes.length);
	const importer = createImporter(importOptionsFromSniff(sniff));
	const chunks: LineChunk[] = [];
	for (let at = 0; at < bytes.length; at += 4 << 20) {
		chunks.push(...importer.push(bytes.subarray(at, at + (4 << 20))));
	}
	const result: ImportResult = importer.finish();
	chunks.push(...result.chunks);

	it('is sniffed as the UCI preset', () => {
		expect(sniff.encoding.encoding).toBe('utf-8');
		expect(sniff.delimiter.delimiter).toBe(',');
		expect(sniff.transactions.preset).toBe('uci_online_retail');
		expect(sniff.dateFormat).toMatchObject({ ambiguous: false });
		expect(sniff.kind).toBe('transactions');
	});

	it('reads 541,909 rows and skips the 135,080 without a customer id', () => {
		expect(result.report).toMatchObject({
			rowsRead: 541_909,
			imported: 406_829,
			skipped: 135_080,
			tooManySkipped: false,
			customers: 4_372,
			firstDay: dayFromYmd(2010, 12, 1),
			lastDay: dayFromYmd(2011, 12, 9)
		});
		expect(Object.keys(result.report.skippedByReason)).toEqual(['missing_customer_id']);
		expect(result.report.skippedByReason.missing_customer_id?.count).toBe(135_080);
		expect(result.rejected.records).toHaveLength(100_000);
		expect(result.rejected.truncated).toBe(true);
		expect(
			rejectedRowsCsv({ ...result.rejected, records: result.rejected.records.slice(0, 1) })
		).toBe(
			'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country,line,reason\r\n' +
				'536414,22139,,56,2010-12-01 11:52:00,0.0,,United Kingdom,624,missing_customer_id\r\n'
		);
	});

	it('builds full chunks of 65,536 lines and one order per (customer, invoice)', () => {
		expect(chunks.map((c) => c.customer.length)).toEqual([...Array(6).fill(65_536), 13_613]);
		// 22,190 distinct invoices among rows with a customer id; each has a single customer.
		expect(result.orderCount).toBe(22_190);
		expect(result.attributes.map((a) => a.name)).toEqual(['Country']);
		expect(result.attributes[0].values).toHaveLength(37);
	});

	it('has the known first line and totals in exact cents', () => {
		expect(result.customerIds[chunks[0].customer[0]]).toBe('17850');
		expect(chunks[0].day[0]).toBe(dayFromYmd(2010, 12, 1));
		expect(chunks[0].amountCents[0]).toBe(1530); // 6 × 2.55
		expect(result.attributes[0].values[chunks[0].attributes[0][0]]).toBe('United Kingdom');
		let total = 0;
		let returns = 0;
		for (const chunk of chunks) {
			for (let i = 0; i < chunk.amountCents.length; i++) {
				total += chunk.amountCents[i];
				if (chunk.amountCents[i] < 0) returns++;
			}
		}
		expect(total).toBe(830_006_581); // £8,300,065.81 net over rows with a customer id (Python Decimal)
		expect(result.report.returns).toBe(returns);
		expect(returns).toBe(8_905);
	});
});
