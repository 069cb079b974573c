import { describe, expect, it } from 'vitest';
import { dayFromYmd, monthIndexFromDay } from '../calendar';
import { cohortTable, growthTable } from './cohorts';
import { customerStatsAt } from './customer-stats';
import { SHOP_CUSTOMERS, SHOP_ROWS, orderTable } from './order-table.fixture';
import { prepare } from './prepare';

const prepared = prepare(orderTable(SHOP_ROWS), SHOP_CUSTOMERS);
const stats = customerStatsAt(prepared, 100);

function plain(table: ReturnType<typeof cohortTable>) {
	return table.cohorts.map((c) => ({
		month: c.month,
		size: c.size,
		retained: [...c.retained],
		retention: [...c.retention],
		revenueCents: [...c.revenueCents]
	}));
}

describe('cohortTable', () => {
	it('groups customers by first purchase month (Jan–Apr 1970 = months 0–3)', () => {
		// Jan: A, B, E (C only returned: not in a cohort). Feb: nobody. Mar: F. Apr: D.
		expect(plain(cohortTable(prepared, stats))).toEqual([
			{
				month: 0,
				size: 3,
				// Jan: A, B, E buy; Feb: A; Mar: only B's return; Apr: A
				retained: [3, 1, 0, 1],
				retention: [1, 1 / 3, 0, 1 / 3],
				// Jan: 1000 + (500 + 700) + (10000 − 10000); Feb 2000; Mar −200; Apr 3000
				revenueCents: [2200, 2000, -200, 3000]
			},
			{ month: 1, size: 0, retained: [0, 0, 0], retention: [0, 0, 0], revenueCents: [0, 0, 0] },
			{ month: 2, size: 1, retained: [1, 1], retention: [1, 1], revenueCents: [1500, 1500] },
			{ month: 3, size: 1, retained: [1], retention: [1], revenueCents: [800] }
		]);
	});

	it('stops at the as-of month and ignores later orders', () => {
		const table = plain(cohortTable(prepared, customerStatsAt(prepared, 60)));
		expect(table).toEqual([
			{
				month: 0,
				size: 3,
				retained: [3, 1, 0],
				retention: [1, 1 / 3, 0],
				revenueCents: [2200, 2000, -200]
			},
			{ month: 1, size: 0, retained: [0, 0], retention: [0, 0], revenueCents: [0, 0] },
			{ month: 2, size: 0, retained: [0], retention: [0], revenueCents: [0] }
		]);
	});

	it('crosses a year boundary and leaves early returns out', () => {
		const d = dayFromYmd;
		const p = prepare(
			orderTable([
				[0, d(2023, 11, 20), -300], // return before the first purchase: in no column
				[0, d(2023, 12, 31), 1000],
				[0, d(2024, 1, 1), 500],
				[0, d(2024, 1, 2), 500]
			]),
			1
		);
		const table = plain(cohortTable(p, customerStatsAt(p, d(2024, 1, 2))));
		expect(table[0]).toEqual({
			month: monthIndexFromDay(d(2023, 12, 1)),
			size: 1,
			retained: [1, 1],
			retention: [1, 1],
			revenueCents: [1000, 1000]
		});
	});
});

describe('growthTable', () => {
	it('counts new, active and returning customers per month', () => {
		const g = growthTable(prepared, stats);
		expect(g.firstMonth).toBe(0);
		expect(g.months).toBe(4);
		expect([...g.newCustomers]).toEqual([3, 0, 1, 1]); // A B E | – | F | D
		expect([...g.activeCustomers]).toEqual([3, 1, 1, 3]); // A B E | A | F | A D F
		expect([...g.returningCustomers]).toEqual([0, 1, 0, 2]); // – | A | – | A F
		expect([...g.newRevenueCents]).toEqual([2200, 0, 1500, 800]);
		// Feb: A 2000; Mar: B's return −200; Apr: A 3000 + F 1500. C's return (unscored) is in neither.
		expect([...g.returningRevenueCents]).toEqual([0, 2000, -200, 4500]);
		expect(g.activeGrowth).toEqual([null, -2 / 3, 0, 2]);
	});

	it('starts at the first order month, even a return of an unscored customer', () => {
		const d = dayFromYmd;
		const p = prepare(
			orderTable([
				[0, d(2024, 1, 10), -100],
				[1, d(2024, 3, 5), 900]
			]),
			2
		);
		const g = growthTable(p, customerStatsAt(p, d(2024, 3, 5)));
		expect(g.firstMonth).toBe(monthIndexFromDay(d(2024, 1, 10)));
		expect(g.months).toBe(3);
		expect([...g.activeCustomers]).toEqual([0, 0, 1]);
		expect([...g.newRevenueCents]).toEqual([0, 0, 900]);
		expect(g.activeGrowth).toEqual([null, null, null]);
	});
});
