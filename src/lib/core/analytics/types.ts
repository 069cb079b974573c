/**
 * The analytics engine's contract: settings (saved per dataset), their defaults, and the result
 * the worker posts back. Everything here is structured-clone friendly — plain objects, arrays and
 * typed arrays, no classes, functions or Maps — so a result crosses `postMessage` with its typed
 * arrays as transferables (see `resultTransferables`).
 *
 * Conventions used throughout:
 * - money is in integer cents (Float64 holds any realistic total exactly);
 * - days are `DayNumber`s (whole days since 1970-01-01), months are month indexes (months since
 *   1970-01, see `calendar.ts`);
 * - per-customer arrays are indexed by the dataset's customer index and have length
 *   `customerCount`, unscored customers included;
 * - `NONE` (255) in a `Uint8Array` means "no value" (unscored customer, not yet a customer…).
 */
import type { SettingsProblem } from './problems';
import type { DayNumber } from '../calendar';

/** A text in both interface languages. */
export interface Label {
	en: string;
	zh: string;
}

/** Interface languages of labels. */
export type Language = keyof Label;

/** "No value" in per-customer `Uint8Array`s (segment, tier, stage, previous segment). */
export const NONE = 255;

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

/**
 * How raw R, F and M values become scores.
 * - `quantile`: tie-safe quantiles; score = 1 + floor(bins × below / n), where `below` is the
 *   number of scored customers with a strictly worse value and n the number of scored customers.
 * - `thresholds`: fixed, ascending cut points typed by the user (0–4 per metric, so 1–5 scores).
 *   Frequency and monetary (cents): score = 1 + number of cut points c with value ≥ c.
 *   Recency (days, lower is better): score = 1 + number of cut points c with recency ≤ c.
 *   Frequency and monetary need the same number of cut points (FM averages their scores).
 */
export type ScoreBinning =
	| { kind: 'quantile'; bins: 3 | 4 | 5 }
	| { kind: 'thresholds'; recency: number[]; frequency: number[]; monetary: number[] };

/** An inclusive range of grid scores (1–5), e.g. `[4, 5]`. */
export type ScoreRange = [min: number, max: number];

/**
 * A user-defined segment. Ranges are on the 5-point *grid* scale (see `gridScore`), so a custom
 * scheme keeps its meaning whatever the binning. Either every segment of a scheme gives `r` and
 * `fm` (an R × FM grid, 25 cells) or every segment gives `r`, `f` and `m` (an R × F × M cube,
 * 125 cells); each cell must be covered exactly once (`validateCustomScheme`).
 */
export interface CustomSegment {
	/** Stable key, `[a-z0-9_]+`, unique in the scheme; used in exports. */
	key: string;
	/** Display name; a plain string is used for both languages. */
	label: Label | string;
	r: ScoreRange;
	fm?: ScoreRange;
	f?: ScoreRange;
	m?: ScoreRange;
}

/**
 * How scored customers are put into segments.
 * - `rfm_grid`: the built-in 11-segment R × FM grid (`RFM_GRID`).
 * - `value8`: 客户价值八分类 — R, F and M each "high" when strictly better than the mean of the
 *   scored customers' raw values (recency: strictly below the mean).
 * - `custom`: user-defined score ranges, refused unless they tile the grid or cube exactly.
 */
export type SegmentScheme =
	{ kind: 'rfm_grid' } | { kind: 'value8' } | { kind: 'custom'; segments: CustomSegment[] };

/**
 * What member tiers rank on: monetary, frequency, average order value, R + F + M scores, or the
 * forecast's predicted customer lifetime value (`clv`, see `core/clv`; customers without a CLV
 * rank below every forecasted customer, so they land in the lowest tier).
 */
export type TierMetric = 'monetary' | 'frequency' | 'aov' | 'rfm_sum' | 'clv';

