import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
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

	it('removes unfinished imports at start and leaves complete datasets', async () => {
		await writeDataset(record('half', 'pending'), [chunk], dictionaries);
		await writeDataset(record('whole'), [chunk], dictionaries);
		expect(await removeLeftovers()).toBe(1);
		expect(await db.datasets.get('half')).toBeUndefined();
		expect((await completeDatasets()).map((d) => d.id)).toEqual(['whole']);
	});
});
