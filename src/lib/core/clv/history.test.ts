import { describe, expect, it } from 'vitest';
import { pAliveHistory } from './history';

const CDNOW = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('pAliveHistory', () => {
	// Weeks. +10.00 on day 0, +5.00 on day 14, −8.00 on day 21 (a return: not a transaction day),
	// a zero-value visit on day 35, D = 70. Closed form, worked by hand:
	//   day 0:  x = 0                      → 1
	//   day 14: x = 1, t_x = T = 2         → b/(a+b)         = 2.426/3.219 = 0.753650…
	//   day 35: x = 2, t_x = T = 5         → (b+1)/(a+b+1)   = 3.426/4.219 = 0.812041…
	//   day 70: x = 2, t_x = 5, T = 10     → 1/(1 + a/(b+1) · (14.414/9.414)^2.243) = 0.624291…
	const orders = [
		{ day: 0, amountCents: 1000 },
		{ day: 14, amountCents: 500 },
		{ day: 21, amountCents: -800 },
		{ day: 35, amountCents: 0 },
		{ day: 80, amountCents: 900 }
	];

	it('matches the closed form at each purchase day and at D', () => {
		const points = pAliveHistory(CDNOW, orders, 70, 7);
		expect(points.map((p) => p.day)).toEqual([0, 14, 35, 70]);
		const expected = [1, 0.753650201926064, 0.8120407679544915, 0.624291291471601];
		points.forEach((p, i) => expect(p.pAlive).toBeCloseTo(expected[i], 10));
	});

	it('counts D once when it is a purchase day, and ignores orders after D', () => {
		const points = pAliveHistory(CDNOW, orders, 35, 7);
		expect(points.map((p) => p.day)).toEqual([0, 14, 35]);
		expect(points[2].pAlive).toBeCloseTo(0.8120407679544915, 10);
	});

	it('is empty for a customer with only returns up to D', () => {
		expect(pAliveHistory(CDNOW, [{ day: 3, amountCents: -100 }], 10, 7)).toEqual([]);
	});
});
