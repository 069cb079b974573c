/**
 * The worker's import in segments (`parallel.ts`), with the parse workers run in-process (Node has
 * no nested workers) and the split threshold and the smallest segment lowered: what is stored —
 * chunks in order, dictionaries, order ids, the dataset's counts and report — equals what the
 * serial import stores, for several parser counts and segment sizes, whether the parts were
 * absorbed or the analysis worker read a segment itself (a part that failed, a cut inside a
 * quoted field). IndexedDB is fake-indexeddb; the serial import is the independent reference.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoCsvText } from '$lib/core/demo/csv';
import { importOptionsFromSniff, sniffFile } from '$lib/core/csv';
import { StreamingImporter } from '$lib/core/csv/import-stream';
import { db } from '$lib/db/schema';
import { importFile, type ImportProgressEvent } from './import';
import { overviewOf } from './sources';
import { readDataset } from './store';
import { partSettings } from './parallel';
import { IdleWriters, ParserGone, WRITE_BATCH, type PartParser } from './part-parser';
import type { ChunkRecord } from '$lib/db/schema';
import { parsePart, stopWarming, warmUp, writeRecords, type PartMessage } from './part';

// Chunks of 256 lines: the files below fill many, so that parse workers with no segment left
// write some of them (`IdleWriters`), as they do a 1M-line file's.
vi.mock('$lib/core/columns', async (original) => ({
	...(await original<typeof import('$lib/core/columns')>()),
	CHUNK_ROWS: 256
}));

/** Chunk records written by in-process parse workers (`PartParser.write`). */
let lentWrites = 0;

const defaults = { ...partSettings };
afterEach(() => {
	Object.assign(partSettings, defaults);
	vi.restoreAllMocks();
});

/**
 * A parse worker in-process: segments parsed one after the other in the order given, its
 * messages cloned as postMessage would; those delivered logged.
 */
function inProcess(log: PartMessage[] = []): () => PartParser {
	return () => {
		let stopped = false;
		let queue = Promise.resolve();
		return {
			parse(job, onMessage) {
				const post = (message: PartMessage) => {
					if (stopped) return;
					log.push(message);
					onMessage(structuredClone(message));
				};
				queue = queue.then(() => parsePart(job, post));
			},
			stop: () => (stopped = true),
			// As the worker does: its own transaction, the records cloned as a transfer would move them.
			write(records) {
				if (stopped) return null;
				lentWrites += records.length;
				return writeRecords({ write: 0, records: structuredClone(records) }).then((message) => {
					if (message.type === 'write-failed')
						throw new DOMException(message.message, message.name);
				});
			}
		};
	};
}

/** Everything stored for a dataset, in comparable form. */
async function stored(datasetId: string) {
	const chunks = await db.chunks.where('datasetId').equals(datasetId).sortBy('index');
	const dataset = await db.datasets.get(datasetId);
	const dictionaries = await db.dictionaries.get(datasetId);
	// The source's figures kept from the import's counts are those of a pass over its lines.
	expect(dataset?.sources).toEqual(overviewOf(await readDataset(datasetId)));
	return {
		chunks: chunks.map(({ datasetId: _, ...chunk }) =>
			JSON.stringify(chunk, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v))
		),
		dictionaries: { ...dictionaries, datasetId: null },
		dataset: { ...dataset, id: null, created: null }
	};
}

interface Split {
	parser: (() => PartParser) | null;
	/** Parsers, the analysis worker among them. */
	parsers?: number;
	/** The smallest segment, as a share of the file. */
	segment?: number;
	today?: number;
}

/** Import `file` split as told; also how many parts were absorbed, and the progress events. */
async function importWith(file: File, split: Split) {
	const bytes = new Uint8Array(await file.arrayBuffer());
	Object.assign(partSettings, {
		parser: split.parser,
		parsers: split.parsers ?? 2,
		fromBytes: 1,
		minSegmentBytes: Math.max(1, Math.floor(bytes.length * (split.segment ?? 0.3))),
		minSegmentShare: 0
	});
	const options = importOptionsFromSniff(
		sniffFile(bytes.subarray(0, 512 * 1024), bytes.length),
		20_000
	);
	const absorb = vi.spyOn(StreamingImporter.prototype, 'absorb');
	const progress: ImportProgressEvent[] = [];
	const outcome = await importFile(
		file,
		{
			options: { ...options, todayDay: 'today' in split ? split.today : 30_000 },
			name: 'x',
			currency: 'USD'
		},
		(event) => progress.push(event)
	);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome));
	const absorbed = absorb.mock.results.filter((result) => result.value === true).length;
	absorb.mockRestore();
	return { outcome, stored: await stored(outcome.datasetId), absorbed, progress };
}

