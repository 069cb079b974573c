/**
 * `partWorker`, the analysis worker's side of a nested parse worker, over a stand-in `Worker`:
 * segments and writes are posted, answers are routed to the right caller, a write's database
 * error keeps its name, and a worker that dies fails every segment and write still open.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChunkRecord } from '$lib/db/schema';
import { ParserGone, partWorker } from './part-parser';
import type { PartJob, PartMessage, WriteJob } from './part';

class FakeWorker {
	static last: FakeWorker;
	posted: { message: unknown; transfer: Transferable[] }[] = [];
	terminated = false;
	onmessage: ((event: MessageEvent) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	constructor() {
		FakeWorker.last = this;
	}
	postMessage(message: unknown, transfer: Transferable[] = []) {
		this.posted.push({ message, transfer });
	}
	terminate() {
		this.terminated = true;
	}
	/** The worker posts `data`. */
	answer(data: unknown) {
		this.onmessage?.({ data } as MessageEvent);
	}
	/** The worker dies. */
	die(message: string) {
		this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
	}
}

afterEach(() => vi.unstubAllGlobals());

const job = (index: number) => ({ index }) as PartJob;
const record = (): ChunkRecord => ({
	datasetId: 'd',
	index: 0,
	customer: Int32Array.of(1),
	day: Int32Array.of(2),
	amountCents: Float64Array.of(3),
	order: Int32Array.of(0),
	attributes: [Int32Array.of(-1)]
});

/** A `partWorker` over a stand-in `Worker`, given segment `first`; the messages it passes on. */
function parsing(first: PartJob) {
	vi.stubGlobal('Worker', FakeWorker);
	const parser = partWorker();
	const heard: PartMessage[] = [];
	parser.parse(first, (message) => heard.push(message));
	return { parser, worker: FakeWorker.last, heard };
}

describe('partWorker', () => {
	it('routes segment messages to the parse caller and write answers to each write', async () => {
		const { parser, worker, heard } = parsing(job(1));
		const first = parser.write?.([record()]);
		const second = parser.write?.([record()]);
		const posted = worker.posted.map((post) => post.message);
		expect(posted[0]).toEqual(job(1));
		const writes = posted.slice(1) as WriteJob[];
		expect(writes.map((write) => write.write)).toEqual([0, 1]);
		// The records' arrays are transferred (the caller gave copies).
		expect(worker.posted[1].transfer).toHaveLength(5);
		worker.answer({ type: 'progress', index: 1, bytes: 10, rows: 2 });
		worker.answer({ type: 'write-failed', write: 1, name: 'QuotaExceededError', message: 'full' });
		worker.answer({ type: 'written', write: 0 });
		worker.answer({ type: 'part', index: 1, part: null, boundary: true });
		await expect(first).resolves.toBeUndefined();
		await expect(second).rejects.toMatchObject({ name: 'QuotaExceededError' });
		expect(heard.map((message) => message.type)).toEqual(['progress', 'part']);
		parser.stop();
		expect(worker.terminated).toBe(true);
	});

	it('a worker that dies fails the open segment and writes, and refuses later ones', async () => {
		const { parser, worker, heard } = parsing(job(2));
		const open = parser.write?.([record()]);
		worker.die('out of memory');
		await expect(open).rejects.toBeInstanceOf(ParserGone);
		expect(heard).toEqual([{ type: 'error', index: 2, message: 'out of memory' }]);
		// Later: a segment fails at once, a write is refused (the caller writes it itself).
		parser.parse(job(3), (message) => heard.push(message));
		expect(heard.at(-1)).toEqual({ type: 'error', index: 3, message: 'out of memory' });
		expect(parser.write?.([record()])).toBeNull();
		expect(worker.posted).toHaveLength(2);
	});
});
