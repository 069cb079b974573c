import { describe, expect, it } from 'vitest';
import { customerStatsAt } from './customer-stats';
import { SHOP_CUSTOMERS, SHOP_ROWS, orderTable } from './order-table.fixture';
import { prepare } from './prepare';

describe('prepare', () => {
	it('groups orders by customer, oldest first, keeping same-day input order', () => {
		const p = prepare(orderTable(SHOP_ROWS), SHOP_CUSTOMERS);
		expect([...p.offsets]).toEqual([0, 3, 6, 7, 8, 10, 12, 12]);
		expect([...p.day]).toEqual([10, 50, 90, 20, 20, 60, 30, 100, 5, 8, 70, 100]);
		expect([...p.amountCents]).toEqual([
			1000, 2000, 3000, 500, 700, -200, -400, 800, 10000, -10000, 1500, 1500
		]);
		expect([...p.month]).toEqual([0, 1, 3, 0, 0, 2, 0, 3, 0, 0, 2, 3]);
		expect(p.latestPurchaseDay).toBe(100);
		expect(p.latestOrderDay).toBe(100);
	});

	it('drops orders of no customer and reports no purchase day without purchases', () => {
		const p = prepare(
			orderTable([
				[-1, 3, 100],
				[0, 4, -50],
				[2, 1, 10]
			]),
			2
		);
		expect([...p.offsets]).toEqual([0, 1, 1]);
		expect(p.latestPurchaseDay).toBeNull();
		expect(p.latestOrderDay).toBe(4);
	});

	it('sorts by comparison when the day range is huge', () => {
		const p = prepare(
			orderTable([
				[0, 9_000_000, 1],
				[0, -9_000_000, 2],
				[0, 0, 3]
			]),
			1
		);
		expect([...p.day]).toEqual([-9_000_000, 0, 9_000_000]);
		expect([...p.amountCents]).toEqual([2, 3, 1]);
	});
});

describe('customerStatsAt', () => {
	const p = prepare(orderTable(SHOP_ROWS), SHOP_CUSTOMERS);

	it('computes R, F and M at the latest purchase day', () => {
		const s = customerStatsAt(p, 100);
		expect([...s.scored]).toEqual([1, 1, 0, 1, 1, 1, 0]);
		expect(s.scoredCount).toBe(5);
		expect([...s.recencyDays]).toEqual([10, 80, 0, 0, 95, 0, 0]);
		// B's two orders on day 20 are two purchases; E's full return leaves M 0 but F 1.
		expect([...s.frequency]).toEqual([3, 2, 0, 1, 1, 2, 0]);
		expect([...s.monetaryCents]).toEqual([6000, 1000, -400, 800, 0, 3000, 0]);
		expect([...s.firstPurchaseDay]).toEqual([10, 20, 0, 100, 5, 70, 0]);
		expect([...s.lastPurchaseDay]).toEqual([90, 20, 0, 100, 5, 100, 0]);
	});

	it('ignores everything after an as-of date in the middle', () => {
		const s = customerStatsAt(p, 60);
		expect([...s.scored]).toEqual([1, 1, 0, 0, 1, 0, 0]);
		expect([...s.recencyDays]).toEqual([10, 40, 0, 0, 55, 0, 0]);
		expect([...s.frequency]).toEqual([2, 2, 0, 0, 1, 0, 0]);
		// B's return on day 60 counts (day ≤ D); D and F have nothing yet.
		expect([...s.monetaryCents]).toEqual([3000, 1000, -400, 0, 0, 0, 0]);
		expect([...s.end]).toEqual([2, 6, 7, 7, 10, 10, 12]);
	});
});
