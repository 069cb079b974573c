/**
 * The whole forecast of a dataset as of D: summary, readiness, both fits, per-customer scores and
 * the model check. Returns codes, never sentences.
 */
import type { PreparedOrders } from '../analytics/prepare';
import { fitBgnbd, type BgnbdParams, type FitDiagnostics } from './bgnbd';
import { fitGammaGamma, type GammaGammaParams } from './gamma-gamma';
import { holdoutCheck, type HoldoutCheck } from './holdout';
import {
	CUSTOMER_STATUS,
	transactionSummary,
	UNIT_DAYS,
	type TimeUnit,
	type TransactionSummary
} from './summary';
import { MONTH_DAYS, scoreCustomers, type CustomerForecasts } from './value';

/** What the user chooses on the forecast page. */
export interface ForecastOptions {
	unit: TimeUnit;
	/** Horizon of expected purchases and CLV, days (default 365). */
	horizonDays: number;
	/** Monthly discount rate of CLV, e.g. 0.01. */
	discountMonthly: number;
	/**
	 * Split day S < D for the model check: fit on orders up to S, compare with (S, D]. Without it
	 * the check uses the orders after D, when there are any.
	 */
	holdoutDay?: number | null;
}

/** Options a dataset starts with. */
export const DEFAULT_FORECAST_OPTIONS: ForecastOptions = {
	unit: 'week',
	horizonDays: 365,
	discountMonthly: 0.01
};

/** Below these the models are not fitted (or not shown). */
export const MIN_CUSTOMERS = 200;
export const MIN_HISTORY_DAYS = 3 * MONTH_DAYS;
export const MIN_REPEAT_BUYERS = 20;
export const MIN_REPEAT_SHARE = 0.02;

/** Why (part of) the forecast is not shown, with the numbers behind it. */
export type ForecastIssue =
	| { code: 'too_few_customers'; params: { customers: number; minimum: number } }
	| { code: 'short_history'; params: { days: number; minimum: number } }
	| { code: 'few_repeat_buyers'; params: { repeatBuyers: number; customers: number } }
	| { code: 'fit_failed'; params: { model: 'bgnbd' | 'gamma_gamma' } }
	| { code: 'spend_unbounded'; params: { q: number } }
	| { code: 'few_repeat_spenders'; params: { customers: number } };

/** A fitted model with the optimiser's report. */
export interface Fitted<P> {
	params: P;
	diagnostics: FitDiagnostics;
}

/** The forecast of a dataset. Per-customer arrays are NaN where there is not enough data. */
export interface ForecastModel {
	asOfDay: number;
	options: ForecastOptions;
	/** Customers with a transaction day up to D, of them with x > 0, and returns-only customers. */
	customers: number;
	repeatBuyers: number;
	returnsOnly: number;
	/** D − the earliest first transaction day. */
	historyDays: number;
	/** Empty when everything is shown. */
	issues: ForecastIssue[];
	bgnbd: Fitted<BgnbdParams> | null;
	gammaGamma: (Fitted<GammaGammaParams> & { customers: number }) | null;
	scores: CustomerForecasts;
	check: HoldoutCheck | null;
}

/** Parameters outside this range mean the optimiser ran off to a boundary. */
const SANE = [1e-8, 1e8];
const sane = (values: number[]) =>
	values.every((v) => Number.isFinite(v) && v > SANE[0] && v < SANE[1]);

/**
 * Forecast every customer as of `asOfDay`.
 * @example
 * forecastModel(cdnowPrepared, 1997-09-30, { unit: 'week', horizonDays: 365, discountMonthly: 0.01 })
 * // → bgnbd.params ≈ { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 }, check over 1997-10-01 … 1998-06-30
 */
