/**
 * Fuzz: whatever bytes arrive (random bytes, truncated files, CSV-ish text, fields of megabytes),
 * the worker's sniff and import never throw, end either in an imported dataset or in a coded
 * message, and leave nothing stored when they refuse a file. IndexedDB is fake-indexeddb.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { IMPORT_MESSAGE_CODES } from '$lib/core/csv';
import { db } from '$lib/db/schema';
import { importFile, sniff, type ImportOutcome } from './import';
import { overviewOf } from './sources';
import { readDataset } from './store';

const CODES = new Set<string>(IMPORT_MESSAGE_CODES);

async function stored() {
	return {
		datasets: await db.datasets.count(),
		chunks: await db.chunks.count(),
		dictionaries: await db.dictionaries.count()
	};
}

/** Sniff then import a file the way the page does (the sniff's own suggestions). */
async function runImport(bytes: Uint8Array): Promise<{ outcome: ImportOutcome | null }> {
	const file = new File([new Uint8Array(bytes)], 'fuzz.csv');
	const sniffed = await sniff(file, 'en');
	if (sniffed.previewError) expect(CODES.has(sniffed.previewError.code)).toBe(true);
	if (sniffed.sniff.fileKind) {
		expect(sniffed.sniff.preview).toEqual([]);
		return { outcome: null };
	}
	const { sniff: s } = sniffed;
	const outcome = await importFile(
		file,
		{
			options: {
				encoding: s.encoding.encoding,
				delimiter: s.delimiter.delimiter,
				mapping: s.mapping,
				dateFormat: { dayOrder: s.dateFormat.dayOrder, excelEpoch: s.dateFormat.excelEpoch },
				decimalSeparator: s.decimalSeparator.decimalSeparator,
				asOfDay: 20_000,
				todayDay: 20_000
			},
			name: 'fuzz',
			currency: 'USD'
		},
		() => undefined
	);
	return { outcome };
}

async function clear(): Promise<void> {
	await db.transaction('rw', [db.datasets, db.chunks, db.dictionaries], async () => {
		await db.datasets.clear();
		await db.chunks.clear();
		await db.dictionaries.clear();
	});
}

async function check(bytes: Uint8Array): Promise<void> {
	await clear();
	const { outcome } = await runImport(bytes);
	const after = await stored();
	if (outcome?.ok) {
		expect(outcome.report.imported).toBeGreaterThan(0);
		const record = await db.datasets.get(outcome.datasetId);
		expect(record?.status).toBe('complete');
		// The report's customers are the stored dictionary's: no phantom from a skipped row.
		const dictionary = await db.dictionaries.get(outcome.datasetId);
		expect(dictionary?.customerIds.length).toBe(outcome.report.customers);
		expect(record?.customerCount).toBe(outcome.report.customers);
		// The source's figures kept from the import's counts are those of a pass over its lines.
		expect(record?.sources).toEqual(overviewOf(await readDataset(outcome.datasetId)));
		return;
	}
	if (outcome && outcome.reason === 'error') {
		// A coded message, never an unexpected error.
		expect(CODES.has(outcome.problem.code)).toBe(true);
		expect(outcome.problem.code).not.toBe('read_failed');
	}
	expect(after).toEqual({ datasets: 0, chunks: 0, dictionaries: 0 });
}

afterEach(clear);

const utf8 = (text: string) => new TextEncoder().encode(text);
const VALID =
	'sep=;\ncustomer;date;amount;city\nA;2024-01-05;1,50;Paris\nB;05/01/2024;-2;Lyon\n' +
	'C;2099-01-01;3;Nice\n"D\nE";2024-02-01;4;"=cmd"\n';

const cell = fc.oneof(
	fc.constantFrom(
		'',
		'A',
		'客户',
		'2024-01-05',
		'31/31/2024',
		'2099-12-31',
		'1.5',
		'-3',
		'1,5',
		'=1+1',
		'"',
		'""',
		'sep=;',
		' '
	),
	fc.string({ maxLength: 12 })
);
const csvish = fc
	.tuple(
		fc.constantFrom(',', ';', '\t', '|'),
		fc.constantFrom('\n', '\r\n', '\r'),
		fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 0, maxLength: 30 })
	)
	.map(([d, nl, rows]) =>
		utf8(['customer,date,amount'.replaceAll(',', d), ...rows.map((r) => r.join(d))].join(nl))
	);

describe('import fuzz', () => {
	it('random bytes', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), (bytes) => check(bytes)),
			{ numRuns: 80 }
		);
	});

	it('truncated files', async () => {
		const bytes = utf8(VALID);
		await fc.assert(
			fc.asyncProperty(fc.integer({ min: 0, max: bytes.length }), (cut) =>
				check(bytes.subarray(0, cut))
			),
			{ numRuns: 60 }
		);
	});

	it('random CSV-ish text', async () => {
		await fc.assert(
			fc.asyncProperty(csvish, (bytes) => check(bytes)),
			{ numRuns: 120 }
		);
	});

	it('very long fields', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 100_000, max: 1_500_000 }),
				fc.constantFrom(0, 1, 2),
				fc.boolean(),
				async (length, column, quoted) => {
					const long = 'x'.repeat(length);
					const value = quoted ? `"${long}"` : long;
					const row = ['A', '2024-01-05', '1'];
					row[column] = value;
					const bytes = utf8(`customer,date,amount\n${row.join(',')}\nB,2024-01-06,2\n`);
					await check(bytes);
					const { outcome } = await runImport(bytes);
					// The long row is imported (a long id) or skipped for its own column's reason.
					expect(outcome?.ok).toBe(true);
					if (outcome?.ok) {
						const reasons = Object.keys(outcome.report.skippedByReason);
						expect(reasons).toEqual(
							column === 0 ? [] : [column === 1 ? 'unparseable_date' : 'unparseable_amount']
						);
					}
				}
			),
			{ numRuns: 6 }
		);
	});
});
