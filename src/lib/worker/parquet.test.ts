/**
 * Parquet input: files written in the test by DuckDB (snappy, gzip, zstd; DATE, TIMESTAMP and
 * DECIMAL columns) are read through the worker's adapter into the existing importers. Transactions
 * and customer summaries must give the engine's figures on the same lines; scored customers must
 * come back exactly as DuckDB computed them.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeOrders } from '$lib/core/analytics/analyze';
import { DEFAULT_SETTINGS } from '$lib/core/analytics/types';
import { isoFromDay } from '$lib/core/calendar';
import { buildOrders } from '$lib/core/orders';
import { customerScoresSql } from '$lib/core/sql/customer-sql';
import { demoShop, transactionsCsv } from '$lib/core/sql/warehouse.fixture';
import { analysisOf } from './engine';
import { importFile, sniff } from './import';
import { asDelimitedText, cellText, isParquet } from './parquet';
import { importScored } from './scored';
import { deleteDataset } from './store';

const demo = demoShop();
const engine = analyzeOrders(
	buildOrders(demo.input.chunks, demo.input.orderCount),
	demo.input.customerIds.length,
	DEFAULT_SETTINGS
);
const dir = mkdtempSync(join(tmpdir(), 'strata-parquet-'));
let duck: Awaited<ReturnType<DuckDBInstance['connect']>>;
let instance: DuckDBInstance;

beforeAll(async () => {
	writeFileSync(join(dir, 't.csv'), transactionsCsv(demo.transactions));
	instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	duck = await instance.connect();
	await duck.run(
		`CREATE TABLE transactions AS SELECT * FROM read_csv('${join(dir, 't.csv')}', header = true, ` +
			"columns = {'customer_id': 'VARCHAR', 'order_id': 'VARCHAR', 'order_date': 'DATE', 'amount': 'DECIMAL(18, 2)'})"
	);
}, 60_000);
afterAll(() => {
	duck?.closeSync();
	instance?.closeSync();
	rmSync(dir, { recursive: true, force: true });
});

async function parquetFile(select: string, compression: string, name: string): Promise<File> {
	const path = join(dir, name);
	await duck.run(`COPY (${select}) TO '${path}' (FORMAT parquet, COMPRESSION ${compression})`);
	return new File([readFileSync(path)], name);
}

/** Sniff a file as the import page does and import it with the guessed options. */
async function importAsGuessed(file: File) {
	const text = await asDelimitedText(file);
	const { sniff: guess } = await sniff(text, 'en');
	const today = 30_000;
	const outcome = await importFile(
		text as File,
		{
			name: file.name,
			currency: 'USD',
			options: {
				encoding: guess.encoding.encoding,
				delimiter: guess.delimiter.delimiter,
				mapping: guess.mapping,
				dateFormat: {
					dayOrder: guess.dateFormat.dayOrder,
					excelEpoch: guess.dateFormat.excelEpoch
				},
				decimalSeparator: guess.decimalSeparator.decimalSeparator,
				asOfDay: today,
				todayDay: today
			}
		},
		() => undefined
	);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome));
	return { outcome, kind: guess.mapping.kind };
}

describe('Parquet cells as text', () => {
	it.each([
		[19727, { kind: 'date' as const }, '2024-01-05'],
		[-1, { kind: 'date' as const }, '1969-12-31'],
		[Date.UTC(2024, 0, 5, 23, 59, 59), { kind: 'timestamp' as const }, '2024-01-05 23:59:59'],
		[Date.UTC(1969, 11, 31, 1, 2, 3), { kind: 'timestamp' as const }, '1969-12-31 01:02:03'],
		[0.1 + 0.2, { kind: 'decimal' as const, scale: 2 }, '0.30'],
		[-2.675, { kind: 'decimal' as const, scale: 3 }, '-2.675'],
		[12n, { kind: 'plain' as const }, '12'],
		['a "b", c', { kind: 'plain' as const }, '"a ""b"", c"'],
		[null, { kind: 'plain' as const }, '']
	])('%s → %s', (value, kind, text) => expect(cellText(value, kind)).toBe(text));
});

