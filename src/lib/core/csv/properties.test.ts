/**
 * Property tests: any table written by papaparse imports back to the same ids, days and cents,
 * and the result never depends on how the bytes are cut into chunks.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dayFromYmd, ymdFromDay } from '../calendar';
import { centsText } from '../demo/csv';
import type { Encoding } from './encoding';
import { encodeGbk } from './gbk.fixture';
import { createImporter, importBytes, importOptionsFromSniff, sniffFile } from './importer';
import type { ImportOptions, ImportResult } from './importer';

/** Everything an import produced, as plain arrays (order, customer and attribute as text). */
function flatten(result: ImportResult) {
	const rows: (string | number)[][] = [];
	for (const chunk of result.chunks) {
		for (let i = 0; i < chunk.customer.length; i++) {
			rows.push([
				result.customerIds[chunk.customer[i]],
				chunk.day[i],
				chunk.amountCents[i],
				chunk.order[i],
				...result.attributes.map((a, k) => a.values[chunk.attributes[k][i]] ?? '')
			]);
		}
	}
	return { rows, orderCount: result.orderCount, report: result.report, rejected: result.rejected };
}

function importInPieces(bytes: Uint8Array, options: ImportOptions, cuts: number[]): ImportResult {
	const importer = createImporter(options);
	const chunks = [];
	let at = 0;
	for (const cut of [...cuts, bytes.length]) {
		chunks.push(...importer.push(bytes.subarray(at, cut)));
		at = cut;
	}
	const result = importer.finish();
	return { ...result, chunks: [...chunks, ...result.chunks] };
}

const FIRST_DAY = dayFromYmd(1971, 1, 1);
const LAST_DAY = dayFromYmd(2099, 12, 31);
const pad = (n: number) => String(n).padStart(2, '0');
const DATE_WRITERS: ((day: number) => string)[] = [
	(day) => {
		const { year, month, day: d } = ymdFromDay(day);
		return `${year}-${pad(month)}-${pad(d)}`;
	},
	(day) => {
		const { year, month, day: d } = ymdFromDay(day);
		return `${year}/${month}/${d} 23:59`;
	},
	(day) => {
		const { year, month, day: d } = ymdFromDay(day);
		return `${pad(d)}.${pad(month)}.${year}`;
	},
	(day) => {
		const { year, month, day: d } = ymdFromDay(day);
		return `${year}年${month}月${d}日`;
	}
];

const idCharacter = fc.constantFrom(...'0123456789abcXYZ-_ ,;|"\n\t中文名€'.split(''));
const customerId = fc
	.array(idCharacter, { minLength: 1, maxLength: 8 })
	.map((chars) => chars.join('').trim())
	.filter((id) => id !== '' && !/^\d+\.0+$/.test(id));

describe('round trip: Papa.unparse → import', () => {
	it('gives back the same ids, days, cents and orders', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						id: customerId,
						day: fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
						cents: fc.integer({ min: -1e9, max: 1e9 }),
						order: fc.constantFrom('', 'A1', 'A2', '00123', '订单 9')
					}),
					{ minLength: 1, maxLength: 30 }
				),
				fc.constantFrom(',', ';', '\t', '|'),
				fc.constantFrom('\r\n', '\n'),
				fc.integer({ min: 0, max: DATE_WRITERS.length - 1 }),
				(rows, delimiter, newline, dateWriter) => {
					const text = Papa.unparse(
						{
							fields: ['customer_id', 'order_date', 'amount', 'order_id'],
							data: rows.map((r) => [
								r.id,
								DATE_WRITERS[dateWriter](r.day),
								centsText(r.cents),
								r.order
							])
						},
						{ delimiter, newline }
					);
					const bytes = new TextEncoder().encode(text);
					const sniff = sniffFile(bytes, bytes.length);
					expect(sniff.delimiter.delimiter).toBe(delimiter);
					const { rows: lines, report } = flatten(
						importBytes(bytes, importOptionsFromSniff(sniff))
					);
					expect(report.skipped).toBe(0);
					expect(lines.map(([id, day, cents]) => [id, day, cents])).toEqual(
						rows.map((r) => [r.id, r.day, r.cents])
					);
					// Same order index exactly when (customer, order id) — or (customer, day) without one — match.
					const keys = rows.map((r) => `${r.id}\u0000${r.order || '#' + r.day}`);
					for (let i = 0; i < rows.length; i++) {
						for (let j = 0; j < i; j++) {
							expect(lines[i][3] === lines[j][3]).toBe(keys[i] === keys[j]);
						}
					}
				}
			),
			{ numRuns: 200 }
		);
	});
});

const SMALL_FILE =
	'\ufeff订单号,客户ID,下单时间,数量,单价,城市\r\n' +
	'1001,会员007,2024年1月5日 14:30,2,"1,234.50",上海\r\n' +
	'1001,会员007,2024年1月5日 14:31,1,0.005,上海\r\n' +
	'\r\n' +
	'1002,"张三\r\n李四",2024-01-06,3,3.375,"北京, 朝阳"\r\n' +
	'1003,,2024-01-07,1,1,广州\r\n' +
	'1004,王五,2024-02-30,1,1,深圳\r\n' +
	',王五,2024/1/8,-1,2.675,深圳\r\n' +
	'1005,赵六,2024-01-09,x,1,\r\n';

describe('chunking never changes the result', () => {
	const cases: [string, Encoding, Uint8Array][] = [
		['UTF-8', 'utf-8', new TextEncoder().encode(SMALL_FILE)],
		['GBK', 'gb18030', encodeGbk(SMALL_FILE.slice(1))]
	];

	it.each(cases)('%s: a split at every byte offset', (_, encoding, bytes) => {
		const sniff = sniffFile(bytes, bytes.length);
		expect(sniff.encoding.encoding).toBe(encoding);
		const options = importOptionsFromSniff(sniff);
		const whole = flatten(importBytes(bytes, options));
		expect(whole.rows).toEqual([
			['会员007', dayFromYmd(2024, 1, 5), 246900, 0, '上海'],
			['会员007', dayFromYmd(2024, 1, 5), 1, 0, '上海'],
			['张三\r\n李四', dayFromYmd(2024, 1, 6), 1013, 1, '北京, 朝阳'],
			['王五', dayFromYmd(2024, 1, 8), -268, 2, '深圳']
		]);
		expect(whole.report).toMatchObject({ rowsRead: 7, imported: 4, skipped: 3, blankLines: 1 });
		expect(whole.rejected.lines).toEqual([7, 8, 10]);
		for (let cut = 0; cut <= bytes.length; cut++) {
			expect(flatten(importInPieces(bytes, options, [cut]))).toEqual(whole);
		}
	});

	it.each(cases)('%s: any chunk sizes', (_, _encoding, bytes) => {
		const options = importOptionsFromSniff(sniffFile(bytes, bytes.length));
		const whole = flatten(importBytes(bytes, options));
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 12 }),
				(points) => {
					const cuts = [...points].sort((a, b) => a - b);
					expect(flatten(importInPieces(bytes, options, cuts))).toEqual(whole);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('one byte at a time', () => {
		const [, , bytes] = cases[1];
		const options = importOptionsFromSniff(sniffFile(bytes, bytes.length));
		const cuts = Array.from({ length: bytes.length }, (_, i) => i);
		expect(flatten(importInPieces(bytes, options, cuts))).toEqual(
			flatten(importBytes(bytes, options))
		);
	});
});
