/**
 * Strata's whole customer layering — orders, R/F/M, scores, segment, member tier and lifecycle
 * stage — as one SQL statement for a warehouse, for the settings in force. The statement gives
 * exactly the engine's values (`core/analytics`), not an approximation:
 * - an order is a customer's lines with one order id (a NULL id: the customer-day); its day is the
 *   earliest line's; orders after D are dropped only after grouping;
 * - money is exact decimals (each line rounded once to cents, half away from zero, like the
 *   importer); comparisons that the engine makes in floating point (tier shares, average order
 *   value) are made in DOUBLE on the same integers, so they round the same way;
 * - "customers strictly worse" is `RANK() − 1` — ties share a rank, never split as `NTILE` would.
 * Tables of the engine (grid cells, value8 bits, tier cuts, stage keys) are read from
 * `core/analytics`, never restated here.
 */
import { isoFromDay } from '../calendar';
import { VALUE8_BY_BITS } from '../analytics/labels';
import { LOYAL_PURCHASES } from '../analytics/lifecycle';
import { binCounts, gridScore } from '../analytics/scores';
import { cellLookup, cubeCell, gridCell, schemeSegments } from '../analytics/segments';
import { validateSettings } from '../analytics/settings';
import type { AnalysisSettings, StageKey, TierMetric } from '../analytics/types';
import { DIALECTS } from './dialects';
import type { DialectSpelling, SqlDialect } from './dialects';

/** The output columns, in order: the customers export's keys (a stable contract). */
export const SQL_OUTPUT_COLUMNS = [
	'customer_id',
	'first_purchase_date',
	'last_purchase_date',
	'recency_days',
	'frequency',
	'monetary',
	'r_score',
	'f_score',
	'm_score',
	'fm_score',
	'segment',
	'tier',
	'lifecycle_stage'
] as const;

/** The input table the statement reads. */
export const SQL_INPUT_TABLE = 'transactions';

/** Something in the settings that one SQL statement cannot compute, as a code for the page. */
export interface SqlLimitation {
	/** `tierMetricClv`: tiers rank on the forecast's CLV, a model fitted by maximum likelihood. */
	code: 'tierMetricClv';
	field: 'tiers.metric';
}

/**
 * Why the warehouse statement cannot be written for some settings (empty when it can). Tiers on
 * predicted CLV need the BG/NBD and Gamma-Gamma fits of `core/clv` (an optimiser, not a query), so
 * the generator refuses rather than emit a statement whose tiers differ from Strata's.
 * @example sqlLimitations({ ...DEFAULT_SETTINGS, tiers: { ...DEFAULT_SETTINGS.tiers, metric: 'clv' } })
 * // → [{ code: 'tierMetricClv', field: 'tiers.metric' }]
 */
export function sqlLimitations(settings: AnalysisSettings): SqlLimitation[] {
	return settings.tiers.metric === 'clv' ? [{ code: 'tierMetricClv', field: 'tiers.metric' }] : [];
}

/**
 * The SQL statement that scores every customer with a purchase up to D, for one dialect. Reads
 * `transactions(customer_id, order_id, order_date, amount)`, one row per line, and returns one
 * row per scored customer with `SQL_OUTPUT_COLUMNS`. Throws when `validateSettings` objects or
 * `sqlLimitations` is not empty.
 * @example
 * customerScoresSql(DEFAULT_SETTINGS, 'duckdb')
 * // → '-- Strata customer layering …\nWITH lines AS (…)\nSELECT customer_id, …, lifecycle_stage\nFROM ranked'
 */
