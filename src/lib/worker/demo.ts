/**
 * The built-in demo shop, generated straight into IndexedDB on a first visit with empty storage.
 */
import type { LineChunk } from '$lib/core/columns';
import { demoNames } from '$lib/core/demo/catalog';
import type { DemoLanguage } from '$lib/core/demo/catalog';
import { generateDemo } from '$lib/core/demo/generate';
import type { DatasetRecord } from '$lib/db/schema';
import { primeDataset } from './engine';
import { chunkBytes, dictionaryBytes, writeDataset } from './store';

/** The demo always has this id, so two tabs opening at once write the same record. */
export const DEMO_DATASET_ID = 'demo';

/**
 * Generate the demo shop in the visitor's language and store it as one complete dataset. The
 * analysis gets the generated columns too (as after an import): its settings-independent work
 * runs while IndexedDB writes, and the first analysis reads nothing back.
 */
export async function storeDemo(language: DemoLanguage = 'en'): Promise<DatasetRecord> {
	const chunks: LineChunk[] = [];
	const summary = generateDemo({ language }, (chunk) => chunks.push(chunk));
	primeDataset(DEMO_DATASET_ID, { ...summary, chunks });
	const byteSize = chunks.reduce((sum, chunk) => sum + chunkBytes(chunk), dictionaryBytes(summary));
	const record: DatasetRecord = {
		id: DEMO_DATASET_ID,
		name: 'Demo shop',
		source: 'demo',
		created: Date.now(),
		status: 'complete',
		rowCount: summary.lineCount,
		customerCount: summary.customerIds.length,
		orderCount: summary.orderCount,
		byteSize,
		currency: demoNames(language).currency,
		isDemo: true
	};
	await writeDataset(record, chunks, summary);
	return record;
}
