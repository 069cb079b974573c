/**
 * The columnar builder: imported lines go into typed-array chunks of `CHUNK_ROWS`, with the
 * customer-id and attribute dictionaries and the dense order index beside them. Keys live in Maps
 * of strings and numbers; there is never one object per line.
 */
import type { DayNumber } from '../calendar';
import { CHUNK_ROWS } from '../columns';
import type { DatasetDictionaries, LineChunk } from '../columns';

/** Everything built once the last line is in. */
export interface BuiltLines extends DatasetDictionaries {
	/** Chunks not yet taken with `takeChunks` (the last one may be partial). */
	chunks: LineChunk[];
	orderCount: number;
	lineCount: number;
}

/** Customer-day order keys: customer × 2^23 + (day + 2^22), exact for days within ±11,000 years. */
const DAY_SPAN = 2 ** 23;
const DAY_OFFSET = 2 ** 22;

/**
 * A copy of a string that does not keep a larger text alive. Slices of the multi-megabyte text
 * of a pushed chunk can hold that whole text in memory; dictionary entries outlive it.
 * @example detached(hugeText.slice(0, 20)) // → the same 20 characters, without `hugeText`
 */
export function detached(value: string): string {
	return value.length < 13 ? value : (' ' + value).slice(1);
}

/**
 * Builds line chunks and dictionaries.
 * @example
 * const builder = new LineBuilder(['Country']);
 * const c = builder.customerIndex('C1');
 * builder.addLine(c, 19727, 1250, builder.orderIndex(c, 'A-1', 19727), Int32Array.of(builder.attributeIndex(0, 'UK')));
 * builder.finish().orderCount // → 1
 */
export class LineBuilder {
	readonly attributeNames: string[];
	private readonly customerIds: string[] = [];
	private readonly customers = new Map<string, number>();
	private readonly attributeValues: string[][];
	private readonly attributeMaps: Map<string, number>[];
	/** Order index of (customer, order id): the first customer's order by id, others by id + customer. */
	private readonly ordersById = new Map<string, number>();
	private readonly ordersByIdAndCustomer = new Map<string, number>();
	private readonly ordersByDay = new Map<number, number>();
	private orderCustomer = new Int32Array(1024);
	private orderCount = 0;
	private lineCount = 0;
	private done: LineChunk[] = [];
	private current: LineChunk;
	private fill = 0;

	constructor(attributeNames: string[]) {
		this.attributeNames = attributeNames;
		this.attributeValues = attributeNames.map(() => []);
		this.attributeMaps = attributeNames.map(() => new Map());
		this.current = this.newChunk(CHUNK_ROWS);
	}

	/** Index of a (trimmed, non-empty) customer id, added in first-seen order. */
	customerIndex(id: string): number {
		let index = this.customers.get(id);
		if (index === undefined) {
			index = this.customerIds.length;
			const copy = detached(id);
			this.customerIds.push(copy);
			this.customers.set(copy, index);
		}
		return index;
	}

	/** Index of a value in attribute `a`'s dictionary; −1 for an empty value. */
	attributeIndex(a: number, value: string): number {
		if (value === '') return -1;
		const map = this.attributeMaps[a];
		let index = map.get(value);
		if (index === undefined) {
			const values = this.attributeValues[a];
			index = values.length;
			const copy = detached(value);
			values.push(copy);
			map.set(copy, index);
		}
		return index;
	}

	/**
	 * Dense order index of a line: by (customer, trimmed order id), or by (customer, day) when the
	 * order id is empty — one order per customer-day.
	 */
	orderIndex(customer: number, orderId: string, day: DayNumber): number {
		if (orderId === '') {
			const key = customer * DAY_SPAN + (day + DAY_OFFSET);
			let index = this.ordersByDay.get(key);
			if (index === undefined) {
				index = this.newOrder(customer);
				this.ordersByDay.set(key, index);
			}
			return index;
		}
		const first = this.ordersById.get(orderId);
		if (first === undefined) {
			const index = this.newOrder(customer);
			this.ordersById.set(detached(orderId), index);
			return index;
		}
		if (this.orderCustomer[first] === customer) return first;
		// The same order id for another customer is another order.
		const key = orderId + '\u0000' + customer;
		let index = this.ordersByIdAndCustomer.get(key);
		if (index === undefined) {
			index = this.newOrder(customer);
			this.ordersByIdAndCustomer.set(detached(key), index);
		}
		return index;
	}

	/** A new order of its own (synthetic lines of a customer summary). */
	newOrderIndex(customer: number): number {
		return this.newOrder(customer);
	}

	/** Add one line; `attributes[a]` is the dictionary index of attribute `a` (or −1). */
	addLine(
		customer: number,
		day: DayNumber,
		amountCents: number,
		order: number,
		attributes: ArrayLike<number>
	): void {
		const chunk = this.current;
		const i = this.fill;
		chunk.customer[i] = customer;
		chunk.day[i] = day;
		chunk.amountCents[i] = amountCents;
		chunk.order[i] = order;
		const columns = chunk.attributes;
		for (let a = 0; a < columns.length; a++) columns[a][i] = attributes[a];
		this.lineCount++;
		if (++this.fill === CHUNK_ROWS) {
			this.done.push(chunk);
			this.current = this.newChunk(CHUNK_ROWS);
			this.fill = 0;
		}
	}

	/** Full chunks completed since the last call. */
	takeChunks(): LineChunk[] {
		const chunks = this.done;
		this.done = [];
		return chunks;
	}

	/** The remaining chunks (the last one cut to its length) and the dictionaries. */
	finish(): BuiltLines {
		const chunks = this.takeChunks();
		const n = this.fill;
		if (n > 0) {
			const c = this.current;
			chunks.push({
				customer: c.customer.slice(0, n),
				day: c.day.slice(0, n),
				amountCents: c.amountCents.slice(0, n),
				order: c.order.slice(0, n),
				attributes: c.attributes.map((column) => column.slice(0, n))
			});
			this.fill = 0;
		}
		return {
			chunks,
			customerIds: this.customerIds,
			attributes: this.attributeNames.map((name, a) => ({ name, values: this.attributeValues[a] })),
			orderCount: this.orderCount,
			lineCount: this.lineCount
		};
	}

	private newOrder(customer: number): number {
		if (this.orderCount === this.orderCustomer.length) {
			const grown = new Int32Array(this.orderCustomer.length * 2);
			grown.set(this.orderCustomer);
			this.orderCustomer = grown;
		}
		this.orderCustomer[this.orderCount] = customer;
		return this.orderCount++;
	}

	private newChunk(size: number): LineChunk {
		return {
			customer: new Int32Array(size),
			day: new Int32Array(size),
			amountCents: new Float64Array(size),
			order: new Int32Array(size),
			attributes: this.attributeNames.map(() => new Int32Array(size))
		};
	}
}
