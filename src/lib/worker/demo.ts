/**
 * The built-in demo shop, generated straight into IndexedDB on a first visit with empty storage.
 */
import { DEFAULT_SETTINGS } from '$lib/core/analytics/types';
import type { LineChunk } from '$lib/core/columns';
import { demoNames } from '$lib/core/demo/catalog';
import type { DemoLanguage } from '$lib/core/demo/catalog';
import { generateDemo, type DemoSummary } from '$lib/core/demo/generate';
import type { DatasetRecord } from '$lib/db/schema';
import { primeAnalysis, primeDataset } from './engine';
import { chunkBytes, dictionaryBytes, writeDataset } from './store';

/** The demo always has this id, so two tabs opening at once write the same record. */
export const DEMO_DATASET_ID = 'demo';

/** A demo shop generated in memory, not yet stored. */
export interface GeneratedDemo {
	language: DemoLanguage;
	summary: DemoSummary;
	chunks: LineChunk[];
}

/** Generate the demo shop's columns in memory (CPU only, nothing stored). */
export function generateDemoShop(language: DemoLanguage = 'en'): GeneratedDemo {
	const chunks: LineChunk[] = [];
	const summary = generateDemo({ language }, (chunk) => chunks.push(chunk));
	return { language, summary, chunks };
}

/**
 * Generate the demo shop in the next task: the IndexedDB requests the caller has just made (the
 * database's opening on a first visit) go to the browser first and proceed meanwhile.
 */
export async function generateDemoSoon(language: DemoLanguage = 'en'): Promise<GeneratedDemo> {
	await new Promise((next) => setTimeout(next, 0));
	return generateDemoShop(language);
}

/**
 * Hand a generated demo shop to the analysis before it is stored: its settings-independent work
 * and its first analysis under the default settings (a new demo has none saved, see `settingsOf`)
 * run in tasks of their own, while the database opens and the demo is written; the page's first
 * `analyze` takes that analysis (`primeAnalysis`) instead of reading the demo back.
 */
export function primeDemo(generated: GeneratedDemo): void {
	primeDataset(DEMO_DATASET_ID, { ...generated.summary, chunks: generated.chunks });
	primeAnalysis(DEMO_DATASET_ID, structuredClone(DEFAULT_SETTINGS));
}

/**
 * Store the demo shop in the visitor's language as one complete dataset (generated now, unless
 * `generated` holds it already in that language), handed to the analysis first (`primeDemo`;
 * `primed`: the caller did that already with `generated`).
 */
export async function storeDemo(
	language: DemoLanguage = 'en',
	generated?: GeneratedDemo,
	primed = false
): Promise<DatasetRecord> {
	const demo = generated?.language === language ? generated : generateDemoShop(language);
	if (!primed || demo !== generated) primeDemo(demo);
	const { summary, chunks } = demo;
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
