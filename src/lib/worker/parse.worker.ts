/// <reference lib="webworker" />
/**
 * A parse worker, started by the analysis worker for a large file (`parallel.ts`): it parses the
 * segments it is given, one after the other in the order given, and posts each part back
 * (`part.ts`); once it has none left, it may write chunk records to IndexedDB for the import.
 */
import {
	openDatabase,
	parsePart,
	stopWarming,
	warmUp,
	writeRecords,
	type PartJob,
	type WarmJob,
	type WriteJob
} from './part';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The segment being parsed; the next waits for it (two run at once would only share the core). */
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event: MessageEvent<PartJob | WarmJob | WriteJob>) => {
	const job = event.data;
	// Writes come once no segment is left, and go at once (never behind a segment).
	if ('write' in job) {
		void writeRecords(job).then((message) => scope.postMessage(message));
		return;
	}
	if ('warm' in job) {
		queue = queue.then(() => warmUp(job));
		return;
	}
	stopWarming(); // a segment: the warm-up ends after its current pass
	// The database connection opens while the segment is parsed: a write lent at the end (see
	// `IdleWriters`) finds it open instead of waiting tens of milliseconds for it.
	openDatabase().catch(() => undefined);
	queue = queue.then(() =>
		parsePart(job, (message, transfer) => scope.postMessage(message, transfer ?? []))
	);
};
