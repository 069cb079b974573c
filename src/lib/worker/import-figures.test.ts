/**
 * The tail of an import: the outcome carries the overview's first figures, the whole analysis waits
 * until the page asks for it (and gets cached), and a failure of the late writes still leaves
 * nothing stored.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/core/analytics/types';
import { dayFromIso } from '$lib/core/calendar';
import { db, type DatasetRecord } from '$lib/db/schema';
import { csvFile, csvOptions } from './append.fixture';
import { analysisOf, forgetDataset, saveSettings, storedFigures } from './engine';
import { importFile } from './import';

// Counts the engine's full analyses, to see that none runs before it is asked for.
const analyses = vi.hoisted(() => ({ count: 0 }));
vi.mock('$lib/core/analytics/analyze', async (original) => {
	const engine = await original<typeof import('$lib/core/analytics/analyze')>();
	return {
		...engine,
		analyze: (...args: Parameters<typeof engine.analyze>) => {
			analyses.count++;
			return engine.analyze(...args);
		}
	};
});

// A: two purchases; B: a purchase and a return; C: a return only (not scored).
const LINES = [
	'customer,order,date,amount',
	'A,o1,10/01/2024,10.00',
	'A,o2,20/02/2024,20.00',
	'B,o3,01/02/2024,5.00',
	'B,o4,03/02/2024,-2.00',
	'C,o5,05/01/2024,-4.00'
];

/** The same figures, by hand from the lines above. */
const EXPECTED = {
	asOfDay: dayFromIso('2024-02-20'), // the latest purchase
	scoredCount: 2,
	unscoredCount: 1,
	headline: {
		customers: 2,
		orders: 5,
		purchases: 3,
		returns: 2,
		revenueCents: 1000 + 2000 + 500 - 200 - 400,
		firstDay: dayFromIso('2024-01-05'),
		lastDay: dayFromIso('2024-02-20'),
		aovCents: 2900 / 3,
		repeatRate: 1 / 2
	}
};

function run() {
	return importFile(
		csvFile('shop.csv', LINES),
		{ options: csvOptions('order'), name: 'shop', currency: 'EUR' },
		() => undefined
	);
}

async function stored() {
	return {
		datasets: await db.datasets.count(),
		chunks: await db.chunks.count(),
		dictionaries: await db.dictionaries.count(),
		results: await db.results.count()
	};
}

const NOTHING = { datasets: 0, chunks: 0, dictionaries: 0, results: 0 };

afterEach(async () => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
	await Promise.all([
		db.datasets.clear(),
		db.chunks.clear(),
		db.dictionaries.clear(),
		db.results.clear()
	]);
});