export function customerScoresSql(settings: AnalysisSettings, dialect: SqlDialect): string {
	const problems = validateSettings(settings);
	if (problems.length > 0) {
		// A programming error (the page never passes settings it flags), so not a user message.
		const named = problems.map((p) => `${p.field} (${p.code})`);
		throw new Error('invalid analysis settings: ' + named.join('; '));
	}
	const limits = sqlLimitations(settings);
	if (limits.length > 0)
		throw new Error('not expressible in SQL: ' + limits.map((l) => l.code).join('; '));
	const sql = DIALECTS[dialect];
	const value8 = settings.scheme.kind === 'value8';
	const sums = value8
		? [
				'SUM(recency_days) OVER () AS recency_sum',
				'SUM(frequency) OVER () AS frequency_sum',
				'SUM(monetary_cents) OVER () AS monetary_cents_sum'
			]
		: [];
	return [
		...header(settings, dialect),
		'WITH lines AS (',
		'  -- Each line in exact cents (rounded half away from zero); a line without an order id',
		'  -- belongs to the order of its customer and day.',
		'  SELECT customer_id, order_id,',
		'         CAST(order_date AS DATE) AS day,',
		'         CASE WHEN order_id IS NULL THEN CAST(order_date AS DATE) END AS day_order,',
		`         ROUND(CAST(amount AS ${sql.lineDecimal}), 2) AS amount`,
		`  FROM ${SQL_INPUT_TABLE}`,
		'),',
		'orders AS (',
		"  -- An order's day is its earliest line's; its amount is the sum of its lines.",
		'  SELECT customer_id, MIN(day) AS day, SUM(amount) AS total',
		'  FROM lines',
		'  GROUP BY customer_id, order_id, day_order',
		'),',
		'as_of AS (',
		settings.asOfDay === null
			? '  SELECT MAX(day) AS d FROM orders WHERE total > 0'
			: `  SELECT DATE '${isoFromDay(settings.asOfDay)}' AS d`,
		'),',
		'customers AS (',
		'  -- Orders after D are dropped only now, after lines were grouped into orders.',
		'  SELECT o.customer_id,',
		'         MIN(CASE WHEN o.total > 0 THEN o.day END) AS first_purchase_date,',
		'         MAX(CASE WHEN o.total > 0 THEN o.day END) AS last_purchase_date,',
		'         COUNT(CASE WHEN o.total > 0 THEN 1 END) AS frequency,',
		'         SUM(o.total) AS monetary,',
		'         MAX(a.d) AS d',
		'  FROM orders o CROSS JOIN as_of a',
		'  WHERE o.day <= a.d',
		'  GROUP BY o.customer_id',
		'  HAVING COUNT(CASE WHEN o.total > 0 THEN 1 END) > 0',
		'),',
		'stats AS (',
		'  SELECT customer_id, first_purchase_date, last_purchase_date,',
		`         ${sql.daysBetween('d', 'last_purchase_date')} AS recency_days,`,
		'         frequency, monetary,',
		`         CAST(monetary * 100 AS ${sql.bigint}) AS monetary_cents,`,
		'         COUNT(*) OVER () AS n',
		'  FROM customers',
		'),',
		'scores AS (',
		...withCommas([...scoreColumns(settings, sql), ...sums.map((s) => `         ${s}`)], 2),
		'  FROM stats',
		'),',
		'ranked AS (',
		'  -- FM = ceil((F + M) / 2); tier_below = customers with a strictly lower tier metric.',
		'  SELECT scores.*,',
		`         ${sql.integerDivide('f_score + m_score + 1', '2')} AS fm_score,`,
		`         RANK() OVER (ORDER BY ${tierValue(settings.tiers.metric, sql)}) - 1 AS tier_below` +
			(value8 ? ',' : ''),
		...(value8 ? VALUE8_BITS : []),
		'  FROM scores',
		')',
		'SELECT customer_id, first_purchase_date, last_purchase_date, recency_days, frequency,',
		'       monetary, r_score, f_score, m_score, fm_score,',
		...indent(segmentCase(settings), '       '),
		...indent(tierCase(settings, sql), '       '),
		...indent(stageCase(settings), '       '),
		'FROM ranked'
	].join('\n');
}

