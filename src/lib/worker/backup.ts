/**
 * Backing a dataset up into one `.strata` file, restoring one as a new dataset, and deleting
 * everything this site stores — in the worker, which owns every write.
 *
 * Backups read one chunk at a time from IndexedDB into the compressing stream. Restores write
 * each chunk as it arrives under a `pending` dataset (held by the import lock, like an import) and
 * flip it to `complete` in one final transaction; any failure removes what was written.
 *
 * The `loop` record (campaigns, scenarios and the dataset's HMAC pseudonym key) travels too: the
 * file already holds every raw customer id, so the key adds no exposure, and pseudonyms stay the
 * same after a restore (a vendor's file still maps back to customers).
 */
import {
	BackupError,
	backupFileName,
	readBackup,
	writeBackup,
	type BackupErrorCode,
	type BackupPlatform
} from '$lib/core/backup';
import { db, type DatasetRecord, type FeedbackRecord, type LoopRecord } from '$lib/db/schema';
import { isQuotaError } from './import';
import { deleteDataset, underImportLock } from './store';

/** Web Crypto and the Compression Streams of the worker, for the format in core/backup. */
export const backupPlatform: BackupPlatform = {
	subtle: crypto.subtle,
	randomBytes: (count) => crypto.getRandomValues(new Uint8Array(count)),
	gzip: () => new CompressionStream('gzip') as unknown as ReturnType<BackupPlatform['gzip']>,
	gunzip: () => new DecompressionStream('gzip') as unknown as ReturnType<BackupPlatform['gunzip']>
};

/** A finished backup, ready to download. */
export interface BackupFile {
	blob: Blob;
	fileName: string;
	millis: number;
}

export type RestoreOutcome =
	| { ok: true; datasetId: string; name: string; millis: number }
	| {
			ok: false;
			code: BackupErrorCode | 'quota' | 'error';
			params: Record<string, string | number>;
	  };

/** Every field of a stored record but the ones that tie it to a dataset in this browser. */
function withoutKeys(record: object, ...keys: string[]): Record<string, unknown> {
	const fields = { ...record } as Record<string, unknown>;
	for (const key of keys) delete fields[key];
	return fields;
}

/** Write a complete dataset's backup, encrypted when `password` is not empty. */
export async function backupDataset(datasetId: string, password?: string): Promise<BackupFile> {
	const t0 = performance.now();
	const [record, settings, loop, dictionaries, chunkCount, feedback, scoredCount] =
		await db.transaction(
			'r',
			[db.datasets, db.settings, db.loop, db.dictionaries, db.chunks, db.feedback, db.scored],
			() =>
				Promise.all([
					db.datasets.get(datasetId),
					db.settings.get(datasetId),
					db.loop.get(datasetId),
					db.dictionaries.get(datasetId),
					db.chunks.where('datasetId').equals(datasetId).count(),
					db.feedback.get(datasetId),
					db.scored.where('datasetId').equals(datasetId).count()
				])
		);
	// A scored import's blocks of customers travel as its chunks (`kind` says how to read them).
	const scored = record?.kind === 'scored';
	if (!record || record.status !== 'complete' || !dictionaries) {
		throw new Error(`Dataset ${datasetId} is not stored (or its import did not finish).`);
	}
	const stream = await writeBackup(
		{
			dataset: withoutKeys(record, 'id', 'status'),
			settings: settings ? withoutKeys(settings, 'datasetId') : null,
			loop: loop ? withoutKeys(loop, 'datasetId') : null,
			feedback: feedback ? withoutKeys(feedback, 'datasetId') : null,
			dictionaries: withoutKeys(dictionaries, 'datasetId'),
			chunkCount: scored ? scoredCount : chunkCount,
			async chunk(index) {
				const chunk = await (scored ? db.scored : db.chunks).get([datasetId, index]);
				if (!chunk) throw new Error(`Chunk ${index} of ${datasetId} is missing.`);
				return withoutKeys(chunk, 'datasetId');
			}
		},
		{ platform: backupPlatform, app: __APP_VERSION__, password: password || undefined }
	);
	const blob = await new Response(stream).blob();
	return { blob, fileName: backupFileName(record.name), millis: performance.now() - t0 };
}

