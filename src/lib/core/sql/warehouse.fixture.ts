/**
 * Test helper: a `transactions` table run two ways — through the engine (lines grouped into
 * orders the way the importer does) and through the generated SQL in DuckDB and in PostgreSQL
 * (PGlite, Postgres compiled to WebAssembly) — each giving one text row per scored customer.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isoFromDay } from '../calendar';
import type { DayNumber } from '../calendar';
import type { LineChunk } from '../columns';
import { generateDemo } from '../demo/generate';
import { formatCents } from '../export/customers-csv';
import { buildOrders } from '../orders';
import { analyzeOrders } from '../analytics/analyze';
import type { AnalysisResult, AnalysisSettings } from '../analytics/types';
import { SQL_OUTPUT_COLUMNS } from './customer-sql';

/** One line of `transactions`; `amount` is decimal text (up to 6 decimals), `orderId` may be null. */
export interface Transaction {
	customerId: string;
	orderId: string | null;
	day: DayNumber;
	amount: string;
}

/** One output row, every column as text: dates ISO, money with 2 decimals. */
export type ScoredRow = Record<(typeof SQL_OUTPUT_COLUMNS)[number], string>;

/**
 * Cents of a decimal text, rounded half away from zero (as the importer reads an amount).
 * @example decimalCents('2.675') // → 268
 * @example decimalCents('-0.005') // → -1
 */
export function decimalCents(text: string): number {
	const negative = text.startsWith('-');
	const [whole, fraction = ''] = text.replace('-', '').split('.');
	const mills = Number(whole) * 1000 + Number((fraction + '000').slice(0, 3));
	const cents = Math.floor((mills + 5) / 10);
	return negative ? -cents : cents;
}

/** The engine's input from transactions: customers and orders indexed as the importer does. */
export function engineInput(transactions: readonly Transaction[]) {
	const customerIds: string[] = [];
	const customerIndex = new Map<string, number>();
	const orderIndex = new Map<string, number>();
	const n = transactions.length;
	const chunk: LineChunk = {
		customer: new Int32Array(n),
		day: new Int32Array(n),
		amountCents: new Float64Array(n),
		order: new Int32Array(n),
		attributes: []
	};
	transactions.forEach((t, i) => {
		if (!customerIndex.has(t.customerId))
			customerIndex.set(t.customerId, customerIds.push(t.customerId) - 1);
		// A missing order id makes the customer-day the order.
		const key = t.customerId + '\u0000' + (t.orderId === null ? `day ${t.day}` : `id ${t.orderId}`);
		if (!orderIndex.has(key)) orderIndex.set(key, orderIndex.size);
		chunk.customer[i] = customerIndex.get(t.customerId)!;
		chunk.day[i] = t.day;
		chunk.amountCents[i] = decimalCents(t.amount);
		chunk.order[i] = orderIndex.get(key)!;
	});
	return { chunks: [chunk], orderCount: orderIndex.size, customerIds };
}

/**
 * The built-in demo shop as engine input and as `transactions` (order ids `INV<n>`, amounts with
 * two decimals).
 */
export function demoShop() {
	const chunks: LineChunk[] = [];
	const summary = generateDemo({}, (chunk) => chunks.push(chunk));
	const transactions: Transaction[] = [];
	for (const chunk of chunks)
		for (let i = 0; i < chunk.customer.length; i++)
			transactions.push({
				customerId: summary.customerIds[chunk.customer[i]],
				orderId: `INV${chunk.order[i]}`,
				day: chunk.day[i],
				amount: formatCents(chunk.amountCents[i])
			});
	const input = { chunks, orderCount: summary.orderCount, customerIds: summary.customerIds };
	return { summary, input, transactions };
}

/** The engine's scored customers as export-keyed rows. */
export function engineRows(
	input: { chunks: LineChunk[]; orderCount: number; customerIds: readonly string[] },
	settings: AnalysisSettings
): ScoredRow[] {
	const result = analyzeOrders(
		buildOrders(input.chunks, input.orderCount),
		input.customerIds.length,
		settings
	);
	return resultRows(result, input.customerIds);
}

function resultRows(result: AnalysisResult, customerIds: readonly string[]): ScoredRow[] {
	const t = result.customers;
	const rows: ScoredRow[] = [];
	for (let c = 0; c < t.scored.length; c++) {
		if (!t.scored[c]) continue;
		rows.push({
			customer_id: customerIds[c],
			first_purchase_date: isoFromDay(t.firstPurchaseDay[c]),
			last_purchase_date: isoFromDay(t.lastPurchaseDay[c]),
			recency_days: String(t.recencyDays[c]),
			frequency: String(t.frequency[c]),
			monetary: formatCents(t.monetaryCents[c]),
			r_score: String(t.rScore[c]),
			f_score: String(t.fScore[c]),
			m_score: String(t.mScore[c]),
			fm_score: String(t.fmScore[c]),
			segment: result.segments[t.segment[c]].key,
			tier: result.tiers[t.tier[c]].key,
			lifecycle_stage: result.stages[t.stage[c]].key
		});
	}
	return rows;
}

