/**
 * One import in two parts (`parts.ts`): the file cut after the first line feed at or after a
 * point, the rest parsed by a part importer of its own and absorbed by the first. At EVERY cut
 * point of small tricky files (and at many of the bench shapes') the result must equal the
 * serial import's in every column, dictionary, order index, report figure and rejected row —
 * whether the part was used or the first importer read on by itself because the cut was not
 * exact. The serial import is the independent reference: it never cuts anything.
 */
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../calendar';
import { CHUNK_ROWS } from '../columns';
import { demoCsvText } from '../demo/csv';
import type { DemoCsvFormat } from '../demo/csv';
import { DEFAULT_DATE_FORMAT } from './dates';
import { encodeGbk } from './gbk.fixture';
import {
	createImporter,
	createPartImporter,
	importBytes,
	importOptionsFromSniff,
	sniffFile
} from './importer';
import type { ImportOptions, ImportResult } from './importer';
import type { TransactionMapping } from './mapping';
import { afterLineFeeds, partStart, segmentPoints } from './parts';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { sharedData } from '../../../../tests/shared-data';

/** Where a part starts after `at`, found as `findCut` (worker/part.ts) finds it; null: nowhere. */
function cutAfter(bytes: Uint8Array, options: ImportOptions, header: string[], at: number) {
	const start = partStart(bytes.subarray(at), options.encoding);
	if (start < 0) return null;
	const finder = createPartImporter(options, header);
	finder.push(bytes.subarray(at + start));
	const feeds = finder.leadingLineFeeds ?? finder.finishPart()?.leadingLineFeeds ?? null;
	if (feeds === null) return null;
	const cut = at + start + afterLineFeeds(bytes.subarray(at + start), feeds);
	const bom = bytes[cut] === 0xef && bytes[cut + 1] === 0xbb && bytes[cut + 2] === 0xbf;
	return cut < bytes.length && !bom ? cut : null;
}

/**
 * The import the way the workers do it: segments from cuts after `points`, the first pushed
 * into the importer, each other parsed by a part importer of its own and absorbed in order when
 * exact — the bytes before it and its own ended on a record boundary, it started at its cut,
 * the importer could merge it — else pushed (also when `failed` says its parser failed).
 * Returns the result and how many parts were absorbed.
 */
function importInSegments(
	bytes: Uint8Array,
	options: ImportOptions,
	points: number[],
	failed: (segment: number) => boolean = () => false
) {
	const first = createImporter(options);
	const peek = createImporter(options);
	peek.push(bytes.subarray(0, 64 * 1024));
	const header = peek.headerRow;
	const bounds = [0];
	for (const at of header === null ? [] : points) {
		const cut = cutAfter(bytes, options, header as string[], at);
		if (cut !== null && cut > bounds[bounds.length - 1]) bounds.push(cut);
	}
	bounds.push(bytes.length);
	const chunks = first.push(bytes.subarray(0, bounds[1]));
	const sameHeader = first.headerRow?.join('\u0000') === header?.join('\u0000');
	let boundary = first.atRecordBoundary();
	let absorbed = 0;
	for (let k = 1; k < bounds.length - 1; k++) {
		const segment = bytes.subarray(bounds[k], bounds[k + 1]);
		let used = false;
		if (sameHeader && !failed(k)) {
			const partImporter = createPartImporter(options, header as string[]);
			const partChunks = partImporter.push(segment);
			const ends = bounds[k + 1] === bytes.length || partImporter.atRecordBoundary();
			const part = partImporter.finishPart();
			if (part !== null && part.leadingLineFeeds === 0 && boundary && ends) {
				part.built.chunks = [...partChunks, ...part.built.chunks];
				used = first.absorb(part);
			}
		}
		if (used) absorbed++;
		else {
			chunks.push(...first.push(segment));
			boundary = first.atRecordBoundary();
		}
	}
	const result = first.finish();
	return { absorbed, result: { ...result, chunks: [...chunks, ...result.chunks] } };
}

