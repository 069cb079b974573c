import { describe, expect, it } from 'vitest';
import { expectedTransactions } from '../clv/bgnbd';
import { CUSTOMER_STATUS, type TransactionSummary } from '../clv/summary';
import { monthlyExpectedPurchases } from './forecast-months';

const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

function summary(rows: { x: number; tx: number; T: number; status?: number }[], unitDays: number) {
	const n = rows.length;
	return {
		customerCount: n,
		unitDays,
		asOfDay: 0,
		status: Uint8Array.from(rows, (r) => r.status ?? CUSTOMER_STATUS.modeled),
		x: Int32Array.from(rows, (r) => r.x),
		firstDay: new Int32Array(n),
		lastDay: new Int32Array(n),
		tx: Float64Array.from(rows, (r) => r.tx),
		T: Float64Array.from(rows, (r) => r.T),
		zbar: new Float64Array(n),
		holdoutX: new Int32Array(n)
	} satisfies TransactionSummary;
}

describe('monthlyExpectedPurchases', () => {
	it('differences the cumulative expectation month by month, in the summary unit', () => {
		// weekly units: one month = 365.25 / 12 / 7 = 4.348… weeks
		const m = 365.25 / 12 / 7;
		const s = summary([{ x: 2, tx: 30.43, T: 38.86 }], 7);
		const e1 = expectedTransactions(params, 2, 30.43, 38.86, m);
		const e3 = expectedTransactions(params, 2, 30.43, 38.86, 3 * m);
		const out = monthlyExpectedPurchases(params, s, 3);
		expect(out[0]).toBeCloseTo(e1, 12);
		expect(out[0] + out[1] + out[2]).toBeCloseTo(e3, 12);
		expect(out[0]).toBeGreaterThan(0);
	});

	it('adds customers up and skips the ones not modelled', () => {
		const one = summary([{ x: 1, tx: 2, T: 5 }], 30);
		const two = summary(
			[
				{ x: 1, tx: 2, T: 5 },
				{ x: 1, tx: 2, T: 5 },
				{ x: 9, tx: 4, T: 5, status: CUSTOMER_STATUS.returnsOnly }
			],
			30
		);
		const a = monthlyExpectedPurchases(params, one, 4);
		const b = monthlyExpectedPurchases(params, two, 4);
		for (let t = 0; t < 4; t++) expect(b[t]).toBeCloseTo(2 * a[t], 12);
	});
});
