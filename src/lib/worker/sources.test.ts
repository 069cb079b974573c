import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '$lib/db/schema';
import { csvOptions } from './append.fixture';
import { importFile } from './import';
import { removeSource, sourceMask } from './sources';
import { readDataset } from './store';

const options = csvOptions('order');

async function importLines(lines: string[], source: string, target?: string) {
	const file = new File([lines.join('\n')], `${source}.csv`);
	const outcome = await importFile(
		file,
		{ options, name: '', currency: 'CNY', source, target },
		() => undefined
	);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome));
	return outcome.datasetId;
}

const SHOP = ['customer,order,date,amount', 'A,s1,2024-01-05,10', 'B,s2,2024-01-06,20'];
const WEB = ['customer,order,date,amount', 'B,w1,2024-02-01,7', 'C,w2,2024-02-02,3'];

afterEach(async () => {
	await Promise.all([
		db.datasets.clear(),
		db.chunks.clear(),
		db.dictionaries.clear(),
		db.feedback.clear()
	]);
});

/** Stored responses, one per customer index (−1 − k: `unknownIds[k]`). */
async function storeFeedback(datasetId: string, customer: number[], unknownIds: string[]) {
	const n = customer.length;
	await db.feedback.put({
		datasetId,
		customer: Int32Array.from(customer),
		day: new Int32Array(n),
		score: new Uint8Array(n).fill(9),
		scale: new Uint8Array(n),
		comment: new Int32Array(n).fill(-1),
		channel: new Int32Array(n).fill(-1),
		comments: [],
		channels: [],
		unknownIds,
		files: []
	});
}

/** The customer id each stored response points at ('?id' for an id with no purchase). */
async function feedbackIds(datasetId: string): Promise<string[]> {
	const record = await db.feedback.get(datasetId);
	const { customerIds } = await readDataset(datasetId);
	return Array.from(record?.customer ?? [], (c) =>
		c >= 0 ? customerIds[c] : `?${record?.unknownIds[-1 - c]}`
	);
}

describe('sources of a dataset', () => {
	it('a source filter keeps the customers with a line of that source', async () => {
		const id = await importLines(SHOP, 'shop');
		await importLines(WEB, 'web', id);
		const { customerIds } = await readDataset(id);
		const kept = (mask: Uint8Array) => customerIds.filter((_, c) => mask[c]);
		expect(kept(await sourceMask(id, 'web'))).toEqual(['B', 'C']);
		expect(kept(await sourceMask(id, 'shop'))).toEqual(['A', 'B']);
		expect(kept(await sourceMask(id, 'nowhere'))).toEqual([]);
	});

	it('removing a source leaves what the other sources brought, renumbered', async () => {
		const id = await importLines(SHOP, 'shop');
		const alone = await readDataset(id);
		await importLines(WEB, 'web', id);
		await db.results.put({ key: `${id}|v3|x`, datasetId: id, created: 0, value: 1 });
		expect(await removeSource(id, 'web')).toEqual({ ok: true, removedLines: 2 });
		const after = await readDataset(id);
		// By hand: only the shop's A and B with their orders s1, s2 remain.
		expect(after.customerIds).toEqual(['A', 'B']);
		expect(after.orderIds?.toArray()).toEqual(['s1', 's2']);
		expect(after.chunks.map((c) => [...c.amountCents])).toEqual(
			alone.chunks.map((c) => [...c.amountCents])
		);
		expect(after.record).toMatchObject({ rowCount: 2, customerCount: 2, orderCount: 2 });
		expect(after.record.sources?.sources.map((s) => s.name)).toEqual(['shop']);
		expect(await db.results.where('datasetId').equals(id).count()).toBe(0);
	});

	it('responses follow their customers when a source goes and when an append brings a buyer', async () => {
		const id = await importLines(SHOP, 'shop');
		// Responses of A, B and of Z, who has not bought yet.
		await storeFeedback(id, [0, 1, -1], ['Z']);
		await importLines(['customer,order,date,amount', 'Z,z1,2024-03-01,5'], 'web', id);
		expect(await feedbackIds(id)).toEqual(['A', 'B', 'Z']);
		await importLines(WEB, 'pos', id);
		// Removing the shop drops A (its only source) and renumbers B, Z and C.
		expect(await removeSource(id, 'shop')).toMatchObject({ ok: true });
		expect((await readDataset(id)).customerIds).not.toContain('A');
		expect(await feedbackIds(id)).toEqual(['?A', 'B', 'Z']);
	});

	it('refuses to remove the last source or one the dataset does not have', async () => {
		const id = await importLines(SHOP, 'shop');
		const before = await db.chunks.where('datasetId').equals(id).toArray();
		expect(await removeSource(id, 'shop')).toEqual({ ok: false, reason: 'last_source' });
		expect(await removeSource(id, 'web')).toEqual({ ok: false, reason: 'unknown_source' });
		expect(await db.chunks.where('datasetId').equals(id).toArray()).toEqual(before);
	});
});
