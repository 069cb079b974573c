/**
 * Forecast benchmark: `npx tsx scripts/bench/forecast.ts [customers…]` (default 100k and 500k).
 * Simulates customers from the BG/NBD story itself (rates ~ Gamma(0.5, 20 days), drop-out
 * ~ Beta(0.8, 3), order values ~ Gamma(4, ·) with customer-level scale), first purchases spread
 * over a year and the as-of date two years in, orders after it kept as the holdout. Times each
 * step of `forecastModel` in Node (the worker runs the same code) and prints them with the load
 * average. No assertions: wall times on a shared machine are a guide, not a test.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fitBgnbd } from '../../src/lib/core/clv/bgnbd';
import { forecastModel } from '../../src/lib/core/clv/forecast';
import { fitGammaGamma } from '../../src/lib/core/clv/gamma-gamma';
import { holdoutCheck } from '../../src/lib/core/clv/holdout';
import { transactionSummary } from '../../src/lib/core/clv/summary';
import { scoreCustomers } from '../../src/lib/core/clv/value';
import { AS_OF, END, simulate } from './forecast-data';

function time<T>(run: () => T): [T, number] {
	const t0 = performance.now();
	const value = run();
	return [value, performance.now() - t0];
}

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const load = () =>
	loadavg()
		.map((v) => v.toFixed(1))
		.join(' ');
console.log(`forecast bench (Node ${process.version}), load average ${load()}`);
for (const customers of sizes.length ? sizes : [100_000, 500_000]) {
	const prepared = simulate(customers, 11);
	const options = { unit: 'week', horizonDays: 365, discountMonthly: 0.01 } as const;
	const [summary, summaryMs] = time(() => transactionSummary(prepared, AS_OF, 7, END));
	const [bgnbd, bgnbdMs] = time(() => fitBgnbd(summary)!);
	const [gg, ggMs] = time(() => fitGammaGamma(summary)!);
	const [, scoreMs] = time(() => scoreCustomers(summary, bgnbd.params, gg.params, 365, 0.01));
	const [, checkMs] = time(() => holdoutCheck(prepared, summary, bgnbd.params, END));
	const [model, totalMs] = time(() => forecastModel(prepared, AS_OF, options));
	const p = bgnbd.params;
	console.log(
		[
			`${customers.toLocaleString('en')} customers, ${prepared.day.length.toLocaleString('en')} orders:`,
			`summary ${summaryMs.toFixed(0)} ms`,
			`BG/NBD fit ${bgnbdMs.toFixed(0)} ms (${bgnbd.diagnostics.evaluations} evaluations, converged ${bgnbd.diagnostics.converged})`,
			`Gamma-Gamma fit ${ggMs.toFixed(0)} ms (${gg.diagnostics.evaluations} evaluations)`,
			`scoring ${scoreMs.toFixed(0)} ms`,
			`fit + scoring ${(bgnbdMs + ggMs + scoreMs).toFixed(0)} ms`,
			`holdout check ${checkMs.toFixed(0)} ms`,
			`whole forecastModel incl. holdout check ${totalMs.toFixed(0)} ms`,
			`fit r ${p.r.toFixed(3)} α ${(p.alpha * 7).toFixed(1)} days a ${p.a.toFixed(3)} b ${p.b.toFixed(3)} (simulated 0.5, 20, 0.8, 3)`,
			`holdout total error ${model.check?.totalPercentError.toFixed(1)}%`,
			`load average ${load()}`
		].join('\n  ')
	);
}
