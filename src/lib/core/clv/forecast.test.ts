import { describe, expect, it } from 'vitest';
import { prepare } from '../analytics/prepare';
import { dayFromYmd } from '../calendar';
import { CDNOW_CALIBRATION_END, cdnowPrepared, cdnowPresent } from './cdnow.fixture';
import { forecastModel, readiness } from './forecast';

describe('readiness', () => {
	it.each([
		[2357, 946, 272, []],
		[150, 60, 272, ['too_few_customers']],
		[2357, 946, 60, ['short_history']],
		[2357, 30, 272, ['few_repeat_buyers']],
		[2357, 10, 272, ['few_repeat_buyers']],
		[10, 0, 0, ['too_few_customers', 'short_history', 'few_repeat_buyers']]
	])('%s customers, %s repeat buyers, %s days → %j', (customers, repeat, days, codes) => {
		expect(readiness(customers, repeat, days).map((i) => i.code)).toEqual(codes);
	});

	it('shows no numbers for a thin dataset', () => {
		const p = prepare(
			{
				customer: Int32Array.of(0, 1),
				day: Int32Array.of(0, 5),
				amountCents: Float64Array.of(100, 200),
				length: 2
			},
			2
		);
		const model = forecastModel(p, 10, { unit: 'week', horizonDays: 365, discountMonthly: 0.01 });
		expect(model.bgnbd).toBeNull();
		expect(model.issues.map((i) => i.code)).toContain('too_few_customers');
		expect([...model.scores.clv].every(Number.isNaN)).toBe(true);
	});
});

describe.skipIf(!cdnowPresent)('forecastModel on CDNOW', () => {
	const model = () =>
		forecastModel(cdnowPrepared(), CDNOW_CALIBRATION_END, {
			unit: 'week',
			horizonDays: 273,
			discountMonthly: 0
		});

	it('fits both models and checks them on the 1,882 holdout transactions', () => {
		const m = model();
		expect(m.issues).toEqual([]);
		expect(m.customers).toBe(2357);
		expect(m.repeatBuyers).toBe(946);
		expect(m.bgnbd!.params.r).toBeCloseTo(0.2426, 3);
		expect(m.gammaGamma!.params.p).toBeCloseTo(6.2496, 2);
		const check = m.check!;
		expect(check.endDay).toBe(dayFromYmd(1998, 6, 30));
		// SOURCE.md: 1,882 day-aggregated repeat transactions in 1997-10-01 … 1998-06-30
		expect(check.actualTotal).toBe(1882);
		// 2,457 calibration + 1,882 holdout repeat transactions at the end of the tracking plot
		expect(check.tracking.actual.at(-1)).toBe(2457 + 1882);
		expect([...check.calibration.customers].reduce((s, v) => s + v, 0)).toBe(2357);
		expect(check.totalPercentError).toBeCloseTo(((check.expectedTotal - 1882) / 1882) * 100, 10);
		// FHL 2005 (tracking figure): the expected curve ends within a few per cent of the actual one
		expect(check.tracking.expected.at(-1)! / check.tracking.actual.at(-1)!).toBeGreaterThan(0.95);
		expect(check.tracking.expected.at(-1)! / check.tracking.actual.at(-1)!).toBeLessThan(1.05);
	});

	it('scores every customer within bounds', () => {
		const m = model();
		for (let c = 0; c < 2357; c++) {
			expect(m.scores.pAlive[c]).toBeGreaterThanOrEqual(0);
			expect(m.scores.pAlive[c]).toBeLessThanOrEqual(1);
			expect(m.scores.clv[c]).toBeGreaterThanOrEqual(0);
		}
	});

	it('rescales only α when the unit changes', () => {
		const inDays = forecastModel(cdnowPrepared(), CDNOW_CALIBRATION_END, {
			unit: 'day',
			horizonDays: 273,
			discountMonthly: 0
		});
		expect(inDays.bgnbd!.params.alpha / 7).toBeCloseTo(4.4136, 2);
		expect(inDays.bgnbd!.params.r).toBeCloseTo(0.2426, 3);
	});
});