export function forecastModel(
	prepared: PreparedOrders,
	asOfDay: number,
	options: ForecastOptions
): ForecastModel {
	const unitDays = UNIT_DAYS[options.unit];
	const latest = prepared.latestOrderDay ?? asOfDay;
	const summary = transactionSummary(prepared, asOfDay, unitDays, Math.max(latest, asOfDay));
	let customers = 0;
	let repeatBuyers = 0;
	let returnsOnly = 0;
	let firstOfAll = asOfDay;
	for (let c = 0; c < summary.customerCount; c++) {
		if (summary.status[c] === CUSTOMER_STATUS.returnsOnly) returnsOnly++;
		if (summary.status[c] !== CUSTOMER_STATUS.modeled) continue;
		customers++;
		if (summary.x[c] > 0) repeatBuyers++;
		firstOfAll = Math.min(firstOfAll, summary.firstDay[c]);
	}
	const historyDays = asOfDay - firstOfAll;
	const issues = readiness(customers, repeatBuyers, historyDays);
	const empty = scoreless(summary.customerCount);
	const base = { asOfDay, options, customers, repeatBuyers, returnsOnly, historyDays, issues };
	if (issues.length) return { ...base, bgnbd: null, gammaGamma: null, scores: empty, check: null };
	const bgnbd = fitBgnbd(summary);
	if (!bgnbd || !bgnbd.diagnostics.converged || !sane(Object.values(bgnbd.params))) {
		issues.push({ code: 'fit_failed', params: { model: 'bgnbd' } });
		return { ...base, bgnbd: null, gammaGamma: null, scores: empty, check: null };
	}
	const spend = fitGammaGamma(summary);
	let gammaGamma: ForecastModel['gammaGamma'] = null;
	if (!spend || spend.customers < MIN_REPEAT_BUYERS)
		issues.push({ code: 'few_repeat_spenders', params: { customers: spend?.customers ?? 0 } });
	else if (!spend.diagnostics.converged || !sane(Object.values(spend.params)))
		issues.push({ code: 'fit_failed', params: { model: 'gamma_gamma' } });
	else if (!(spend.params.q > 1))
		issues.push({ code: 'spend_unbounded', params: { q: spend.params.q } });
	else gammaGamma = spend;
	const scores = scoreCustomers(
		summary,
		bgnbd.params,
		gammaGamma?.params ?? null,
		options.horizonDays,
		options.discountMonthly
	);
	return {
		...base,
		bgnbd,
		gammaGamma,
		scores,
		check: modelCheck(prepared, summary, options, bgnbd)
	};
}

/** The readiness issues of a dataset (empty when the models may be fitted). */
export function readiness(
	customers: number,
	repeatBuyers: number,
	historyDays: number
): ForecastIssue[] {
	const issues: ForecastIssue[] = [];
	if (customers < MIN_CUSTOMERS)
		issues.push({ code: 'too_few_customers', params: { customers, minimum: MIN_CUSTOMERS } });
	if (historyDays < MIN_HISTORY_DAYS)
		issues.push({
			code: 'short_history',
			params: { days: historyDays, minimum: Math.ceil(MIN_HISTORY_DAYS) }
		});
	if (repeatBuyers < MIN_REPEAT_BUYERS || repeatBuyers < MIN_REPEAT_SHARE * customers)
		issues.push({ code: 'few_repeat_buyers', params: { repeatBuyers, customers } });
	return issues;
}

/**
 * The model check: with a split day S < D, a separate fit on orders up to S checked on (S, D];
 * otherwise the main fit checked on the orders after D. Null when there is nothing to hold out or
 * the split fit is not possible.
 */
function modelCheck(
	prepared: PreparedOrders,
	main: TransactionSummary,
	options: ForecastOptions,
	fitted: Fitted<BgnbdParams>
): HoldoutCheck | null {
	const { asOfDay, unitDays } = main;
	const split = options.holdoutDay;
	if (split != null && split < asOfDay) {
		const summary = transactionSummary(prepared, split, unitDays, asOfDay);
		const fit = fitBgnbd(summary);
		if (!fit || !fit.diagnostics.converged || !sane(Object.values(fit.params))) return null;
		return holdoutCheck(prepared, summary, fit.params, asOfDay);
	}
	const latest = prepared.latestOrderDay;
	if (latest == null || latest <= asOfDay) return null;
	return holdoutCheck(prepared, main, fitted.params, latest);
}

function scoreless(n: number): CustomerForecasts {
	return {
		pAlive: new Float64Array(n).fill(NaN),
		expectedPurchases: new Float64Array(n).fill(NaN),
		expectedAov: new Float64Array(n).fill(NaN),
		clv: new Float64Array(n).fill(NaN)
	};
}
