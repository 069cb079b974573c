/**
 * The BG/NBD model (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way"): while
 * alive a customer buys as a Poisson process (rate λ ~ Gamma(r, α)); after each purchase they drop
 * out with probability p ~ Beta(a, b). Time is in the summary's unit; α is in that unit.
 */
import { bfgs } from './bfgs';
import { nelderMead } from './nelder-mead';
import { digamma, hyp2f1, lnGamma } from './special';
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

/** Per-evaluation tables over whole days: ln(α + d/unit) and 1/(α + d/unit). */
interface Tables {
	log: Float64Array;
	inverse: Float64Array;
}

/**
 * Total log-likelihood over the compressed customers and, when `gradient` is given, its gradient
 * with respect to (ln r, ln α, ln a, ln b). With w = the weight of A₄ in the log-sum-exp:
 * ∂/∂r = ψ(r+x) − ψ(r) + ln α − (1−w) ln(α+T) − w ln(α+tₓ);
 * ∂/∂α = r/α − (r+x) [(1−w)/(α+T) + w/(α+tₓ)];
 * ∂/∂a = ψ(a+b) − ψ(a+b+x) + w/a; ∂/∂b = ψ(a+b) + ψ(b+x) − ψ(b) − ψ(a+b+x) − w/(b+x−1).
 */
function totalLogLikelihood(
	data: FitData,
	p: BgnbdParams,
	tables: Tables,
	gradient: Float64Array | null
): number {
	const { r, alpha, a, b } = p;
	const { log: logTable, inverse } = tables;
	for (let d = 0; d <= data.maxDays; d++) {
		const v = alpha + d / data.unitDays;
		logTable[d] = Math.log(v);
		inverse[d] = 1 / v;
	}
	const lnGr = lnGamma(r);
	const lnGb = lnGamma(b);
	const lnGab = lnGamma(a + b);
	const lnA = Math.log(a);
	const lnAlpha = Math.log(alpha);
	let total = data.customers * r * lnAlpha;
	let gr = data.customers * lnAlpha;
	let gAlpha = (data.customers * r) / alpha;
	let ga = 0;
	let gb = 0;
	// x = 0: lnΓ terms cancel, only A₃ remains.
	for (let g = 0; g < data.zeroT.length; g++) {
		const count = data.zeroCount[g];
		const T = data.zeroT[g];
		total -= count * r * logTable[T];
		gr -= count * logTable[T];
		gAlpha -= count * r * inverse[T];
	}
	const k = data.xs.length;
	const head = new Float64Array(k);
	const a4Head = new Float64Array(k);
	const dHeadR = new Float64Array(k);
	const dHeadA = new Float64Array(k);
	const dHeadB = new Float64Array(k);
	const psiR = gradient ? digamma(r) : 0;
	const psiB = gradient ? digamma(b) : 0;
	const psiAB = gradient ? digamma(a + b) : 0;
	for (let i = 0; i < k; i++) {
		const xv = data.xs[i];
		head[i] = lnGamma(r + xv) - lnGr + lnGab + lnGamma(b + xv) - lnGb - lnGamma(a + b + xv);
		a4Head[i] = lnA - Math.log(b + xv - 1);
		if (gradient) {
			const psiABX = digamma(a + b + xv);
			dHeadR[i] = digamma(r + xv) - psiR;
			dHeadA[i] = psiAB - psiABX;
			dHeadB[i] = psiAB + digamma(b + xv) - psiB - psiABX;
		}
	}
	for (let c = 0; c < data.x.length; c++) {
		const i = data.xIndex[c];
		const x = data.x[c];
		const rx = r + x;
		const T = data.tDays[c];
		const tx = data.txDays[c];
		const a3 = -rx * logTable[T];
		const a4 = a4Head[i] - rx * logTable[tx];
		const e = Math.exp(-Math.abs(a3 - a4));
		total += head[i] + Math.max(a3, a4) + Math.log1p(e);
		if (gradient) {
			const w = a4 >= a3 ? 1 / (1 + e) : e / (1 + e);
			gr += dHeadR[i] - (1 - w) * logTable[T] - w * logTable[tx];
			gAlpha -= rx * ((1 - w) * inverse[T] + w * inverse[tx]);
			ga += dHeadA[i] + w / a;
			gb += dHeadB[i] - w / (b + x - 1);
		}
	}
	if (gradient) {
		gradient[0] = gr * r;
		gradient[1] = gAlpha * alpha;
		gradient[2] = ga * a;
		gradient[3] = gb * b;
	}
	return total;
}

