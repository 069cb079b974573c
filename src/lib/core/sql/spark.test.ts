/**
 * Optional: the Spark SQL run by a local Spark (pyspark with a JDK) on the demo shop, compared with
 * the engine like the DuckDB and PostgreSQL proofs. Runs with `npm run test:spark`
 * (`STRATA_SPARK=1`); skipped otherwise, and skipped with a warning when pyspark is missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../analytics/types';
import type { AnalysisSettings } from '../analytics/types';
import { customerScoresSql } from './customer-sql';
import { demoShop, differences, engineRows, textRow, transactionsCsv } from './warehouse.fixture';

const wanted = process.env.STRATA_SPARK === '1';
const python = process.env.PYTHON ?? 'python3';
const available =
	wanted && spawnSync(python, ['-c', 'import pyspark'], { stdio: 'ignore' }).status === 0;
if (wanted && !available) console.warn(`SKIPPED Spark SQL proof: ${python} cannot import pyspark`);

const CONFIGS: [string, AnalysisSettings][] = [
	['defaults', DEFAULT_SETTINGS],
	[
		'value8, 3 bins, tiers on average order value',
		{
			...DEFAULT_SETTINGS,
			scheme: { kind: 'value8' },
			binning: { kind: 'quantile', bins: 3 },
			tiers: { ...DEFAULT_SETTINGS.tiers, metric: 'aov' }
		}
	],
	[
		'thresholds',
		{
			...DEFAULT_SETTINGS,
			binning: { kind: 'thresholds', recency: [30, 90], frequency: [2, 5], monetary: [5000, 20000] }
		}
	]
];

describe.skipIf(!available)('the demo shop in Spark', () => {
	// Built only when the suite runs: a skipped describe still collects.
	let shop: ReturnType<typeof demoShop>;
	let dir = '';
	let csv = '';
	beforeAll(() => {
		shop = demoShop();
		dir = mkdtempSync(join(tmpdir(), 'strata-spark-'));
		csv = join(dir, 'transactions.csv');
		writeFileSync(csv, transactionsCsv(shop.transactions));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const runner = fileURLToPath(new URL('./run-spark.py', import.meta.url));

	it.each(CONFIGS)(
		'%s: every customer equal',
		(_name, settings) => {
			const sqlFile = join(dir, 'statement.sql');
			writeFileSync(sqlFile, customerScoresSql(settings, 'spark'));
			const run = spawnSync(python, [runner, csv, sqlFile], {
				encoding: 'utf8',
				maxBuffer: 256 * 1024 * 1024
			});
			expect(run.status, run.stderr).toBe(0);
			const rows = run.stdout
				.split('\n')
				.filter(Boolean)
				.map((line) => textRow(JSON.parse(line) as Record<string, unknown>));
			expect(differences(engineRows(shop.input, settings), rows)).toEqual({
				count: 0,
				examples: []
			});
		},
		600_000
	);
});
