import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { generateDemoColumns } from '$lib/core/demo/generate';
import { db } from '$lib/db/schema';
import { forgetDataset, primeDataset } from './engine';
import { deleteDataset, isDatasetGone } from './store';
import { forgetProducts, productsOf } from './products';

// Count how often the baskets are built: a cached response must not build them again.
const builds = vi.hoisted(() => ({ count: 0 }));
vi.mock('$lib/core/products', async (importOriginal) => {
	const actual = await importOriginal<typeof import('$lib/core/products')>();
	return {
		...actual,
		buildBaskets: (...args: Parameters<typeof actual.buildBaskets>) => {
			builds.count++;
			return actual.buildBaskets(...args);
		}
	};
});

describe('productsOf cache (worker, fake IndexedDB)', () => {
	const columns = generateDemoColumns({ customers: 800, seed: 5 });
	const record = {
		name: 'Demo',
		source: 'demo',
		created: 0,
		status: 'complete',
		rowCount: 0,
		customerCount: columns.customerIds.length,
		orderCount: columns.orderCount,
		byteSize: 0,
		currency: 'USD'
	} as const;
	beforeAll(() => db.datasets.put({ id: 'demo', ...record }));
	const query = { segment: null, minBaskets: 2, limit: 50 };

	it('reads a reopened page back from IndexedDB, typed arrays and all, without recomputing', async () => {
		primeDataset('demo', columns);
		const first = await productsOf('demo', query);
		expect(builds.count).toBe(1);
		expect(first.hasProducts).toBe(true);
		expect(first.pairs.a.length).toBeGreaterThan(0);

		// A reload: the worker's memory is empty.
		forgetProducts();
		forgetDataset('demo');
		const again = await productsOf('demo', query);
		expect(builds.count).toBe(1);
		expect({ ...again, millis: 0 }).toEqual({ ...first, millis: 0 });
		expect(again.productStats.baskets).toBeInstanceOf(Int32Array);
		expect(again.productStats.revenueCents).toBeInstanceOf(Float64Array);
		expect(again.products.category).toBeInstanceOf(Int32Array);
		expect(again.pairs.both).toBeInstanceOf(first.pairs.both.constructor);

		// Another query needs the baskets: computed, and the stored opening response is kept.
		forgetProducts();
		primeDataset('demo', columns);
		const segment = await productsOf('demo', { ...query, segment: 0 });
		expect(builds.count).toBe(2);
		expect(segment.baskets).toBe(first.baskets);
		forgetProducts();
		await productsOf('demo', query);
		expect(builds.count).toBe(2);
	});

	it('stores nothing for a dataset deleted meanwhile (dataset-gone)', async () => {
		await db.datasets.put({ id: 'gone', ...record });
		primeDataset('gone', columns);
		forgetProducts();
		await deleteDataset('gone');
		const error = await productsOf('gone', query).catch((e: unknown) => e);
		expect(isDatasetGone(error)).toBe(true);
		expect(await db.results.where('datasetId').equals('gone').count()).toBe(0);
	});
});
