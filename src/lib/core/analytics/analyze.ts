/**
 * The engine: one call turns prepared orders and settings into every view of the dashboard.
 * `prepare` once per dataset, then `analyze` on each settings change.
 */
import type { DayNumber } from '../calendar';
import type { OrderTable } from '../orders';
import { cohortTable, growthTable } from './cohorts';
import { customerStatsAt } from './customer-stats';
import type { CustomerStats } from './customer-stats';
import { STAGE_KEYS, STAGE_LABELS, toLabel } from './labels';
import { assignStages, lifecycleFunnel } from './lifecycle';
import { prepare } from './prepare';
import type { PreparedOrders } from './prepare';
import { averageOrderValue, repeatRate } from './metrics';
import { groupProfiles } from './profiles';
import { gridScore, scoreCustomers } from './scores';
import type { CustomerScores } from './scores';
import { assignSegments, gridCell, schemeSegments } from './segments';
import { validateSettings } from './settings';
import { assignTiers, hasTierClv } from './tiers';
import type {
	AnalysisResult,
	AnalysisSettings,
	CrossTable,
	CustomerAttribute,
	Headline,
	MigrationMatrix,
	OverviewFigures,
	ScoreGrid
} from './types';
import { NONE } from './types';

/**
 * Analyse prepared orders under some settings. Throws when `validateSettings` reports a problem.
 * With no purchase in the dataset and no as-of date, nobody is scored and `asOfDay` is null.
 * `tierClv` is the forecast's CLV per customer at the same D, used only when tiers rank on `clv`
 * (without it, or with no finite value, every scored customer is in the lowest tier and the result
 * says `tierIssue: 'clv_unavailable'`).
 * @example
 * // the example shop of `order-table.fixture.ts`
 * const prepared = prepare(orderTable(SHOP_ROWS), SHOP_CUSTOMERS);
 * analyze(prepared, DEFAULT_SETTINGS).segments[1] // → { key: 'loyal', customers: 2, revenueCents: 9000, … }
 */
export function analyze(
	prepared: PreparedOrders,
	settings: AnalysisSettings,
	attributes: readonly CustomerAttribute[] = [],
	tierClv: Float64Array | null = null
): AnalysisResult {
	const { asOfDay, stats } = statsAsOf(prepared, settings);
	const scores = scoreCustomers(stats, settings.binning);
	const segments = schemeSegments(settings.scheme);
	const segment = assignSegments(stats, scores, settings.scheme);
	const tier = assignTiers(stats, scores, settings.tiers, tierClv);
	const clvMissing = settings.tiers.metric === 'clv' && !hasTierClv(stats.scored, tierClv);
	const stage = assignStages(stats, settings.lifecycle);
	const tierDefinitions = settings.tiers.tiers.map((t) => ({
		key: t.key,
		label: toLabel(t.label)
	}));
	const stageDefinitions = STAGE_KEYS.map((key) => ({ key, label: { ...STAGE_LABELS[key] } }));

	let previousSegment: Uint8Array = new Uint8Array(stats.scored.length).fill(NONE);
	let migration: MigrationMatrix | null = null;
	if (asOfDay !== null) {
		const previousAsOfDay = asOfDay - settings.migrationOffsetDays;
		const then = customerStatsAt(prepared, previousAsOfDay);
		previousSegment = assignSegments(then, scoreCustomers(then, settings.binning), settings.scheme);
		migration = migrationMatrix(stats, segment, previousSegment, segments.length, {
			offsetDays: settings.migrationOffsetDays,
			previousAsOfDay
		});
	}

	return {
		asOfDay,
		bins: { ...scores.bins },
		customers: {
			scored: stats.scored,
			firstPurchaseDay: stats.firstPurchaseDay,
			lastPurchaseDay: stats.lastPurchaseDay,
			recencyDays: stats.recencyDays,
			frequency: stats.frequency,
			monetaryCents: stats.monetaryCents,
			rScore: scores.r,
			fScore: scores.f,
			mScore: scores.m,
			fmScore: scores.fm,
			segment,
			tier,
			stage,
			previousSegment
		},
		scoredCount: stats.scoredCount,
		unscoredCount: stats.scored.length - stats.scoredCount,
		segments: groupProfiles(stats, scores, segment, segments, attributes),
		tiers: groupProfiles(stats, scores, tier, tierDefinitions, attributes),
		stages: groupProfiles(stats, scores, stage, stageDefinitions, attributes),
		grid: scoreGrid(stats, scores),
		tierSegments: crossTable(stats, tier, settings.tiers.tiers.length, segment, segments.length),
		funnel: lifecycleFunnel(stats, settings.lifecycle),
		cohorts: asOfDay === null ? { cohorts: [] } : cohortTable(prepared, stats),
		growth: growthTable(prepared, stats),
		migration,
		headline: headline(prepared, stats),
		...(clvMissing && stats.scoredCount > 0 ? { tierIssue: 'clv_unavailable' as const } : {})
	};
}

/**
 * Throw when `validateSettings` reports a problem with `settings`: what `analyze` and the first
 * figures do before computing anything.
 * @example assertValidSettings(DEFAULT_SETTINGS) // → nothing; a custom scheme with gaps throws
 */
