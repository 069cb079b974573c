import 'fake-indexeddb/auto';
import { createHmac } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { columnLength, lineChunkOf } from '$lib/core/stored-columns';
import { db } from '$lib/db/schema';
import { backupDataset, deleteAllData, restoreBackup } from './backup';
import { campaignCsv, campaignsOf, saveCampaign } from './campaigns';
import { storeDemo } from './demo';
import { readDataset } from './store';
import { growthScenariosOf, saveGrowthScenario } from './growth';

/** Everything stored for a dataset, without the keys that tie it to this browser. */
async function storedContents(datasetId: string) {
	const [dataset, settings, dictionaries, chunks] = await Promise.all([
		db.datasets.get(datasetId),
		db.settings.get(datasetId),
		db.dictionaries.get(datasetId),
		db.chunks.where('datasetId').equals(datasetId).sortBy('index')
	]);
	const strip = <T extends object>(record: T | undefined, ...keys: string[]) => {
		const copy = { ...record } as Record<string, unknown>;
		for (const key of keys) delete copy[key];
		return copy;
	};
	return {
		dataset: strip(dataset, 'id', 'created'),
		settings: strip(settings, 'datasetId'),
		dictionaries: strip(dictionaries, 'datasetId'),
		chunks: chunks.map((chunk) => strip(chunk, 'datasetId'))
	};
}

