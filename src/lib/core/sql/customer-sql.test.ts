/**
 * The generated SQL on hand-made data whose every value is computed by hand below (ties at a
 * quantile boundary, NULL order ids, returns-only customers, orders spanning days and D), run in
 * DuckDB and PostgreSQL; and the dialect details BigQuery and Spark differ by, pinned.
 */
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../calendar';
import { DEFAULT_SETTINGS } from '../analytics/types';
import type { AnalysisSettings } from '../analytics/types';
import {
	customerScoresSql,
	numberLiteral,
	sqlLimitations,
	SQL_OUTPUT_COLUMNS
} from './customer-sql';
import { SQL_DIALECTS } from './dialects';
import type { SqlDialect } from './dialects';
import {
	differences,
	duckdbWarehouse,
	engineInput,
	engineRows,
	postgresWarehouse,
	useWarehouse
} from './warehouse.fixture';
import type { ScoredRow, Transaction } from './warehouse.fixture';

const line = (customerId: string, orderId: string | null, iso: string, amount: string) =>
	({ customerId, orderId, day: dayFromIso(iso), amount }) satisfies Transaction;

/** As of 2024-01-31. */
const LINES: Transaction[] = [
	// A: order o1 spans D (01-30 and 02-02): its day is 01-30, so both lines count → 15.00.
	line('A', 'o1', '2024-01-30', '10.00'),
	line('A', 'o1', '2024-02-02', '5.00'),
	// A: two lines without an order id on 01-10 are one customer-day order: 2.68 + 0.01 = 2.69.
	line('A', null, '2024-01-10', '2.675'),
	line('A', null, '2024-01-10', '0.005'),
	// B: the same order id as A's, another customer; and a return.
	line('B', 'o1', '2024-01-31', '20.00'),
	line('B', 'o2', '2024-01-20', '-5.00'),
	// C: returns only → not scored.
	line('C', 'r1', '2024-01-05', '-7.00'),
	// D: an order after D is dropped; two NULL-id lines on two days are two orders.
	line('D', 'x', '2024-02-01', '100.00'),
	line('D', null, '2024-01-01', '8.00'),
	line('D', null, '2024-01-02', '8.00'),
	// E: one purchase of 17.69 — the same monetary as A (a tie at the 5-bin boundary).
	line('E', 'e1', '2024-01-15', '17.69')
];

const AS_OF = { ...DEFAULT_SETTINGS, asOfDay: dayFromIso('2024-01-31') };

type Expected = [
	id: string,
	first: string,
	last: string,
	recency: number,
	frequency: number,
	monetary: string,
	r: number,
	f: number,
	m: number,
	fm: number,
	segment: string,
	tier: string,
	stage: string
];

/*
 * n = 4 scored. Recency 1, 0, 29, 16 → strictly worse (higher) 2, 3, 0, 1 → R = 1 + ⌊5·below/4⌋
 * = 3, 4, 1, 2. F 2, 1, 2, 1 → below 2, 0, 2, 0 → 3, 1, 3, 1. M 17.69, 15.00, 16.00, 17.69 →
 * below 2, 0, 1, 2 → 3, 1, 2, 3 (A and E tie: NTILE would split them). FM = ⌈(F + M)/2⌉.
 * Tiers on M: share 0.5, 0, 0.25, 0.5 → silver, regular, regular, silver.
 */
const GRID: Expected[] = [
	[
		'A',
		'2024-01-10',
		'2024-01-30',
		1,
		2,
		'17.69',
		3,
		3,
		3,
		3,
		'need_attention',
		'silver',
		'repeat'
	],
	['B', '2024-01-31', '2024-01-31', 0, 1, '15.00', 4, 1, 1, 1, 'promising', 'regular', 'new'],
	['D', '2024-01-01', '2024-01-02', 29, 2, '16.00', 1, 3, 2, 3, 'at_risk', 'regular', 'repeat'],
	['E', '2024-01-15', '2024-01-15', 16, 1, '17.69', 2, 1, 3, 2, 'hibernating', 'silver', 'new']
];

/*
 * value8: mean recency 46/4 = 11.5 → A, B high; mean F 1.5 → A, D high; mean M 66.38/4 = 16.595
 * → A, E high. Lifecycle A = 10, W = 20 days: A, B active; E at risk; D lost.
 */