describe('Parquet transactions and summaries (demo shop)', () => {
	it.each(['snappy', 'gzip', 'zstd'])(
		'transactions, %s, DATE and DECIMAL: the engine’s figures',
		async (compression) => {
			const file = await parquetFile(
				'SELECT * FROM transactions',
				compression,
				`t-${compression}.parquet`
			);
			expect(await isParquet(file)).toBe(true);
			const { outcome, kind } = await importAsGuessed(file);
			expect(kind).toBe('transactions');
			expect(outcome.report.imported).toBe(demo.transactions.length);
			const { result } = await analysisOf(outcome.datasetId, DEFAULT_SETTINGS);
			expect(result.headline).toEqual(engine.headline);
			expect(result.segments.map((s) => s.customers)).toEqual(
				engine.segments.map((s) => s.customers)
			);
			await deleteDataset(outcome.datasetId);
		},
		120_000
	);

	it('transactions with a TIMESTAMP late in the day keep their calendar day', async () => {
		const file = await parquetFile(
			"SELECT customer_id, order_id, CAST(order_date AS TIMESTAMP) + INTERVAL '23 hours 59 minutes' AS order_date, amount FROM transactions",
			'zstd',
			't-timestamp.parquet'
		);
		const { outcome } = await importAsGuessed(file);
		const { result } = await analysisOf(outcome.datasetId, DEFAULT_SETTINGS);
		expect(result.headline).toEqual(engine.headline);
		await deleteDataset(outcome.datasetId);
	}, 120_000);

	it('a customer summary (README statement) imports as a summary', async () => {
		const summary = `WITH orders AS (
			SELECT customer_id, order_id, MIN(order_date) AS day, SUM(amount) AS total
			FROM transactions GROUP BY customer_id, order_id)
		SELECT customer_id, MAX(day) FILTER (WHERE total > 0) AS last_purchase_date,
			COUNT(*) FILTER (WHERE total > 0) AS frequency, SUM(total) AS monetary,
			MIN(day) FILTER (WHERE total > 0) AS first_purchase_date
		FROM orders GROUP BY customer_id HAVING COUNT(*) FILTER (WHERE total > 0) > 0`;
		const file = await parquetFile(summary, 'snappy', 'summary.parquet');
		const { outcome, kind } = await importAsGuessed(file);
		expect(kind).toBe('customer_summary');
		expect(outcome.report.imported).toBe(engine.scoredCount);
		await deleteDataset(outcome.datasetId);
	}, 120_000);
});

describe('Parquet scored customers (DuckDB statement output)', () => {
	it.each(['snappy', 'gzip', 'zstd'])(
		'%s: every customer as DuckDB wrote them',
		async (compression) => {
			const sql = customerScoresSql(DEFAULT_SETTINGS, 'duckdb');
			const file = await parquetFile(sql, compression, `scored-${compression}.parquet`);
			const outcome = await importScored(
				await asDelimitedText(file),
				{ name: 's', currency: 'USD' },
				() => undefined
			);
			if (!outcome.ok) throw new Error(JSON.stringify(outcome));
			expect(outcome.report.skipped).toBe(0);
			const { result } = await analysisOf(outcome.datasetId, DEFAULT_SETTINGS);
			const expected = (
				await duck.runAndReadAll(
					`SELECT customer_id, CAST(monetary AS VARCHAR) AS m, CAST(last_purchase_date AS VARCHAR) AS d, segment FROM (${sql}) s`
				)
			).getRowObjectsJS();
			const { readScored } = await import('./scored');
			const { db } = await import('$lib/db/schema');
			const stored = await readScored((await db.datasets.get(outcome.datasetId))!);
			const at = new Map(stored.customerIds.map((id, c) => [id, c]));
			const t = result.customers;
			for (const row of expected) {
				const c = at.get(String(row.customer_id))!;
				expect([
					Number(t.monetaryCents[c]),
					isoFromDay(t.lastPurchaseDay[c]),
					result.segments[t.segment[c]].key
				]).toEqual([Math.round(Number(row.m) * 100), row.d, row.segment]);
			}
			expect(result.segments.map((s) => s.customers)).toEqual(
				engine.segments.map((s) => s.customers)
			);
			await deleteDataset(outcome.datasetId);
		},
		120_000
	);
});
