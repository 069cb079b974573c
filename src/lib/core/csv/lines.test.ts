import { describe, expect, it } from 'vitest';
import { CHUNK_ROWS } from '../columns';
import { LineBuilder } from './lines';

describe('LineBuilder', () => {
	it('numbers customers, attribute values and orders densely in first-seen order', () => {
		const builder = new LineBuilder(['Country']);
		const none = Int32Array.of(-1);
		const rows: [string, string, number, string][] = [
			['C1', 'A', 10, 'UK'],
			['C1', 'A', 11, 'UK'], // same order, later day
			['C2', 'A', 10, ''], // same order id, other customer: another order
			['C1', '', 12, 'FR'], // no order id: customer-day
			['C1', '', 12, 'FR'], // same customer-day
			['C1', '', 13, 'FR'], // next day
			['C2', '', 12, 'UK'] // other customer, same day
		];
		for (const [id, orderId, day, country] of rows) {
			const c = builder.customerIndex(id);
			const a = builder.attributeIndex(0, country);
			builder.addLine(
				c,
				day,
				100,
				builder.orderIndex(c, orderId, day),
				a < 0 ? none : Int32Array.of(a)
			);
		}
		const built = builder.finish();
		expect(built.customerIds).toEqual(['C1', 'C2']);
		expect(built.attributes).toEqual([{ name: 'Country', values: ['UK', 'FR'] }]);
		expect(built.orderCount).toBe(5);
		expect(built.lineCount).toBe(7);
		expect(built.chunks).toHaveLength(1);
		const [chunk] = built.chunks;
		expect([...chunk.customer]).toEqual([0, 0, 1, 0, 0, 0, 1]);
		expect([...chunk.order]).toEqual([0, 0, 1, 2, 2, 3, 4]);
		expect([...chunk.attributes[0]]).toEqual([0, 0, -1, 1, 1, 1, 0]);
		expect([...chunk.day]).toEqual([10, 11, 10, 12, 12, 13, 12]);
	});

	it('hands out full chunks as they fill and cuts the last one to its length', () => {
		const builder = new LineBuilder([]);
		const c = builder.customerIndex('x');
		const none = new Int32Array(0);
		for (let i = 0; i < CHUNK_ROWS + 3; i++)
			builder.addLine(c, i, i, builder.orderIndex(c, '', i), none);
		const full = builder.takeChunks();
		expect(full).toHaveLength(1);
		expect(full[0].day.length).toBe(CHUNK_ROWS);
		expect(builder.takeChunks()).toEqual([]);
		const { chunks, orderCount } = builder.finish();
		expect(chunks).toHaveLength(1);
		expect([...chunks[0].day]).toEqual([CHUNK_ROWS, CHUNK_ROWS + 1, CHUNK_ROWS + 2]);
		expect(chunks[0].amountCents.buffer.byteLength).toBe(3 * 8);
		expect(orderCount).toBe(CHUNK_ROWS + 3);
	});
});
