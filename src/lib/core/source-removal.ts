/**
 * Removing one source (channel) from a dataset: its lines go, and with them the customers and
 * orders that have no line left. Customers and orders are renumbered densely (a removal rewrites
 * the dataset); attribute values and products keep their numbers.
 */
import type { DatasetDictionaries, LineChunk } from './columns';
import type { StoredLines } from './append';

/** What a source removal writes. */
export interface RemovalPlan {
	chunks: LineChunk[];
	dictionaries: DatasetDictionaries;
	orderIds: string[] | null;
	orderCount: number;
	/** Lines removed and lines left. */
	removedLines: number;
	lines: number;
}

/**
 * The dataset without the lines whose source column `column` holds `value`.
 * @example
 * // A bought in 'shop' (value 0) and 'web' (1); B only in 'web': removing 'web' leaves A's shop line.
 * const plan = planSourceRemoval({ customerIds: ['A', 'B'], orderCount: 3,
 *   orderIds: PackedOrderIds.from(['1', '2', '3']),
 *   attributes: [{ name: 'source', values: ['shop', 'web'] }],
 *   chunks: [{ customer: Int32Array.of(0, 0, 1), day: Int32Array.of(1, 2, 3),
 *     amountCents: Float64Array.of(1, 2, 3), order: Int32Array.of(0, 1, 2),
 *     attributes: [Int32Array.of(0, 1, 1)] }] }, 0, 1);
 * plan.dictionaries.customerIds // → ['A']
 * plan.orderIds // → ['1']
 */
export function planSourceRemoval(stored: StoredLines, column: number, value: number): RemovalPlan {
	const customerMap = new Int32Array(stored.customerIds.length).fill(-1);
	const orderMap = new Int32Array(stored.orderCount).fill(-1);
	const customerIds: string[] = [];
	const orderIds: string[] = [];
	const chunks: LineChunk[] = [];
	let removedLines = 0;
	let lines = 0;
	for (const chunk of stored.chunks) {
		const source = chunk.attributes[column];
		const keep: number[] = [];
		for (let i = 0; i < source.length; i++) {
			if (source[i] === value) removedLines++;
			else keep.push(i);
		}
		if (keep.length === 0) continue;
		const pick = <T extends Int32Array | Float64Array>(array: T): T => {
			const out = new (array.constructor as new (n: number) => T)(keep.length);
			keep.forEach((i, j) => (out[j] = array[i]));
			return out;
		};
		const out: LineChunk = {
			customer: pick(chunk.customer),
			day: pick(chunk.day),
			amountCents: pick(chunk.amountCents),
			order: pick(chunk.order),
			attributes: chunk.attributes.map(pick),
			...(chunk.product ? { product: pick(chunk.product) } : {}),
			...(chunk.quantity ? { quantity: pick(chunk.quantity) } : {})
		};
		for (let j = 0; j < keep.length; j++) {
			const c = out.customer[j];
			if (customerMap[c] < 0) {
				customerMap[c] = customerIds.length;
				customerIds.push(stored.customerIds[c]);
			}
			out.customer[j] = customerMap[c];
			const o = out.order[j];
			if (orderMap[o] < 0) {
				orderMap[o] = orderIds.length;
				orderIds.push(stored.orderIds?.get(o) ?? '');
			}
			out.order[j] = orderMap[o];
		}
		lines += keep.length;
		chunks.push(out);
	}
	return {
		chunks,
		dictionaries: {
			customerIds,
			attributes: stored.attributes,
			...(stored.products ? { products: stored.products } : {})
		},
		orderIds: stored.orderIds ? orderIds : null,
		orderCount: orderIds.length,
		removedLines,
		lines
	};
}
