/**
 * Reading and writing datasets in IndexedDB, from the worker only.
 *
 * A dataset is written under status `pending` and flipped to `complete` in one final
 * transaction, so the page never lists a half-written dataset. Pending leftovers (a cancelled
 * import, a closed tab, a crash) are removed at the next start, unless another tab's import still
 * holds that dataset's Web Lock.
 */
import type { DatasetColumns, DatasetDictionaries, LineChunk } from '$lib/core/columns';
import { PackedOrderIds } from '$lib/core/order-ids';
import { lineChunkOf, storedChunk } from '$lib/core/stored-columns';
import { db, type ChunkRecord, type DatasetRecord, type DictionaryRecord } from '$lib/db/schema';
import { putRecords } from './put';

/**
 * Code of the error every per-dataset call answers with when the dataset is not (or no longer)
 * stored, e.g. another tab deleted it. Comlink carries an error's name and message, so the code is
 * the message; the page recognises it with `isDatasetGone` and switches datasets quietly.
 */
export const DATASET_GONE = 'dataset-gone';

/** The error of a call on a dataset that is not stored (see `DATASET_GONE`). */
export class DatasetGoneError extends Error {
	constructor(readonly datasetId: string) {
		super(DATASET_GONE);
		this.name = 'DatasetGoneError';
	}
}

/** True for the error of a call on a dataset that is not stored, also after crossing Comlink. */
export function isDatasetGone(error: unknown): boolean {
	return error instanceof Error && error.message === DATASET_GONE;
}

/**
 * Throw `DatasetGoneError` unless the dataset is stored and complete. Call it INSIDE the write
 * transaction (with `db.datasets` in its scope), so a delete from another tab cannot slip between
 * the check and the write and leave an orphan record.
 */
export async function requireDataset(datasetId: string): Promise<DatasetRecord> {
	const record = await db.datasets.get(datasetId);
	if (!record || record.status !== 'complete') throw new DatasetGoneError(datasetId);
	return record;
}

/** Name of the Web Lock an import holds while it writes a pending dataset. */
export function importLockName(datasetId: string): string {
	return `strata-import-${datasetId}`;
}

/**
 * Run the writing of a new, pending dataset under its import lock: the lock tells a start in
 * another tab that the dataset is still being written (and not left behind by a closed tab).
 */
export async function underImportLock<T>(datasetId: string, run: () => Promise<T>): Promise<T> {
	if (typeof navigator !== 'undefined' && navigator.locks) {
		const outcome: T = await navigator.locks.request(importLockName(datasetId), run);
		return outcome;
	}
	return run();
}

/** Approximate bytes of the dictionaries (UTF-16 in IndexedDB's serialisation). */
export function dictionaryBytes(dictionaries: DatasetDictionaries): number {
	let chars = 0;
	for (const id of dictionaries.customerIds) chars += id.length + 4;
	for (const attribute of dictionaries.attributes)
		for (const value of attribute.values) chars += value.length + 4;
	return chars * 2;
}

/** A chunk as its record: its columns narrowed (new arrays; the chunk stays as it is). */
export function toChunkRecord(datasetId: string, index: number, chunk: LineChunk): ChunkRecord {
	return { datasetId, index, ...storedChunk(chunk) };
}

/** `putRecords` through the analysis worker's Dexie connection (opened by then). */
export function writeNow(chunks: ChunkRecord[], dictionaries?: DictionaryRecord): Promise<void> {
	return putRecords(db.backendDB(), chunks, dictionaries);
}

/** Delete a dataset and everything stored for it. */
export async function deleteDataset(datasetId: string): Promise<void> {
	await db.transaction(
		'rw',
		[
			db.datasets,
			db.chunks,
			db.dictionaries,
			db.settings,
			db.results,
			db.loop,
			db.scored,
			db.feedback
		],
		async () => {
			await db.loop.delete(datasetId);
			await db.scored.where('datasetId').equals(datasetId).delete();
			await db.feedback.delete(datasetId);
			await db.chunks.where('datasetId').equals(datasetId).delete();
			await db.dictionaries.delete(datasetId);
			await db.settings.delete(datasetId);
			await db.results.where('datasetId').equals(datasetId).delete();
			await db.datasets.delete(datasetId);
		}
	);
}