/** One member tier. */
export interface TierDefinition {
	/** Stable key, `[a-z0-9_]+`, unique; used in exports. */
	key: string;
	label: Label | string;
	/**
	 * Minimum share `below / n` (0–1) for this tier, where `below` counts scored customers with a
	 * strictly lower metric. Tiers are listed best first with strictly decreasing cuts; the last
	 * tier's cut is 0.
	 */
	cut: number;
}

/** Member tiers (2–5 of them). */
export interface TierSettings {
	metric: TierMetric;
	tiers: TierDefinition[];
}

/** Lifecycle windows and funnel steps. */
export interface LifecycleSettings {
	/** A = active window: recency ≤ A is active. Whole days ≥ 0. */
	activeDays: number;
	/** W = churn window: recency > W is lost, A < recency ≤ W is at risk. W ≥ A. */
	churnDays: number;
	/** Funnel steps as minimum purchase counts, strictly ascending, each ≥ 1. */
	funnelSteps: number[];
}

/** Every parameter of an analysis; saved per dataset. */
export interface AnalysisSettings {
	/** As-of date D; null = the latest purchase day of the dataset. Orders after D are ignored. */
	asOfDay: DayNumber | null;
	binning: ScoreBinning;
	scheme: SegmentScheme;
	tiers: TierSettings;
	lifecycle: LifecycleSettings;
	/** Migration compares segments at D and at D − this many days. Whole days ≥ 1. */
	migrationOffsetDays: number;
}

/** Settings a new dataset starts with. */
export const DEFAULT_SETTINGS: AnalysisSettings = {
	asOfDay: null,
	binning: { kind: 'quantile', bins: 5 },
	scheme: { kind: 'rfm_grid' },
	tiers: {
		metric: 'monetary',
		tiers: [
			{ key: 'gold', label: { en: 'Gold', zh: '金牌会员' }, cut: 0.8 },
			{ key: 'silver', label: { en: 'Silver', zh: '银牌会员' }, cut: 0.5 },
			{ key: 'regular', label: { en: 'Regular', zh: '普通会员' }, cut: 0 }
		]
	},
	lifecycle: { activeDays: 90, churnDays: 180, funnelSteps: [1, 2, 3, 4] },
	migrationOffsetDays: 90
};

/** Per-customer attribute values handed to `analyze` for profile distributions. */
export interface CustomerAttribute {
	/** Column name, echoed in the result. */
	name: string;
	/** Per customer: index into the attribute's dictionary, −1 when empty (`customerAttributeValues`). */
	values: Int32Array;
}

// ---------------------------------------------------------------------------------------------
// Result
// ---------------------------------------------------------------------------------------------

/** Lifecycle stage keys, in the order of `CustomerTable.stage` indexes. */
export type StageKey = 'new' | 'repeat' | 'loyal' | 'at_risk' | 'lost';

/**
 * One row per customer index (length = customerCount). For unscored customers (no purchase up to
 * D) `scored` is 0, every score, day and count is 0, `segment`, `tier` and `stage` are `NONE`;
 * `monetaryCents` still holds their net amount (returns only → negative or 0).
 */
export interface CustomerTable {
	/** 1 when the customer has at least one purchase up to D. */
	scored: Uint8Array;
	firstPurchaseDay: Int32Array;
	lastPurchaseDay: Int32Array;
	/** D − last purchase day. */
	recencyDays: Int32Array;
	/** Purchases (orders with amount > 0) up to D. */
	frequency: Int32Array;
	/** Net amount of all orders up to D, returns included, cents. */
	monetaryCents: Float64Array;
	/** Scores on the binning's own scale (1…bins of that metric). */
	rScore: Uint8Array;
	fScore: Uint8Array;
	mScore: Uint8Array;
	/** ceil((F + M) / 2), same scale as F and M. */
	fmScore: Uint8Array;
	/** Index into `AnalysisResult.segments`. */
	segment: Uint8Array;
	/** Index into `AnalysisResult.tiers`. */
	tier: Uint8Array;
	/** Index into `AnalysisResult.stages` (`STAGE_KEYS` order). */
	stage: Uint8Array;
	/** Segment at D − offset (index into `segments`); `NONE` = not yet a customer then. */
	previousSegment: Uint8Array;
}

