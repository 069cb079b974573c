/**
 * Scored-customers round trip: the DuckDB statement's output for the demo shop, written by DuckDB
 * itself as CSV, imported through the worker's scored import on fake-indexeddb, must show every
 * customer exactly as the warehouse wrote them, and the segment sizes must equal the engine's.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isoFromDay } from '$lib/core/calendar';
import { analyzeOrders } from '$lib/core/analytics/analyze';
import { DEFAULT_SETTINGS } from '$lib/core/analytics/types';
import type { AnalysisResult, AnalysisSettings } from '$lib/core/analytics/types';
import { buildOrders } from '$lib/core/orders';
import { formatCents } from '$lib/core/export/customers-csv';
import { customerScoresSql } from '$lib/core/sql/customer-sql';
import { demoShop, duckdbWarehouse, useWarehouse } from '$lib/core/sql/warehouse.fixture';
import type { ScoredRow } from '$lib/core/sql/warehouse.fixture';
import { analysisOf, forgetDataset } from './engine';
import { importScored, readScoredText, type ScoredImportOutcome } from './scored';
import { deleteDataset } from './store';

const demo = demoShop();
const dir = mkdtempSync(join(tmpdir(), 'strata-scored-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const VALUE8: AnalysisSettings = { ...DEFAULT_SETTINGS, scheme: { kind: 'value8' } };

/** Every stored customer as the warehouse's text row, read from the result the pages get. */
function shownRows(result: AnalysisResult, customerIds: readonly string[]): ScoredRow[] {
	const t = result.customers;
	return customerIds.map((id, c) => ({
		customer_id: id,
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
	}));
}

async function imported(path: string, name: string): Promise<ScoredImportOutcome & { ok: true }> {
	const file = new File([readFileSync(path)], name);
	const outcome = await importScored(file, { name, currency: 'USD' }, () => undefined);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome));
	return outcome;
}

describe('scored import of the DuckDB output (demo shop)', () => {
	const warehouse = useWarehouse(duckdbWarehouse, demo.transactions);

	it.each([
		['rfm_grid', DEFAULT_SETTINGS],
		['value8', VALUE8]
	])(
		'%s: every customer and every segment size as written',
		async (_, settings) => {
			const sql = customerScoresSql(settings, 'duckdb');
			const expected = await warehouse().rows(sql);
			const csv = join(dir, `scored-${settings.scheme.kind}.csv`);
			await warehouse().run!(`COPY (${sql}) TO '${csv}' (HEADER, DELIMITER ',')`);

			const outcome = await imported(csv, 'scored.csv');
			expect(outcome.report).toMatchObject({ imported: expected.length, skipped: 0 });
			forgetDataset(outcome.datasetId); // read back from IndexedDB, not the kept copy
			const { result } = await analysisOf(outcome.datasetId, DEFAULT_SETTINGS);
			const ids = expected.map((r) => r.customer_id);
			// Rows come back in file order; compare as sets keyed by id.
			const byId = (rows: ScoredRow[]) => new Map(rows.map((r) => [r.customer_id, r]));
			const written = byId(expected);
			const { readScored } = await import('./scored');
			const { db } = await import('$lib/db/schema');
			const stored = await readScored((await db.datasets.get(outcome.datasetId))!);
			expect(stored.customerIds.length).toBe(ids.length);
			for (const row of shownRows(result, stored.customerIds))
				expect(row).toEqual(written.get(row.customer_id));

			// Segment sizes: the engine on the same lines, counted independently of the import.
			const engine = analyzeOrders(
				buildOrders(demo.input.chunks, demo.input.orderCount),
				demo.input.customerIds.length,
				settings
			);
			expect(result.segments.map((s) => [s.key, s.customers])).toEqual(
				engine.segments.map((s) => [s.key, s.customers])
			);
			expect(result.scoredCount).toBe(engine.scoredCount);
			await deleteDataset(outcome.datasetId);
		},
		120_000
	);
});

describe('scored rows that are refused', () => {
	const header =
		'customer_id,first_purchase_date,last_purchase_date,recency_days,frequency,monetary,' +
		'r_score,f_score,m_score,fm_score,segment,tier,lifecycle_stage';
	const good = 'c1,2024-01-01,2024-03-01,10,2,120.50,5,4,5,5,champions,gold,repeat';
	// D = 2024-03-11 from the first row; each bad row breaks one value.
	it.each([
		['c2,2024-01-01,2024-02-30,10,1,1,1,1,1,1,lost,gold,new', 'not_a_date', 'last_purchase_date'],
		['c2,2024-01-01,2024-03-01,10,1,1,6,1,1,1,lost,gold,new', 'score_out_of_range', 'r_score'],
		['c2,2024-01-01,2024-03-01,10,1,1,1,2,3,2,lost,gold,new', 'fm_mismatch', 'fm_score'],
		['c2,2024-01-01,2024-03-01,11,1,1,1,1,1,1,lost,gold,new', 'recency_mismatch', 'recency_days'],
		['c2,2024-01-01,2024-03-01,10,1,1,1,1,1,1,vips,gold,new', 'unknown_segment', 'segment'],
		['c2,2024-01-01,2024-03-01,10,1,1,1,1,1,1,lost,Gold!,new', 'bad_tier_key', 'tier'],
		['c2,2024-01-01,2024-03-01,10,1,1,1,1,1,1,lost,gold,old', 'unknown_stage', 'lifecycle_stage'],
		[
			'c2,2024-04-01,2024-03-01,10,1,1,1,1,1,1,lost,gold,new',
			'dates_out_of_order',
			'first_purchase_date'
		],
		['c2,2024-01-01,2024-03-01,10,0,1,1,1,1,1,lost,gold,new', 'not_a_whole_number', 'frequency'],
		['c2,2024-01-01,2024-03-01,10,1,abc,1,1,1,1,lost,gold,new', 'not_an_amount', 'monetary'],
		['c1,2024-01-01,2024-03-01,10,1,1,1,1,1,1,lost,gold,new', 'duplicate_customer', 'customer_id']
	])('%s → %s in %s', async (bad, code, column) => {
		const file = new File([`${header}\n${good}\n${bad}\n`], 'x.csv');
		const { columns, report } = await readScoredText(file, () => undefined);
		expect(report).toMatchObject({ rowsRead: 2, imported: 1, skipped: 1 });
		expect(report.problems).toEqual([expect.objectContaining({ code, row: 2, column })]);
		expect(columns?.monetaryCents).toEqual(Float64Array.of(12050));
	});

	it('refuses a file mixing the grid and the 8 value classes', async () => {
		const mixed = 'c2,2024-01-01,2024-03-01,10,1,1,1,1,1,1,general_winback,gold,new';
		const file = new File([`${header}\n${good}\n${mixed}\n`], 'x.csv');
		const { columns, report } = await readScoredText(file, () => undefined);
		expect(columns).toBeNull();
		expect(report.fileProblem).toBe('mixed_schemes');
	});
});