/** Select-list lines joined by commas, from line `first` on (the lines before are a preamble). */
function withCommas(lines: string[], first: number): string[] {
	return lines.map((line, i) => (i >= first && i < lines.length - 1 ? line + ',' : line));
}

function header(settings: AnalysisSettings, dialect: SqlDialect): string[] {
	const { binning, scheme, tiers, lifecycle } = settings;
	const asOf = settings.asOfDay === null ? 'the latest purchase day' : isoFromDay(settings.asOfDay);
	const scores =
		binning.kind === 'quantile'
			? `${binning.bins} tie-safe quantile bins`
			: `thresholds R ${list(binning.recency)} days, F ${list(binning.frequency)}, ` +
				`M ${list(binning.monetary)} cents`;
	const tierCuts = tiers.tiers.map((t) => `${t.key} ≥ ${t.cut}`).join(', ');
	return [
		`-- Strata customer layering (${dialect}). Input: ${SQL_INPUT_TABLE}(customer_id, order_id,`,
		'--   order_date, amount), one row per line, amounts net (returns negative).',
		`-- As of ${asOf}; scores: ${scores}; segments: ${scheme.kind};`,
		`-- tiers on ${tiers.metric}: ${tierCuts};`,
		`-- lifecycle: active ≤ ${lifecycle.activeDays} days, lost > ${lifecycle.churnDays} days.`
	];
}

function list(values: readonly number[]): string {
	return values.length === 0 ? '(none)' : values.join('/');
}

/** The scores CTE's select list: quantiles from ranks, or thresholds from cut points. */
function scoreColumns(settings: AnalysisSettings, sql: DialectSpelling): string[] {
	const binning = settings.binning;
	if (binning.kind === 'quantile') {
		// Score = 1 + floor(bins × below / n); below = RANK() − 1 counts the strictly worse.
		const score = (order: string, name: string) =>
			`         1 + ${sql.integerDivide(`${binning.bins} * (RANK() OVER (ORDER BY ${order}) - 1)`, 'n')} AS ${name}`;
		return [
			'  -- Tie-safe quantiles: 1 + floor(bins × below / n), below = customers strictly worse.',
			'  SELECT stats.*,',
			score('recency_days DESC', 'r_score'),
			score('frequency', 'f_score'),
			score('monetary_cents', 'm_score')
		];
	}
	// Score = 1 + the number of cut points reached (recency: ≤ cut; F and M: ≥ cut).
	const reached = (column: string, cuts: readonly number[], op: string, name: string) =>
		`         1${cuts.map((c) => `\n           + CASE WHEN ${column} ${op} ${numberLiteral(c)} THEN 1 ELSE 0 END`).join('')} AS ${name}`;
	return [
		'  -- Thresholds: 1 + the number of cut points reached.',
		'  SELECT stats.*,',
		reached('recency_days', binning.recency, '<=', 'r_score'),
		reached('frequency', binning.frequency, '>=', 'f_score'),
		reached('monetary_cents', binning.monetary, '>=', 'm_score')
	];
}

/**
 * 客户价值八分类's bits: R, F, M high when better than the mean; value > sum / n is tested as
 * value × n > sum, exactly in integers, as the engine does.
 */
const VALUE8_BITS = [
	'         CASE WHEN recency_days * n < recency_sum THEN 4 ELSE 0 END',
	'         + CASE WHEN frequency * n > frequency_sum THEN 2 ELSE 0 END',
	'         + CASE WHEN monetary_cents * n > monetary_cents_sum THEN 1 ELSE 0 END AS value8_bits'
];

/** What tiers rank on, as a SQL expression over the scores CTE. */
function tierValue(metric: TierMetric, sql: DialectSpelling): string {
	if (metric === 'monetary') return 'monetary_cents';
	if (metric === 'frequency') return 'frequency';
	// The engine divides cents by purchases in doubles; so does the SQL, on the same integers.
	if (metric === 'aov')
		return `CAST(monetary_cents AS ${sql.double}) / CAST(frequency AS ${sql.double})`;
	if (metric === 'clv') throw new Error('tiers on CLV are not expressible in SQL');
	return 'r_score + f_score + m_score';
}

