/**
 * Test helper: an `OrderTable` from readable rows.
 */
import type { OrderTable } from '../orders';

/**
 * Orders from `[customer, day, amountCents]` rows.
 * @example orderTable([[0, 5, 1000]]) // → { customer: [0], day: [5], amountCents: [1000], length: 1 }
 */
export function orderTable(rows: readonly (readonly [number, number, number])[]): OrderTable {
	return {
		customer: Int32Array.from(rows, (r) => r[0]),
		day: Int32Array.from(rows, (r) => r[1]),
		amountCents: Float64Array.from(rows, (r) => r[2]),
		length: rows.length
	};
}

/**
 * The shared example shop, as of day 100 (its latest purchase). Days 0–30 are Jan 1970, 31–58 Feb,
 * 59–89 Mar, 90–119 Apr.
 * - 0 "A": +10.00 day 10, +20.00 day 50, +30.00 day 90 → F 3, M 6000, recency 10
 * - 1 "B": +5.00 and +7.00 both on day 20, −2.00 day 60 → F 2, M 1000, recency 80
 * - 2 "C": −4.00 day 30 only → unscored, M −400
 * - 3 "D": +8.00 day 100 → F 1, M 800, recency 0
 * - 4 "E": +100.00 day 5, −100.00 day 8 (full return) → F 1, M 0, recency 95
 * - 5 "F": +15.00 day 70, +15.00 day 100 → F 2, M 3000, recency 0
 * - 6 "G": no orders → unscored
 */
export const SHOP_ROWS: readonly (readonly [number, number, number])[] = [
	[5, 100, 1500],
	[0, 50, 2000],
	[1, 20, 500],
	[0, 10, 1000],
	[1, 20, 700],
	[2, 30, -400],
	[3, 100, 800],
	[4, 8, -10000],
	[0, 90, 3000],
	[1, 60, -200],
	[4, 5, 10000],
	[5, 70, 1500]
];

export const SHOP_CUSTOMERS = 7;
