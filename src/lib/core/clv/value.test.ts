import { describe, expect, it } from 'vitest';
import { prepare } from '../analytics/prepare';
import { expectedTransactions } from './bgnbd';
import { transactionSummary } from './summary';
import { customerValue, MONTH_DAYS, scoreCustomers } from './value';

const CDNOW = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('customerValue', () => {
	it('without discount is order value × expected purchases over the horizon', () => {
		const value = customerValue(CDNOW, 2, 30.43, 38.86, 7, 365, 0, 20);
		expect(value).toBeCloseTo(20 * expectedTransactions(CDNOW, 2, 30.43, 38.86, 365 / 7), 10);
	});

	it('discounts month m by (1 + d)^m, the last month partial', () => {
		// Hand-built sum: 45 days = one full month and 45 − 30.4375 days of the second.
		const E = (days: number) => expectedTransactions(CDNOW, 1, 3, 10, days / 7);
		const byHand = 30 * (E(MONTH_DAYS) / 1.05 + (E(45) - E(MONTH_DAYS)) / 1.05 ** 2);
		expect(customerValue(CDNOW, 1, 3, 10, 7, 45, 0.05, 30)).toBeCloseTo(byHand, 12);
	});
});

describe('scoreCustomers', () => {
	it('gives NaN to customers without transaction days and numbers to the others', () => {
		const prepared = prepare(
			{
				customer: Int32Array.of(0, 0, 1, 2),
				day: Int32Array.of(0, 14, 3, 7),
				amountCents: Float64Array.of(1000, 3000, -500, 2000),
				length: 4
			},
			3
		);
		const s = transactionSummary(prepared, 28, 7);
		const scores = scoreCustomers(s, CDNOW, { p: 6.25, q: 3.74, v: 15.44 }, 365, 0.01);
		expect(scores.clv[1]).toBeNaN();
		expect(scores.pAlive[1]).toBeNaN();
		expect(scores.pAlive[2]).toBe(1);
		// customer 0: x = 1, zbar = 30 → p(v + x zbar)/(px + q − 1)
		expect(scores.expectedAov[0]).toBeCloseTo((6.25 * (15.44 + 30)) / (6.25 + 2.74), 10);
		expect(scores.expectedAov[2]).toBeCloseTo((6.25 * 15.44) / 2.74, 10);
		const withoutSpend = scoreCustomers(s, CDNOW, null, 365, 0.01);
		expect(withoutSpend.clv[0]).toBeNaN();
		expect(withoutSpend.expectedPurchases[0]).toBeCloseTo(scores.expectedPurchases[0], 12);
	});
});
