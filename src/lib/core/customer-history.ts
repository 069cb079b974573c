/**
 * One customer's history, for the customer profile: their orders (purchases and returns) in date
 * order and the attribute values on their lines. A scan of the line chunks — cheap enough for one
 * customer at a time (a million lines take a few milliseconds).
 */
import type { DayNumber } from './calendar';
import type { LineChunk } from './columns';

export interface CustomerOrder {
	/** Earliest day of the order's lines (see orders.ts). */
	day: DayNumber;
	/** Sum of the order's lines, integer cents; ≤ 0 is a return. */
	amountCents: number;
	lines: number;
}

export interface CustomerHistory {
	/** Orders, oldest first (ties by order index). */
	orders: CustomerOrder[];
	/** Per kept attribute: the distinct values (dictionary indexes) on the customer's lines, most lines first. */
	attributes: { value: number; lines: number }[][];
}

/**
 * Orders and attribute values of customer `customer`.
 * @example
 * customerHistory([{ customer: Int32Array.of(0, 1, 0), day: Int32Array.of(3, 4, 2),
 *   amountCents: Float64Array.of(500, 100, 250), order: Int32Array.of(0, 1, 0),
 *   attributes: [Int32Array.of(2, 2, -1)] }], 0)
 * // → { orders: [{ day: 2, amountCents: 750, lines: 2 }], attributes: [[{ value: 2, lines: 1 }]] }
 */
export function customerHistory(chunks: readonly LineChunk[], customer: number): CustomerHistory {
	const orders = new Map<number, CustomerOrder>();
	const attributeCount = chunks[0]?.attributes.length ?? 0;
	const counts = Array.from({ length: attributeCount }, () => new Map<number, number>());
	for (const chunk of chunks) {
		const ids = chunk.customer;
		for (let i = 0; i < ids.length; i++) {
			if (ids[i] !== customer) continue;
			const key = chunk.order[i];
			const order = orders.get(key);
			if (order) {
				order.amountCents += chunk.amountCents[i];
				order.lines++;
				if (chunk.day[i] < order.day) order.day = chunk.day[i];
			} else {
				orders.set(key, { day: chunk.day[i], amountCents: chunk.amountCents[i], lines: 1 });
			}
			for (let a = 0; a < attributeCount; a++) {
				const value = chunk.attributes[a][i];
				if (value >= 0) counts[a].set(value, (counts[a].get(value) ?? 0) + 1);
			}
		}
	}
	const sorted = [...orders.entries()].sort((a, b) => a[1].day - b[1].day || a[0] - b[0]);
	return {
		orders: sorted.map(([, order]) => order),
		attributes: counts.map((map) =>
			[...map.entries()]
				.map(([value, lines]) => ({ value, lines }))
				.sort((a, b) => b.lines - a.lines || a.value - b.value)
		)
	};
}
