/**
 * Per-customer and per-group metrics, each defined once. The engine, charts, pages and exports
 * import these; none of them divides revenue by purchases on its own.
 */
import type { CrossTable, CustomerTable, GroupProfile } from './types';

/**
 * Average order value (笔单价): net revenue ÷ purchases, 0 without purchases. `divide` lets an
 * export round exactly (e.g. to whole cents) without restating the definition.
 * @example averageOrderValue(1000, 4) // → 250
 * @example averageOrderValue(500, 0) // → 0
 */
export function averageOrderValue(
	revenueCents: number,
	purchases: number,
	divide: (a: number, b: number) => number = (a, b) => a / b
): number {
	return purchases === 0 ? 0 : divide(revenueCents, purchases);
}

/**
 * Average order value to show: null without purchases (only returns, or nothing), where there is
 * no order value to average, so pages show "—" rather than a made-up 0.
 * @example shownAverageOrderValue({ revenueCents: 1000, purchases: 4 }) // → 250
 * @example shownAverageOrderValue({ revenueCents: -500, purchases: 0 }) // → null
 */
export function shownAverageOrderValue(totals: {
	revenueCents: number;
	purchases: number;
}): number | null {
	return totals.purchases === 0 ? null : averageOrderValue(totals.revenueCents, totals.purchases);
}

/**
 * One customer's average order value from the customer table (net revenue ÷ purchases up to D).
 * @example customerAov({ monetaryCents: [5000], frequency: [2] }, 0) // → 2500
 */
export function customerAov(
	customers: Pick<CustomerTable, 'monetaryCents' | 'frequency'>,
	customer: number,
	divide?: (a: number, b: number) => number
): number {
	return averageOrderValue(
		customers.monetaryCents[customer],
		customers.frequency[customer],
		divide
	);
}

/** What a customer is measured by on an axis or in a range filter. Money in cents. */
export type CustomerMetric = 'recency' | 'frequency' | 'monetary' | 'aov';

/** Customer metrics in menu order. */
export const CUSTOMER_METRICS: readonly CustomerMetric[] = [
	'recency',
	'frequency',
	'monetary',
	'aov'
];

/**
 * One customer's raw metric: days since the last purchase, purchases, net revenue (cents) or
 * average order value (cents).
 * @example customerMetric({ recencyDays: [3], frequency: [2], monetaryCents: [5000] }, 'aov', 0) // → 2500
 */
export function customerMetric(
	customers: Pick<CustomerTable, 'recencyDays' | 'frequency' | 'monetaryCents'>,
	metric: CustomerMetric,
	customer: number
): number {
	switch (metric) {
		case 'recency':
			return customers.recencyDays[customer];
		case 'frequency':
			return customers.frequency[customer];
		case 'monetary':
			return customers.monetaryCents[customer];
		case 'aov':
			return customerAov(customers, customer);
	}
}

/**
 * A part of a whole, 0 when the whole is not positive (a share of nothing, or of a net loss).
 * @example share(1, 4) // → 0.25
 * @example share(3, 0) // → 0
 */
export function share(part: number, whole: number): number {
	return whole > 0 ? part / whole : 0;
}

/**
 * Mean of a sum over a count, 0 when the count is 0.
 * @example mean(30, 4) // → 7.5
 * @example mean(30, 0) // → 0
 */
export function mean(sum: number, count: number): number {
	return count === 0 ? 0 : sum / count;
}

/**
 * Repeat (repurchase) rate: customers with ≥ 2 purchases ÷ customers, 0 without customers.
 * @example repeatRate(1, 3) // → 0.333…
 */
export function repeatRate(repeaters: number, customers: number): number {
	return mean(repeaters, customers);
}

/**
 * Mean of per-group means weighted by each group's size, 0 when the weights sum to 0.
 * @example weightedMean([10, 20], [1, 3]) // → 17.5
 */
export function weightedMean(values: ArrayLike<number>, weights: ArrayLike<number>): number {
	let sum = 0;
	let total = 0;
	for (let i = 0; i < values.length; i++) {
		sum += values[i] * weights[i];
		total += weights[i];
	}
	return mean(sum, total);
}

/** Totals of a whole grouping (every segment, or every tier): what a table's last row shows. */
export interface GroupTotals {
	customers: number;
	share: number;
	revenueCents: number;
	revenueShare: number;
	purchases: number;
	aovCents: number;
	/** Purchases per customer. */
	meanFrequency: number;
	repurchaseRate: number;
	meanRecencyDays: number;
}

/**
 * Totals of a grouping: sums, AOV over the summed revenue and purchases, and the groups' means
 * weighted by their customers.
 * @example
 * // groups (2 customers, 3000 cents, 4 purchases, repurchase 0.5, recency 5)
 * //    and (2 customers, 1000 cents, 2 purchases, repurchase 0,   recency 15)
 * // → customers 4, revenueCents 4000, purchases 6, aovCents 666.67, meanFrequency 1.5,
 * //   repurchaseRate 0.25, meanRecencyDays 10
 */
export function groupTotals(
	groups: readonly Pick<
		GroupProfile,
		| 'customers'
		| 'share'
		| 'revenueCents'
		| 'revenueShare'
		| 'purchases'
		| 'repurchaseRate'
		| 'meanRecencyDays'
	>[]
): GroupTotals {
	let customers = 0;
	let shareSum = 0;
	let revenueCents = 0;
	let revenueShare = 0;
	let purchases = 0;
	for (const group of groups) {
		customers += group.customers;
		shareSum += group.share;
		revenueCents += group.revenueCents;
		revenueShare += group.revenueShare;
		purchases += group.purchases;
	}
	const sizes = groups.map((g) => g.customers);
	return {
		customers,
		share: shareSum,
		revenueCents,
		revenueShare,
		purchases,
		aovCents: averageOrderValue(revenueCents, purchases),
		meanFrequency: mean(purchases, customers),
		repurchaseRate: weightedMean(
			groups.map((g) => g.repurchaseRate),
			sizes
		),
		meanRecencyDays: weightedMean(
			groups.map((g) => g.meanRecencyDays),
			sizes
		)
	};
}

/** A cross table as rows of numbers with row, column and grand totals. */
export interface CrossTotals {
	rows: number[][];
	rowTotals: number[];
	columnTotals: number[];
	total: number;
	/** Largest cell (0 when every cell is ≤ 0), for shading. */
	max: number;
}

/**
 * A cross table's customers or net revenue as rows with totals.
 * @example
 * // 2 × 2 customers [1, 2, 3, 4] → rows [[1, 2], [3, 4]], rowTotals [3, 7], columnTotals [4, 6],
 * // total 10, max 4
 */
export function crossTotals(table: CrossTable, metric: 'customers' | 'revenue'): CrossTotals {
	const values = metric === 'customers' ? table.customers : table.revenueCents;
	const rows = Array.from({ length: table.rows }, (_, r) =>
		Array.from({ length: table.columns }, (_, c) => values[r * table.columns + c])
	);
	const rowTotals = rows.map((row) => row.reduce((a, b) => a + b, 0));
	const columnTotals = Array.from({ length: table.columns }, (_, c) =>
		rows.reduce((sum, row) => sum + row[c], 0)
	);
	const total = rowTotals.reduce((a, b) => a + b, 0);
	const max = Math.max(0, ...rows.flat());
	return { rows, rowTotals, columnTotals, total, max };
}