/** Counts of customers per value of one attribute inside a group. */
export interface AttributeDistribution {
	name: string;
	/** Up to 10 most frequent values (dictionary index), most customers first, ties by index. */
	top: { value: number; customers: number }[];
	/** Customers with any other non-empty value. */
	other: number;
	/** Customers whose value is empty (−1). */
	empty: number;
}

/** Profile of a group of scored customers (a segment, a tier or a lifecycle stage). */
export interface GroupProfile {
	key: string;
	label: Label;
	customers: number;
	/** customers / scored customers (0 when nobody is scored). */
	share: number;
	/** Net revenue of the group's customers up to D, cents. */
	revenueCents: number;
	/** revenue / net revenue of all scored customers (0 when that total is ≤ 0). */
	revenueShare: number;
	/** Purchases of the group's customers. */
	purchases: number;
	/** revenue / purchases, cents (0 without purchases). */
	aovCents: number;
	meanRecencyDays: number;
	meanFrequency: number;
	meanMonetaryCents: number;
	/** Means of the scores (own scale). */
	meanRScore: number;
	meanFScore: number;
	meanMScore: number;
	/** Share of the group's customers with ≥ 2 purchases. */
	repurchaseRate: number;
	attributes: AttributeDistribution[];
}

/** One step of the lifecycle funnel. */
export interface FunnelStep {
	/** Customers with at least this many purchases up to D. */
	minPurchases: number;
	customers: number;
	/** recency ≤ A */
	active: number;
	/** A < recency ≤ W */
	atRisk: number;
	/** recency > W */
	lost: number;
	/** customers / previous step's customers; 1 for the first step (0 when the previous is 0). */
	conversion: number;
}

/** One acquisition cohort: customers whose first purchase falls in `month`. */
export interface Cohort {
	month: number;
	size: number;
	/** [k] = cohort customers with a purchase in month `month + k`, k = 0 … D's month − month. */
	retained: Int32Array;
	/** [k] = retained[k] / size (retention[0] = 1). */
	retention: Float64Array;
	/** [k] = net amount of the cohort's orders dated in month `month + k`, cents. */
	revenueCents: Float64Array;
}

/** Cohorts, oldest first, one per month from the first purchase month to D's month. */
export interface CohortTable {
	cohorts: Cohort[];
}

/** 客户倍增: month by month, from the first order's month to D's month; [i] is month firstMonth + i. */
export interface GrowthTable {
	firstMonth: number;
	months: number;
	/** First purchase in the month. */
	newCustomers: Int32Array;
	/** At least one purchase in the month. */
	activeCustomers: Int32Array;
	/** Active and first purchase before the month. */
	returningCustomers: Int32Array;
	/** Net order amounts in the month of customers whose first purchase is in the month. */
	newRevenueCents: Float64Array;
	/** …whose first purchase is before the month. */
	returningRevenueCents: Float64Array;
	/** (active − previous active) / previous active; null for the first month or after 0. */
	activeGrowth: (number | null)[];
}

/** Segment transitions between D − offset and D. */
export interface MigrationMatrix {
	offsetDays: number;
	previousAsOfDay: DayNumber;
	/**
	 * Counts of customers scored at D, row-major with `segments.length + 1` rows × `segments.length`
	 * columns: row = segment at D − offset (last row = not yet a customer), column = segment at D.
	 */
	counts: Int32Array;
	/** Customers scored at both dates. */
	presentAtBoth: number;
	/** Customers scored at D but not at D − offset (the last row's total). */
	newSinceThen: number;
}