const VALUE8: Expected[] = [
	[
		'A',
		'2024-01-10',
		'2024-01-30',
		1,
		2,
		'17.69',
		3,
		3,
		3,
		3,
		'important_value',
		'silver',
		'repeat'
	],
	['B', '2024-01-31', '2024-01-31', 0, 1, '15.00', 4, 1, 1, 1, 'general_develop', 'regular', 'new'],
	[
		'D',
		'2024-01-01',
		'2024-01-02',
		29,
		2,
		'16.00',
		1,
		3,
		2,
		3,
		'general_retain',
		'regular',
		'lost'
	],
	[
		'E',
		'2024-01-15',
		'2024-01-15',
		16,
		1,
		'17.69',
		2,
		1,
		3,
		2,
		'important_winback',
		'silver',
		'at_risk'
	]
];

/*
 * Thresholds R ≤ 1 / ≤ 20 days, F ≥ 2, M ≥ 16.00: R 3, 3, 1, 2; F 2, 1, 2, 1; M 2, 1, 2, 2;
 * FM 2, 1, 2, 2 (2-bin scales: grid R 1→1, 2→3, 3→5; grid FM 1→2, 2→4).
 * Tiers on frequency (cuts 0.5 / 0): below 2, 0, 2, 0 → share 0.5 → top for A and D.
 */
const THRESHOLDS: Expected[] = [
	['A', '2024-01-10', '2024-01-30', 1, 2, '17.69', 3, 2, 2, 2, 'champions', 'top', 'repeat'],
	['B', '2024-01-31', '2024-01-31', 0, 1, '15.00', 3, 1, 1, 1, 'potential_loyalist', 'rest', 'new'],
	['D', '2024-01-01', '2024-01-02', 29, 2, '16.00', 1, 2, 2, 2, 'cant_lose_them', 'top', 'repeat'],
	['E', '2024-01-15', '2024-01-15', 16, 1, '17.69', 2, 1, 2, 2, 'loyal', 'rest', 'new']
];

const CASES: [name: string, settings: AnalysisSettings, expected: Expected[]][] = [
	['R × FM grid, 5 quantile bins', AS_OF, GRID],
	[
		'value8, short lifecycle windows',
		{
			...AS_OF,
			scheme: { kind: 'value8' },
			lifecycle: { ...AS_OF.lifecycle, activeDays: 10, churnDays: 20 }
		},
		VALUE8
	],
	[
		'thresholds, tiers on frequency',
		{
			...AS_OF,
			binning: { kind: 'thresholds', recency: [1, 20], frequency: [2], monetary: [1600] },
			tiers: {
				metric: 'frequency',
				tiers: [
					{ key: 'top', label: 'Top', cut: 0.5 },
					{ key: 'rest', label: 'Rest', cut: 0 }
				]
			}
		},
		THRESHOLDS
	]
];

function rowOf(e: Expected): ScoredRow {
	return Object.fromEntries(SQL_OUTPUT_COLUMNS.map((c, i) => [c, String(e[i])])) as ScoredRow;
}

const sorted = (rows: ScoredRow[]) =>
	[...rows].sort((a, b) => a.customer_id.localeCompare(b.customer_id));

describe.each([
	['DuckDB', 'duckdb', duckdbWarehouse],
	['PostgreSQL (PGlite)', 'postgres', postgresWarehouse]
] as const)('hand-made transactions in %s', (_name, dialect, open) => {
	const warehouse = useWarehouse(open, LINES);

	it.each(CASES)('%s: every value as computed by hand', async (_case, settings, expected) => {
		const rows = sorted(await warehouse().rows(customerScoresSql(settings, dialect)));
		expect(rows).toEqual(expected.map(rowOf));
	});

	it("as of the latest purchase by default: D's order x on 2024-02-01", async () => {
		const rows = await warehouse().rows(customerScoresSql(DEFAULT_SETTINGS, dialect));
		expect(sorted(rows).map((r) => [r.customer_id, r.recency_days, r.frequency])).toEqual([
			['A', '2', '2'],
			['B', '1', '1'],
			['D', '0', '3'],
			['E', '17', '1']
		]);
	});
});

describe('the engine on the same transactions', () => {
	it.each(CASES)('%s: agrees with the hand table', (_case, settings, expected) => {
		const rows = engineRows(engineInput(LINES), settings);
		expect(differences(expected.map(rowOf), rows)).toEqual({ count: 0, examples: [] });
	});
});

/**
 * BigQuery and Spark SQL can't run here: they must equal the tested DuckDB statement once their
 * documented spellings are put back — and nothing else may differ.
 */