/**
 * The segment `CASE`: value8 from the three "better than the mean" bits; grid and custom schemes
 * from the engine's own cell lookup, listed per segment as the raw score codes that land in it.
 */
function segmentCase(settings: AnalysisSettings): string[] {
	const scheme = settings.scheme;
	const keys = schemeSegments(scheme).map((s) => s.key);
	if (scheme.kind === 'value8') {
		return [
			'CASE value8_bits',
			...VALUE8_BY_BITS.map((index, b) => `  WHEN ${b} THEN ${text(keys[index])}`),
			'END AS segment,'
		];
	}
	const bins = binCounts(settings.binning);
	const lookup = cellLookup(scheme);
	const cube = lookup.length === 125;
	const codes: number[][] = keys.map(() => []);
	for (let r = 1; r <= bins.r; r++) {
		const gr = gridScore(r, bins.r);
		if (cube) {
			for (let f = 1; f <= bins.f; f++)
				for (let m = 1; m <= bins.m; m++) {
					const cell = cubeCell(gr, gridScore(f, bins.f), gridScore(m, bins.m));
					codes[lookup[cell]].push(r * 100 + f * 10 + m);
				}
		} else {
			for (let fm = 1; fm <= bins.f; fm++)
				codes[lookup[gridCell(gr, gridScore(fm, bins.f))]].push(r * 10 + fm);
		}
	}
	const code = cube ? 'r_score * 100 + f_score * 10 + m_score' : 'r_score * 10 + fm_score';
	return [
		'CASE',
		...keys.flatMap((key, i) =>
			codes[i].length === 0 ? [] : [`  WHEN ${code} IN (${codes[i].join(', ')}) THEN ${text(key)}`]
		),
		'END AS segment,'
	];
}

/** The tier `CASE`: the first tier, best first, whose cut ≤ below / n, compared in doubles. */
function tierCase(settings: AnalysisSettings, sql: DialectSpelling): string[] {
	const tiers = settings.tiers.tiers;
	const share = `CAST(tier_below AS ${sql.double}) / CAST(n AS ${sql.double})`;
	return [
		'CASE',
		...tiers
			.slice(0, -1)
			.map((t) => `  WHEN ${share} >= CAST('${t.cut}' AS ${sql.double}) THEN ${text(t.key)}`),
		`  ELSE ${text(tiers[tiers.length - 1].key)}`,
		'END AS tier,'
	];
}

/** The lifecycle `CASE`, as `stageOf`. */
function stageCase(settings: AnalysisSettings): string[] {
	const { activeDays, churnDays } = settings.lifecycle;
	const stage = (key: StageKey) => text(key);
	return [
		'CASE',
		`  WHEN recency_days > ${churnDays} THEN ${stage('lost')}`,
		`  WHEN recency_days > ${activeDays} THEN ${stage('at_risk')}`,
		`  WHEN frequency = 1 THEN ${stage('new')}`,
		`  WHEN frequency >= ${LOYAL_PURCHASES} THEN ${stage('loyal')}`,
		`  ELSE ${stage('repeat')}`,
		'END AS lifecycle_stage'
	];
}

function indent(lines: string[], prefix: string): string[] {
	return lines.map((line) => prefix + line);
}

/**
 * A SQL string literal.
 * @example text("can't") // → "'can''t'"
 */
function text(value: string): string {
	return `'${value.replace(/'/g, "''")}'`;
}

/**
 * A finite number as a plain SQL numeric literal (no exponent).
 * @example numberLiteral(1e21) // → '1000000000000000000000'
 * @example numberLiteral(2.5) // → '2.5'
 */
export function numberLiteral(value: number): string {
	if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
	const plain = String(value);
	if (!/e/i.test(plain)) return plain;
	return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}
