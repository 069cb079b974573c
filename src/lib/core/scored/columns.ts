/**
 * Scored-customers files: the warehouse statement's output (`customerScoresSql`) brought back into
 * Strata. One row per scored customer with every score, segment, tier and stage already computed;
 * Strata stores and shows them as they are and never recomputes them.
 */
import type { DayNumber } from '../calendar';
import { SQL_OUTPUT_COLUMNS } from '../sql/customer-sql';

/** The columns a scored file must have (any order, other columns ignored). */
export const SCORED_COLUMNS = SQL_OUTPUT_COLUMNS;
export type ScoredColumn = (typeof SCORED_COLUMNS)[number];

/**
 * True when a header names every scored column (case and surrounding spaces ignored): such a
 * file is a scored-customers import, not transactions or a customer summary.
 * @example isScoredHeader(['customer_id', 'first_purchase_date', …all 13]) // → true
 * @example isScoredHeader(['customer_id', 'last_purchase_date', 'frequency', 'monetary']) // → false
 */
export function isScoredHeader(header: readonly string[]): boolean {
	const names = new Set(header.map((name) => name.trim().toLowerCase()));
	return SCORED_COLUMNS.every((column) => names.has(column));
}

/**
 * Position of each scored column in a header (−1 never happens once `isScoredHeader` holds).
 * @example scoredColumnIndexes(['segment', 'customer_id', …]).segment // → 0
 */
export function scoredColumnIndexes(header: readonly string[]): Record<ScoredColumn, number> {
	const names = header.map((name) => name.trim().toLowerCase());
	return Object.fromEntries(SCORED_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<
		ScoredColumn,
		number
	>;
}

/**
 * A scored dataset, columnar: one entry per customer, in file order. Segments index `segmentKeys`
 * (a built-in scheme's keys in display order), tiers `tierKeys` (best first), stages `STAGE_KEYS`.
 */
export interface ScoredColumns extends ScoredCustomerColumns {
	customerIds: string[];
	/** D: every row's last purchase day + recency (the file must agree on one D). */
	asOfDay: DayNumber | null;
	scheme: 'rfm_grid' | 'value8';
	segmentKeys: string[];
	tierKeys: string[];
}

/** The per-customer columns of a scored dataset (also what storage keeps, by blocks). */
export interface ScoredCustomerColumns {
	firstPurchaseDay: Int32Array;
	lastPurchaseDay: Int32Array;
	recencyDays: Int32Array;
	frequency: Int32Array;
	monetaryCents: Float64Array;
	rScore: Uint8Array;
	fScore: Uint8Array;
	mScore: Uint8Array;
	fmScore: Uint8Array;
	segment: Uint8Array;
	tier: Uint8Array;
	stage: Uint8Array;
}

/** Why a scored row was refused (`scored.msg.<code>` in the catalogs). */
export type ScoredProblemCode =
	| 'missing_value'
	| 'not_a_date'
	| 'not_a_whole_number'
	| 'not_an_amount'
	| 'score_out_of_range'
	| 'fm_mismatch'
	| 'recency_mismatch'
	| 'dates_out_of_order'
	| 'unknown_segment'
	| 'unknown_stage'
	| 'bad_tier_key'
	| 'duplicate_customer';

/**
 * One refused row: which row (1 = the first data row after the header), which column, what it
 * held and what was expected.
 */
export interface ScoredProblem {
	code: ScoredProblemCode;
	row: number;
	column: ScoredColumn;
	params: { value: string; expected: string };
}

/** Problems with the whole file (`scored.file.<code>`). */
export type ScoredFileProblemCode = 'mixed_schemes' | 'too_many_tiers' | 'nothing_imported';

/** What reading a scored file found. */
export interface ScoredReport {
	rowsRead: number;
	imported: number;
	skipped: number;
	/** Skipped rows per problem code. */
	counts: Partial<Record<ScoredProblemCode, number>>;
	/** The first problems, in file order (at most `SCORED_PROBLEMS_KEPT`). */
	problems: ScoredProblem[];
	fileProblem: ScoredFileProblemCode | null;
	scheme: 'rfm_grid' | 'value8' | null;
	asOfDay: DayNumber | null;
}

/** How many refused rows a report lists one by one. */
export const SCORED_PROBLEMS_KEPT = 100;