/** Every column of every chunk joined (chunk boundaries are compared apart). */
function comparable(result: ImportResult) {
	const joined = (pick: (chunk: ImportResult['chunks'][number]) => ArrayLike<number> | undefined) =>
		result.chunks.flatMap((chunk) => Array.from(pick(chunk) ?? []));
	return {
		chunkLengths: result.chunks.map((chunk) => chunk.customer.length),
		customer: joined((chunk) => chunk.customer),
		day: joined((chunk) => chunk.day),
		amountCents: joined((chunk) => chunk.amountCents),
		order: joined((chunk) => chunk.order),
		product: joined((chunk) => chunk.product),
		quantity: joined((chunk) => chunk.quantity),
		attributeColumns: result.attributes.map((_, a) => joined((chunk) => chunk.attributes[a])),
		customerIds: result.customerIds,
		attributes: result.attributes,
		products: result.products,
		orderCount: result.orderCount,
		orderIds: result.orderIds,
		header: result.header,
		report: result.report,
		rejected: result.rejected
	};
}

/**
 * Import in segments after each set of points (failing the segments `failed` picks for that
 * set); every result equals the serial one. Returns how many imports absorbed a part.
 */
function checkSegments(
	bytes: Uint8Array,
	options: ImportOptions,
	sets: number[][],
	failed: (set: number, segment: number) => boolean = () => false
): number {
	const serial = comparable(importBytes(bytes, options));
	let used = 0;
	sets.forEach((points, set) => {
		const { absorbed, result } = importInSegments(bytes, options, points, (k) => failed(set, k));
		const got = comparable(result);
		if (JSON.stringify(got) !== JSON.stringify(serial)) {
			// The first difference, with the points, for a readable failure.
			expect({ points, absorbed, ...got }).toEqual({ points, absorbed, ...serial });
		}
		if (absorbed > 0) used++;
	});
	return used;
}

/** Cut in two after each of `points`. Returns how many imports absorbed the part. */
const checkCuts = (bytes: Uint8Array, options: ImportOptions, points: number[]) =>
	checkSegments(
		bytes,
		options,
		points.map((at) => [at])
	);

const every = (bytes: Uint8Array) => Array.from({ length: bytes.length }, (_, i) => i);

/**
 * Cut in four after every byte and two points further on (a seventh of the file apart, and 13
 * bytes apart: next lines), the segments of each import failed in turn: none, the second, the
 * third, the second and the fourth. Returns how many imports absorbed a part.
 */
function checkFourWays(bytes: Uint8Array, options: ImportOptions): number {
	const sets = [Math.max(1, Math.floor(bytes.length / 7)), 13].flatMap((step) =>
		every(bytes).map((i) => [i, i + step, i + 2 * step])
	);
	const patterns = [[], [1], [2], [1, 3]];
	return checkSegments(bytes, options, sets, (set, k) => patterns[set % 4].includes(k));
}

const base: Omit<ImportOptions, 'mapping'> = {
	encoding: 'utf-8',
	delimiter: ',',
	decimalSeparator: '.',
	dateFormat: DEFAULT_DATE_FORMAT,
	todayDay: dayFromIso('2030-01-01')
};

