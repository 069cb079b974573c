import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { db } from '$lib/db/schema';
import { generateDemoSoon, storeDemo } from './demo';
import { analysisOf, forgetDataset, settingsOf } from './engine';

/** Customer ids and line count of what is stored for the demo (read back, not handed over). */
async function stored() {
	const [record, dictionaries, chunks] = await Promise.all([
		db.datasets.get('demo'),
		db.dictionaries.get('demo'),
		db.chunks.where('datasetId').equals('demo').toArray()
	]);
	return {
		name: record?.name,
		currency: record?.currency,
		customers: dictionaries?.customerIds.length,
		lines: chunks.reduce((sum, chunk) => sum + chunk.customer.length, 0),
		amountCents: chunks.reduce(
			(sum, chunk) => sum + chunk.amountCents.reduce((a, b) => a + b, 0),
			0
		),
		rowCount: record?.rowCount,
		/** Attribute values (countries, cities, channels): the shop's own words. */
		words: dictionaries?.attributes.flatMap((attribute) => attribute.values).join(' ') ?? ''
	};
}

describe('the demo shop generated ahead (a first visit, while the database opens)', () => {
	it('stores the same shop as generating it on the spot', async () => {
		await storeDemo('zh');
		const onTheSpot = await stored();
		await storeDemo('zh', await generateDemoSoon('zh'));
		const ahead = await stored();
		expect(ahead).toEqual(onTheSpot);
		// The demo's published size (core/demo/stream.ts): 4,000 customers, one currency: yuan.
		expect(ahead.customers).toBe(4000);
		expect(ahead.currency).toBe('CNY');
		expect(ahead.currency).toBe(onTheSpot.currency);
		expect(ahead.words).toMatch(/[\u4e00-\u9fff]/);
		expect(ahead.lines).toBe(ahead.rowCount);
	});

	it('a shop generated in another language is not stored: the demo follows the visitor', async () => {
		await storeDemo('en', await generateDemoSoon('zh'));
		const shop = await stored();
		expect(shop.currency).toBe('GBP');
		expect(shop.words).not.toMatch(/[\u4e00-\u9fff]/);
	});

	it('the first analysis, computed while the demo was written, is cached and equals one from the stored data', async () => {
		await storeDemo('en');
		const settings = await settingsOf('demo');
		const first = await analysisOf('demo', settings);
		expect(first.cached).toBe(true);
		// Afresh: nothing in memory, nothing cached, the dataset read back from IndexedDB.
		forgetDataset('demo');
		await db.results.clear();
		const fresh = await analysisOf('demo', settings);
		expect(fresh.cached).toBe(false);
		expect(first.result).toEqual(fresh.result);
	});
});