/**
 * Total log-likelihood of a summary's modeled customers at `params`, with its gradient with
 * respect to (ln r, ln α, ln a, ln b) written to `gradient` when given.
 * @example bgnbdTotalLogLikelihood(cdnowSummaryInWeeks, { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 })
 * // → ≈ −9582.43
 */
export function bgnbdTotalLogLikelihood(
	summary: TransactionSummary,
	params: BgnbdParams,
	gradient: Float64Array | null = null
): number {
	const data = fitData(summary);
	const tables = {
		log: new Float64Array(data.maxDays + 1),
		inverse: new Float64Array(data.maxDays + 1)
	};
	return totalLogLikelihood(data, params, tables, gradient);
}

/**
 * Maximum-likelihood BG/NBD fit on the modeled customers of a summary (Nelder–Mead on the
 * logarithms of r, α, a, b: BFGS with the analytic gradient, Nelder–Mead as a fallback). Returns null when there is no customer to fit.
 * @example
 * fitBgnbd(cdnowSummaryInWeeks).params // → ≈ { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 }
 */
export function fitBgnbd(
	summary: TransactionSummary
): { params: BgnbdParams; diagnostics: FitDiagnostics } | null {
	const data = fitData(summary);
	if (data.customers === 0) return null;
	const tables = {
		log: new Float64Array(data.maxDays + 1),
		inverse: new Float64Array(data.maxDays + 1)
	};
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
	const negative = (q: Float64Array, gradient: Float64Array | null) => {
		const value = -totalLogLikelihood(data, fromLog(q), tables, gradient);
		if (gradient) for (let i = 0; i < 4; i++) gradient[i] = -gradient[i];
		return value;
	};
	// BFGS with the analytic gradient converges in a few dozen evaluations; Nelder–Mead (hundreds
	// of evaluations, about 1.7 s for 100k customers) takes over only if BFGS does not converge.
	let result = bfgs(negative, start);
	if (!result.converged) {
		const fallback = nelderMead((q) => negative(q, null), result.point, { step: 0.5 });
		result = {
			...fallback,
			iterations: fallback.iterations + result.iterations,
			evaluations: fallback.evaluations + result.evaluations
		};
	}
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
	return expectedIfAlive(p, x, T, t) * pAlive(p, x, tx, T);
}

/**
 * Expected transactions in (T, T + t] of a customer known to be alive at T, after x repeat
 * transactions: (a+b+x−1)/(a−1) · [1 − (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z)],
 * z = t/(α+T+t). It does not depend on t_x, so customers can share it.
 * @example expectedIfAlive({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 0, 0, 0) // → 0
 */
export function expectedIfAlive(p: BgnbdParams, x: number, T: number, t: number): number {
	if (t <= 0) return 0;
	// At a = 1 the formula is 0/0: near it, the bracket and a − 1 cancel to noise. The
	// expectation is smooth in a, so it is taken halfway between a = 1 ∓ A_NEAR_ONE instead.
	if (Math.abs(p.a - 1) < A_NEAR_ONE) {
		const below = expectedIfAliveAt({ ...p, a: 1 - A_NEAR_ONE }, x, T, t);
		const above = expectedIfAliveAt({ ...p, a: 1 + A_NEAR_ONE }, x, T, t);
		const w = (p.a - (1 - A_NEAR_ONE)) / (2 * A_NEAR_ONE);
		return below + w * (above - below);
	}
	return expectedIfAliveAt(p, x, T, t);
}

/** |a − 1| below which `expectedIfAlive` interpolates (cancellation error ~1e-16 / 1e-4). */
const A_NEAR_ONE = 1e-4;

function expectedIfAliveAt(p: BgnbdParams, x: number, T: number, t: number): number {
	const { r, alpha, a, b } = p;
	const z = t / (alpha + T + t);
	const bracket =
		1 - Math.exp((a - 1) * Math.log1p(-z)) * hyp2f1(a + b - 1 - r, a - 1, a + b + x - 1, z);
	return ((a + b + x - 1) / (a - 1)) * bracket;
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
