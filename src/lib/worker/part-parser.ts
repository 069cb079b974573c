/**
 * A parse worker as the analysis worker sees it (`PartParser`): the nested worker behind it
 * (`partWorker`, which routes segment and write answers), and `IdleWriters`, which lends parse
 * workers with no segment left to the import for writing chunk records (see `parallel.ts`, 5).
 */
import type { ChunkRecord } from '$lib/db/schema';
import { mapColumns, type StoredColumn } from '$lib/core/stored-columns';
import type { ImportOptions } from '$lib/core/csv';
import {
	chunkBuffers,
	type PartJob,
	type PartMessage,
	type WarmJob,
	type WriteJob,
	type WriteMessage
} from './part';
import { writeNow } from './store';

/** A parse worker, or in Node tests the same code in-process. */
export interface PartParser {
	/** Parse segment `job` after those given before; `onMessage` gets its messages. */
	parse(job: PartJob, onMessage: (message: PartMessage) => void): void;
	/** Stop it (its messages are no longer wanted). */
	stop(): void;
	/** Parse `bytes` and forget them, so that the parser's code is compiled before it is timed. */
	warm?(bytes: Uint8Array, options: ImportOptions): void;
	/**
	 * Write chunk records to IndexedDB in one transaction, their arrays transferred (the caller
	 * gives copies); null when the worker has died. Rejects with the database's error, or with
	 * `ParserGone` when the worker dies before answering.
	 */
	write?(records: ChunkRecord[]): Promise<void> | null;
}

/** A parse worker died before it answered a write: whether the write landed is unknown. */
export class ParserGone extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ParserGone';
	}
}

/** A nested parse worker (Vite bundles it only from this literal `new URL(…)` form). */
export function partWorker(): PartParser {
	const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), {
		type: 'module',
		name: 'strata-parse'
	});
	// Segments given and not yet answered: a worker that dies fails them all, and any later.
	const open = new Set<number>();
	let broken: string | null = null;
	let listener: (message: PartMessage) => void = () => undefined;
	// Writes sent and not yet answered, by number.
	const writes = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
	let written = 0;
	worker.onmessage = (event: MessageEvent<PartMessage | WriteMessage>) => {
		const data = event.data;
		if (data.type === 'written' || data.type === 'write-failed') {
			const pending = writes.get(data.write);
			writes.delete(data.write);
			// The database's error by its name (`QuotaExceededError` tells a full disk).
			if (data.type === 'written') pending?.resolve();
			else pending?.reject(new DOMException(data.message, data.name));
			return;
		}
		if (data.type !== 'progress') open.delete(data.index);
		listener(data);
	};
	worker.onerror = (event) => {
		event.preventDefault();
		broken = event.message || 'parse worker failed';
		for (const index of open) listener({ type: 'error', index, message: broken });
		open.clear();
		for (const pending of writes.values()) pending.reject(new ParserGone(broken));
		writes.clear();
	};
	return {
		parse(job, onMessage) {
			listener = onMessage;
			if (broken !== null) return onMessage({ type: 'error', index: job.index, message: broken });
			open.add(job.index);
			worker.postMessage(job);
		},
		stop: () => worker.terminate(),
		warm: (bytes, options) => worker.postMessage({ warm: bytes, options } satisfies WarmJob),
		write(records) {
			if (broken !== null) return null;
			const job: WriteJob = { write: written++, records };
			const done = new Promise<void>((resolve, reject) =>
				writes.set(job.write, { resolve, reject })
			);
			worker.postMessage(job, chunkBuffers(records));
			return done;
		}
	};
}

/**
 * Chunk records per write of `IdleWriters` (4 full chunks, ~10 MB): the browser commits one batch
 * while the worker puts the next.
 */
export const WRITE_BATCH = 4;

/** A chunk record whose arrays are copies (to be transferred; the import keeps the originals). */
function copied(record: ChunkRecord): ChunkRecord {
	return { ...record, ...mapColumns(record, copiedColumn, copiedColumn) };
}

function copiedColumn(column: StoredColumn): StoredColumn {
	return ArrayBuffer.isView(column)
		? column.slice()
		: { base: column.base, offsets: column.offsets.slice() };
}

/**
 * Parse workers of an import with no segment left, lent to it to write chunk records: writing a
 * record to IndexedDB costs the thread that puts it some 3–6 ms per MB (the value is serialised
 * there, synchronously), about a tenth of the import's CPU, and at the end of an import in two
 * parts the analysis worker put the absorbed part's half of the chunks (116 ms, 1M uci lines)
 * while the parse worker's core idled. A copy of the arrays costs a tenth of that.
 */
export class IdleWriters {
	private idle: PartParser[] = [];
	private turn = 0;
	private closed = false;

	/** Take a parse worker that will be given no further segment (stopped if these are closed). */
	lend(worker: PartParser): void {
		if (this.closed || !worker.write) worker.stop();
		else this.idle.push(worker);
	}

	/**
	 * Write records through idle parse workers; null when there is none (the caller writes them
	 * itself). They go in batches of `WRITE_BATCH` records, all at once: a batch sent only once
	 * an earlier one was answered waited for the caller's synchronous work that follows (finishing
	 * the import, its dictionaries' put), 0.4 s of the end of a 10M import, where the absorbed
	 * half's 76 chunks are written. Their copies are in flight together then (~100 MB of typed
	 * arrays at 10M lines, outside the JS heap). A worker that dies before answering has its
	 * batch written here instead. Settles once every batch has (the first failure, if any, is
	 * the answer).
	 */
	write(records: ChunkRecord[]): Promise<void> | null {
		if (this.idle.length === 0) return null;
		const sent: Promise<void>[] = [];
		for (let at = 0; at < records.length; at += WRITE_BATCH) {
			sent.push(this.send(records.slice(at, at + WRITE_BATCH)));
		}
		return Promise.allSettled(sent).then((outcomes) => {
			for (const outcome of outcomes) if (outcome.status === 'rejected') throw outcome.reason;
		});
	}

	/** One batch through the next idle worker that is alive, else here. */
	private send(records: ChunkRecord[]): Promise<void> {
		while (this.idle.length > 0) {
			const worker = this.idle[this.turn++ % this.idle.length];
			const sent = worker.write?.(records.map(copied)) ?? null;
			if (sent === null) {
				this.idle = this.idle.filter((other) => other !== worker);
				continue;
			}
			return sent.catch((error: unknown) => {
				if (error instanceof ParserGone) return writeNow(records);
				throw error;
			});
		}
		return writeNow(records);
	}

	/** Stop the lent workers: call it once every write through them has been answered. */
	close(): void {
		this.closed = true;
		for (const worker of this.idle) worker.stop();
		this.idle = [];
	}
}
