/**
 * Chunk records put straight into an open IndexedDB database, without Dexie: the analysis worker
 * through `writeNow` (`store.ts`), a parse worker with its own connection (`part.ts`).
 */
import type { ChunkRecord, DictionaryRecord } from '$lib/db/schema';

/**
 * Write chunk records (and a dictionaries record) in one transaction that is committed as soon as
 * they are sent. Dexie commits a write transaction once its requests' success events have run in
 * this worker: behind the CPU work that follows an import's last writes, the disk waited for it
 * (issue 18). Resolves once the transaction is complete; rejects with the IndexedDB error (a full
 * disk: `QuotaExceededError`) when it aborts, and then nothing of it is stored.
 */
export function putRecords(
	database: IDBDatabase,
	chunks: ChunkRecord[],
	dictionaries?: DictionaryRecord
): Promise<void> {
	const stores = dictionaries ? ['chunks', 'dictionaries'] : ['chunks'];
	const transaction = database.transaction(stores, 'readwrite');
	const done = new Promise<void>((resolve, reject) => {
		transaction.oncomplete = () => resolve();
		transaction.onabort = () =>
			reject(transaction.error ?? new DOMException('transaction aborted', 'AbortError'));
	});
	try {
		const table = transaction.objectStore('chunks');
		for (const record of chunks) table.put(record);
		if (dictionaries) transaction.objectStore('dictionaries').put(dictionaries);
		transaction.commit();
	} catch (error) {
		// A value that cannot be cloned: nothing of this transaction is written.
		done.catch(() => undefined);
		transaction.abort();
		return Promise.reject(error);
	}
	return done;
}