/** Restore a backup as a new dataset; nothing stays stored unless every record was read. */
export async function restoreBackup(file: Blob, password?: string): Promise<RestoreOutcome> {
	const datasetId = crypto.randomUUID();
	return underImportLock(datasetId, () => restoreUnderLock(datasetId, file, password));
}

async function restoreUnderLock(
	datasetId: string,
	file: Blob,
	password: string | undefined
): Promise<RestoreOutcome> {
	const t0 = performance.now();
	let record: DatasetRecord | null = null;
	let loop: LoopRecord | null = null;
	let feedback: FeedbackRecord | null = null;
	let hasDictionaries = false;
	let nextChunk = 0;
	try {
		await readBackup(
			file.stream(),
			{ platform: backupPlatform, password: password || undefined },
			{
				async dataset(fields) {
					if (typeof fields.name !== 'string') throw new BackupError('corrupted');
					record = {
						...(fields as unknown as DatasetRecord),
						id: datasetId,
						status: 'pending',
						created: Date.now()
					};
					await db.datasets.put(record);
				},
				async settings(fields) {
					await db.settings.put({ ...fields, datasetId } as never);
				},
				async loop(fields) {
					// Written with the final flip: campaign work never sees a half-restored dataset.
					loop = { ...fields, datasetId } as LoopRecord;
				},
				async feedback(fields) {
					// Written with the final flip, like the loop record.
					feedback = { ...fields, datasetId } as unknown as FeedbackRecord;
				},
				async dictionaries(fields) {
					if (!Array.isArray(fields.customerIds)) throw new BackupError('corrupted');
					hasDictionaries = true;
					await db.dictionaries.put({ ...fields, datasetId } as never);
				},
				async chunk(fields) {
					// The key of a chunk is its index: the file must list them in order, once each.
					if (fields.index !== nextChunk) throw new BackupError('corrupted');
					nextChunk++;
					const scored = (record as DatasetRecord | null)?.kind === 'scored';
					await (scored ? db.scored : db.chunks).put({ ...fields, datasetId } as never);
				}
			}
		);
		const complete = record as DatasetRecord | null;
		const campaigns = loop as LoopRecord | null;
		const responses = feedback as FeedbackRecord | null;
		if (!complete || !hasDictionaries) throw new BackupError('corrupted');
		await db.transaction('rw', [db.datasets, db.loop, db.feedback], async () => {
			if (campaigns) await db.loop.put(campaigns);
			if (responses) await db.feedback.put(responses);
			await db.datasets.put({ ...complete, status: 'complete' });
		});
		return { ok: true, datasetId, name: complete.name, millis: performance.now() - t0 };
	} catch (error) {
		await deleteDataset(datasetId).catch(() => undefined);
		if (error instanceof BackupError) return { ok: false, code: error.code, params: error.params };
		if (isQuotaError(error)) return { ok: false, code: 'quota', params: {} };
		return {
			ok: false,
			code: 'error',
			params: { message: error instanceof Error ? error.message : String(error) }
		};
	}
}

/** What `deleteAllData` removed. */
export interface WipeReport {
	databases: string[];
	caches: string[];
	files: number;
}

/**
 * Delete every IndexedDB database, Cache Storage cache (except `keepCache`, the current app
 * shell, which holds only Strata's own code) and origin-private file of this site.
 */
export async function deleteAllData(keepCache: string | null): Promise<WipeReport> {
	const report: WipeReport = { databases: [], caches: [], files: 0 };
	// Dexie closes other tabs' connections (they reopen on their next query) so the delete runs.
	await db.delete({ disableAutoOpen: false });
	report.databases.push(db.name);
	const others = (await indexedDB.databases?.()) ?? [];
	for (const { name } of others) {
		if (!name || name === db.name) continue;
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.deleteDatabase(name);
			request.onsuccess = () => resolve();
			request.onerror = () => reject(request.error);
		});
		report.databases.push(name);
	}
	if (typeof caches !== 'undefined') {
		for (const key of await caches.keys()) {
			if (key === keepCache) continue;
			await caches.delete(key);
			report.caches.push(key);
		}
	}
	try {
		const root = (await navigator.storage?.getDirectory?.()) as
			(FileSystemDirectoryHandle & { keys(): AsyncIterable<string> }) | undefined;
		if (root) {
			for await (const name of root.keys()) {
				await root.removeEntry(name, { recursive: true });
				report.files++;
			}
		}
	} catch {
		// No origin-private file system here: nothing stored there.
	}
	return report;
}
