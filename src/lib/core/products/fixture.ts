/** Hand-made lines for the products tests: one row per line, as the importer would store them. */
import type { LineChunk } from '../columns';

/** [customer, day, order, product (−1: none), quantity, amount in cents] */
export type HandLine = [number, number, number, number, number, number];

/** One chunk of hand-made lines; without quantities when `withQuantity` is false. */
export function handChunk(lines: HandLine[], withQuantity = true): LineChunk {
	const chunk: LineChunk = {
		customer: Int32Array.from(lines, (l) => l[0]),
		day: Int32Array.from(lines, (l) => l[1]),
		order: Int32Array.from(lines, (l) => l[2]),
		product: Int32Array.from(lines, (l) => l[3]),
		amountCents: Float64Array.from(lines, (l) => l[5]),
		attributes: []
	};
	if (withQuantity) chunk.quantity = Float64Array.from(lines, (l) => l[4]);
	return chunk;
}
