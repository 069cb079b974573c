import { describe, expect, it } from 'vitest';
import {
	MAX_STATUS_VALUES,
	netCents,
	normaliseStatus,
	statusCounts,
	statusCountsByDefault,
	StatusTally
} from './status';

describe('statusCountsByDefault', () => {
	// Every word the issue names, and the refunded-in-full states: not a sale.
	it.each([
		'交易关闭',
		'已关闭',
		'已取消',
		'订单取消',
		'未付款',
		'等待买家付款',
		'待付款',
		'cancelled',
		'canceled',
		'Cancelled',
		'voided',
		'pending',
		'unpaid',
		'refunded',
		'已退款',
		'退款成功',
		'全额退款',
		'wc-cancelled',
		'wc-on-hold',
		'On hold',
		'failed',
		'expired',
		'ＣＡＮＣＥＬＬＥＤ',
		' 交易关闭 ',
		'交易关闭（退款）',
		'已取消，退款成功'
	])('%s is not a sale', (status) => {
		expect(statusCountsByDefault(status)).toBe(false);
	});

	it.each([
		'交易成功',
		'已完成',
		'已发货',
		'卖家已发货，等待买家确认',
		'买家已付款，等待卖家发货',
		'部分退款',
		'paid',
		'Paid',
		'partially_refunded',
		'partially_paid',
		'authorized',
		'completed',
		'processing',
		'wc-completed',
		'fulfilled',
		// Shopify's order status "closed" means archived, not cancelled.
		'closed',
		'',
		'something new'
	])('%s counts as a sale', (status) => {
		expect(statusCountsByDefault(status)).toBe(true);
	});
});

describe('normaliseStatus', () => {
	it.each([
		['Partially Refunded', 'partiallyrefunded'],
		['partially_refunded', 'partiallyrefunded'],
		['wc-on-hold', 'onhold'],
		['ＰＡＩＤ', 'paid'],
		[' 交易 成功 ', '交易成功']
	])('%s → %s', (value, expected) => {
		expect(normaliseStatus(value)).toBe(expected);
	});
});

describe('statusCounts: the user decides first', () => {
	it.each([
		['pending', {}, false],
		['pending', { pending: true }, true],
		['交易成功', { 交易成功: false }, false],
		['交易成功', { 交易关闭: true }, true],
		['constructor', {}, true],
		['toString', { pending: false }, true]
	] as const)('%s with %o → %s', (value, choices, expected) => {
		expect(statusCounts(value, choices)).toBe(expected);
	});
});

describe('netCents: net = paid − refunded', () => {
	// [paid, refunded, net], in cents, computed by hand
	it.each([
		[12_990, 0, 12_990],
		[12_990, 3_000, 9_990],
		[12_990, -3_000, 9_990],
		[12_990, 12_990, 0],
		[5_000, 6_000, -1_000],
		[12_990, NaN, 12_990]
	])('%d − %d → %d', (paid, refunded, net) => {
		expect(netCents(paid, refunded)).toBe(net);
	});
});

describe('StatusTally', () => {
	it('counts rows per value, repeats included, with each verdict', () => {
		const tally = new StatusTally({ 等待买家付款: true });
		const verdicts = ['交易成功', '交易关闭', '交易成功', '等待买家付款'].map((v) =>
			tally.counts(v)
		);
		expect(tally.again()).toBe(true); // a second 等待买家付款
		expect(verdicts).toEqual([true, false, true, true]);
		expect(tally.list()).toEqual([
			{ value: '交易成功', rows: 2, counted: true },
			{ value: '等待买家付款', rows: 2, counted: true },
			{ value: '交易关闭', rows: 1, counted: false }
		]);
	});

	it(`lists at most ${MAX_STATUS_VALUES} values but still decides the rest`, () => {
		const tally = new StatusTally();
		for (let i = 0; i < MAX_STATUS_VALUES; i++) tally.counts(`v${i}`);
		expect(tally.counts('cancelled')).toBe(false);
		expect(tally.again()).toBe(false);
		expect(tally.list()).toHaveLength(MAX_STATUS_VALUES);
	});
});