/**
 * Remove pending datasets nobody is writing any more; returns how many were removed. With
 * `waitMillis`, wait that long for an import's lock (a just-terminated worker releases its lock a
 * moment later); without, skip datasets whose lock is held (another tab is importing). A skipped
 * one is removed in the background once its lock is free, unless its import completed: a tab
 * closed mid-import a moment before this one started holds its lock until its worker is gone.
 */
export async function removeLeftovers(waitMillis = 0): Promise<number> {
	const pending = await db.datasets.where('status').equals('pending').primaryKeys();
	let removed = 0;
	for (const id of pending) {
		const free = await acquireLock(importLockName(id), waitMillis);
		if (!free) {
			removeWhenFree(id);
			continue;
		}
		await deleteDataset(id);
		removed++;
	}
	return removed;
}

/** Delete pending dataset `id` once its import's lock is free, unless it is pending no more. */
function removeWhenFree(id: string): void {
	if (typeof navigator === 'undefined' || !navigator.locks) return;
	navigator.locks
		.request(importLockName(id), async () => {
			const record = await db.datasets.get(id);
			if (record?.status === 'pending') await deleteDataset(id);
		})
		.catch(() => undefined);
}

async function acquireLock(name: string, waitMillis: number): Promise<boolean> {
	if (typeof navigator === 'undefined' || !navigator.locks) return true;
	if (waitMillis <= 0) {
		return navigator.locks.request(name, { ifAvailable: true }, (lock) => lock !== null);
	}
	try {
		return await navigator.locks.request(
			name,
			{ signal: AbortSignal.timeout(waitMillis) },
			() => true
		);
	} catch {
		return false;
	}
}

/** Complete datasets, oldest first. */
export function completeDatasets(): Promise<DatasetRecord[]> {
	return db.datasets.where('status').equals('complete').sortBy('created');
}

/** Write a whole dataset in one transaction (small datasets such as the demo). */
export async function writeDataset(
	record: DatasetRecord,
	chunks: LineChunk[],
	dictionaries: DatasetDictionaries
): Promise<void> {
	await db.transaction('rw', [db.datasets, db.chunks, db.dictionaries], async () => {
		await db.chunks.where('datasetId').equals(record.id).delete();
		await db.chunks.bulkPut(chunks.map((chunk, i) => toChunkRecord(record.id, i, chunk)));
		await db.dictionaries.put({ datasetId: record.id, ...dictionaries });
		await db.datasets.put(record);
	});
}

/** Read every chunk and the dictionaries of a complete dataset. */
export async function readDataset(
	datasetId: string
): Promise<DatasetColumns & { record: DatasetRecord; orderIds: PackedOrderIds | null }> {
	const [record, dictionaries, chunks] = await db.transaction(
		'r',
		[db.datasets, db.dictionaries, db.chunks],
		() =>
			Promise.all([
				db.datasets.get(datasetId),
				db.dictionaries.get(datasetId),
				db.chunks
					.where('[datasetId+index]')
					.between([datasetId, 0], [datasetId, Infinity])
					.toArray()
			])
	);
	if (!record || record.status !== 'complete' || !dictionaries)
		throw new DatasetGoneError(datasetId);
	return {
		record,
		customerIds: dictionaries.customerIds,
		attributes: dictionaries.attributes,
		...(dictionaries.products ? { products: dictionaries.products } : {}),
		orderCount: record.orderCount,
		// Datasets stored before order ids were kept have none (see `core/append.ts`).
		// Datasets stored before order ids were kept have none (see `core/append.ts`).
		orderIds: PackedOrderIds.read(dictionaries.orderIds, record.orderCount),
		chunks: chunks.map(lineChunkOf)
	};
}
