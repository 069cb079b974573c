import { describe, expect, it } from 'vitest';
import type { LineChunk } from './columns';
import { customerHistory } from './customer-history';

const chunk = (
	rows: [customer: number, day: number, cents: number, order: number, attr: number][]
): LineChunk => ({
	customer: Int32Array.from(rows, (r) => r[0]),
	day: Int32Array.from(rows, (r) => r[1]),
	amountCents: Float64Array.from(rows, (r) => r[2]),
	order: Int32Array.from(rows, (r) => r[3]),
	attributes: [Int32Array.from(rows, (r) => r[4])]
});

describe('customerHistory', () => {
	it('groups a customer’s lines into orders across chunks, oldest first', () => {
		const chunks = [
			chunk([
				[7, 20, 1000, 3, 1],
				[2, 5, 999, 0, 0],
				[7, 10, 250, 4, 1]
			]),
			chunk([
				[7, 19, 500, 3, 2],
				[7, 25, -400, 5, -1]
			])
		];
		expect(customerHistory(chunks, 7)).toEqual({
			orders: [
				{ day: 10, amountCents: 250, lines: 1 },
				{ day: 19, amountCents: 1500, lines: 2 },
				{ day: 25, amountCents: -400, lines: 1 }
			],
			attributes: [
				[
					{ value: 1, lines: 2 },
					{ value: 2, lines: 1 }
				]
			]
		});
	});

	it('gives an empty history for a customer without lines', () => {
		expect(customerHistory([chunk([[0, 1, 100, 0, 0]])], 3)).toEqual({
			orders: [],
			attributes: [[]]
		});
	});
});
