/**
 * Tiers on predicted CLV, checked against CLV computed here from the published formulas (Fader,
 * Hardie & Lee 2005, eq. 10; Fader & Hardie 2013, eq. 5) with fixed parameters, independently of
 * `core/clv`.
 */
import { describe, expect, it } from 'vitest';
import { transactionSummary } from '../clv/summary';
import { scoreCustomers } from '../clv/value';
import { analyze } from './analyze';
import { orderTable } from './order-table.fixture';
import { prepare } from './prepare';
import { DEFAULT_SETTINGS, NONE, type AnalysisSettings } from './types';

const BGNBD = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const GG = { p: 6.25, q: 3.74, v: 15.44 };
const D = 100;
const WEEK = 7;
const HORIZON_DAYS = 365;
const DISCOUNT = 0.01;

/** [customer, day, cents]; customer 5 buys and returns more the same day (scored, no CLV). */
const ROWS: [number, number, number][] = [
	[0, 0, 2000],
	[0, 30, 4000],
	[0, 60, 3000],
	[0, 90, 5000],
	[1, 10, 10000],
	[1, 20, 10000],
	[2, 50, 3000],
	[3, 5, 2500],
	[3, 15, 2500],
	[3, 25, 2500],
	[4, 80, 6000],
	[4, 95, 6000],
	[5, 40, 500],
	[5, 40, -1000],
	[6, 99, 1000],
	[7, 0, 50000],
	[7, 98, 1000]
];
/** (x, t_x, T in days, mean repeat spend) read off ROWS by hand; null: no transaction day. */
const BY_HAND: ([number, number, number, number] | null)[] = [
	[3, 90, 100, 40],
	[1, 10, 90, 100],
	[0, 0, 50, 0],
	[2, 20, 95, 25],
	[1, 15, 20, 60],
	null,
	[0, 0, 1, 0],
	[1, 98, 100, 10]
];

/** Gauss's hypergeometric series 2F1(a, b; c; z), |z| < 1. */
function hyp2f1(a: number, b: number, c: number, z: number): number {
	let term = 1;
	let sum = 1;
	for (let k = 0; k < 10000 && Math.abs(term) > 1e-16 * Math.abs(sum); k++) {
		term *= ((a + k) * (b + k) * z) / ((c + k) * (k + 1));
		sum += term;
	}
	return sum;
}

/** E[Y(t) | x, t_x, T], FHL 2005 eq. 10 (t, t_x, T in weeks). */
function conditionalExpected(x: number, tx: number, T: number, t: number): number {
	const { r, alpha, a, b } = BGNBD;
	const head = (a + b + x - 1) / (a - 1);
	const tail =
		1 -
		((alpha + T) / (alpha + T + t)) ** (r + x) *
			hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t));
	const alive = 1 + (x > 0 ? (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x) : 0);
	return (head * tail) / alive;
}

/** Σ over months of (E[Y(tₘ)] − E[Y(tₘ₋₁)]) × E[Z] / (1 + d)^m, the last month partial. */
function clvByHand(x: number, txDays: number, TDays: number, zbar: number): number {
	const { p, q, v } = GG;
	const orderValue = (p * (v + x * zbar)) / (p * x + q - 1);
	const month = 365.25 / 12;
	let total = 0;
	let previous = 0;
	for (let m = 1; (m - 1) * month < HORIZON_DAYS; m++) {
		const t = Math.min(m * month, HORIZON_DAYS) / WEEK;
		const cumulative = conditionalExpected(x, txDays / WEEK, TDays / WEEK, t);
		total += (cumulative - previous) / (1 + DISCOUNT) ** m;
		previous = cumulative;
	}
	return total * orderValue;
}

describe('tiers on predicted CLV', () => {
	const prepared = prepare(orderTable(ROWS), BY_HAND.length);
	const summary = transactionSummary(prepared, D, WEEK);
	const clv = scoreCustomers(summary, BGNBD, GG, HORIZON_DAYS, DISCOUNT).clv;
	const expected = BY_HAND.map((row) => (row ? clvByHand(...row) : NaN));
	const settings: AnalysisSettings = {
		...DEFAULT_SETTINGS,
		asOfDay: D,
		tiers: { ...DEFAULT_SETTINGS.tiers, metric: 'clv' }
	};

	it('the forecast gives the CLV of the published formulas', () => {
		expected.forEach((value, c) => {
			if (Number.isNaN(value)) expect(clv[c]).toBeNaN();
			else expect(clv[c]).toBeCloseTo(value, 8);
		});
	});

	it('ranks every scored customer by that CLV, customers without one lowest', () => {
		// The tier rule by hand: share of the 8 scored customers with a strictly lower CLV (no CLV
		// counts as lower than any), gold ≥ 0.8, silver ≥ 0.5, regular otherwise.
		const rank = expected.map((v) => (Number.isNaN(v) ? -Infinity : v));
		const keys = rank.map((v) => {
			const share = rank.filter((w) => w < v).length / rank.length;
			return share >= 0.8 ? 'gold' : share >= 0.5 ? 'silver' : 'regular';
		});
		const result = analyze(prepared, settings, [], clv);
		expect(result.scoredCount).toBe(8);
		expect([...result.customers.tier].map((t) => settings.tiers.tiers[t].key)).toEqual(keys);
		expect(keys[5]).toBe('regular');
		// 8 customers: gold needs 7 strictly below (1 customer), silver 4 (3 customers).
		expect(result.tiers.map((t) => t.customers)).toEqual([1, 3, 4]);
		expect(result.tierIssue).toBeUndefined();
	});

	it('puts everyone in the lowest tier, and says so, when no customer has a CLV', () => {
		for (const missing of [null, new Float64Array(BY_HAND.length).fill(NaN)]) {
			const result = analyze(prepared, settings, [], missing);
			expect(result.tierIssue).toBe('clv_unavailable');
			expect([...result.customers.tier]).toEqual(new Array(8).fill(2));
		}
	});

	it('ignores the CLV for other tier metrics', () => {
		const monetary = { ...settings, tiers: DEFAULT_SETTINGS.tiers };
		expect(analyze(prepared, monetary, [], clv).customers.tier).toEqual(
			analyze(prepared, monetary).customers.tier
		);
		expect(analyze(prepared, monetary).customers.tier.includes(NONE)).toBe(false);
	});
});
