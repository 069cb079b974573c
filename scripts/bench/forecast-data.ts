/**
 * The simulated shop of the forecast benchmarks (`forecast.ts` in Node, `forecast-browser.ts` in
 * Chromium's worker): customers drawn from the BG/NBD story itself (rates ~ Gamma(0.5, 20 days),
 * drop-out ~ Beta(0.8, 3), order values ~ Gamma(4, ·) with customer-level scale), first purchases
 * spread over a year, the as-of date two years in and orders after it kept as the holdout.
 */
import { prepare, type PreparedOrders } from '../../src/lib/core/analytics/prepare';
import { fitBgnbd } from '../../src/lib/core/clv/bgnbd';
import { forecastModel, type ForecastOptions } from '../../src/lib/core/clv/forecast';
import { fitGammaGamma } from '../../src/lib/core/clv/gamma-gamma';
import { histogram, quantile, slippingAway, valueAtStake } from '../../src/lib/core/clv/stakes';
import { transactionSummary } from '../../src/lib/core/clv/summary';
import { scoreCustomers } from '../../src/lib/core/clv/value';
import { Random } from '../../src/lib/core/demo/random';

/** The as-of date D and the end of the holdout, days. */
export const AS_OF = 730;
export const END = 1095;
/** The forecast page's default options, in weeks. */
const OPTIONS: ForecastOptions = { unit: 'week', horizonDays: 365, discountMonthly: 0.01 };

/** Prepared orders of `customers` simulated customers, the same for the same seed. */
export function simulate(customers: number, seed: number) {
	const random = new Random(seed);
	const customer: number[] = [];
	const day: number[] = [];
	const cents: number[] = [];
	for (let c = 0; c < customers; c++) {
		const rate = random.gamma(0.5, 1 / 20);
		const dropOut = random.beta(0.8, 3);
		const scale = 1 / random.gamma(6, 1 / 120);
		// The BG/NBD story: a Poisson process from the first purchase; after each *repeat*
		// purchase the customer leaves with probability dropOut.
		let t = random.float() * 365;
		for (let k = 0; ; k++) {
			customer.push(c);
			day.push(Math.floor(t));
			cents.push(Math.round(random.gamma(4, scale) * 100));
			if (k > 0 && random.float() < dropOut) break;
			t += random.exponential(rate);
			if (t > END) break;
		}
	}
	return prepare(
		{
			customer: Int32Array.from(customer),
			day: Int32Array.from(day),
			amountCents: Float64Array.from(cents),
			length: customer.length
		},
		customers
	);
}

/** Milliseconds of each step of the forecast of one simulated shop. */
export interface ForecastTimings {
	customers: number;
	orders: number;
	summary: number;
	bgnbd: number;
	gammaGamma: number;
	scoring: number;
	/** summary + both fits + per-customer scoring: the target's "fit plus scoring". */
	fitAndScore: number;
	/** `forecastModel` as the app's worker calls it, holdout check included. */
	wholeModel: number;
	/** What the worker adds for the page: totals, histograms, the slipping-away list. */
	pageFigures: number;
	converged: boolean;
}

/**
 * Time the forecast of prepared orders step by step with `clock` (performance.now in Node or a
 * worker), then as one `forecastModel` call; returns the timings and the model's scores.
 */
export function timeForecast(prepared: PreparedOrders, clock: () => number) {
	const t0 = clock();
	const summary = transactionSummary(prepared, AS_OF, 7, END);
	const t1 = clock();
	const bgnbd = fitBgnbd(summary);
	const t2 = clock();
	const gg = fitGammaGamma(summary);
	const t3 = clock();
	if (bgnbd && gg) scoreCustomers(summary, bgnbd.params, gg.params, 365, 0.01);
	const t4 = clock();
	const model = forecastModel(prepared, AS_OF, OPTIONS);
	const t5 = clock();
	const { clv, pAlive, expectedPurchases } = model.scores;
	valueAtStake(new Uint8Array(clv.length), 1, clv, expectedPurchases);
	histogram(pAlive, 0, 1, 20);
	histogram(clv, 0, quantile(clv, 0.99) || 1, 20);
	slippingAway(clv, pAlive, 50);
	const t6 = clock();
	const timings: ForecastTimings = {
		customers: prepared.offsets.length - 1,
		orders: prepared.day.length,
		summary: t1 - t0,
		bgnbd: t2 - t1,
		gammaGamma: t3 - t2,
		scoring: t4 - t3,
		fitAndScore: t4 - t0,
		wholeModel: t5 - t4,
		pageFigures: t6 - t5,
		converged: !!bgnbd?.diagnostics.converged && !!gg?.diagnostics.converged
	};
	return { timings, scores: model.scores };
}
