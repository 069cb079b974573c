/**
 * A customer's attribute value (country, channel…): the value on their latest line.
 */
import type { LineChunk } from '../columns';

/**
 * Per customer, the value of attribute column `attributeIndex` on the customer's latest-day line;
 * among lines of that day the last one seen (chunk order, then line order) wins. The value may be
 * −1 (empty) if that line's cell was empty; customers without lines get −1.
 * @example
 * // customer 0: day 5 value 1, day 7 value 2, day 7 value 3 → 3; customer 1 has no lines → −1
 * customerAttributeValues([{ customer: Int32Array.of(0, 0, 0), day: Int32Array.of(5, 7, 7),
 *   amountCents: new Float64Array(3), order: Int32Array.of(0, 1, 1),
 *   attributes: [Int32Array.of(1, 2, 3)] }], 2, 0) // → Int32Array [3, −1]
 */
export function customerAttributeValues(
	chunks: readonly LineChunk[],
	customerCount: number,
	attributeIndex: number
): Int32Array {
	const values = new Int32Array(customerCount).fill(-1);
	const latest = new Int32Array(customerCount).fill(-(2 ** 31));
	const seen = new Uint8Array(customerCount);
	for (const chunk of chunks) {
		const column = chunk.attributes[attributeIndex];
		const { customer, day } = chunk;
		for (let i = 0; i < customer.length; i++) {
			const c = customer[i];
			if (c < 0 || c >= customerCount) continue;
			if (!seen[c] || day[i] >= latest[c]) {
				seen[c] = 1;
				latest[c] = day[i];
				values[c] = column[i];
			}
		}
	}
	return values;
}