function transactions(patch: Partial<TransactionMapping>): ImportOptions {
	return {
		...base,
		mapping: {
			kind: 'transactions',
			customerId: 'id',
			orderDate: 'date',
			amount: 'amount',
			quantity: null,
			unitPrice: null,
			orderId: null,
			attributes: [],
			...patch
		}
	};
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('tricky files cut at every byte', () => {
	it('quoted fields with line breaks that look like rows, across the cut', () => {
		const text =
			'id,date,amount,note\r\n' +
			'A,2024-01-05,1.50,"one\nB,2024-01-06,9.99,fake\nC,2024-01-07,1.00,fake"\r\n' +
			'"B\nline",2024-01-06,2.00,"multi\r\nline ""q"""\r\n' +
			'\n' +
			'A,2024-01-07,3.25,plain\n' +
			'C,2024-01-08,"4.00",""\n' +
			',2024-01-09,5.00,no id\n' +
			'D,1924-01-09,5.00,a typo\n' +
			'D,2024-02-09,x,bad amount\n' +
			'E,2024-03-01,6.00,"tail ""quoted"" \nstill"\n' +
			'F,2024-03-02,7.00,last';
		const bytes = utf8(text);
		const used = checkCuts(bytes, transactions({ attributes: ['note'] }), every(bytes));
		expect(checkFourWays(bytes, transactions({ attributes: ['note'] }))).toBeGreaterThan(
			bytes.length
		);
		// The part is really used for most cuts (not the serial fallback every time).
		expect(used).toBeGreaterThan(bytes.length / 3);
	});

	it('Shopify continuation rows and further lines of cancelled orders right after a cut', () => {
		const text =
			'Name,Email,Financial Status,Created at,Total,Lineitem name,Lineitem quantity\n' +
			'#1001,a@x.com,paid,2024-01-05,30.00,Mug,1\n' +
			'#1001,,,,,Cup,2\n' +
			'#1001,,,,,Plate,1\n' +
			'#1002,b@x.com,voided,2024-01-06,12.00,Mug,1\n' +
			'#1002,,,,,Bowl,3\n' +
			'\n' +
			'#1002,,,,,Bowl,1\n' +
			'#1003,a@x.com,paid,2024-01-07,8.00,Spoon,1\n' +
			'#1003,,,,,Fork,1\n' +
			'#1004,c@x.com,pending,2024-01-08,5.00,Cup,1\n' +
			'#1001,,,,,Knife,1\n' +
			'#1004,,,,,Mug,1\n' +
			'#1005,,paid,2024-01-09,4.00,Cup,1\n' +
			'#1005,,,,,Cup,1\n' +
			'#1006,b@x.com,paid,2024-01-10,,Mug,1\n' +
			'#1006,,,,,Mug,2\n' +
			'#1007,d@x.com,refunded,2024-01-11,9.00,Pan,1\n' +
			'#1001,a@x.com,paid,2024-01-12,1.00,Lid,1\n' +
			'#1001,,,,,Pot,1\n';
		const bytes = utf8(text);
		const options = transactions({
			customerId: 'Email',
			orderDate: 'Created at',
			amount: 'Total',
			orderId: 'Name',
			status: 'Financial Status',
			productName: 'Lineitem name',
			quantity: 'Lineitem quantity'
		});
		// Hand-read: continuation rows Cup, Plate (#1001), Fork (#1003), Pot (#1001 again); skipped
		// as cancelled or unpaid #1002 with its two further lines (a blank line between does not
		// end it), #1004 and #1007, but not #1004's Mug: the Knife line above it ends #1004. Without a
		// customer: Knife, #1004's Mug, both #1005 rows, #1006's second row (#1006 lacks an amount).
		const serial = importBytes(bytes, options).report;
		expect(serial.continuationRows).toBe(4);
		expect(serial.skippedByReason.cancelled_or_unpaid?.count).toBe(5);
		expect(serial.skippedByReason.missing_customer_id?.count).toBe(5);
		expect(serial.skippedByReason.missing_amount?.count).toBe(1);
		expect(checkCuts(bytes, options, every(bytes))).toBeGreaterThan(bytes.length / 3);
		expect(checkFourWays(bytes, options)).toBeGreaterThan(bytes.length);
	});

	it('a file whose rows after the middle all depend on the rows above', () => {
		const text =
			'order,id,date,amount,product\n' +
			'1,A,2024-01-05,10.00,p\n' +
			'2,B,2024-01-06,12.00,q\n' +
			Array.from({ length: 30 }, (_, i) => `2,,,,r${i}\n`).join('');
		const bytes = utf8(text);
		const options = transactions({ orderId: 'order', productName: 'product' });
		checkCuts(bytes, options, every(bytes));
		checkFourWays(bytes, options);
		// Cut among the further lines: never the part, always the first importer alone.
		const middle = text.indexOf('2,,,,r3');
		expect(importInSegments(bytes, options, [middle]).absorbed).toBe(0);
	});

	it('products named and categorised on later lines, ids with spreadsheet floats', () => {
		const text =
			'id,date,amount,sku,name,cat,region\n' +
			'17850.0,2024-01-05,1,S1,,,North\n' +
			'17850,2024-01-05,2,S1,Soap,,North\n' +
			'2,2024-01-06,3,S2,,Bath,South\n' +
			'2,2024-01-06,4,S1,,Home,South\n' +
			'3,2024-01-07,5,S3,Towel,Linen,\n' +
			'3,2024-01-07,6,S2,Bath salt,Spa,East\n' +
			'4,2024-01-08,7,S4,,,East\n' +
			'4,2024-01-09,8,S4,Brush,Tools,East\n' +
			'5,2024-01-10,9,S1,,Kitchen,North\n';
		const bytes = utf8(text);
		const options = transactions({
			productId: 'sku',
			productName: 'name',
			productCategory: 'cat',
			attributes: ['region']
		});
		expect(checkCuts(bytes, options, every(bytes))).toBeGreaterThan(bytes.length / 3);
		expect(checkFourWays(bytes, options)).toBeGreaterThan(bytes.length);
	});

	it('many status values: more than are tallied falls back to one importer, still equal', () => {
		const rows = Array.from(
			{ length: 260 },
			(_, i) => `C${i % 7},2024-01-${String((i % 28) + 1).padStart(2, '0')},1.00,s${i}`
		);
		const bytes = utf8('id,date,amount,state\n' + rows.join('\n') + '\n');
		const options = transactions({ status: 'state' });
		const points = Array.from({ length: 40 }, (_, k) => Math.floor((k * bytes.length) / 40));
		// 260 values between them: no tally of a part can be merged exactly, none is.
		expect(checkCuts(bytes, options, points)).toBe(0);
		// In four: the first parts merge (together under the cap), a later one cannot, and the
		// importer reads on after the parts it absorbed.
		const sets = points.map((at, k) => [at, at + 40 * (k + 1), at + 40 * (k + 2)]);
		const some = checkSegments(bytes, options, sets, (set, k) => set % 3 === k);
		expect(some).toBeGreaterThan(10);
	});

	it('a customer summary, and a GBK file', () => {
		const summary =
			'id,last,orders,spent,first\n' +
			'A,2024-01-05,3,30.00,2023-01-01\n' +
			'B,2024-02-05,1,5.00,\n' +
			'\n' +
			'C,2024-03-05,0,0,\n' +
			'D,x,2,3.00,\n' +
			'A,2024-04-05,2,20.00,2024-01-01\n';
		const bytes = utf8(summary);
		const options: ImportOptions = {
			...base,
			mapping: {
				kind: 'customer_summary',
				customerId: 'id',
				lastPurchaseDate: 'last',
				recencyDays: null,
				frequency: 'orders',
				monetary: 'spent',
				firstPurchaseDate: 'first',
				attributes: []
			}
		};
		expect(checkCuts(bytes, options, every(bytes))).toBeGreaterThan(bytes.length / 3);
		expect(checkFourWays(bytes, options)).toBeGreaterThan(bytes.length);

		const gbk = encodeGbk(
			'客户,日期,金额,地区\n张三,2024-01-05,10.00,北京\n李四,2024-01-06,12.50,上海\n张三,2024-01-07,3.00,北京\n王五,2024-01-08,7.00,广州\n'
		);
		const gbkOptions = {
			...transactions({
				customerId: '客户',
				orderDate: '日期',
				amount: '金额',
				attributes: ['地区']
			}),
			encoding: 'gb18030' as const
		};
		expect(checkCuts(gbk, gbkOptions, every(gbk))).toBeGreaterThan(gbk.length / 3);
		expect(checkFourWays(gbk, gbkOptions)).toBeGreaterThan(gbk.length);
	});
});

it('a last record without a line end, pushed alone, reads as when pushed with the rest', () => {
	const options = transactions({ attributes: ['note'] });
	const importer = createImporter(options);
	importer.push(utf8('id,date,amount,note\n'));
	importer.push(utf8('F,2024-03-02,7.00,last'));
	const { report, customerIds } = importer.finish();
	expect(report.imported).toBe(1);
	expect(customerIds).toEqual(['F']);
});

describe.each<[DemoCsvFormat, number]>([
	['shop', 3_000],
	['uci', 3_000]
])('the %s bench shape cut at many points', (format, rows) => {
	it('gives the serial lines, dictionaries, orders and report', () => {
		const text = demoCsvText({ rows, seed: 11 }, format);
		const bytes = utf8(text);
		const sniff = sniffFile(bytes.subarray(0, 512 * 1024), bytes.length);
		const options = importOptionsFromSniff(sniff, dayFromIso('2030-01-01'));
		const points = Array.from({ length: 60 }, (_, k) => Math.floor((k * bytes.length) / 60) + k);
		expect(checkCuts(bytes, options, points)).toBeGreaterThan(50);
		// In up to twelve segments, in all a part failing now and then.
		const sets = [3, 6, 12].map((n) =>
			Array.from({ length: n - 1 }, (_, k) => Math.floor(((k + 1) * bytes.length) / n) + n)
		);
		const failed = (set: number, k: number) => k % (set + 2) === 1;
		expect(
			checkSegments(bytes, options, [...sets, ...sets], (set, k) => set > 2 && failed(set - 3, k))
		).toBe(6);
	});
});

describe('a file of three whole chunks cut at chunk boundaries and next to them', () => {
	// Fixed-width lines, so that a cut falls before any line wanted: the first part then ends on a
	// full chunk (its chunks taken as they are), on a partial one (the part's lines fill it), or
	// the part is shorter than a chunk. Customers, countries and products first seen in the part.
	const rows = 3 * CHUNK_ROWS;
	const pad = (n: number, width: number) => String(n).padStart(width, '0');
	const line = (k: number) => {
		const customer = k < rows - 5_000 ? (k * 7_919) % 40_000 : 40_000 + (k % 7);
		const country = k < 150_000 ? ['UK', 'FR', 'DE'][k % 3] : 'ZZ';
		const product = k < 100_000 ? k % 400 : 400 + (k % 9);
		const amount = `${(k % 90) + 10}.${pad(k % 100, 2)}`;
		return `C${pad(customer, 5)},2024-0${(k % 9) + 1}-${pad((k % 28) + 1, 2)},${amount},${country},P${pad(product, 3)},${(k % 9) + 1}`;
	};
	const header = 'id,date,amount,country,product,quantity\n';
	const width = line(0).length + 1;
	const bytes = utf8(header + Array.from({ length: rows }, (_, k) => line(k) + '\n').join(''));
	const options = transactions({
		attributes: ['country'],
		productId: 'product',
		quantity: 'quantity'
	});
	/** The line feed just before line `k` (0-based): the part starts at line `k`. */
	const before = (k: number) => header.length + k * width - 1;

	it('gives the serial chunks, dictionaries and orders at every such cut', () => {
		expect(bytes.length).toBe(header.length + rows * width);
		const firstLines = [
			1,
			100,
			CHUNK_ROWS - 1,
			CHUNK_ROWS,
			CHUNK_ROWS + 1,
			CHUNK_ROWS + 1_000,
			2 * CHUNK_ROWS,
			2 * CHUNK_ROWS + 7,
			rows - CHUNK_ROWS + 1,
			rows - 10
		];
		expect(checkCuts(bytes, options, firstLines.map(before))).toBe(firstLines.length);
		// In several segments, some pushed by the first importer between absorbed ones.
		const sets = [
			[1, CHUNK_ROWS, 2 * CHUNK_ROWS + 7],
			[100, CHUNK_ROWS - 1, CHUNK_ROWS + 1, 2 * CHUNK_ROWS, rows - 10],
			[CHUNK_ROWS + 1_000, rows - CHUNK_ROWS + 1, rows - 10]
		].map((lines) => lines.map(before));
		const failed = (set: number, k: number) => (set + k) % 2 === 0;
		expect(checkSegments(bytes, options, sets, failed)).toBe(sets.length);
	});
});

const uci = sharedData('uci-online-retail/online_retail.csv.gz');
if (!uci.present) console.warn(`SKIPPED the UCI Online Retail cut test: ${uci.path} is absent`);

describe.skipIf(!uci.present)('UCI Online Retail cut in two', () => {
	it('gives the serial result, its 135,080 rejected rows and line numbers included', () => {
		const bytes = new Uint8Array(gunzipSync(readFileSync(uci.path)));
		const sniff = sniffFile(bytes.subarray(0, 1 << 20), bytes.length);
		const options = importOptionsFromSniff(sniff, dayFromIso('2030-01-01'));
		const points = [0.31, 0.5, 0.77].map((share) => Math.floor(bytes.length * share));
		expect(checkCuts(bytes, options, points)).toBe(3);
	});
});

describe('segment points', () => {
	// Hand-worked: a first segment of 1/parsers − 0.03 of the file and as large a last one per
	// other parser; the middle between them in up to eight, of at least the smallest segment.
	// Two parsers: one cut at 48 %.
	it.each([
		[100, 2, 5, [48]],
		[100, 3, 5, [30, 35, 40, 70]],
		[100, 4, 5, [22, 28, 34, 56, 78]],
		[1_000, 3, 10, [303, 314, 325, 337, 348, 359, 371, 382, 394, 697]],
		[1_000, 2, 10, [480]],
		[100, 2, 60, []],
		[100, 1, 5, []]
	])('%i bytes, %i parsers, segments of at least %i: %j', (size, parsers, min, points) => {
		expect(segmentPoints(size, parsers, min)).toEqual(points);
	});
});
