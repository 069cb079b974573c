import { describe, expect, it } from 'vitest';
import { prepare } from '../analytics/prepare';
import { CUSTOMER_STATUS, transactionSummary } from './summary';

/** [customer, day, cents] rows as prepared orders. */
function prepared(rows: [number, number, number][], customers: number) {
	return prepare(
		{
			customer: Int32Array.from(rows.map((r) => r[0])),
			day: Int32Array.from(rows.map((r) => r[1])),
			amountCents: Float64Array.from(rows.map((r) => r[2])),
			length: rows.length
		},
		customers
	);
}

describe('transactionSummary', () => {
	const p = prepared(
		[
			// customer 0: +10 on day 0, +5 and −1 on day 7 (one transaction of 4), −3 on day 9
			// (a return day, not a transaction), a zero order on day 14 (a visit), +8 on day 30 (after D)
			[0, 0, 1000],
			[0, 7, 500],
			[0, 7, -100],
			[0, 9, -300],
			[0, 14, 0],
			[0, 30, 800],
			// customer 1: only a return up to D
			[1, 3, -500],
			// customer 2: first order after D
			[2, 29, 700],
			// customer 3: a return then a purchase on day 21
			[3, 2, -200],
			[3, 21, 1200]
		],
		5
	);

	it('merges same-day orders and skips return days (hand-computed, weeks)', () => {
		const s = transactionSummary(p, 28, 7, 35);
		expect([...s.status]).toEqual([
			CUSTOMER_STATUS.modeled,
			CUSTOMER_STATUS.returnsOnly,
			CUSTOMER_STATUS.noOrders,
			CUSTOMER_STATUS.modeled,
			CUSTOMER_STATUS.noOrders
		]);
		expect([s.x[0], s.tx[0], s.T[0], s.zbar[0], s.holdoutX[0]]).toEqual([2, 2, 4, 2, 1]);
		expect([s.x[3], s.tx[3], s.T[3], s.zbar[3], s.holdoutX[3]]).toEqual([0, 0, 1, 0, 0]);
		// customer 2 joins after D: nothing to hold out for them
		expect(s.holdoutX[2]).toBe(0);
	});

	it('measures in days or months as asked', () => {
		const days = transactionSummary(p, 28, 1);
		expect([days.tx[0], days.T[0]]).toEqual([14, 28]);
		const months = transactionSummary(p, 28, 365.25 / 12);
		expect(months.T[0]).toBeCloseTo(28 / 30.4375, 12);
		expect(days.holdoutX[0]).toBe(0);
	});
});
