/**
 * Sources (channels) in the worker: the source column every import adds, the per-source figures
 * stored with a dataset, a source's customers for the filters, and removing a source again.
 */
import { rejoinStoredFeedback } from './feedback-import';
import type { DatasetColumns, DatasetDictionaries, LineChunk } from '$lib/core/columns';
import { ImportError, type ImportReport } from '$lib/core/csv';
import { subsetProfiles, type SubsetProfiles } from '$lib/core/analytics/subset';
import { PackedOrderIds } from '$lib/core/order-ids';
import { planSourceRemoval } from '$lib/core/source-removal';
import {
	FILE_SOURCE_ATTRIBUTE,
	groupsBySource,
	oneSourceOfCounts,
	oneSourceOverview,
	SOURCE_ATTRIBUTE,
	sourceColumn,
	sourceCustomers,
	sourceOverview,
	type SourceOverview,
	type SourceSplit
} from '$lib/core/sources';
import { db } from '$lib/db/schema';
import { analysisOf, forgetDataset, loadDataset, settingsOf } from './engine';
import { forgetGrowth } from './growth';
import { forgetProducts } from './products';
import { dictionaryBytes, readDataset, requireDataset, toChunkRecord } from './store';
import { lineChunkBytes } from '$lib/core/stored-columns';

/** The figures of every source of a dataset's columns ('' when it has no source column). */
export function overviewOf(
	columns: DatasetColumns | (DatasetDictionaries & { chunks: LineChunk[] })
) {
	const column = sourceColumn(columns);
	if (column < 0) return undefined;
	return sourceOverview(
		columns.chunks,
		columns.customerIds.length,
		column,
		columns.attributes[column].values
	);
}

/**
 * The source column of a new import: every chunk gets it (all lines value 0, the one source), and
 * the dictionaries name it last; a file's own attribute called `source` is renamed out of its way.
 * @example withSource('天猫旗舰店').attributes([{ name: 'source', values: ['x'] }])
 * // → [{ name: 'source (file)', values: ['x'] }, { name: 'source', values: ['天猫旗舰店'] }]
 */
export function withSource(name: string) {
	return {
		chunk: (chunk: LineChunk): LineChunk => ({
			...chunk,
			attributes: [...chunk.attributes, new Int32Array(chunk.customer.length)]
		}),
		attributes: (attributes: DatasetDictionaries['attributes']) => [
			...attributes.map((a) =>
				a.name === SOURCE_ATTRIBUTE ? { ...a, name: FILE_SOURCE_ATTRIBUTE } : a
			),
			{ name: SOURCE_ATTRIBUTE, values: [name] }
		],
		/**
		 * The figures of the import's own lines (all of this one source); a transaction import's
		 * from its report's counts (`oneSourceOfCounts`), any other by a pass over its lines.
		 */
		overview: (
			chunks: LineChunk[],
			dictionaries: DatasetDictionaries,
			report: ImportReport
		): SourceOverview =>
			report.kind === 'transactions' && report.firstDay !== null && report.lastDay !== null
				? oneSourceOfCounts(name, {
						lines: report.lines,
						customers: dictionaries.customerIds.length,
						firstDay: report.firstDay,
						lastDay: report.lastDay
					})
				: oneSourceOverview(chunks, dictionaries.customerIds.length, name)
	};
}

/** Forget everything the worker keeps in memory of a dataset whose lines just changed. */
export function forgetLines(datasetId: string) {
	forgetDataset(datasetId);
	forgetProducts();
	forgetGrowth();
}

/** Per customer of the loaded dataset, 1 when they have a line of source `name`. */
export async function sourceMask(datasetId: string, name: string): Promise<Uint8Array> {
	const { columns } = await loadDataset(datasetId);
	return sourceCustomers(columns, name);
}

export type SourceRemoval =
	{ ok: true; removedLines: number } | { ok: false; reason: 'unknown_source' | 'last_source' };

