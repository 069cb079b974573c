/**
 * Proof that the warehouse SQL and the engine agree: the demo shop (every scheme, bin count and
 * tier metric, returns and ties included) and UCI Online Retail (541,909 real invoice lines; skipped
 * visibly when absent) run through `analyze` and through the generated SQL in DuckDB and in
 * PostgreSQL (PGlite); every scored customer's row must be equal in every column, money to the
 * cent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dayFromIso, dayFromYmd } from '../calendar';
import { DEMO_DEFAULTS } from '../demo/stream';
import { DEFAULT_SETTINGS } from '../analytics/types';
import type { AnalysisSettings, CustomSegment, ScoreBinning } from '../analytics/types';
import { customerScoresSql } from './customer-sql';
import {
	demoShop,
	differences,
	duckdbWarehouse,
	engineInput,
	engineRows,
	postgresWarehouse,
	useWarehouse
} from './warehouse.fixture';
import type { ScoredRow, Transaction, Warehouse } from './warehouse.fixture';

/** A custom R × FM scheme (three segments) and a custom R × F × M cube (four). */
const CUSTOM_GRID: CustomSegment[] = [
	{ key: 'top', label: 'Top', r: [4, 5], fm: [4, 5] },
	{ key: 'base', label: 'Base', r: [1, 5], fm: [1, 3] },
	{ key: 'fading', label: 'Fading', r: [1, 3], fm: [4, 5] }
];
const CUSTOM_CUBE: CustomSegment[] = [
	{ key: 'gone', label: 'Gone', r: [1, 2], f: [1, 5], m: [1, 5] },
	{ key: 'light', label: 'Light', r: [3, 5], f: [1, 2], m: [1, 5] },
	{ key: 'busy', label: 'Busy', r: [3, 5], f: [3, 5], m: [1, 3] },
	{ key: 'best', label: 'Best', r: [3, 5], f: [3, 5], m: [4, 5] }
];
const THRESHOLDS: ScoreBinning = {
	kind: 'thresholds',
	recency: [30, 90, 180, 365],
	frequency: [2, 3, 5, 10],
	monetary: [5000, 10000, 25000, 50000]
};
const FOUR_TIERS = {
	tiers: [
		{ key: 'vip', label: 'VIP', cut: 0.95 },
		{ key: 'gold', label: 'Gold', cut: 0.8 },
		{ key: 'silver', label: 'Silver', cut: 1 / 3 },
		{ key: 'regular', label: 'Regular', cut: 0 }
	]
};

const config = (name: string, change: Partial<AnalysisSettings>): [string, AnalysisSettings] => [
	name,
	{ ...DEFAULT_SETTINGS, ...change }
];

/** Every scheme × bin count, thresholds, each tier metric, an earlier D and other windows. */
const DEMO_CONFIGS: [string, AnalysisSettings][] = [
	config('defaults', {}),
	config('grid, 4 bins, tiers on average order value', {
		binning: { kind: 'quantile', bins: 4 },
		tiers: { metric: 'aov', ...FOUR_TIERS }
	}),
	config('grid, 3 bins, tiers on R + F + M', {
		binning: { kind: 'quantile', bins: 3 },
		tiers: { ...DEFAULT_SETTINGS.tiers, metric: 'rfm_sum' }
	}),
	config('value8, 5 bins, tiers on frequency', {
		scheme: { kind: 'value8' },
		tiers: { ...DEFAULT_SETTINGS.tiers, metric: 'frequency' }
	}),
	config('value8, 4 bins', { scheme: { kind: 'value8' }, binning: { kind: 'quantile', bins: 4 } }),
	config('value8, 3 bins', { scheme: { kind: 'value8' }, binning: { kind: 'quantile', bins: 3 } }),
	config('custom grid, 5 bins', { scheme: { kind: 'custom', segments: CUSTOM_GRID } }),
	config('custom grid, 4 bins', {
		scheme: { kind: 'custom', segments: CUSTOM_GRID },
		binning: { kind: 'quantile', bins: 4 }
	}),
	config('custom grid, 3 bins', {
		scheme: { kind: 'custom', segments: CUSTOM_GRID },
		binning: { kind: 'quantile', bins: 3 }
	}),
	config('custom cube, 5 bins', { scheme: { kind: 'custom', segments: CUSTOM_CUBE } }),
	config('custom cube, 4 bins, tiers on R + F + M', {
		scheme: { kind: 'custom', segments: CUSTOM_CUBE },
		binning: { kind: 'quantile', bins: 4 },
		tiers: { metric: 'rfm_sum', ...FOUR_TIERS }
	}),
	config('custom cube, 3 bins', {
		scheme: { kind: 'custom', segments: CUSTOM_CUBE },
		binning: { kind: 'quantile', bins: 3 }
	}),
	config('thresholds, grid', { binning: THRESHOLDS }),
	config('thresholds, value8, tiers on average order value', {
		binning: THRESHOLDS,
		scheme: { kind: 'value8' },
		tiers: { ...DEFAULT_SETTINGS.tiers, metric: 'aov' }
	}),
	config('thresholds (uneven), custom cube', {
		binning: { kind: 'thresholds', recency: [60], frequency: [2, 4], monetary: [8000, 30000] },
		scheme: { kind: 'custom', segments: CUSTOM_CUBE }
	}),
	config('as of 2025-06-30, 4 bins, A 30 / W 60 days', {
		asOfDay: dayFromYmd(2025, 6, 30),
		binning: { kind: 'quantile', bins: 4 },
		lifecycle: { activeDays: 30, churnDays: 60, funnelSteps: [1, 2] }
	})
];