export function assertValidSettings(settings: AnalysisSettings): void {
	const problems = validateSettings(settings);
	if (problems.length > 0)
		throw new Error('invalid analysis settings: ' + problems.map((p) => p.code).join('; '));
}

/**
 * The as-of date D of some settings — theirs, else the latest purchase (null when there is none) —
 * and the day the customers' figures are taken at: D, else the latest order, else day 0.
 * @example asOfDays({ asOfDay: null }, 12, 15) // → { asOfDay: 12, statsDay: 12 }
 * @example asOfDays({ asOfDay: null }, null, 15) // → { asOfDay: null, statsDay: 15 }
 */
export function asOfDays(
	settings: Pick<AnalysisSettings, 'asOfDay'>,
	latestPurchaseDay: DayNumber | null,
	latestOrderDay: DayNumber | null
): { asOfDay: DayNumber | null; statsDay: DayNumber } {
	const asOfDay = settings.asOfDay ?? latestPurchaseDay;
	return { asOfDay, statsDay: asOfDay ?? latestOrderDay ?? 0 };
}

/**
 * The as-of date D of some settings (`asOfDays`) and every customer's raw R, F, M at D: the first
 * step of `analyze` and of `overviewFigures`. Throws when `validateSettings` reports a problem.
 */
function statsAsOf(
	prepared: PreparedOrders,
	settings: AnalysisSettings
): { asOfDay: DayNumber | null; stats: CustomerStats } {
	assertValidSettings(settings);
	const { asOfDay, statsDay } = asOfDays(
		settings,
		prepared.latestPurchaseDay,
		prepared.latestOrderDay
	);
	return { asOfDay, stats: customerStatsAt(prepared, statsDay) };
}

/**
 * The overview's first figures — as-of date, headline, scored and unscored counts — without the
 * scores and views of a full analysis (a tenth of its time): the values `analyze` gives under the
 * same settings, for a page that draws its KPIs before the rest. Throws like `analyze` on invalid
 * settings.
 * @example
 * // the example shop of `order-table.fixture.ts`
 * overviewFigures(prepare(orderTable(SHOP_ROWS), SHOP_CUSTOMERS), DEFAULT_SETTINGS)
 * // → { asOfDay, headline, scoredCount, unscoredCount } equal to analyze(…)'s
 */
export function overviewFigures(
	prepared: PreparedOrders,
	settings: AnalysisSettings
): OverviewFigures {
	const { asOfDay, stats } = statsAsOf(prepared, settings);
	return {
		asOfDay,
		headline: headline(prepared, stats),
		scoredCount: stats.scoredCount,
		unscoredCount: stats.scored.length - stats.scoredCount
	};
}

/**
 * Scored customers and their net revenue by (row group, column group), row-major: e.g. tiers ×
 * segments. Customers whose row or column is `NONE` are left out.
 * @example // two customers, tier 0 / segment 1 (900 cents) and tier 1 / segment 1 (100 cents), 2 × 2
 * // → customers [0, 1, 0, 1], revenueCents [0, 900, 0, 100]
 */
export function crossTable(
	stats: Pick<CustomerStats, 'scored' | 'monetaryCents'>,
	rowOf: Uint8Array,
	rows: number,
	columnOf: Uint8Array,
	columns: number
): CrossTable {
	const customers = new Int32Array(rows * columns);
	const revenueCents = new Float64Array(rows * columns);
	for (let c = 0; c < rowOf.length; c++) {
		if (!stats.scored[c] || rowOf[c] === NONE || columnOf[c] === NONE) continue;
		const cell = rowOf[c] * columns + columnOf[c];
		customers[cell]++;
		revenueCents[cell] += stats.monetaryCents[c];
	}
	return { rows, columns, customers, revenueCents };
}

/**
 * `prepare` then `analyze`, for one-off calls (tests, scripts); a worker should keep the prepared
 * orders per dataset instead.
 * @example analyzeOrders(buildOrders(chunks, orderCount), customerIds.length, DEFAULT_SETTINGS)
 */
export function analyzeOrders(
	orders: OrderTable,
	customerCount: number,
	settings: AnalysisSettings,
	attributes: readonly CustomerAttribute[] = []
): AnalysisResult {
	return analyze(prepare(orders, customerCount), settings, attributes);
}

/**
 * Segment transitions of the customers scored at D: row = segment at D − offset (`NONE` → the
 * last row, "not yet a customer"), column = segment at D.
 * @example
 * // 2 segments; customer A: 0 → 1, customer B: not yet → 0
 * // → counts [0, 1,  0, 0,  1, 0], presentAtBoth 1, newSinceThen 1
 */