describe('the end of an import', () => {
	it('sends the first figures with the outcome, and analyses only when asked', async () => {
		const before = analyses.count;
		const outcome = await run();
		if (!outcome.ok) throw new Error(JSON.stringify(outcome));
		expect(outcome.figures).toEqual(EXPECTED);
		// The page asks once the figures are painted: until then the worker leaves the cores alone.
		await new Promise((done) => setTimeout(done, 20));
		expect(analyses.count).toBe(before);

		const first = await analysisOf(outcome.datasetId, structuredClone(DEFAULT_SETTINGS));
		expect(first.cached).toBe(false);
		expect(analyses.count).toBe(before + 1);
		const { asOfDay, headline, scoredCount, unscoredCount } = first.result;
		expect({ asOfDay, headline, scoredCount, unscoredCount }).toEqual(EXPECTED);
		expect([...first.result.customers.frequency]).toEqual([2, 1, 0]);
		expect([...first.result.customers.monetaryCents]).toEqual([3000, 300, -400]);

		// The result is cached behind the answer (beside the first figures); the answer was a copy,
		// the cache is whole.
		await expect.poll(() => db.results.count()).toBe(2);
		first.result.customers.frequency.fill(9);
		const again = await analysisOf(outcome.datasetId, structuredClone(DEFAULT_SETTINGS));
		expect(again.cached).toBe(true);
		expect([...again.result.customers.frequency]).toEqual([2, 1, 0]);
		expect(again.result.headline).toEqual(EXPECTED.headline);
	});

	it('reads the file while the pending record is stored, and writes no chunk before it', async () => {
		const order: string[] = [];
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			...args: Parameters<IDBObjectStore['put']>
		) {
			order.push(this.name);
			return put.apply(this, args);
		});
		const read = Blob.prototype.arrayBuffer;
		vi.spyOn(Blob.prototype, 'arrayBuffer').mockImplementation(function (this: Blob) {
			order.push('read');
			return read.call(this);
		});
		// The record's write is slow to start.
		const putRecord = db.datasets.put.bind(db.datasets);
		vi.spyOn(db.datasets, 'put').mockImplementation((async (record: DatasetRecord) => {
			if (record.status === 'pending') await new Promise((done) => setTimeout(done, 30));
			return putRecord(record);
		}) as typeof db.datasets.put);
		const outcome = await run();
		expect(outcome).toMatchObject({ ok: true });
		expect(order.indexOf('read')).toBeGreaterThanOrEqual(0);
		expect(order.indexOf('read')).toBeLessThan(order.indexOf('datasets'));
		expect(order.indexOf('chunks')).toBeGreaterThan(order.indexOf('datasets'));
	});

	it('keeps the first figures for a reopen, under the settings they were computed with', async () => {
		const outcome = await run();
		if (!outcome.ok) throw new Error(JSON.stringify(outcome));
		// A tab closed before the analysis was cached: the next one finds the figures.
		forgetDataset(outcome.datasetId);
		expect(await storedFigures(outcome.datasetId)).toEqual(EXPECTED);
		// Other settings than the import's: they are not those figures.
		const other = { ...structuredClone(DEFAULT_SETTINGS), asOfDay: dayFromIso('2024-01-31') };
		await saveSettings(outcome.datasetId, other);
		expect(await storedFigures(outcome.datasetId)).toBeNull();
	});

	it('stores nothing when the final write of the record fails', async () => {
		const put = db.datasets.put.bind(db.datasets);
		vi.spyOn(db.datasets, 'put').mockImplementation(((record: DatasetRecord) =>
			record.status === 'complete'
				? Promise.reject(new Error('disk on fire'))
				: put(record)) as typeof db.datasets.put);
		const outcome = await run();
		expect(outcome).toMatchObject({ ok: false, reason: 'error' });
		expect(await stored()).toEqual(NOTHING);
	});

	// The last chunks and the dictionaries go in one transaction committed at once (`writeNow`).
	it.each([
		['its transaction aborts (a full disk)', 'abort'],
		['they cannot be cloned', 'throw']
	] as const)('stores nothing when the dictionaries cannot be written: %s', async (_, how) => {
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			...args: Parameters<IDBObjectStore['put']>
		) {
			if (this.name !== 'dictionaries') return put.apply(this, args);
			if (how === 'throw') throw new DOMException('disk on fire', 'DataCloneError');
			const request = put.apply(this, args);
			this.transaction.abort();
			return request;
		});
		const outcome = await run();
		expect(outcome).toMatchObject({ ok: false, reason: 'error' });
		expect(await stored()).toEqual(NOTHING);
	});

	it('answers a full disk at the last write with the space the file needs', async () => {
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			...args: Parameters<IDBObjectStore['put']>
		) {
			if (this.name === 'dictionaries') throw new DOMException('no room', 'QuotaExceededError');
			return put.apply(this, args);
		});
		vi.stubGlobal('navigator', {
			storage: { estimate: async () => ({ quota: 1000, usage: 990 }) }
		});
		const outcome = await run();
		expect(outcome).toMatchObject({ ok: false, reason: 'quota', availableBytes: 10 });
		expect(await stored()).toEqual(NOTHING);
	});
});
