import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LineChunk } from '$lib/core/columns';
import type { ImportOptions } from '$lib/core/csv';
import { csvFile, csvOptions } from './append.fixture';
import { db, type DatasetRecord } from '$lib/db/schema';
import { importFile, type ImportOutcome, type ImportRequest } from './import';
import { readDataset, writeDataset } from './store';

/** Day number of an ISO date, computed here independently of the importer. */
const day = (iso: string) =>
	Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8)) / 864e5;

async function run(file: File, request: Partial<ImportRequest> = {}): Promise<ImportOutcome> {
	return importFile(
		file,
		{ options: csvOptions('order'), name: '', currency: 'CNY', ...request },
		() => undefined
	);
}

async function imported(file: File, request: Partial<ImportRequest> = {}): Promise<string> {
	const outcome = await run(file, request);
	if (!outcome.ok) throw new Error(`import failed: ${JSON.stringify(outcome)}`);
	return outcome.datasetId;
}

/** Everything stored for a dataset except the cache, as plain data for a deep comparison. */
async function snapshot(id: string) {
	return {
		record: await db.datasets.get(id),
		chunks: await db.chunks.where('datasetId').equals(id).toArray(),
		dictionaries: await db.dictionaries.get(id)
	};
}

/** Per customer id: [orders, revenue in cents], from the stored lines. */
async function totals(id: string) {
	const data = await readDataset(id);
	const orders = new Map<string, Set<number>>();
	const revenue = new Map<string, number>();
	for (const chunk of data.chunks) {
		chunk.customer.forEach((c, i) => {
			const customer = data.customerIds[c];
			orders.set(customer, (orders.get(customer) ?? new Set()).add(chunk.order[i]));
			revenue.set(customer, (revenue.get(customer) ?? 0) + chunk.amountCents[i]);
		});
	}
	return Object.fromEntries(
		[...orders].map(([customer, set]) => [customer, [set.size, revenue.get(customer)]])
	);
}

const JAN = [
	'customer,order,date,amount',
	'A,o1,2024-01-05,10.00',
	'A,o1,2024-01-05,5.00',
	'B,o2,2024-01-06,20.00'
];
/** Overlaps January: A's o1 again (both lines), then a new order of B and a new customer C. */
const FEB = [
	'customer,order,date,amount',
	'A,o1,2024-01-05,10.00',
	'A,o1,2024-01-05,5.00',
	'B,o3,2024-02-01,7.00',
	'C,o4,2024-02-02,3.00',
	'C,o1,2024-02-03,1.00'
];

afterEach(async () => {
	vi.restoreAllMocks();
	await Promise.all([db.datasets.clear(), db.chunks.clear(), db.dictionaries.clear()]);
	await db.results.clear();
});