/** A database holding `transactions`, that runs a statement and returns its rows as text. */
export interface Warehouse {
	rows(sql: string): Promise<ScoredRow[]>;
	/** Run a statement for its effect (DuckDB only: e.g. `COPY (…) TO 'x.parquet'`). */
	run?(sql: string): Promise<void>;
	close(): Promise<void>;
}

/** `transactions` as CSV text (header, RFC 4180 quoting, empty = NULL). */
export function transactionsCsv(transactions: readonly Transaction[]): string {
	const quote = (s: string) => (/[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
	const lines = ['customer_id,order_id,order_date,amount'];
	for (const t of transactions) {
		const order = t.orderId === null ? '' : quote(t.orderId);
		lines.push(`${quote(t.customerId)},${order},${isoFromDay(t.day)},${t.amount}`);
	}
	return lines.join('\n') + '\n';
}

export function textRow(record: Record<string, unknown>): ScoredRow {
	const row = {} as ScoredRow;
	for (const column of SQL_OUTPUT_COLUMNS) {
		const value = record[column];
		row[column] = value === null || value === undefined ? '' : String(value);
	}
	return row;
}

/** Text of every output column, so that each database's own types do not leak into the comparison. */
function asText(sql: string, textType: string): string {
	const columns = SQL_OUTPUT_COLUMNS.map((c) => `CAST(${c} AS ${textType}) AS ${c}`).join(', ');
	return `SELECT ${columns} FROM (\n${sql}\n) scored`;
}

/** DuckDB (in-process) with `transactions` loaded from a temporary CSV file. */
export async function duckdbWarehouse(transactions: readonly Transaction[]): Promise<Warehouse> {
	const dir = mkdtempSync(join(tmpdir(), 'strata-sql-'));
	const file = join(dir, 'transactions.csv');
	writeFileSync(file, transactionsCsv(transactions));
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const connection = await instance.connect();
	await connection.run(
		'CREATE TABLE transactions (customer_id VARCHAR, order_id VARCHAR, order_date DATE, amount DECIMAL(18, 6))'
	);
	await connection.run(
		`INSERT INTO transactions SELECT * FROM read_csv('${file}', header = true, ` +
			"columns = {'customer_id': 'VARCHAR', 'order_id': 'VARCHAR', 'order_date': 'DATE', 'amount': 'DECIMAL(18, 6)'})"
	);
	rmSync(dir, { recursive: true, force: true });
	return {
		async rows(sql) {
			const reader = await connection.runAndReadAll(asText(sql, 'VARCHAR'));
			return reader.getRowObjectsJS().map((r) => textRow(r as Record<string, unknown>));
		},
		async run(sql) {
			await connection.run(sql);
		},
		async close() {
			connection.closeSync();
			instance.closeSync();
		}
	};
}

/** PostgreSQL (PGlite, in-process) with `transactions` loaded by `COPY`. */
export async function postgresWarehouse(transactions: readonly Transaction[]): Promise<Warehouse> {
	const pg = new PGlite();
	await pg.exec(
		'CREATE TABLE transactions (customer_id TEXT, order_id TEXT, order_date DATE, amount NUMERIC(18, 6))'
	);
	await pg.query("COPY transactions FROM '/dev/blob' WITH (FORMAT csv, HEADER)", [], {
		blob: new Blob([transactionsCsv(transactions)])
	});
	return {
		async rows(sql) {
			const result = await pg.query<Record<string, unknown>>(asText(sql, 'TEXT'));
			return result.rows.map(textRow);
		},
		async close() {
			await pg.close();
		}
	};
}

/**
 * Rows that differ between two results, matched by customer id (at most `limit`), plus customers
 * found on only one side.
 */
export function differences(
	expected: readonly ScoredRow[],
	actual: readonly ScoredRow[],
	limit = 5
): { count: number; examples: { expected?: ScoredRow; actual?: ScoredRow }[] } {
	const byId = new Map(actual.map((r) => [r.customer_id, r]));
	const examples: { expected?: ScoredRow; actual?: ScoredRow }[] = [];
	let count = 0;
	for (const row of expected) {
		const other = byId.get(row.customer_id);
		byId.delete(row.customer_id);
		if (other && SQL_OUTPUT_COLUMNS.every((c) => row[c] === other[c])) continue;
		count++;
		if (examples.length < limit) examples.push({ expected: row, actual: other });
	}
	for (const other of byId.values()) {
		count++;
		if (examples.length < limit) examples.push({ actual: other });
	}
	return { count, examples };
}

/**
 * Open a warehouse on `transactions` before the tests of the enclosing `describe` and close it
 * after them; returns the getter the tests use.
 */
export function useWarehouse(
	open: (transactions: readonly Transaction[]) => Promise<Warehouse>,
	transactions: readonly Transaction[]
): () => Warehouse {
	let warehouse: Warehouse | undefined;
	// Loading UCI into PGlite takes seconds, longer on a busy machine.
	beforeAll(async () => {
		warehouse = await open(transactions);
	}, 180_000);
	afterAll(async () => warehouse?.close(), 60_000);
	return () => warehouse!;
}
