import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/core/analytics/types';
import { db, type DatasetRecord } from '$lib/db/schema';
import { cacheResult, saveSettings, updateSettingsRecord } from './engine';
import { deleteDataset, isDatasetGone } from './store';

const record = (id: string): DatasetRecord => ({
	id,
	name: id,
	source: 'test',
	created: 0,
	status: 'complete',
	rowCount: 0,
	customerCount: 0,
	orderCount: 0,
	byteSize: 0,
	currency: 'USD'
});

describe('no write targets a dataset that is not stored (another tab deleted it)', () => {
	const writes: [string, (id: string) => Promise<unknown>][] = [
		['settings', (id) => saveSettings(id, structuredClone(DEFAULT_SETTINGS))],
		['playbooks', (id) => updateSettingsRecord(id, () => ({ datasetId: id, settings: {} }))],
		['cached results', (id) => cacheResult(id, `${id}|v`, `${id}|v3|x`, 1)]
	];

	it.each(writes)('%s: refused with the code, nothing written', async (_, write) => {
		await db.datasets.put(record('kept'));
		await db.datasets.put(record('gone'));
		await deleteDataset('gone');
		const error = await write('gone').catch((e: unknown) => e);
		expect(isDatasetGone(error)).toBe(true);
		expect(await db.settings.get('gone')).toBeUndefined();
		expect(await db.results.where('datasetId').equals('gone').count()).toBe(0);
		// The same write on a stored dataset goes through.
		await write('kept');
		expect(
			(await db.settings.get('kept')) ??
				(await db.results.where('datasetId').equals('kept').first())
		).toBeDefined();
	});

	it('a pending (unfinished) dataset counts as not stored', async () => {
		await db.datasets.put({ ...record('half'), status: 'pending' });
		const error = await saveSettings('half', structuredClone(DEFAULT_SETTINGS)).catch((e) => e);
		expect(isDatasetGone(error)).toBe(true);
		expect(await db.settings.get('half')).toBeUndefined();
	});
});
