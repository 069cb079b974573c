import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '$lib/core/analytics/analyze';
import { prepare } from '$lib/core/analytics/prepare';
import { DEFAULT_SETTINGS } from '$lib/core/analytics/types';
import { forecastModel } from '$lib/core/clv/forecast';
import { generateDemoColumns } from '$lib/core/demo/generate';
import { buildOrders } from '$lib/core/orders';
import { db } from '$lib/db/schema';
import { analysisOf, primeDataset, saveSettings } from './engine';
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

	it('tiers on CLV rank on the forecast page’s CLV, and follow its options', async () => {
		const clvSettings = {
			...DEFAULT_SETTINGS,
			tiers: { ...DEFAULT_SETTINGS.tiers, metric: 'clv' as const }
		};
		await saveSettings('demo', clvSettings);
		const forecast = await forecastOf('demo', options);
		const { result } = await analysisOf('demo', clvSettings);
		expect(result.tierIssue).toBeUndefined();
		// Independent check of the ranking: every gold customer's CLV ≥ every silver's ≥ every
		// regular's with a CLV, and the forecast's tier stakes count the same customers.
		const expectRanked = (tier: Uint8Array, clv: Float64Array) => {
			const range = (t: number) => {
				const values = [...tier.keys()]
					.filter((c) => tier[c] === t && Number.isFinite(clv[c]))
					.map((c) => clv[c]);
				return [Math.min(...values), Math.max(...values)];
			};
			expect(range(0)[0]).toBeGreaterThanOrEqual(range(1)[1]);
			expect(range(1)[0]).toBeGreaterThanOrEqual(range(2)[1]);
		};
		expectRanked(result.customers.tier, forecast.scores.clv);
		const withClv = (t: number) =>
			[...result.customers.tier.keys()].filter(
				(c) => result.customers.tier[c] === t && Number.isFinite(forecast.scores.clv[c])
			).length;
		expect(forecast.tiers.map((t) => t.customers)).toEqual([0, 1, 2].map(withClv));
		// Another horizon ranks on that horizon's CLV.
		const shortForecast = await forecastOf('demo', { ...options, horizonDays: 30 });
		const shorter = await analysisOf('demo', clvSettings);
		expectRanked(shorter.result.customers.tier, shortForecast.scores.clv);
		await saveSettings('demo', DEFAULT_SETTINGS);
	});
});
