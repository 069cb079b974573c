import { describe, expect, it } from 'vitest';
import type { LineChunk } from '../columns';
import { buildOrders, isPurchase } from '../orders';
import { summaryLines } from './summary';

describe('summaryLines', () => {
	it.each([
		[3, 1000, 20, 10, { days: [10, 15, 20], cents: [333, 333, 334] }],
		[3, 1000, 20, null, { days: [20, 20, 20], cents: [333, 333, 334] }],
		[4, 10, 9, 0, { days: [0, 3, 6, 9], cents: [2, 2, 2, 4] }],
		[1, 599, 20, 5, { days: [20], cents: [599] }],
		[2, -500, 20, null, { days: [20, 20, 20], cents: [1, 1, -502] }],
		[2, 0, 20, 18, { days: [18, 20, 20], cents: [1, 1, -2] }],
		[3, 2, 20, null, { days: [20, 20, 20, 20], cents: [1, 1, 1, -1] }],
		[0, 0, 20, null, { days: [20], cents: [0] }],
		[0, -300, 20, null, { days: [20], cents: [-300] }],
		[2, 100, 20, 30, { days: [20, 20], cents: [50, 50] }] // first after last: ignored
	])('F=%d M=%d last=%d first=%s', (frequency, monetary, last, first, expected) => {
		expect(summaryLines(frequency, monetary, last, first)).toEqual(expected);
	});

	it.each([
		[0, 100],
		[1.5, 100],
		[-1, 0],
		[100_001, 100]
	])('F=%d M=%d cannot be reproduced', (frequency, monetary) => {
		expect(summaryLines(frequency, monetary, 20, null)).toBeNull();
	});

	it('reproduces frequency, monetary, last and first purchase under orders.ts', () => {
		for (const [f, m, last, first] of [
			[5, 12345, 400, 100],
			[3, -50, 400, 390],
			[1, 1, 7, null],
			[7, 3, 30, 0]
		] as [number, number, number, number | null][]) {
			const lines = summaryLines(f, m, last, first);
			if (!lines) throw new Error('no lines');
			const n = lines.days.length;
			const chunk: LineChunk = {
				customer: new Int32Array(n),
				day: Int32Array.from(lines.days),
				amountCents: Float64Array.from(lines.cents),
				order: Int32Array.from(lines.days, (_, i) => i),
				attributes: []
			};
			const orders = buildOrders([chunk], n);
			const purchases = [...orders.amountCents].filter(isPurchase).length;
			const total = orders.amountCents.reduce((sum, c) => sum + c, 0);
			const purchaseDays = [...orders.day].filter((_, o) => isPurchase(orders.amountCents[o]));
			expect(purchases).toBe(f);
			expect(total).toBe(m);
			expect(Math.max(...purchaseDays)).toBe(last);
			expect(Math.min(...purchaseDays)).toBe(first ?? last);
		}
	});
});
