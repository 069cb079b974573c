/**
 * The worker's import in two parts (`parallel.ts`), with the part parsed in-process (Node has no
 * nested workers) and the split threshold lowered: what is stored — chunks in order, dictionaries,
 * order ids, the dataset's counts and report — equals what the serial import stores, whether the
 * part was absorbed or the analysis worker fell back to reading on by itself. IndexedDB is
 * fake-indexeddb; the serial import is the independent reference.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { demoCsvText } from '$lib/core/demo/csv';
import { importOptionsFromSniff, sniffFile } from '$lib/core/csv';
import { db } from '$lib/db/schema';
import { importFile } from './import';
import { partSettings, type PartParser } from './parallel';
import { parsePart, type PartMessage } from './part';

const defaults = { ...partSettings };
afterEach(() => Object.assign(partSettings, defaults));

/** The part parsed in-process; its messages cloned as postMessage would; those delivered logged. */
function inProcess(log: PartMessage['type'][], cuts: (number | null)[] = []): () => PartParser {
	return () => {
		let stopped = false;
		return {
			start(job, onMessage) {
				const post = (message: PartMessage) => {
					if (stopped) return;
					log.push(message.type);
					if (message.type === 'cut') cuts.push(message.at);
					onMessage(structuredClone(message));
				};
				parsePart(job, post).catch((error: unknown) =>
					post({ type: 'error', message: String(error) })
				);
			},
			stop: () => (stopped = true)
		};
	};
}

/** Everything stored for a dataset, in comparable form. */
async function stored(datasetId: string) {
	const chunks = await db.chunks.where('datasetId').equals(datasetId).sortBy('index');
	const dataset = await db.datasets.get(datasetId);
	const dictionaries = await db.dictionaries.get(datasetId);
	return {
		chunks: chunks.map(({ datasetId: _, ...chunk }) =>
			JSON.stringify(chunk, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v))
		),
		dictionaries: { ...dictionaries, datasetId: null },
		dataset: { ...dataset, id: null, created: null }
	};
}

async function importWith(
	file: File,
	parser: (() => PartParser) | null,
	today: number | undefined = 30_000
) {
	partSettings.parser = parser;
	partSettings.fromBytes = 1;
	const bytes = new Uint8Array(await file.arrayBuffer());
	const options = importOptionsFromSniff(
		sniffFile(bytes.subarray(0, 512 * 1024), bytes.length),
		20_000
	);
	const outcome = await importFile(
		file,
		{ options: { ...options, todayDay: today }, name: 'x', currency: 'USD' },
		() => undefined
	);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome));
	return { outcome, stored: await stored(outcome.datasetId) };
}

describe('an import in two parts stores what the serial import stores', () => {
	it.each(['shop', 'uci'] as const)('the %s bench shape, the part absorbed', async (format) => {
		const text = demoCsvText({ rows: 4_000, seed: 3 }, format);
		const file = new File([text], `${format}.csv`);
		const serial = await importWith(file, null);
		const log: PartMessage['type'][] = [];
		const parts = await importWith(file, inProcess(log));
		expect(log[0]).toBe('cut');
		expect(log.at(-1)).toBe('part');
		expect(parts.outcome.report.imported).toBe(4_000);
		expect(parts.stored).toEqual(serial.stored);
		expect(parts.outcome.report).toEqual(serial.outcome.report);
		expect(parts.outcome.rejectedCsv).toEqual(serial.outcome.rejectedCsv);
	});

	it('a quoted field across the middle: the cut is refused and the import read on serially', async () => {
		// The cut point (`FIRST_PART_SHARE` of the bytes) falls in a long quoted note whose lines look like rows.
		const fake = Array.from({ length: 60 }, (_, i) => `Z${i},2024-02-01,9.00,fake`).join('\n');
		const rows = Array.from({ length: 40 }, (_, i) => `C${i % 9},2024-01-${(i % 28) + 1},1.${i},n`);
		const text = `CustomerID,InvoiceDate,Amount,Note\n${rows.join('\n')}\nQ,2024-03-01,2.00,"${fake}"\n${rows.join('\n')}\n`;
		const file = new File([text], 'quoted.csv');
		const serial = await importWith(file, null);
		const log: PartMessage['type'][] = [];
		const cuts: (number | null)[] = [];
		const parts = await importWith(file, inProcess(log, cuts));
		// The part started inside the quoted note: a cut the analysis worker must refuse.
		const bytes = new TextEncoder().encode(text);
		expect(cuts).toHaveLength(1);
		expect(cuts[0]).toBeGreaterThan(bytes.indexOf(34));
		expect(cuts[0]).toBeLessThan(bytes.lastIndexOf(34));
		expect(parts.stored).toEqual(serial.stored);
		expect(parts.outcome.report.imported).toBe(81);
		expect(parts.outcome.report.customers).toBe(10);
	});

	it('the part skips future dates by the same today as the first part', async () => {
		// No todayDay in the request: the worker takes today's, and the part must take it too.
		const rows = Array.from({ length: 200 }, (_, i) =>
			[`C${i % 13}`, i % 10 === 0 ? '2099-01-01' : '2024-01-02', '3.50', 'n'].join(',')
		);
		const file = new File([`CustomerID,InvoiceDate,Amount,Note\n${rows.join('\n')}\n`], 'f.csv');
		const serial = await importWith(file, null, undefined);
		const log: PartMessage['type'][] = [];
		const parts = await importWith(file, inProcess(log), undefined);
		expect(log.at(-1)).toBe('part');
		expect(serial.outcome.report.skippedByReason.future_date?.count).toBe(20);
		expect(parts.stored).toEqual(serial.stored);
	});

	it('a part that fails: the analysis worker reads the rest itself', async () => {
		const file = new File([demoCsvText({ rows: 2_000, seed: 5 }, 'shop')], 'shop.csv');
		const serial = await importWith(file, null);
		const failing = (): PartParser => ({
			start: (_job, onMessage) => onMessage({ type: 'error', message: 'no worker' }),
			stop: () => undefined
		});
		const parts = await importWith(file, failing);
		expect(parts.stored).toEqual(serial.stored);
	});
});