/** Parse workers whose messages are logged, and the segments they were given. */
function logged() {
	const log: PartMessage[] = [];
	return { log, parser: inProcess(log) };
}

/** In-process parse workers that fail every `every`-th segment given to them. */
const flaky =
	(every: number): (() => PartParser) =>
	() => {
		const real = inProcess()();
		let given = 0;
		return {
			parse(job, onMessage) {
				if (++given % every === 0) onMessage({ type: 'error', index: job.index, message: 'x' });
				else real.parse(job, onMessage);
			},
			stop: real.stop
		};
	};

const serialOf = (file: File, today: Pick<Split, 'today'> = {}) =>
	importWith(file, { parser: null, ...today });

describe('an import in segments stores what the serial import stores', () => {
	describe.each(['shop', 'uci'] as const)('the %s bench shape', (format) => {
		const text = demoCsvText({ rows: 4_000, seed: 3 }, format);
		const file = new File([text], `${format}.csv`);

		it.each([
			[2, 0.3],
			[2, 0.01],
			[3, 0.05],
			[3, 0.01],
			[4, 0.02],
			[4, 0.004]
		])('%i parsers, segments of at least %f of the file', async (parsers, segment) => {
			const serial = await serialOf(file);
			const { log, parser } = logged();
			lentWrites = 0;
			const parts = await importWith(file, { parser, parsers, segment });
			// The absorbed parts' chunks at least were written by the idle parse workers.
			expect(lentWrites).toBeGreaterThan(0);
			const posted = log.filter((message) => message.type === 'part');
			// Two parsers: one cut. More: the middle between the large segments is cut finer with a
			// smaller smallest segment.
			if (parsers === 2) expect(posted.length).toBe(1);
			else expect(posted.length).toBeGreaterThanOrEqual(segment < 0.05 ? 3 : 1);
			expect(parts.absorbed).toBeGreaterThanOrEqual(posted.length);
			expect(parts.outcome.report.imported).toBe(4_000);
			expect(parts.stored).toEqual(serial.stored);
			expect(parts.outcome.report).toEqual(serial.outcome.report);
			expect(parts.outcome.rejectedCsv).toEqual(serial.outcome.rejectedCsv);
			// Progress counts the bytes and rows of every parser, never past the file.
			const last = parts.progress.at(-1) as ImportProgressEvent;
			expect(last.bytesDone).toBe(file.size);
			expect(last.rows).toBe(serial.outcome.report.rowsRead);
			expect(Math.max(...parts.progress.map((event) => event.bytesDone))).toBe(file.size);
		});

		it('parts that fail here and there, and a worker that stops answering with errors', async () => {
			const serial = await serialOf(file);
			for (const every of [1, 2, 3]) {
				const parts = await importWith(file, { parser: flaky(every), parsers: 3, segment: 0.01 });
				expect(parts.stored).toEqual(serial.stored);
				expect(parts.outcome.report).toEqual(serial.outcome.report);
			}
		});
	});

	it('quoted fields across cuts: those segments are read on serially, the others absorbed', async () => {
		// Long quoted notes whose lines look like rows, here and there through the file.
		const fake = Array.from({ length: 60 }, (_, i) => `Z${i},2024-02-01,9.00,fake`).join('\n');
		const rows = Array.from({ length: 40 }, (_, i) => `C${i % 9},2024-01-${(i % 28) + 1},1.${i},n`);
		const block = `${rows.join('\n')}\nQ,2024-03-01,2.00,"${fake}"\n`;
		const text = `CustomerID,InvoiceDate,Amount,Note\n${block.repeat(12)}${rows.join('\n')}\n`;
		const file = new File([text], 'quoted.csv');
		const serial = await serialOf(file);
		expect(serial.outcome.report.imported).toBe(13 * 40 + 12);
		let posted = 0;
		let absorbed = 0;
		for (const [parsers, segment] of [
			[2, 0.3],
			[2, 0.05],
			[2, 0.01],
			[2, 0.003],
			[3, 0.01],
			[4, 0.003]
		]) {
			const { log, parser } = logged();
			const parts = await importWith(file, { parser, parsers, segment });
			expect(parts.stored).toEqual(serial.stored);
			expect(parts.outcome.report).toEqual(serial.outcome.report);
			posted += log.filter((message) => message.type === 'part').length;
			absorbed += parts.absorbed;
		}
		// Some parts started or ended inside a note (refused), others did not (absorbed).
		expect(absorbed).toBeGreaterThan(0);
		expect(absorbed).toBeLessThan(posted);
	});

	it('status-skipped orders, continuation rows, blank lines and a byte order mark', async () => {
		// Shopify-like blocks: an order's further lines right after it, some orders voided (their
		// further lines skipped too), a blank line inside an order now and then.
		const block = (k: number) => {
			const order = `#${1000 + k}`;
			const status = ['paid', 'voided', 'paid', 'paid', 'pending', 'paid', 'refunded'][k % 7];
			const lines = [
				`${order},c${k % 37}@x.com,${status},2024-01-${(k % 28) + 1},${k % 50}.00,Mug,1`
			];
			for (let i = 0; i < k % 4; i++) lines.push(`${order},,,,,P${(k * 7 + i) % 23},${i + 1}`);
			if (k % 9 === 0) lines.splice(1, 0, '');
			return lines.join('\n');
		};
		const header = 'Name,Email,Financial Status,Created at,Total,Lineitem name,Lineitem quantity';
		const body = Array.from({ length: 1_500 }, (_, k) => block(k)).join('\n');
		const file = new File([`\ufeff${header}\n${body}\n`], 'orders.csv');
		const serial = await serialOf(file);
		const report = serial.outcome.report;
		expect(report.continuationRows).toBeGreaterThan(500);
		expect(report.skippedByReason.cancelled_or_unpaid?.count).toBeGreaterThan(300);
		expect(report.blankLines).toBeGreaterThan(100);
		for (const [parser, parsers, segment] of [
			[inProcess(), 2, 0.1],
			[inProcess(), 2, 0.007],
			[inProcess(), 4, 0.003],
			[flaky(2), 2, 0.007],
			[flaky(3), 3, 0.003]
		] as const) {
			const parts = await importWith(file, { parser, parsers, segment });
			expect(parts.absorbed).toBeGreaterThan(0);
			expect(parts.stored).toEqual(serial.stored);
			expect(parts.outcome.report).toEqual(report);
			expect(parts.outcome.rejectedCsv).toEqual(serial.outcome.rejectedCsv);
		}
	});

	it('the parts skip future dates by the same today as the first segment', async () => {
		// No todayDay in the request: the worker takes today's, and the parts must take it too.
		const rows = Array.from({ length: 200 }, (_, i) =>
			[`C${i % 13}`, i % 10 === 0 ? '2099-01-01' : '2024-01-02', '3.50', 'n'].join(',')
		);
		const file = new File([`CustomerID,InvoiceDate,Amount,Note\n${rows.join('\n')}\n`], 'f.csv');
		const serial = await serialOf(file, { today: undefined });
		const parts = await importWith(file, { parser: inProcess(), segment: 0.1, today: undefined });
		expect(parts.absorbed).toBeGreaterThan(0);
		expect(serial.outcome.report.skippedByReason.future_date?.count).toBe(20);
		expect(parts.stored).toEqual(serial.stored);
	});

	it('parse workers that fail at once: the analysis worker reads the rest itself', async () => {
		const file = new File([demoCsvText({ rows: 2_000, seed: 5 }, 'shop')], 'shop.csv');
		const serial = await serialOf(file);
		const failing = (): PartParser => ({
			parse: (job, onMessage) =>
				onMessage({ type: 'error', index: job.index, message: 'no worker' }),
			stop: () => undefined
		});
		const parts = await importWith(file, { parser: failing, parsers: 4, segment: 0.02 });
		expect(parts.absorbed).toBe(0);
		expect(parts.stored).toEqual(serial.stored);
	});
});

