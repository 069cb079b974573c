import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK_ROWS } from '../columns';
import { LineBuilder } from './lines';
import type { BuiltLines } from './lines';
import { hashRange } from './text-index';

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

interface Line {
	customer: string;
	orderId: string;
	day: number;
	country: string;
}

/** Add lines to a builder the way the importer does. */
function addLines(builder: LineBuilder, lines: Line[]): void {
	for (const { customer, orderId, day, country } of lines) {
		const c = builder.customerIndex(customer);
		const a = builder.attributeIndex(0, country);
		const o = builder.orderIndex(c, orderId, day);
		if (orderId !== '') expect(builder.lastOrderId).toBe(orderId);
		builder.addLine(c, day, 100, o, Int32Array.of(a));
	}
}

describe('LineBuilder.absorb against plain Maps', () => {
	const line = fc.record({
		customer: fc.constantFrom('C1', 'C2', 'C3', 'someone@example.com', '17850'),
		orderId: fc.constantFrom('', '', '536365', '536366', '#500002', 'A', 'B', 'C'),
		day: fc.integer({ min: 0, max: 3 }),
		country: fc.constantFrom('', 'UK', 'FR', 'DE')
	});

	it('numbers customers, values and orders as one builder adding every line would, lines added after a part included', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(line, { maxLength: 40 }), { minLength: 1, maxLength: 4 }),
				fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
				(segments, withHashes) => {
					// Segment 0 is added here; odd segments come as parts, even ones are added after.
					const builder = new LineBuilder(['Country']);
					segments.forEach((lines, s) => {
						if (s % 2 === 0) return addLines(builder, lines);
						const part = new LineBuilder(['Country']);
						addLines(part, lines);
						const hashes = part.dictionaryHashes();
						const built: BuiltLines = part.finish();
						if (withHashes[s]) built.hashes = hashes;
						builder.absorb(built, [], false);
					});
					const all = segments.flat();
					// The reference: first-seen numbering in Maps, an order per (customer, id) or
					// (customer, day) without an id.
					const customers = new Map<string, number>();
					const countries = new Map<string, number>();
					const orders = new Map<string, number>();
					const orderIds: string[] = [];
					const expected = {
						customer: [] as number[],
						order: [] as number[],
						country: [] as number[]
					};
					for (const { customer, orderId, day, country } of all) {
						if (!customers.has(customer)) customers.set(customer, customers.size);
						if (country !== '' && !countries.has(country)) countries.set(country, countries.size);
						const key = orderId === '' ? `day ${customer} ${day}` : `id ${customer} ${orderId}`;
						if (!orders.has(key)) {
							orders.set(key, orders.size);
							orderIds.push(orderId);
						}
						expected.customer.push(customers.get(customer) as number);
						expected.order.push(orders.get(key) as number);
						expected.country.push(country === '' ? -1 : (countries.get(country) as number));
					}
					const result = builder.finish();
					const column = (pick: (chunk: BuiltLines['chunks'][number]) => Int32Array) =>
						result.chunks.flatMap((chunk) => Array.from(pick(chunk)));
					expect(result.customerIds).toEqual([...customers.keys()]);
					expect(result.attributes[0].values).toEqual([...countries.keys()]);
					expect(result.orderCount).toBe(orders.size);
					expect(result.orderIds).toEqual(orderIds);
					expect(result.lineCount).toBe(all.length);
					expect(column((chunk) => chunk.customer)).toEqual(expected.customer);
					expect(column((chunk) => chunk.order)).toEqual(expected.order);
					expect(column((chunk) => chunk.attributes[0])).toEqual(expected.country);
					expect(column((chunk) => chunk.day)).toEqual(all.map(({ day }) => day));
				}
			)
		);
	});

	it('sends with a part the hashRange of its customer ids and of the id of each order', () => {
		const part = new LineBuilder([]);
		addLines(part, [
			{ customer: 'C1', orderId: 'A', day: 1, country: '' },
			{ customer: 'C2', orderId: '', day: 1, country: '' },
			{ customer: 'C2', orderId: 'A', day: 2, country: '' }
		]);
		const hashes = part.dictionaryHashes();
		expect(Array.from(hashes.customerIds)).toEqual([hashRange('C1', 0, 2), hashRange('C2', 0, 2)]);
		expect(Array.from(hashes.orderIds)).toEqual([hashRange('A', 0, 1), 0, hashRange('A', 0, 1)]);
	});
});
