import { describe, expect, it } from 'vitest';
import { dayFromYmd, monthIndexFromDay } from '../calendar';
import {
	csatOf,
	customerBands,
	feedbackByGroup,
	feedbackTrend,
	npsOf,
	valuableDetractors
} from './groups';
import { latestResponses } from './responses';
import type { FeedbackColumns } from './responses';
import { SCALE_FIVE, SCALE_NPS } from './scores';

const day = (m: number, d: number) => dayFromYmd(2024, m, d);

/** Responses in file order: [customer, day, score, scale]. */
function columns(rows: [number, number, number, number][]): FeedbackColumns {
	return {
		customer: Int32Array.from(rows.map((r) => r[0])),
		day: Int32Array.from(rows.map((r) => r[1])),
		score: Uint8Array.from(rows.map((r) => r[2])),
		scale: Uint8Array.from(rows.map((r) => r[3]))
	};
}

const N = SCALE_NPS;
const F = SCALE_FIVE;

// Customers 0–7; D = 2024-03-31.
const RESPONSES = columns([
	[0, day(1, 5), 3, N], //   0: customer 0, later replaced
	[0, day(3, 1), 10, N], //  1: customer 0, latest → promoter
	[1, day(2, 10), 9, N], //  2: customer 1, promoter
	[2, day(2, 10), 8, N], //  3: customer 2, same day as 4 …
	[2, day(2, 10), 6, N], //  4: … imported later: counts → detractor
	[3, day(4, 2), 10, N], //  5: after D: ignored
	[3, day(1, 20), 7, N], //  6: customer 3, passive
	[4, day(3, 3), 5, F], //   7: customer 4, other scale
	[-1, day(3, 3), 10, N], // 8: id without purchases
	[5, day(1, 9), 0, N], //   9: customer 5, detractor
	[6, day(2, 2), 4, F], //  10: customer 6, 1–5 satisfied
	[7, day(2, 2), 2, F] //   11: customer 7, 1–5 dissatisfied
]);
const D = day(3, 31);

describe('latestResponses', () => {
	it('keeps the latest response up to D per customer, the last imported on a tie', () => {
		expect([...latestResponses(RESPONSES, 8, D, SCALE_NPS)]).toEqual([1, 2, 4, 6, -1, 9, -1, -1]);
		expect([...latestResponses(RESPONSES, 8, D, SCALE_FIVE)]).toEqual([
			-1, -1, -1, -1, 7, -1, 10, 11
		]);
		// As of Feb 1 customer 0's first answer counts and customer 1 has not answered yet.
		expect([...latestResponses(RESPONSES, 8, day(2, 1), SCALE_NPS)]).toEqual([
			0, -1, -1, 6, -1, 9, -1, -1
		]);
	});
});

describe('feedbackByGroup', () => {
	it('counts NPS bands, NPS and response rate per group (hand-computed)', () => {
		const latest = latestResponses(RESPONSES, 8, D, SCALE_NPS);
		// group A (0) = customers 0, 1, 2, 4; group B (1) = 3, 5, 6; customer 7 unscored (255)
		const groups = feedbackByGroup(
			RESPONSES,
			latest,
			Uint8Array.of(0, 0, 0, 1, 0, 1, 1, 255),
			2,
			N
		);
		// A: 10 (P), 9 (P), 6 (D), — → 3 responses of 4 customers; NPS 100 × (2 − 1) / 3 = 33.33…
		expect(groups[0]).toEqual({
			customers: 4,
			responses: 3,
			promoters: 2,
			passives: 0,
			detractors: 1,
			satisfied: 0,
			neutral: 0,
			dissatisfied: 0,
			nps: 100 / 3,
			csat: null,
			responseRate: 0.75,
			fewResponses: true
		});
		// B: 7 (Pa), 0 (D), — → 2 of 3; NPS 100 × (0 − 1) / 2 = −50
		expect(groups[1]).toMatchObject({
			customers: 3,
			responses: 2,
			promoters: 0,
			passives: 1,
			detractors: 1,
			nps: -50,
			responseRate: 2 / 3
		});
	});

	it('computes CSAT on the 1–5 scale and flags groups under 30 responses', () => {
		const latest = latestResponses(RESPONSES, 8, D, SCALE_FIVE);
		const [all] = feedbackByGroup(RESPONSES, latest, new Uint8Array(8), 1, F);
		// 5 and 4 satisfied, 2 dissatisfied → CSAT 2 / 3
		expect(all).toMatchObject({ customers: 8, responses: 3, satisfied: 2, dissatisfied: 1 });
		expect(all.csat).toBe(2 / 3);
		expect(all.nps).toBeNull();

		// 30 customers: 20 answer 9, 5 answer 8, 5 answer 1 → NPS 100 × (20 − 5) / 30 = 50, not flagged
		const many = columns(
			Array.from(
				{ length: 30 },
				(_, c) => [c, day(1, 1), c < 20 ? 9 : c < 25 ? 8 : 1, N] as [number, number, number, number]
			)
		);
		const [group] = feedbackByGroup(
			many,
			latestResponses(many, 30, D, N),
			new Int32Array(30),
			1,
			N
		);
		expect(group.fewResponses).toBe(false);
		expect(group).toMatchObject({ promoters: 20, passives: 5, detractors: 5, nps: 50 });
	});

	it('npsOf and csatOf follow the formulas', () => {
		const t = {
			responses: 10,
			promoters: 5,
			passives: 3,
			detractors: 2,
			satisfied: 0,
			neutral: 0,
			dissatisfied: 0
		};
		expect(npsOf(t)).toBe(30);
		expect(
			csatOf({ ...t, promoters: 0, passives: 0, detractors: 0, satisfied: 3, dissatisfied: 1 })
		).toBe(0.75);
	});
});