describe('parse workers with no segment left write chunks for the import', () => {
	const file = new File([demoCsvText({ rows: 3_000, seed: 7 }, 'uci')], 'uci.csv');

	/** In-process parse workers whose writes answer with `answer` instead of writing. */
	const writingWith =
		(answer: () => Promise<void>): (() => PartParser) =>
		() => ({ ...inProcess()(), write: answer });

	it('a full disk in a parse worker fails the import as a full disk, and nothing is left stored', async () => {
		const before = { chunks: await db.chunks.count(), datasets: await db.datasets.count() };
		const full = writingWith(() => Promise.reject(new DOMException('full', 'QuotaExceededError')));
		vi.stubGlobal('navigator', {});
		await expect(importWith(file, { parser: full, segment: 0.1 })).rejects.toThrow(/"quota"/);
		vi.unstubAllGlobals();
		expect(await db.chunks.count()).toBe(before.chunks);
		expect(await db.datasets.count()).toBe(before.datasets);
	});

	it('a parse worker that dies before it answers: the analysis worker writes those chunks', async () => {
		const serial = await serialOf(file);
		const dying = writingWith(() => Promise.reject(new ParserGone('gone')));
		const parts = await importWith(file, { parser: dying, segment: 0.1 });
		expect(parts.absorbed).toBeGreaterThan(0);
		expect(parts.stored).toEqual(serial.stored);
	});
});

