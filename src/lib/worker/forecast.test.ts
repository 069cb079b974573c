import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '$lib/core/analytics/analyze';
import { prepare } from '$lib/core/analytics/prepare';
import { DEFAULT_SETTINGS } from '$lib/core/analytics/types';
import { forecastModel } from '$lib/core/clv/forecast';
import { generateDemoColumns } from '$lib/core/demo/generate';
import { buildOrders } from '$lib/core/orders';
import { db } from '$lib/db/schema';
import { primeDataset } from './engine';
import { forecastOf, forecastOptionsOf } from './forecast';

describe('forecastOf (worker, fake IndexedDB)', () => {
	const columns = generateDemoColumns({ customers: 1500, seed: 3 });
	primeDataset('demo', columns);
	// Writes for a dataset check that it is stored (issue 10): store its record.
	beforeAll(() =>
		db.datasets.put({
			id: 'demo',
			name: 'Demo',
			source: 'demo',
			created: 0,
			status: 'complete',
			rowCount: 0,
			customerCount: columns.customerIds.length,
			orderCount: columns.orderCount,
			byteSize: 0,
			currency: 'USD'
		})
	);
	const options = { unit: 'week', horizonDays: 180, discountMonthly: 0.02 } as const;

	it('adds value at stake per segment and tier to the core forecast, and caches it', async () => {
		const response = await forecastOf('demo', options);
		expect(response.cached).toBe(false);
		expect(response.model.bgnbd).not.toBeNull();
		expect(response.model.gammaGamma).not.toBeNull();
		// An independent run of the core on the same orders.
		const prepared = prepare(
			buildOrders(columns.chunks, columns.orderCount),
			columns.customerIds.length
		);
		const model = forecastModel(prepared, prepared.latestPurchaseDay!, {
			...options,
			holdoutDay: null
		});
		expect(response.model.issues).toEqual(model.issues);
		expect(response.model.bgnbd?.params).toEqual(model.bgnbd?.params);
		expect([...response.scores.clv]).toEqual([...model.scores.clv]);
		// Σ over segments = Σ over customers with a CLV and a segment.
		const analysis = analyze(prepared, DEFAULT_SETTINGS);
		let total = 0;
		analysis.customers.segment.forEach((segment, c) => {
			if (segment !== 255 && Number.isFinite(model.scores.clv[c])) total += model.scores.clv[c];
		});
		const bySegments = response.segments.reduce((sum, s) => sum + s.totalClv, 0);
		expect(bySegments).toBeCloseTo(total, 6);
		expect(response.segments.map((s) => s.key)).toEqual(analysis.segments.map((s) => s.key));
		expect(response.tiers.map((s) => s.key)).toEqual(['gold', 'silver', 'regular']);
		expect(response.slipping.ids).toEqual(
			[...response.slipping.customers].map((c) => columns.customerIds[c])
		);

		const again = await forecastOf('demo', options);
		expect(again.cached).toBe(true);
		expect(again.model.bgnbd?.params).toEqual(response.model.bgnbd?.params);
	});

	it('saves the options with the dataset so the export uses the horizon in force', async () => {
		await forecastOf('demo', { ...options, horizonDays: 90 });
		expect((await forecastOptionsOf('demo')).horizonDays).toBe(90);
		const saved = await forecastOf('demo');
		expect(saved.options.horizonDays).toBe(90);
	});
});