/**
 * Remove a source's lines from a dataset in one transaction: chunks, dictionaries, counts and
 * figures change together, and cached results go, or nothing changes at all.
 */
export async function removeSource(datasetId: string, name: string): Promise<SourceRemoval> {
	const stored = await readDataset(datasetId);
	const column = sourceColumn(stored);
	const value = column < 0 ? -1 : stored.attributes[column].values.indexOf(name);
	const overview = overviewOf(stored);
	if (value < 0 || !overview?.sources.some((s) => s.name === name)) {
		return { ok: false, reason: 'unknown_source' };
	}
	if (overview.sources.length < 2) return { ok: false, reason: 'last_source' };
	const plan = planSourceRemoval(stored, column, value);
	const columns = { ...plan.dictionaries, chunks: plan.chunks, orderCount: plan.orderCount };
	let byteSize = dictionaryBytes(plan.dictionaries);
	for (const chunk of plan.chunks) byteSize += lineChunkBytes(chunk);
	const tables = [db.datasets, db.chunks, db.dictionaries, db.results, db.feedback];
	await db.transaction('rw', tables, async () => {
		const now = await requireDataset(datasetId);
		if (now.rowCount !== stored.record.rowCount || now.orderCount !== stored.record.orderCount) {
			throw new ImportError({ code: 'dataset_changed', params: {} });
		}
		await db.chunks.where('datasetId').equals(datasetId).delete();
		await db.chunks.bulkPut(plan.chunks.map((chunk, i) => toChunkRecord(datasetId, i, chunk)));
		await db.dictionaries.put({
			datasetId,
			...plan.dictionaries,
			...(plan.orderIds ? { orderIds: PackedOrderIds.from(plan.orderIds).text } : {})
		});
		await rejoinStoredFeedback(datasetId, stored.customerIds, plan.dictionaries.customerIds);
		await db.results.where('datasetId').equals(datasetId).delete();
		await db.datasets.put({
			...now,
			rowCount: plan.lines,
			customerCount: plan.dictionaries.customerIds.length,
			orderCount: plan.orderCount,
			byteSize,
			sources: overviewOf(columns)
		});
	});
	forgetLines(datasetId);
	return { ok: true, removedLines: plan.removedLines };
}

/** Segments and tiers of a dataset split by source, under its saved settings. */
export interface SourceSplitResponse {
	sources: string[];
	segments: SourceSplit;
	tiers: SourceSplit;
}

/** Customers per segment and per tier among each source's customers (issue 13). */
export async function sourceSplit(datasetId: string): Promise<SourceSplitResponse> {
	const settings = await settingsOf(datasetId);
	const [{ result }, { columns }] = await Promise.all([
		analysisOf(datasetId, settings),
		loadDataset(datasetId)
	]);
	const sources = overviewOf(columns)?.sources.map((s) => s.name) ?? [];
	const masks = sources.map((name) => sourceCustomers(columns, name));
	return {
		sources,
		segments: groupsBySource(result.customers.segment, result.segments.length, masks),
		tiers: groupsBySource(result.customers.tier, result.tiers.length, masks)
	};
}

/** The segments and tiers of a dataset counted over one source's customers (issue 13). */
export interface SourceProfilesResponse extends SubsetProfiles {
	source: string;
}

/**
 * Segment and tier figures of the customers with a line of source `name`, under the saved
 * settings: the customers keep the scores of all their purchases, the source only chooses who is
 * counted.
 */
export async function sourceProfiles(
	datasetId: string,
	name: string
): Promise<SourceProfilesResponse> {
	const settings = await settingsOf(datasetId);
	const [{ result }, { columns, attributes }] = await Promise.all([
		analysisOf(datasetId, settings),
		loadDataset(datasetId)
	]);
	return {
		source: name,
		...subsetProfiles(result, sourceCustomers(columns, name), attributes)
	};
}
