import 'fake-indexeddb/auto';
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/core/analytics/types';
import type { LineChunk } from '$lib/core/columns';
import { db } from '$lib/db/schema';
import { campaignCsv, measureSavedCampaign, saveCampaign } from './campaigns';
import { saveSettings } from './engine';
import { deleteDataset, writeDataset } from './store';

/**
 * A hand-made shop: A buys 10.00 on day 100 and 30.00 on day 110, B 5.00 on day 105, C 20.00 on
 * day 109; D = day 120. A campaign on day 108: A and C bought after it (one purchase each,
 * 30.00 and 20.00), B did not.
 */
const chunk: LineChunk = {
	customer: Int32Array.from([0, 1, 2, 0]),
	day: Int32Array.from([100, 105, 109, 110]),
	amountCents: Float64Array.from([1000, 500, 2000, 3000]),
	order: Int32Array.from([0, 1, 2, 3]),
	attributes: []
};
const after: Record<string, { purchases: number; cents: number }> = {
	A: { purchases: 1, cents: 3000 },
	B: { purchases: 0, cents: 0 },
	C: { purchases: 1, cents: 2000 }
};

async function shop() {
	await writeDataset(
		{
			id: 'loop',
			name: 'Loop shop',
			source: 'test.csv',
			created: Date.now(),
			status: 'complete',
			rowCount: 4,
			customerCount: 3,
			orderCount: 4,
			byteSize: 100,
			currency: 'EUR',
			isDemo: false
		},
		[chunk],
		{ customerIds: ['A', 'B', 'C'], attributes: [] }
	);
	await saveSettings('loop', { ...structuredClone(DEFAULT_SETTINGS), asOfDay: 120 });
}

const rowsOf = (csv: string) =>
	csv
		.slice(1)
		.trim()
		.split('\r\n')
		.map((line) => line.split(','));

describe('campaign lists through IndexedDB', () => {
	it('pseudonymises with the stored key, the same way twice, and keeps the key out of settings', async () => {
		await shop();
		const draft = { query: '', share: 1 / 3, seed: 5 };
		const first = await campaignCsv('loop', draft, true, 'en');
		expect(await campaignCsv('loop', draft, true, 'en')).toBe(first);
		const [header, ...rows] = rowsOf(first);
		expect(header.join(',')).toBe(
			'customer_id,segment,tier,lifecycle_stage,action,recommended_products,group'
		);
		expect(rows).toHaveLength(3);
		expect(rows.filter((r) => r[6] === 'control')).toHaveLength(1);

		const key = (await db.loop.get('loop'))!.hmacKey!;
		expect(key.length).toBe(32);
		const plain = rowsOf(await campaignCsv('loop', draft, false, 'en')).slice(1);
		// Node's own HMAC under the stored key, independent of Web Crypto.
		const hmac = (id: string) => createHmac('sha256', key).update(id, 'utf8').digest('hex');
		expect(rows.map((r) => r[0])).toEqual(plain.map((r) => hmac(r[0])));
		expect(rows.map((r) => r[6])).toEqual(plain.map((r) => r[6]));
		// Backups copy the settings record: the key must not be there.
		expect(JSON.stringify(await db.settings.get('loop'))).not.toContain('hmac');
	});

	it('measures a saved campaign against the orders after its day, and deletes with the dataset', async () => {
		await shop();
		const [saved] = await saveCampaign('loop', {
			query: '',
			share: 1 / 3,
			seed: 5,
			name: 'Test',
			day: 108
		});
		const groups = rowsOf(await campaignCsv('loop', { campaignId: saved.id }, false, 'en')).slice(
			1
		);
		const target = groups.filter((r) => r[6] === 'target').map((r) => after[r[0]]);
		const control = groups.filter((r) => r[6] === 'control').map((r) => after[r[0]]);
		const rate = (g: typeof target) => g.filter((c) => c.purchases > 0).length / g.length;
		const mean = (g: typeof target) => g.reduce((s, c) => s + c.cents, 0) / g.length;

		const { measurement } = await measureSavedCampaign('loop', saved.id);
		expect(measurement!.target.purchaseRate).toBeCloseTo(rate(target), 12);
		expect(measurement!.control.purchaseRate).toBeCloseTo(rate(control), 12);
		expect(measurement!.target.revenuePerCustomerCents).toBeCloseTo(mean(target), 12);
		expect(measurement!.control.revenuePerCustomerCents).toBeCloseTo(mean(control), 12);

		await deleteDataset('loop');
		expect(await db.loop.get('loop')).toBeUndefined();
	});
});