describe('IdleWriters', () => {
	const record = (index: number): ChunkRecord => ({
		datasetId: 'd',
		index,
		customer: Int32Array.of(index, 1),
		day: Int32Array.of(2, 3),
		amountCents: Float64Array.of(100, 250),
		order: Int32Array.of(0, 1),
		attributes: [Int32Array.of(0, -1)]
	});
	const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

	it('sends copies in batches, all at once, and answers once every batch has settled', async () => {
		const calls: { records: ChunkRecord[]; resolve: () => void; reject: (e: Error) => void }[] = [];
		const worker: PartParser = {
			parse: () => undefined,
			stop: () => undefined,
			write: (records) => new Promise((resolve, reject) => calls.push({ records, resolve, reject }))
		};
		const writers = new IdleWriters();
		writers.lend(worker);
		const records = Array.from({ length: 2 * WRITE_BATCH + 3 }, (_, i) => record(i));
		let answer = '';
		const done = writers.write(records)?.then(
			() => (answer = 'ok'),
			(error: Error) => (answer = error.name)
		);
		// Every batch is sent before the caller's next synchronous step, none waits for another.
		expect(calls.map((call) => call.records.length)).toEqual([WRITE_BATCH, WRITE_BATCH, 3]);
		expect(calls[0].records[0].customer).not.toBe(records[0].customer);
		expect(calls[0].records[0]).toEqual(records[0]);
		expect(calls[2].records[2]).toEqual(records[2 * WRITE_BATCH + 2]);
		calls[0].reject(new DOMException('full', 'QuotaExceededError'));
		calls[2].resolve();
		await settle();
		// The second is still out, so there is no answer yet (a failed import deletes only after
		// every write ended).
		expect(answer).toBe('');
		calls[1].resolve();
		await done;
		expect(answer).toBe('QuotaExceededError');
	});

	it('none lent: the caller writes; closed: a worker lent late is stopped at once', () => {
		const writers = new IdleWriters();
		expect(writers.write([record(0)])).toBeNull();
		writers.close();
		const stop = vi.fn();
		writers.lend({ parse: () => undefined, stop, write: () => Promise.resolve() });
		expect(stop).toHaveBeenCalledOnce();
		expect(writers.write([record(0)])).toBeNull();
	});
});

describe('warming a parse worker up', () => {
	const text = demoCsvText({ rows: 200, seed: 3 }, 'uci');
	const bytes = new TextEncoder().encode(text);
	const options = importOptionsFromSniff(sniffFile(bytes, bytes.length));

	it('parses the sniffed bytes and keeps nothing, and never throws for bytes an import refuses', async () => {
		await expect(warmUp({ warm: bytes, options })).resolves.toBeUndefined();
		// Bytes the import refuses (here: none of the mapped columns in their header): it only returns.
		const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
		await expect(warmUp({ warm: pdf, options })).resolves.toBeUndefined();
	});

	it('parses them several times, each pass a task of its own, and stops when an import starts', async () => {
		let passes = 0;
		const counting = () => passes++;
		await warmUp({ warm: bytes, options }, counting);
		// Every pass at once (the time limit is far off for a parse that does nothing).
		expect(passes).toBe(20);

		passes = 0;
		const warming = warmUp({ warm: bytes, options }, counting);
		// The first pass runs at once; the next waits for a task of its own.
		expect(passes).toBe(1);
		stopWarming();
		await warming;
		expect(passes).toBe(1);

		// A new warm-up (the file sniffed again) stops the one before it.
		passes = 0;
		const first = warmUp({ warm: bytes, options }, counting);
		const second = warmUp({ warm: bytes, options }, () => undefined);
		await Promise.all([first, second]);
		expect(passes).toBe(1);
	});
});