export function migrationMatrix(
	stats: CustomerStats,
	segment: Uint8Array,
	previousSegment: Uint8Array,
	segmentCount: number,
	dates: { offsetDays: number; previousAsOfDay: DayNumber }
): MigrationMatrix {
	const counts = new Int32Array((segmentCount + 1) * segmentCount);
	let presentAtBoth = 0;
	for (let c = 0; c < segment.length; c++) {
		if (!stats.scored[c]) continue;
		const before = previousSegment[c];
		const row = before === NONE ? segmentCount : before;
		if (before !== NONE) presentAtBoth++;
		counts[row * segmentCount + segment[c]]++;
	}
	return {
		offsetDays: dates.offsetDays,
		previousAsOfDay: dates.previousAsOfDay,
		counts,
		presentAtBoth,
		newSinceThen: stats.scoredCount - presentAtBoth
	};
}

/**
 * Customers, net revenue and purchases per cell of the 5 × 5 R × FM grid (grid scale, see
 * `gridScore`).
 * @example // 5 bins, one customer R 5, F 4, M 5, monetary 900 → customers[gridCell(5, 5)] = 1
 */
export function scoreGrid(
	stats: Pick<CustomerStats, 'scored' | 'frequency' | 'monetaryCents'>,
	scores: Pick<CustomerScores, 'bins' | 'r' | 'fm'>
): ScoreGrid {
	const customers = new Int32Array(25);
	const revenueCents = new Float64Array(25);
	const purchases = new Int32Array(25);
	const { bins } = scores;
	for (let c = 0; c < stats.scored.length; c++) {
		if (!stats.scored[c]) continue;
		const cell = gridCell(gridScore(scores.r[c], bins.r), gridScore(scores.fm[c], bins.f));
		customers[cell]++;
		revenueCents[cell] += stats.monetaryCents[c];
		purchases[cell] += stats.frequency[c];
	}
	return { customers, revenueCents, purchases };
}

/**
 * Headline figures over all orders up to D (unscored customers' returns included in revenue).
 * @example
 * // X: +1000 and −200, Y: +500 → orders 3, purchases 2, returns 1, revenueCents 1300,
 * // aovCents 650, repeatRate 0 (nobody has two purchases)
 */
export function headline(prepared: PreparedOrders, stats: CustomerStats): Headline {
	const { offsets, day, amountCents } = prepared;
	let orders = 0;
	let purchases = 0;
	let returns = 0;
	let revenueCents = 0;
	let firstDay = Infinity;
	let lastDay = -Infinity;
	let repeaters = 0;
	for (let c = 0; c < stats.scored.length; c++) {
		const start = offsets[c];
		const end = stats.end[c];
		if (end === start) continue;
		if (day[start] < firstDay) firstDay = day[start];
		if (day[end - 1] > lastDay) lastDay = day[end - 1];
		orders += end - start;
		for (let i = start; i < end; i++) {
			revenueCents += amountCents[i];
			if (amountCents[i] > 0) purchases++;
			else if (amountCents[i] < 0) returns++;
		}
		if (stats.frequency[c] >= 2) repeaters++;
	}
	const customers = stats.scoredCount;
	return headlineOf({
		customers,
		repeaters,
		orders,
		purchases,
		returns,
		revenueCents,
		firstDay,
		lastDay
	});
}

/**
 * The headline of the counts and sums over the orders up to D (`firstDay`, `lastDay`: ±Infinity
 * without orders), with its averages: how `headline` and the first figures from unsorted orders
 * (`order-figures.ts`) end.
 * @example headlineOf({ customers: 2, repeaters: 1, orders: 3, purchases: 2, returns: 1,
 *   revenueCents: 1300, firstDay: 4, lastDay: 9 }) // → { …, aovCents: 650, repeatRate: 0.5 }
 */
export function headlineOf(tally: {
	customers: number;
	repeaters: number;
	orders: number;
	purchases: number;
	returns: number;
	revenueCents: number;
	firstDay: number;
	lastDay: number;
}): Headline {
	const { customers, orders, purchases, revenueCents } = tally;
	return {
		customers,
		orders,
		purchases,
		returns: tally.returns,
		revenueCents,
		firstDay: orders === 0 ? null : tally.firstDay,
		lastDay: orders === 0 ? null : tally.lastDay,
		aovCents: averageOrderValue(revenueCents, purchases),
		repeatRate: repeatRate(tally.repeaters, customers)
	};
}

/**
 * The buffers of a result's typed arrays, to pass as `postMessage` transferables (the worker's
 * copy becomes unusable afterwards; prepared orders are never part of a result).
 * @example postMessage(result, resultTransferables(result))
 */
export function resultTransferables(result: AnalysisResult): ArrayBuffer[] {
	const buffers = new Set<ArrayBuffer>();
	const add = (array: { buffer: ArrayBufferLike }) => {
		if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
	};
	Object.values(result.customers).forEach(add);
	add(result.tierSegments.customers);
	add(result.tierSegments.revenueCents);
	add(result.grid.customers);
	add(result.grid.revenueCents);
	for (const cohort of result.cohorts.cohorts) {
		add(cohort.retained);
		add(cohort.retention);
		add(cohort.revenueCents);
	}
	const g = result.growth;
	[g.newCustomers, g.activeCustomers, g.returningCustomers, g.newRevenueCents].forEach(add);
	add(g.returningRevenueCents);
	if (result.migration) add(result.migration.counts);
	return [...buffers];
}