describe('appending a file to a dataset', () => {
	it('skips orders the dataset holds by (customer, order id) and numbers the rest after it', async () => {
		const id = await imported(csvFile('jan.csv', JAN));
		const before = await readDataset(id);
		const outcome = await run(csvFile('feb.csv', FEB), { target: id, source: '门店 POS' });
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		// By hand: o1 of A (2 lines) is held; o3, o4 and C's o1 (another customer's id) are new.
		expect(outcome.report.skippedByReason.already_in_dataset?.count).toBe(2);
		expect(outcome.report.imported).toBe(3);
		const after = await readDataset(id);
		expect(after.customerIds).toEqual(['A', 'B', 'C']);
		expect(after.customerIds.slice(0, 2)).toEqual(before.customerIds);
		// Stored chunks are untouched; the new lines follow with orders 2, 3, 4.
		expect(after.chunks[0]).toEqual(before.chunks[0]);
		expect([...after.chunks[1].order]).toEqual([2, 3, 4]);
		expect(after.orderIds?.toArray()).toEqual(['o1', 'o2', 'o3', 'o4', 'o1']);
		expect(await totals(id)).toEqual({ A: [1, 1500], B: [2, 2700], C: [2, 400] });
		const record = await db.datasets.get(id);
		expect(record).toMatchObject({ rowCount: 6, customerCount: 3, orderCount: 5 });
	});

	it('equals importing the union of both files once', async () => {
		const id = await imported(csvFile('jan.csv', JAN));
		await run(csvFile('feb.csv', FEB), { target: id });
		const union = await imported(csvFile('union.csv', [...JAN, ...FEB.slice(3)]));
		expect(await totals(id)).toEqual(await totals(union));
	});

	it('without order ids, skips a customer-day the dataset holds (all its lines)', async () => {
		const noIds = { options: csvOptions(null) };
		const id = await imported(
			csvFile('a.csv', ['customer,date,amount', 'A,2024-01-05,10', 'B,2024-01-06,20']),
			noIds
		);
		const outcome = await run(
			csvFile('b.csv', [
				'customer,date,amount',
				'A,2024-01-05,99', // held
				'A,2024-01-07,1',
				'B,2024-01-06,2', // held, with the next line
				'B,2024-01-06,3',
				'D,2024-01-05,4' // a new customer's day is never held
			]),
			{ ...noIds, target: id }
		);
		expect(outcome.ok && outcome.report.skippedByReason.already_in_dataset?.count).toBe(3);
		expect(await totals(id)).toEqual({ A: [2, 1100], B: [1, 2000], D: [1, 400] });
	});

	it('matches a dataset stored before order ids by customer-day, and gives it a source', async () => {
		const chunk: LineChunk = {
			customer: Int32Array.of(0),
			day: Int32Array.of(day('2024-01-05')),
			amountCents: Float64Array.of(1000),
			order: Int32Array.of(0),
			attributes: []
		};
		const record: DatasetRecord = {
			id: 'old',
			name: 'old',
			source: 'old.csv',
			created: 0,
			status: 'complete',
			rowCount: 1,
			customerCount: 1,
			orderCount: 1,
			byteSize: 0,
			currency: 'CNY',
			mapping: csvOptions('order')
		};
		await writeDataset(record, [chunk], { customerIds: ['A'], attributes: [] });
		const outcome = await run(
			csvFile('new.csv', ['customer,order,date,amount', 'A,x1,2024-01-05,10', 'A,x2,2024-01-08,4']),
			{ target: 'old', source: '天猫旗舰店' }
		);
		expect(outcome.ok && outcome.report.skippedByReason.already_in_dataset?.count).toBe(1);
		const after = await readDataset('old');
		expect(after.attributes).toEqual([{ name: 'source', values: ['old.csv', '天猫旗舰店'] }]);
		expect([...after.chunks[0].attributes[0]]).toEqual([0]);
		expect([...after.chunks[1].attributes[0]]).toEqual([1]);
		expect(after.orderIds?.toArray()).toEqual(['', 'x2']);
	});

	it('lists each source with rows, dates and customers, and the channel mix', async () => {
		const id = await imported(csvFile('jan.csv', JAN), { source: '天猫旗舰店' });
		await run(csvFile('feb.csv', FEB), { target: id, source: '门店 POS' });
		const record = await db.datasets.get(id);
		// By hand: Tmall has A, B (3 lines); POS has B, C (3 lines: A's were held). B uses both.
		expect(record?.sources).toEqual({
			sources: [
				{
					name: '天猫旗舰店',
					rows: 3,
					customers: 2,
					firstDay: day('2024-01-05'),
					lastDay: day('2024-01-06')
				},
				{
					name: '门店 POS',
					rows: 3,
					customers: 2,
					firstDay: day('2024-02-01'),
					lastDay: day('2024-02-03')
				}
			],
			singleChannel: 2,
			multiChannel: 1
		});
	});

	it('refuses a file of the other kind and says which', async () => {
		const id = await imported(csvFile('jan.csv', JAN));
		const before = await snapshot(id);
		const summary: ImportOptions = {
			...csvOptions(null),
			mapping: {
				kind: 'customer_summary',
				customerId: 'customer',
				lastPurchaseDate: 'date',
				recencyDays: null,
				frequency: 'order',
				monetary: 'amount',
				firstPurchaseDate: null,
				attributes: []
			}
		};
		const outcome = await run(
			csvFile('s.csv', ['customer,order,date,amount', 'A,1,2024-01-05,1']),
			{
				target: id,
				options: summary
			}
		);
		expect(outcome).toEqual({
			ok: false,
			reason: 'error',
			problem: {
				code: 'append_kind_mismatch',
				params: { file: 'customer_summary', dataset: 'transactions' }
			}
		});
		expect(await snapshot(id)).toEqual(before);
	});
});

describe('an append commits whole or not at all', () => {
	it('an append that throws midway leaves chunks, dictionaries and record as they were', async () => {
		const id = await imported(csvFile('jan.csv', JAN));
		await db.results.put({ key: `${id}|v3|x`, datasetId: id, created: 0, value: 1 });
		// The cached result above and the first figures the import kept.
		const results = await db.results.where('datasetId').equals(id).count();
		expect(results).toBe(2);
		const before = await snapshot(id);
		// The dictionaries are written after the new chunks, inside the same transaction.
		vi.spyOn(db.dictionaries, 'put').mockRejectedValueOnce(new Error('disk on fire'));
		const outcome = await run(csvFile('feb.csv', FEB), { target: id });
		expect(outcome.ok).toBe(false);
		expect(await snapshot(id)).toEqual(before);
		expect(await db.results.where('datasetId').equals(id).count()).toBe(results);
	});

	it('an append whose rows are all bad changes nothing', async () => {
		const id = await imported(csvFile('jan.csv', JAN));
		const before = await snapshot(id);
		const outcome = await run(
			csvFile('bad.csv', ['customer,order,date,amount', 'A,o9,not a date,1', ',o8,2024-03-01,2']),
			{ target: id }
		);
		expect(outcome).toMatchObject({ ok: false, reason: 'too_many_skipped' });
		expect(await snapshot(id)).toEqual(before);
	});

	it('an append whose orders are all held changes nothing', async () => {
		const id = await imported(csvFile('jan.csv', JAN));
		const before = await snapshot(id);
		const outcome = await run(csvFile('again.csv', JAN), { target: id });
		expect(outcome).toMatchObject({ ok: false, reason: 'nothing_imported' });
		expect(await snapshot(id)).toEqual(before);
	});
});
