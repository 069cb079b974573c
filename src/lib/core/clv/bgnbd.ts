/**
 * The BG/NBD model (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way"): while
 * alive a customer buys as a Poisson process (rate λ ~ Gamma(r, α)); after each purchase they drop
 * out with probability p ~ Beta(a, b). Time is in the summary's unit; α is in that unit.
 */
import { nelderMead } from './nelder-mead';
import { hyp2f1, lnGamma } from './special';
import { CUSTOMER_STATUS, type TransactionSummary } from './summary';

/** Fitted BG/NBD parameters (α in the time unit of the summary it was fitted on). */
export interface BgnbdParams {
	r: number;
	alpha: number;
	a: number;
	b: number;
}

/** An optimiser's account of a fit. */
export interface FitDiagnostics {
	logLikelihood: number;
	iterations: number;
	evaluations: number;
	converged: boolean;
}

/** ln(eᵘ + eᵛ) without overflow. */
function logSumExp(u: number, v: number): number {
	const hi = Math.max(u, v);
	if (hi === -Infinity) return -Infinity;
	return hi + Math.log1p(Math.exp(Math.min(u, v) - hi));
}

/**
 * Log-likelihood of one customer, computed in log space (finite for x in the tens of thousands):
 * lnΓ(r+x) − lnΓ(r) + r ln α + lnΓ(a+b) + lnΓ(b+x) − lnΓ(b) − lnΓ(a+b+x)
 * + ln(e^A₃ + [x>0] e^A₄), A₃ = −(r+x) ln(α+T), A₄ = ln a − ln(b+x−1) − (r+x) ln(α+t_x).
 * @example bgnbdLogLikelihood({ r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 }, 0, 0, 38.86)
 * // → ≈ −0.7297 (= 0.2426 · ln(4.4136 / 43.2736))
 */
export function bgnbdLogLikelihood(p: BgnbdParams, x: number, tx: number, T: number): number {
	const { r, alpha, a, b } = p;
	const head =
		lnGamma(r + x) -
		lnGamma(r) +
		r * Math.log(alpha) +
		lnGamma(a + b) +
		lnGamma(b + x) -
		lnGamma(b) -
		lnGamma(a + b + x);
	const a3 = -(r + x) * Math.log(alpha + T);
	const a4 = x > 0 ? Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx) : -Infinity;
	return head + logSumExp(a3, a4);
}

/**
 * The customers the fit reads, compressed: customers with x = 0 grouped by T (in days), the others
 * one by one. T and t_x are whole days, so ln(α + days / unit) comes from a per-evaluation table.
 */
interface FitData {
	unitDays: number;
	maxDays: number;
	/** Distinct x values of repeat customers. */
	xs: Int32Array;
	/** Per x = 0 group: T in days and customer count. */
	zeroT: Int32Array;
	zeroCount: Float64Array;
	/** Per repeat customer: index into `xs`, x, t_x and T in days. */
	xIndex: Int32Array;
	x: Int32Array;
	txDays: Int32Array;
	tDays: Int32Array;
	customers: number;
}

function fitData(s: TransactionSummary): FitData {
	let maxDays = 0;
	let repeat = 0;
	for (let c = 0; c < s.customerCount; c++) {
		if (s.status[c] !== CUSTOMER_STATUS.modeled) continue;
		maxDays = Math.max(maxDays, s.asOfDay - s.firstDay[c]);
		if (s.x[c] > 0) repeat++;
	}
	const zeroByT = new Float64Array(maxDays + 1);
	const xSeen = new Map<number, number>();
	const xIndex = new Int32Array(repeat);
	const x = new Int32Array(repeat);
	const txDays = new Int32Array(repeat);
	const tDays = new Int32Array(repeat);
	let k = 0;
	let customers = 0;
	for (let c = 0; c < s.customerCount; c++) {
		if (s.status[c] !== CUSTOMER_STATUS.modeled) continue;
		customers++;
		const T = s.asOfDay - s.firstDay[c];
		if (s.x[c] === 0) {
			zeroByT[T]++;
			continue;
		}
		let xi = xSeen.get(s.x[c]);
		if (xi === undefined) xSeen.set(s.x[c], (xi = xSeen.size));
		xIndex[k] = xi;
		x[k] = s.x[c];
		txDays[k] = s.lastDay[c] - s.firstDay[c];
		tDays[k] = T;
		k++;
	}
	let groups = 0;
	for (let d = 0; d <= maxDays; d++) if (zeroByT[d] > 0) groups++;
	const zeroT = new Int32Array(groups);
	const zeroCount = new Float64Array(groups);
	groups = 0;
	for (let d = 0; d <= maxDays; d++) {
		if (zeroByT[d] > 0) {
			zeroT[groups] = d;
			zeroCount[groups++] = zeroByT[d];
		}
	}
	const xs = new Int32Array(xSeen.size);
	for (const [value, index] of xSeen) xs[index] = value;
	return {
		unitDays: s.unitDays,
		maxDays,
		xs,
		zeroT,
		zeroCount,
		xIndex,
		x,
		txDays,
		tDays,
		customers
	};
}