/** R × FM grid on the 5-point grid scale; index (r − 1) × 5 + (fm − 1). */
export interface ScoreGrid {
	customers: Int32Array;
	revenueCents: Float64Array;
	/** Purchases of the cell's customers (for the cell's average order value). */
	purchases: Int32Array;
}

/** Counts and net revenue of scored customers by two groupings, row-major (row × columns + column). */
export interface CrossTable {
	rows: number;
	columns: number;
	customers: Int32Array;
	revenueCents: Float64Array;
}

/** Headline figures up to D. */
export interface Headline {
	/** Scored customers. */
	customers: number;
	/** Orders (any amount) dated up to D. */
	orders: number;
	/** Orders with amount > 0 dated up to D. */
	purchases: number;
	/** Orders with amount < 0 dated up to D. */
	returns: number;
	/** Net amount of all orders up to D, cents. */
	revenueCents: number;
	/** First and last order day up to D (null without orders). */
	firstDay: DayNumber | null;
	lastDay: DayNumber | null;
	/** revenue / purchases, cents (0 without purchases). */
	aovCents: number;
	/** Share of scored customers with ≥ 2 purchases. */
	repeatRate: number;
}

/** Everything one analysis produces. */
export interface AnalysisResult {
	/** The D actually used (null only when the dataset has no purchase at all). */
	asOfDay: DayNumber | null;
	/** Number of bins of each score's own scale (quantile: all equal; thresholds: cuts + 1). */
	bins: { r: number; f: number; m: number };
	customers: CustomerTable;
	scoredCount: number;
	unscoredCount: number;
	segments: GroupProfile[];
	tiers: GroupProfile[];
	/** In `STAGE_KEYS` order. */
	stages: GroupProfile[];
	grid: ScoreGrid;
	/** Tiers (rows, in `tiers` order) × segments (columns, in `segments` order). */
	tierSegments: CrossTable;
	funnel: FunnelStep[];
	cohorts: CohortTable;
	growth: GrowthTable;
	migration: MigrationMatrix | null;
	headline: Headline;
	/**
	 * Set when tiers rank on CLV but the forecast gave no customer a CLV (too little data, or the
	 * fit failed): every scored customer is then in the lowest tier.
	 */
	tierIssue?: 'clv_unavailable';
}

/**
 * What the overview draws first (its KPIs and as-of date): the same fields, with the same values,
 * as in the full `AnalysisResult` of the same settings (`overviewFigures`).
 */
export type OverviewFigures = Pick<
	AnalysisResult,
	'asOfDay' | 'headline' | 'scoredCount' | 'unscoredCount'
>;

/** The answer of `suggestLifecycle`: proposed windows and the figures behind them. */
export interface LifecycleSuggestion {
	activeDays: number;
	churnDays: number;
	/** Number of gaps between consecutive purchase days of repeat customers. */
	gaps: number;
	/** Nearest-rank median and 90th percentile of the gaps, days. */
	medianGapDays: number;
	p90GapDays: number;
}

/** A cell of the custom-scheme grid (`fm`) or cube (`f`, `m`). */
export interface SchemeCell {
	r: number;
	fm?: number;
	f?: number;
	m?: number;
}

/** The answer of `validateCustomScheme`. */
export interface SchemeValidation {
	ok: boolean;
	/** 'r_fm' = 5 × 5 grid, 'r_f_m' = 5 × 5 × 5 cube. */
	mode: 'r_fm' | 'r_f_m';
	/** Cells claimed by more than one segment, with the claimants' keys. */
	overlaps: { cell: SchemeCell; keys: string[] }[];
	/** Cells claimed by nobody. */
	gaps: SchemeCell[];
	/** Other problems (bad key, range outside 1–5, mixed modes…), as codes. */
	problems: SettingsProblem[];
	/** Keys of the segments claiming each cell (index `gridCell(r, fm)`, or the cube's). */
	coverage: string[][];
}
