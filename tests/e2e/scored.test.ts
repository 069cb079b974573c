/**
 * Scored-customers import through /import: a file with the warehouse statement's columns (written
 * here from the engine's scores of a demo shop, one bad row added) is recognised, imported without
 * a mapping, and /segments shows the file's segment sizes — counted in this test from the file.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeOrders } from '../../src/lib/core/analytics/analyze';
import { DEFAULT_SETTINGS } from '../../src/lib/core/analytics/types';
import { isoFromDay } from '../../src/lib/core/calendar';
import { generateDemoColumns } from '../../src/lib/core/demo/generate';
import { formatCents } from '../../src/lib/core/export/customers-csv';
import { buildOrders } from '../../src/lib/core/orders';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, seriousViolations, test, waitForFigures } from './fixtures';

const HEADER =
	'customer_id,first_purchase_date,last_purchase_date,recency_days,frequency,monetary,' +
	'r_score,f_score,m_score,fm_score,segment,tier,lifecycle_stage';

/** A scored CSV of a demo shop under the 8 value classes, and one row with an unknown segment. */
function scoredCsv(): string {
	const columns = generateDemoColumns({ rows: 20_000, seed: 11 });
	const settings = { ...DEFAULT_SETTINGS, scheme: { kind: 'value8' as const } };
	const result = analyzeOrders(
		buildOrders(columns.chunks, columns.orderCount),
		columns.customerIds.length,
		settings
	);
	const t = result.customers;
	const lines = [HEADER];
	for (let c = 0; c < t.scored.length; c++) {
		if (!t.scored[c]) continue;
		lines.push(
			[
				columns.customerIds[c],
				isoFromDay(t.firstPurchaseDay[c]),
				isoFromDay(t.lastPurchaseDay[c]),
				t.recencyDays[c],
				t.frequency[c],
				formatCents(t.monetaryCents[c]),
				t.rScore[c],
				t.fScore[c],
				t.mScore[c],
				t.fmScore[c],
				result.segments[t.segment[c]].key,
				result.tiers[t.tier[c]].key,
				result.stages[t.stage[c]].key
			].join(',')
		);
	}
	const last = lines[lines.length - 1].split(',');
	lines.push(['not-a-customer', ...last.slice(1, 10), 'vips', ...last.slice(11)].join(','));
	return lines.join('\n') + '\n';
}

test('a scored CSV imports without recomputing and /segments shows its segment sizes', async ({
	page
}) => {
	const text = scoredCsv();
	const path = join(tmpdir(), 'strata-e2e-scored.csv');
	writeFileSync(path, text);
	// Expected sizes, counted from the file: the segment column of every row but the bad one.
	const rows = text.trim().split('\n').slice(1);
	const expected: Record<string, number> = {};
	for (const row of rows.slice(0, -1)) {
		const segment = row.split(',')[10];
		expected[segment] = (expected[segment] ?? 0) + 1;
	}

	await page.goto('./');
	await waitForFigures(page);
	await page.goto('./import');
	await expect(page.getByTestId('file-input')).toHaveAttribute('accept', /\.parquet/);
	await page.getByTestId('file-input').setInputFiles(path);
	await expect(page.getByTestId('scored-import')).toBeVisible();
	await page.getByTestId('dataset-name').fill('Warehouse scores');
	await page.getByTestId('scored-start').click();

	const report = page.getByTestId('scored-report');
	await expect(report).toContainText(`1 of ${rows.length.toLocaleString('en-GB')} rows`);
	await expect(report).toContainText('column segment: “vips”');
	await report.getByRole('link', { name: 'Open the overview' }).click();
	await waitForFigures(page);
	await expect(page.getByTestId('scored-notice')).toBeVisible();
	await expect(page.getByTestId('kpi-customers')).toHaveText(
		(rows.length - 1).toLocaleString('en-GB')
	);

	await page.goto('./segments');
	const canvas = page.getByTestId('scatter-canvas');
	await expect(canvas).toHaveAttribute('data-points', String(rows.length - 1));
	const groups = JSON.parse((await canvas.getAttribute('data-groups'))!) as Record<string, number>;
	const shown = Object.fromEntries(Object.entries(groups).filter(([, n]) => n > 0));
	expect(shown).toEqual(expected);

	// Pages that need lines say so; the others render from the stored scores without errors.
	for (const path of ['./products', './forecast', './growth', './lifecycle']) {
		await page.goto(path);
		await expect(page.getByTestId('scored-no-lines')).toBeVisible();
	}
	await page.goto('./tiers');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.goto('./customers');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.goto('./settings');
	await expect(page.getByTestId('scored-notice')).toBeVisible();
});

test('a scored Parquet file (zstd, DATE and DECIMAL columns) imports the same way', async ({
	page
}) => {
	const text = scoredCsv();
	const dir = tmpdir();
	const csv = join(dir, 'strata-e2e-scored-parquet.csv');
	const parquet = join(dir, 'strata-e2e-scored.parquet');
	// The good rows only, typed as a warehouse writes them.
	writeFileSync(csv, text.trim().split('\n').slice(0, -1).join('\n') + '\n');
	const instance = await DuckDBInstance.create(':memory:');
	const duck = await instance.connect();
	await duck.run(
		`COPY (SELECT * REPLACE (CAST(monetary AS DECIMAL(18, 2)) AS monetary) FROM read_csv('${csv}', header = true, dateformat = '%Y-%m-%d')) ` +
			`TO '${parquet}' (FORMAT parquet, COMPRESSION zstd)`
	);
	const reader = await duck.runAndReadAll(
		`SELECT segment, COUNT(*) AS n, typeof(ANY_VALUE(last_purchase_date)) AS t FROM '${parquet}' GROUP BY segment`
	);
	const rows = reader.getRowObjectsJS() as { segment: string; n: bigint; t: string }[];
	duck.closeSync();
	instance.closeSync();
	expect(rows[0].t).toBe('DATE');
	const expected = Object.fromEntries(rows.map((r) => [r.segment, Number(r.n)]));
	const customers = Object.values(expected).reduce((a, b) => a + b, 0);

	await page.goto('./');
	await waitForFigures(page);
	await page.goto('./import');
	await page.getByTestId('file-input').setInputFiles(parquet);
	await expect(page.getByTestId('scored-import')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
	await page.getByTestId('scored-start').click();
	await expect(page.getByTestId('kpi-customers')).toHaveText(customers.toLocaleString('en-GB'));
	await page.goto('./segments');
	const canvas = page.getByTestId('scatter-canvas');
	await expect(canvas).toHaveAttribute('data-points', String(customers));
	const groups = JSON.parse((await canvas.getAttribute('data-groups'))!) as Record<string, number>;
	expect(Object.fromEntries(Object.entries(groups).filter(([, n]) => n > 0))).toEqual(expected);
});