/** Total log-likelihood over the compressed customers. */
function totalLogLikelihood(data: FitData, p: BgnbdParams, logTable: Float64Array): number {
	const { r, alpha, a, b } = p;
	for (let d = 0; d <= data.maxDays; d++) logTable[d] = Math.log(alpha + d / data.unitDays);
	const lnGr = lnGamma(r);
	const lnGb = lnGamma(b);
	const lnGab = lnGamma(a + b);
	const lnA = Math.log(a);
	let total = data.customers * r * Math.log(alpha);
	// x = 0: lnΓ terms cancel, only A₃ remains.
	for (let g = 0; g < data.zeroT.length; g++)
		total -= data.zeroCount[g] * r * logTable[data.zeroT[g]];
	const head = new Float64Array(data.xs.length);
	const a4Head = new Float64Array(data.xs.length);
	for (let i = 0; i < data.xs.length; i++) {
		const xv = data.xs[i];
		head[i] = lnGamma(r + xv) - lnGr + lnGab + lnGamma(b + xv) - lnGb - lnGamma(a + b + xv);
		a4Head[i] = lnA - Math.log(b + xv - 1);
	}
	for (let k = 0; k < data.x.length; k++) {
		const i = data.xIndex[k];
		const rx = r + data.x[k];
		const a3 = -rx * logTable[data.tDays[k]];
		const a4 = a4Head[i] - rx * logTable[data.txDays[k]];
		const hi = a3 > a4 ? a3 : a4;
		const lo = a3 > a4 ? a4 : a3;
		total += head[i] + hi + Math.log1p(Math.exp(lo - hi));
	}
	return total;
}

/**
 * Maximum-likelihood BG/NBD fit on the modeled customers of a summary (Nelder–Mead on the
 * logarithms of r, α, a, b). Returns null when there is no customer to fit.
 * @example
 * fitBgnbd(cdnowSummaryInWeeks).params // → ≈ { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 }
 */
export function fitBgnbd(
	summary: TransactionSummary
): { params: BgnbdParams; diagnostics: FitDiagnostics } | null {
	const data = fitData(summary);
	if (data.customers === 0) return null;
	const logTable = new Float64Array(data.maxDays + 1);
	const fromLog = (q: Float64Array): BgnbdParams => ({
		r: Math.exp(q[0]),
		alpha: Math.exp(q[1]),
		a: Math.exp(q[2]),
		b: Math.exp(q[3])
	});
	let meanT = 0;
	for (let g = 0; g < data.zeroT.length; g++) meanT += data.zeroCount[g] * data.zeroT[g];
	for (let k = 0; k < data.tDays.length; k++) meanT += data.tDays[k];
	meanT /= data.customers * data.unitDays;
	// α is a typical time between purchases: start it at the mean age, the other parameters at 1.
	const start = Float64Array.of(0, Math.log(Math.max(meanT, 1e-3)), 0, 0);
	const result = nelderMead((q) => -totalLogLikelihood(data, fromLog(q), logTable), start, {
		step: 1
	});
	const params = fromLog(result.point);
	const finite = Object.values(params).every((v) => Number.isFinite(v) && v > 0);
	return {
		params,
		diagnostics: {
			logLikelihood: -result.value,
			iterations: result.iterations,
			evaluations: result.evaluations,
			converged: result.converged && finite
		}
	};
}

/**
 * Probability that a customer is still alive at the end of the calibration period:
 * 1 / (1 + [x>0] · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)).
 * @example pAlive({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 0, 0, 38.86) // → 1
 */
export function pAlive(p: BgnbdParams, x: number, tx: number, T: number): number {
	if (x === 0) return 1;
	const { r, alpha, a, b } = p;
	const lnOdds =
		Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
	return 1 / (1 + Math.exp(lnOdds));
}

/**
 * Expected transactions in (T, T + t] of a customer with history (x, t_x, T):
 * (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)] · P(alive),
 * z = t/(α+T+t). Euler's transformation turns the bracket into
 * 1 − (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z), whose parameters stay small however large x is.
 * @example expectedTransactions({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 2, 30.43, 38.86, 39)
 * // → ≈ 1.226
 */
export function expectedTransactions(
	p: BgnbdParams,
	x: number,
	tx: number,
	T: number,
	t: number
): number {
	if (t <= 0) return 0;
	const { r, alpha, a, b } = p;
	const z = t / (alpha + T + t);
	const bracket =
		1 - Math.exp((a - 1) * Math.log1p(-z)) * hyp2f1(a + b - 1 - r, a - 1, a + b + x - 1, z);
	return ((a + b + x - 1) / (a - 1)) * bracket * pAlive(p, x, tx, T);
}

/**
 * Expected transactions of a new customer in their first t units (repeat purchases after the
 * first): (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))].
 * @example unconditionalExpected({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 0) // → 0
 */
export function unconditionalExpected(p: BgnbdParams, t: number): number {
	return expectedTransactions(p, 0, 0, 0, t);
}

/**
 * Probability that a new customer makes exactly k repeat transactions in their first t units
 * (Fader, Hardie & Lee 2005, eq. 8), in log space.
 * @example probabilityOfTransactions({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 0, 0) // → 1
 */
export function probabilityOfTransactions(p: BgnbdParams, t: number, k: number): number {
	const { r, alpha, a, b } = p;
	const lnBetaAB = lnGamma(a) + lnGamma(b) - lnGamma(a + b);
	const lnShare = Math.log(t) - Math.log(alpha + t);
	const lnBase = r * (Math.log(alpha) - Math.log(alpha + t));
	const lnPoissonTerm = (j: number) =>
		lnGamma(r + j) - lnGamma(r) - lnGamma(j + 1) + lnBase + (j > 0 ? j * lnShare : 0);
	let value = Math.exp(
		lnGamma(a) + lnGamma(b + k) - lnGamma(a + b + k) - lnBetaAB + lnPoissonTerm(k)
	);
	if (k > 0) {
		let partial = 0;
		for (let j = 0; j < k; j++) partial += Math.exp(lnPoissonTerm(j));
		value +=
			Math.exp(lnGamma(a + 1) + lnGamma(b + k - 1) - lnGamma(a + b + k) - lnBetaAB) * (1 - partial);
	}
	return value;
}