const TO_DUCKDB: Record<SqlDialect, [RegExp, string][]> = {
	duckdb: [],
	postgres: [
		[/NUMERIC\(18, 6\)/g, 'DECIMAL(18, 6)'],
		[/DOUBLE PRECISION/g, 'DOUBLE'],
		// Integer division: the divisors are n and 2; every other `/` divides doubles.
		[/\) \/ \((n|2)\)/g, ') // ($1)']
	],
	bigquery: [
		[/CAST\(amount AS NUMERIC\)/g, 'CAST(amount AS DECIMAL(18, 6))'],
		[/INT64/g, 'BIGINT'],
		[/FLOAT64/g, 'DOUBLE'],
		[/DIV\((.+?), ([^,()]+)\)( AS)/g, '($1) // ($2)$3'],
		[/DATE_DIFF\(d, last_purchase_date, DAY\)/g, '(d - last_purchase_date)']
	],
	spark: [
		[/\) DIV \(/g, ') // ('],
		[/DATEDIFF\(d, last_purchase_date\)/g, '(d - last_purchase_date)']
	]
};

const VARIANTS: AnalysisSettings[] = [
	DEFAULT_SETTINGS,
	...CASES.map(([, settings]) => settings),
	{
		...DEFAULT_SETTINGS,
		binning: { kind: 'quantile', bins: 3 },
		tiers: { ...DEFAULT_SETTINGS.tiers, metric: 'aov' }
	}
];

describe('dialect details', () => {
	it.each(SQL_DIALECTS.filter((d) => d !== 'duckdb'))(
		'%s differs from DuckDB only in its documented spellings',
		(dialect) => {
			for (const settings of VARIANTS) {
				let sql = customerScoresSql(settings, dialect).replace(`(${dialect})`, '(duckdb)');
				for (const [pattern, replacement] of TO_DUCKDB[dialect])
					sql = sql.replace(pattern, replacement);
				expect(sql).toBe(customerScoresSql(settings, 'duckdb'));
			}
		}
	);

	it.each([
		['duckdb', '(5 * (RANK() OVER (ORDER BY frequency) - 1)) // (n)', '(d - last_purchase_date)'],
		['postgres', '(5 * (RANK() OVER (ORDER BY frequency) - 1)) / (n)', '(d - last_purchase_date)'],
		[
			'bigquery',
			'DIV(5 * (RANK() OVER (ORDER BY frequency) - 1), n)',
			'DATE_DIFF(d, last_purchase_date, DAY)'
		],
		[
			'spark',
			'(5 * (RANK() OVER (ORDER BY frequency) - 1)) DIV (n)',
			'DATEDIFF(d, last_purchase_date)'
		]
	] as const)('%s: integer division %s, days %s', (dialect, division, days) => {
		const sql = customerScoresSql(DEFAULT_SETTINGS, dialect);
		expect(sql).toContain(division);
		expect(sql).toContain(`${days} AS recency_days`);
	});

	it.each(SQL_DIALECTS)(
		'%s: ties share a rank (no NTILE), one statement, every output column',
		(dialect) => {
			for (const settings of VARIANTS) {
				const sql = customerScoresSql(settings, dialect);
				expect(sql).not.toMatch(/\b(NTILE|PERCENT_RANK|CUME_DIST)\b/i);
				expect(sql.replace(/--.*$/gm, '')).not.toContain(';');
				const select = sql.slice(sql.lastIndexOf('\nSELECT '));
				for (const column of SQL_OUTPUT_COLUMNS)
					expect(select).toMatch(new RegExp(`\\b${column}\\b`));
			}
		}
	);

	it('refuses settings the engine refuses', () => {
		const bad = {
			...DEFAULT_SETTINGS,
			binning: { kind: 'quantile', bins: 7 }
		} as unknown as AnalysisSettings;
		expect(() => customerScoresSql(bad, 'duckdb')).toThrow(/bins/);
	});

	it('says plainly that tiers on predicted CLV cannot be written in SQL, and writes none', () => {
		const clv: AnalysisSettings = {
			...DEFAULT_SETTINGS,
			tiers: { ...DEFAULT_SETTINGS.tiers, metric: 'clv' }
		};
		expect(sqlLimitations(clv)).toEqual([{ code: 'tierMetricClv', field: 'tiers.metric' }]);
		for (const dialect of SQL_DIALECTS)
			expect(() => customerScoresSql(clv, dialect)).toThrow(/tierMetricClv/);
		for (const metric of ['monetary', 'frequency', 'aov', 'rfm_sum'] as const)
			expect(sqlLimitations({ ...DEFAULT_SETTINGS, tiers: { ...clv.tiers, metric } })).toEqual([]);
	});

	it.each([
		[2.5, '2.5'],
		[1e21, '1000000000000000000000'],
		[-3, '-3']
	])('number literal %d → %s', (value, text) => {
		expect(numberLiteral(value)).toBe(text);
	});
});
