import { lineChunkOf } from '$lib/core/stored-columns';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { db } from '$lib/db/schema';
import { generateDemoSoon, primeDemo, primeDemoAnalysis, storeDemo } from './demo';
import { analysisOf, forgetDataset, loadDataset, settingsOf } from './engine';

/** Customer ids and line count of what is stored for the demo (read back, not handed over). */
async function stored() {
	const [record, dictionaries, chunks] = await Promise.all([
		db.datasets.get('demo'),
		db.dictionaries.get('demo'),
		db.chunks
			.where('datasetId')
			.equals('demo')
			.toArray()
			.then((records) => records.map(lineChunkOf))
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

	it('the first analysis, computed before the demo was stored, equals one from the stored data', async () => {
		const generated = await generateDemoSoon('en');
		await primeDemo(generated);
		await storeDemo('en', generated, true);
		primeDemoAnalysis();
		const settings = await settingsOf('demo');
		const first = await analysisOf('demo', settings);
		// Taken from memory (primed), not read from the cache nor computed from the stored lines.
		expect(first.cached).toBe(false);
		// It is cached for the next visit (in the background: wait for the write).
		await expect.poll(() => db.results.where('datasetId').equals('demo').count()).toBe(1);
		// Afresh: nothing in memory, nothing cached, the dataset read back from IndexedDB.
		forgetDataset('demo');
		await db.results.clear();
		const fresh = await analysisOf('demo', settings);
		expect(fresh.cached).toBe(false);
		expect(first.result).toEqual(fresh.result);
		expect((await analysisOf('demo', settings)).cached).toBe(true);
	});

	it('the first figures drawn before the analysis are the analysis’s own figures', async () => {
		const generated = await generateDemoSoon('en');
		const figures = await primeDemo(generated);
		await storeDemo('en', generated, true);
		forgetDataset('demo');
		await db.results.clear();
		const { result } = await analysisOf('demo', await settingsOf('demo'));
		expect(figures).not.toBeNull();
		const keys = Object.keys(figures ?? {}) as (keyof typeof result)[];
		expect(keys).toContain('headline');
		expect(Object.fromEntries(keys.map((key) => [key, result[key]]))).toEqual(figures);
		expect(figures?.headline.customers).toBe(4000);
	});

	it('a demo generated ahead for storage that turned out to hold datasets is forgotten', async () => {
		await storeDemo('en');
		forgetDataset('demo');
		await db.results.clear();
		// The worker's start: a zh demo generated and primed, but an en demo is stored already.
		await primeDemo(await generateDemoSoon('zh'));
		forgetDataset('demo');
		const settings = await settingsOf('demo');
		const { result, cached } = await analysisOf('demo', settings);
		expect(cached).toBe(false);
		// Read back from storage: the stored shop's own attribute values, not the primed one's.
		const { columns } = await loadDataset('demo');
		expect(columns.attributes[0].values.join(' ')).not.toMatch(/[\u4e00-\u9fff]/);
		expect(result.headline.customers).toBe(4000);
	});
});