describe('backup and restore through IndexedDB', () => {
	beforeEach(async () => {
		await db.delete({ disableAutoOpen: false });
	});

	it('carries a scored import: its blocks of customers come back in the scored table', async () => {
		const id = 'scored-1';
		const block = {
			datasetId: id,
			index: 0,
			firstPurchaseDay: Int32Array.of(19000, 19010),
			lastPurchaseDay: Int32Array.of(19100, 19020),
			recencyDays: Int32Array.of(5, 85),
			frequency: Int32Array.of(3, 1),
			monetaryCents: Float64Array.of(12345, 990),
			rScore: Uint8Array.of(5, 1),
			fScore: Uint8Array.of(4, 1),
			mScore: Uint8Array.of(5, 2),
			fmScore: Uint8Array.of(5, 2),
			segment: Uint8Array.of(0, 3),
			tier: Uint8Array.of(0, 2),
			stage: Uint8Array.of(2, 4)
		};
		await db.datasets.put({
			id,
			name: 'Warehouse',
			source: 'scores.csv',
			created: 1,
			status: 'complete',
			rowCount: 2,
			customerCount: 2,
			orderCount: 4,
			byteSize: 100,
			currency: 'CNY',
			kind: 'scored'
		});
		await db.dictionaries.put({ datasetId: id, customerIds: ['A', 'B'], attributes: [] });
		await db.scored.put(block);
		const { blob } = await backupDataset(id);
		const restored = await restoreBackup(blob);
		if (!restored.ok) throw new Error(JSON.stringify(restored));
		const back = await db.scored.where('datasetId').equals(restored.datasetId).toArray();
		expect(back).toEqual([{ ...block, datasetId: restored.datasetId }]);
		expect(await db.chunks.where('datasetId').equals(restored.datasetId).count()).toBe(0);
		expect(await db.datasets.get(restored.datasetId)).toMatchObject({ kind: 'scored' });
	});

	it('restores the demo as a new, complete dataset equal field by field (new columns too)', async () => {
		const demo = await storeDemo();
		// A column the format has never heard of, as the products work adds to chunks.
		await db.chunks
			.where('datasetId')
			.equals(demo.id)
			.modify((chunk) => {
				(chunk as unknown as { product: Uint16Array }).product = new Uint16Array(
					columnLength(chunk.customer)
				).map((_, i) => i % 7);
			});
		await db.settings.put({
			datasetId: demo.id,
			settings: { scheme: 'custom' },
			extras: { playbooks: { vip: { goal: '保持活跃' } } }
		});
		const before = await storedContents(demo.id);

		for (const password of ['', 'correct horse']) {
			const file = await backupDataset(demo.id, password);
			expect(file.fileName).toBe('Demo shop.strata');
			const outcome = await restoreBackup(file.blob, password);
			if (!outcome.ok) throw new Error(`restore failed: ${outcome.code}`);
			expect(outcome.datasetId).not.toBe(demo.id);
			const after = await storedContents(outcome.datasetId);
			expect(after).toEqual(before);
			expect((after.chunks[0] as { product: unknown }).product).toBeInstanceOf(Uint16Array);
		}
		expect(await db.datasets.where('status').equals('complete').count()).toBe(3);
	});

	it('restores a version 3 file, its chunks wide as stored then, into the same lines', async () => {
		const demo = await storeDemo();
		const lines = (await readDataset(demo.id)).chunks;
		// Stored now, the demo's days fit two bytes.
		expect((await db.chunks.get([demo.id, 0]))?.day).toBeInstanceOf(Uint16Array);
		// Chunks as a build before narrow columns stored them: Int32Array and Float64Array.
		await db.chunks
			.where('datasetId')
			.equals(demo.id)
			.modify((chunk) => {
				Object.assign(chunk, lineChunkOf(chunk));
			});
		const wide = await db.chunks.where('datasetId').equals(demo.id).first();
		expect(wide?.amountCents).toBeInstanceOf(Float64Array);
		const file = await backupDataset(demo.id);
		const bytes = new Uint8Array(await file.blob.arrayBuffer());
		new DataView(bytes.buffer).setUint16(8, 3, true);
		const outcome = await restoreBackup(new Blob([bytes]));
		if (!outcome.ok) throw new Error(`restore failed: ${outcome.code}`);
		expect((await readDataset(outcome.datasetId)).chunks).toEqual(lines);
	});

	it('carries campaigns, scenarios and the pseudonym key: the pseudonymised list is the same', async () => {
		const demo = await storeDemo();
		const draft = { query: '', share: 0.2, seed: 7 };
		const [campaign] = await saveCampaign(demo.id, { ...draft, name: '回流券', day: 19_000 });
		const levers = {
			newCustomers: 0.1,
			secondPurchase: 0.05,
			winBack: 0.02,
			retention: 0.01,
			averageOrderValue: 0,
			referrals: 0.1
		};
		await saveGrowthScenario(demo.id, { name: 'Double', horizon: 24, levers });
		const list = { campaignId: campaign.id };
		const before = await campaignCsv(demo.id, list, true, 'en');
		const key = (await db.loop.get(demo.id))!.hmacKey!;
		expect(key).toHaveLength(32);

		const file = await backupDataset(demo.id, 'pw');
		const outcome = await restoreBackup(file.blob, 'pw');
		if (!outcome.ok) throw new Error(`restore failed: ${outcome.code}`);
		const restored = await db.loop.get(outcome.datasetId);
		expect(restored?.hmacKey).toEqual(key);
		expect(await campaignsOf(outcome.datasetId)).toEqual(await campaignsOf(demo.id));
		expect(await growthScenariosOf(outcome.datasetId)).toEqual(await growthScenariosOf(demo.id));
		// The restored campaign's id is the same; its pseudonymised list matches byte for byte,
		// and its ids are Node's own HMAC of the raw ids under the original key.
		const after = await campaignCsv(outcome.datasetId, list, true, 'en');
		expect(after).toBe(before);
		const firstColumn = (csv: string) =>
			csv
				.trim()
				.split('\r\n')
				.slice(1)
				.map((line) => line.split(',')[0]);
		const hmac = (id: string) => createHmac('sha256', key).update(id, 'utf8').digest('hex');
		const plain = firstColumn(await campaignCsv(demo.id, list, false, 'en'));
		expect(plain.length).toBeGreaterThan(0);
		expect(firstColumn(after)).toEqual(plain.map(hmac));
	});

	it('a wrong password or a cut file stores nothing', async () => {
		const demo = await storeDemo();
		const file = await backupDataset(demo.id, 'right');
		const count = async () => ({
			datasets: await db.datasets.count(),
			chunks: await db.chunks.count(),
			dictionaries: await db.dictionaries.count()
		});
		const stored = await count();
		expect(await restoreBackup(file.blob, 'wrong')).toMatchObject({
			ok: false,
			code: 'wrong_password'
		});
		const cut = file.blob.slice(0, Math.floor(file.blob.size * 0.7));
		expect(await restoreBackup(cut, 'right')).toMatchObject({ ok: false, code: 'truncated' });
		expect(await count()).toEqual(stored);
	});

	it('deleteAllData leaves no database behind', async () => {
		await storeDemo();
		const report = await deleteAllData(null);
		expect(report.databases).toContain('strata');
		const names = (await indexedDB.databases()).map((d) => d.name);
		expect(names).not.toContain('strata');
	});
});