const WAREHOUSES = [
	['DuckDB', 'duckdb', duckdbWarehouse],
	['PostgreSQL (PGlite)', 'postgres', postgresWarehouse]
] as const;

/** Run one configuration on both sides and compare every row. */
async function expectEqual(
	warehouse: Warehouse,
	dialect: 'duckdb' | 'postgres',
	settings: AnalysisSettings,
	expected: ScoredRow[]
) {
	const rows = await warehouse.rows(customerScoresSql(settings, dialect));
	expect(expected.length).toBeGreaterThan(0);
	expect(rows).toHaveLength(expected.length);
	expect(differences(expected, rows)).toEqual({ count: 0, examples: [] });
}

describe('the demo shop', () => {
	const { summary, input, transactions } = demoShop();
	const expected = new Map(DEMO_CONFIGS.map(([name, s]) => [name, engineRows(input, s)]));

	it('has returns and tied values to get right', () => {
		expect(summary.returnLineCount).toBeGreaterThan(0);
		const rows = expected.get('defaults')!;
		expect(new Set(rows.map((r) => r.monetary)).size).toBeLessThan(rows.length);
		expect(summary.lastDay).toBe(DEMO_DEFAULTS.endDay);
	});

	describe.each(WAREHOUSES)('in %s', (_name, dialect, open) => {
		const warehouse = useWarehouse(open, transactions);
		it.each(DEMO_CONFIGS)('%s: every customer equal', async (name, settings) => {
			await expectEqual(warehouse(), dialect, settings, expected.get(name)!);
		});
	});
});

const UCI = new URL(
	'../../../../../shared/data/uci-online-retail/online_retail.csv.gz',
	import.meta.url
);
const uciPresent = existsSync(UCI);
if (!uciPresent) console.warn(`SKIPPED UCI Online Retail SQL proof: ${UCI.pathname} is absent`);

/** Exact decimal text of quantity × unit price (the price has at most 3 decimals here). */
function lineAmount(quantity: string, price: string): string {
	const [whole, fraction = ''] = price.split('.');
	if (fraction.length > 3) throw new Error(`unexpected price ${price}`);
	const mills = BigInt(quantity) * BigInt(whole + fraction.padEnd(3, '0'));
	const negative = mills < 0n;
	const digits = (negative ? -mills : mills).toString().padStart(4, '0');
	return `${negative ? '-' : ''}${digits.slice(0, -3)}.${digits.slice(-3)}`;
}

const UCI_CONFIGS: [string, AnalysisSettings][] = [
	config('defaults', {}),
	config('value8, 3 bins, as of 2011-06-30, tiers on average order value', {
		asOfDay: dayFromYmd(2011, 6, 30),
		scheme: { kind: 'value8' },
		binning: { kind: 'quantile', bins: 3 },
		tiers: { metric: 'aov', ...FOUR_TIERS }
	}),
	config('custom cube, 4 bins', {
		scheme: { kind: 'custom', segments: CUSTOM_CUBE },
		binning: { kind: 'quantile', bins: 4 }
	})
];

describe.skipIf(!uciPresent)('UCI Online Retail', () => {
	const transactions: Transaction[] = [];
	if (uciPresent) {
		const text = gunzipSync(readFileSync(UCI)).toString('utf8');
		const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1);
		// InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country
		for (const r of rows) {
			if (r[6] === '') continue;
			transactions.push({
				customerId: r[6].replace(/\.0$/, ''),
				orderId: r[0],
				day: dayFromIso(r[4]),
				amount: lineAmount(r[3], r[5])
			});
		}
	}
	const input = uciPresent ? engineInput(transactions) : null;

	it('is the published file: 406,829 lines with a customer id, 4,338 scored customers', () => {
		expect(transactions).toHaveLength(406_829);
		expect(engineRows(input!, DEFAULT_SETTINGS)).toHaveLength(4338);
	});

	describe.each(WAREHOUSES)('in %s', (_name, dialect, open) => {
		const warehouse = useWarehouse(open, transactions);
		it.each(UCI_CONFIGS)('%s: every customer equal', async (_config, settings) => {
			await expectEqual(warehouse(), dialect, settings, engineRows(input!, settings));
		});
	});
});