describe('feedbackTrend', () => {
	it('counts each customer once per month with their latest answer of the month', () => {
		const trend = feedbackTrend(RESPONSES, SCALE_NPS, D);
		expect(trend.firstMonth).toBe(monthIndexFromDay(day(1, 1)));
		// Jan: customer 0 → 3 (D), customer 3 → 7 (Pa), customer 5 → 0 (D): NPS −200/3
		// Feb: customer 1 → 9 (P), customer 2 → 6 (last imported; D): NPS 0
		// Mar: customer 0 → 10 (P): NPS 100 (customer 3's April answer is after D)
		expect(trend.tallies.map((t) => [t.promoters, t.passives, t.detractors])).toEqual([
			[0, 1, 2],
			[1, 0, 1],
			[1, 0, 0]
		]);
		expect(trend.nps).toEqual([-200 / 3, 0, 100]);
		// only customers 0 and 1
		const some = feedbackTrend(RESPONSES, SCALE_NPS, D, Uint8Array.of(1, 1, 0, 0, 0, 0, 0, 0));
		expect(some.nps).toEqual([-100, 100, 100]);
	});
});

describe('customerBands', () => {
	it('bands each customer by their latest answer', () => {
		// NPS latest: 10, 9, 6, 7, —, 0, —, — → high, high, low, middle, none, low, none, none
		const nps = customerBands(RESPONSES, latestResponses(RESPONSES, 8, D, N), N);
		expect([...nps]).toEqual([2, 2, 0, 1, 255, 0, 255, 255]);
		// 1–5 latest: customer 4 → 5, 6 → 4, 7 → 2
		const five = customerBands(RESPONSES, latestResponses(RESPONSES, 8, D, F), F);
		expect([...five]).toEqual([255, 255, 255, 255, 2, 255, 2, 0]);
	});
});

describe('valuableDetractors', () => {
	it('keeps detractors in the top tier or the top CLV decile, highest CLV first', () => {
		// 10 scored customers, CLV = 100 × (c + 1); customer 9 alone is in the top decile
		// (9 of 10 below it: 0.9 ≥ 0.9), customer 8 is not (0.8). Customer 2 is gold.
		const rows: [number, number, number, number][] = [
			[2, day(1, 1), 6, N],
			[5, day(1, 1), 0, N],
			[9, day(1, 1), 3, N],
			[8, day(1, 1), 5, N],
			[0, day(1, 1), 9, N]
		];
		const r = columns(rows);
		const latest = latestResponses(r, 10, D, N);
		const tier = Uint8Array.from({ length: 10 }, (_, c) => (c === 2 || c === 0 ? 0 : 1));
		const clv = Float64Array.from({ length: 10 }, (_, c) => 100 * (c + 1));
		const scored = new Uint8Array(10).fill(1);
		expect([
			...valuableDetractors(r, latest, N, { scored, tier, topTier: 0, clvCents: clv })
		]).toEqual([9, 2]);
		// Without a CLV: the gold detractor only.
		expect([
			...valuableDetractors(r, latest, N, { scored, tier, topTier: 0, clvCents: null })
		]).toEqual([2]);
	});
});
