/**
 * The built-in demo shop, generated straight into IndexedDB on a first visit with empty storage.
 */
import { DEFAULT_SETTINGS, type OverviewFigures } from '$lib/core/analytics/types';
import type { LineChunk } from '$lib/core/columns';
import { demoNames } from '$lib/core/demo/catalog';
import type { DemoLanguage } from '$lib/core/demo/catalog';
import { generateDemo, type DemoSummary } from '$lib/core/demo/generate';
import { buildOrders } from '$lib/core/orders';
import type { DatasetRecord } from '$lib/db/schema';
import { primeAnalysis, primeDataset, primedFigures } from './engine';
import { dictionaryBytes, writeDataset } from './store';
import { lineChunkBytes } from '$lib/core/stored-columns';

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
 * Hand a generated demo shop to the analysis before it is stored, as an import hands over its
 * lines: its orders are built now, and the overview's first figures under the default settings (a
 * new demo has none saved, see `settingsOf`) come from them — what a first visit draws while the
 * demo is written and analysed. The regrouping by customer waits for the first analysis, which
 * `storeDemo` starts once the demo is written.
 */
export function primeDemo(generated: GeneratedDemo): Promise<OverviewFigures | null> {
	const columns = { ...generated.summary, chunks: generated.chunks };
	const orders = buildOrders(columns.chunks, columns.orderCount);
	primeDataset(DEMO_DATASET_ID, columns, orders);
	return primedFigures(DEMO_DATASET_ID, DEFAULT_SETTINGS, orders);
}

/**
 * Start the stored demo's first analysis under the default settings (a new demo has none saved,
 * see `settingsOf`) in a task of its own, taken by the page's first `analyze`. Called as the
 * worker's start answers: earlier, its ~100 ms of tasks delayed the write's IndexedDB events and
 * with them the answer (issue 18).
 */
export function primeDemoAnalysis(): void {
	primeAnalysis(DEMO_DATASET_ID, structuredClone(DEFAULT_SETTINGS));
}

/**
 * Store the demo shop in the visitor's language as one complete dataset (generated now, unless
 * `generated` holds it already in that language), handed to the analysis first (`primeDemo`;
 * `primed`: the caller did that already with `generated`). The caller starts its first analysis
 * (`primeDemoAnalysis`) when it has answered.
 */
export async function storeDemo(
	language: DemoLanguage = 'en',
	generated?: GeneratedDemo,
	primed = false
): Promise<DatasetRecord> {
	const demo = generated?.language === language ? generated : generateDemoShop(language);
	if (!primed || demo !== generated) void primeDemo(demo);
	const { summary, chunks } = demo;
	const byteSize = chunks.reduce(
		(sum, chunk) => sum + lineChunkBytes(chunk),
		dictionaryBytes(summary)
	);
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
