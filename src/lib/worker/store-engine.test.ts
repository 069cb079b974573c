import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type AnalysisSettings } from '$lib/core/analytics/types';
import type { LineChunk } from '$lib/core/columns';
import { db, type DatasetRecord } from '$lib/db/schema';
import { analysisOf, forgetDataset, loadDataset, saveSettings, settingsOf } from './engine';
import {
	completeDatasets,
	deleteDataset,
	readDataset,
	removeLeftovers,
	writeDataset
} from './store';

/**
 * A hand-made shop: A buys twice (10.00 on day 100, 30.00 on day 110), B once (5.00, day 105),
 * C once (20.00, day 109). Up to D = day 120 by hand: 3 customers, 4 purchases, revenue 65.00,
 * average order value 65.00 / 4 = 16.25, repeat rate 1/3, recency A 10, B 15, C 11.
 */
const chunk: LineChunk = {
	customer: Int32Array.from([0, 1, 2, 0]),
	day: Int32Array.from([100, 105, 109, 110]),
	amountCents: Float64Array.from([1000, 500, 2000, 3000]),
	order: Int32Array.from([0, 1, 2, 3]),
	attributes: []
};
const dictionaries = { customerIds: ['A', 'B', 'C'], attributes: [] };

function record(id: string, status: DatasetRecord['status'] = 'complete'): DatasetRecord {
	return {
		id,
		name: `Shop ${id}`,
		source: 'test.csv',
		created: Date.now(),
		status,
		rowCount: 4,
		customerCount: 3,
		orderCount: 4,
		byteSize: 100,
		currency: 'EUR',
		isDemo: false
	};
}

const settings: AnalysisSettings = { ...structuredClone(DEFAULT_SETTINGS), asOfDay: 120 };

describe('worker store and engine on an in-memory IndexedDB', () => {
	it('stores a dataset, reads it back column for column', async () => {
		await writeDataset(record('shop'), [chunk], dictionaries);
		const read = await readDataset('shop');
		expect(read.customerIds).toEqual(['A', 'B', 'C']);
		expect(Array.from(read.chunks[0].amountCents)).toEqual([1000, 500, 2000, 3000]);
		expect((await completeDatasets()).map((d) => d.id)).toContain('shop');
	});

	it('analyzes it, caches the result, and keeps saved settings', async () => {
		const first = await analysisOf('shop', settings);
		expect(first.cached).toBe(false);
		const { headline, customers } = first.result;
		expect(headline.customers).toBe(3);
		expect(headline.purchases).toBe(4);
		expect(headline.revenueCents).toBe(6500);
		expect(headline.aovCents).toBe(1625);
		expect(headline.repeatRate).toBeCloseTo(1 / 3, 12);
		expect(Array.from(customers.recencyDays)).toEqual([10, 15, 11]);
		expect(Array.from(customers.frequency)).toEqual([2, 1, 1]);

		const again = await analysisOf('shop', settings);
		expect(again.cached).toBe(true);
		expect(again.result.headline.revenueCents).toBe(6500);

		expect((await settingsOf('shop')).asOfDay).toBeNull();
		await saveSettings('shop', settings);
		expect((await settingsOf('shop')).asOfDay).toBe(120);
	});

	it('deletes a dataset and everything stored for it', async () => {
		await loadDataset('shop');
		forgetDataset('shop');
		await deleteDataset('shop');
		await expect(readDataset('shop')).rejects.toThrow();
		expect(await db.chunks.where('datasetId').equals('shop').count()).toBe(0);
		expect(await db.results.where('datasetId').equals('shop').count()).toBe(0);
		expect(await db.settings.get('shop')).toBeUndefined();
	});

	it('removes an unfinished import whose lock is held once the lock is free, not before', async () => {
		// A lock manager with one lock held, as by a tab closed mid-import whose worker lives on.
		const held = new Map<string, () => void>();
		const waiting: { name: string; run: () => Promise<unknown> }[] = [];
		const locks = {
			request(name: string, ...rest: unknown[]) {
				const run = rest.at(-1) as (lock: object | null) => Promise<unknown>;
				const options = (rest.length > 1 ? rest[0] : {}) as { ifAvailable?: boolean };
				if (!held.has(name)) return Promise.resolve(run({ name }));
				if (options.ifAvailable) return Promise.resolve(run(null));
				return new Promise((done) => waiting.push({ name, run: () => run({ name }).then(done) }));
			}
		};
		vi.stubGlobal('navigator', { locks });
		try {
			await writeDataset(record('closed', 'pending'), [chunk], dictionaries);
			await writeDataset(record('finishing', 'pending'), [chunk], dictionaries);
			held.set('strata-import-closed', () => undefined);
			held.set('strata-import-finishing', () => undefined);
			expect(await removeLeftovers()).toBe(0); // both locks held: nothing removed now
			expect(await db.datasets.get('closed')).toBeDefined();
			// The other tab's import completes; the closed tab's worker goes. Both locks free.
			await db.datasets.update('finishing', { status: 'complete' });
			held.clear();
			await Promise.all(waiting.map((w) => w.run()));
			expect(await db.datasets.get('closed')).toBeUndefined();
			expect(await db.chunks.where('datasetId').equals('closed').count()).toBe(0);
			expect((await db.datasets.get('finishing'))?.status).toBe('complete');
		} finally {
			vi.unstubAllGlobals();
			await deleteDataset('finishing');
		}
	});

	it('removes unfinished imports at start and leaves complete datasets', async () => {
		await writeDataset(record('half', 'pending'), [chunk], dictionaries);
		await writeDataset(record('whole'), [chunk], dictionaries);
		expect(await removeLeftovers()).toBe(1);
		expect(await db.datasets.get('half')).toBeUndefined();
		expect((await completeDatasets()).map((d) => d.id)).toEqual(['whole']);
	});
});
