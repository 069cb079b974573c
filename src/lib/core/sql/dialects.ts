/**
 * What differs between the SQL dialects Strata writes: types, integer division, date
 * arithmetic. Everything else in the generated statement is the SQL common to all four
 * (CTEs, `CASE`, `RANK() OVER`, `COUNT(*) OVER ()`, `DATE 'YYYY-MM-DD'` literals), so these few
 * spellings are the whole of the "documented dialect details" that the unit tests pin.
 */

/** Dialects Strata writes SQL for; the values are the stable option values of the picker. */
export const SQL_DIALECTS = ['duckdb', 'postgres', 'bigquery', 'spark'] as const;

/** One of `SQL_DIALECTS`. */
export type SqlDialect = (typeof SQL_DIALECTS)[number];

/** The spellings that differ between dialects. */
export interface DialectSpelling {
	/**
	 * Exact decimal that reads a line amount (below 10^12, up to 6 decimals) without losing a
	 * digit. 18 digits fit a 64-bit integer: in DuckDB the statement ran twice as fast on 5M lines
	 * (5.3–6.1 s against 9.9–11.3 s) as with DECIMAL(38, 6), whose 128-bit sums are slower.
	 */
	lineDecimal: string;
	/** 64-bit integer. */
	bigint: string;
	/** IEEE double (the engine's `number`). */
	double: string;
	/** Floor of a / b for non-negative integers a and b > 0, as an integer. */
	integerDivide: (a: string, b: string) => string;
	/** Whole days from `from` to `to` (both DATE), `to − from`. */
	daysBetween: (to: string, from: string) => string;
}

/**
 * Spelling of each dialect.
 * @example DIALECTS.bigquery.integerDivide('a', 'n') // → 'DIV(a, n)'
 * @example DIALECTS.postgres.daysBetween('d', 'last_day') // → '(d - last_day)'
 */
export const DIALECTS: Readonly<Record<SqlDialect, DialectSpelling>> = {
	duckdb: {
		lineDecimal: 'DECIMAL(18, 6)',
		bigint: 'BIGINT',
		double: 'DOUBLE',
		// `/` on integers is floating-point division in DuckDB; `//` is integer division.
		integerDivide: (a, b) => `(${a}) // (${b})`,
		daysBetween: (to, from) => `(${to} - ${from})`
	},
	postgres: {
		lineDecimal: 'NUMERIC(18, 6)',
		bigint: 'BIGINT',
		double: 'DOUBLE PRECISION',
		// `/` on two integers truncates, which is the floor for non-negative operands.
		integerDivide: (a, b) => `(${a}) / (${b})`,
		daysBetween: (to, from) => `(${to} - ${from})`
	},
	bigquery: {
		lineDecimal: 'NUMERIC',
		bigint: 'INT64',
		double: 'FLOAT64',
		integerDivide: (a, b) => `DIV(${a}, ${b})`,
		daysBetween: (to, from) => `DATE_DIFF(${to}, ${from}, DAY)`
	},
	spark: {
		lineDecimal: 'DECIMAL(18, 6)',
		bigint: 'BIGINT',
		double: 'DOUBLE',
		integerDivide: (a, b) => `(${a}) DIV (${b})`,
		daysBetween: (to, from) => `DATEDIFF(${to}, ${from})`
	}
};
