/**
 * The columnar builder: imported lines go into typed-array chunks of `CHUNK_ROWS`, with the
 * customer-id and attribute dictionaries and the dense order index beside them. Ids live in
 * `TextIndex` tables, other keys in Maps; there is never one object per line.
 */
import type { DayNumber } from '../calendar';
import { CHUNK_ROWS } from '../columns';
import type { DatasetDictionaries, LineChunk } from '../columns';
import { copyOf, TextIndex, withRoom } from './text-index';
import { eachColumn, remap, type LineColumn } from './line-moves';
import { ProductDictionaryBuilder } from '../products/dictionary';

/** Everything built once the last line is in. */
export interface BuiltLines extends DatasetDictionaries {
	/** Chunks not yet taken with `takeChunks` (the last one may be partial). */
	chunks: LineChunk[];
	orderCount: number;
	lineCount: number;
	/** Per order index: its order id as written, '' for a customer-day order or a summary's. */
	orderIds: string[];
}

/** Customer-day order keys: customer × 2^23 + (day + 2^22), exact for days within ±11,000 years. */
const DAY_SPAN = 2 ** 23;
const DAY_OFFSET = 2 ** 22;

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
	private readonly customers = new TextIndex();
	private readonly attributeValues: TextIndex[];
	/** Order index of (customer, order id): the first customer's order by id, others by id + customer. */
	private readonly orderIds = new TextIndex();
	/** Order index of each key of `orderIds` (the first customer's order with that id). */
	private orderOfId = new Int32Array(1024);
	private readonly ordersByIdAndCustomer = new Map<string, number>();
	private readonly ordersByDay = new Map<number, number>();
	private orderCustomer = new Int32Array(1024);
	/** Per order: 1 + its key in `orderIds`, 0 without an id. */
	private orderKey = new Int32Array(1024);
	/** The order id of the last `orderIndexIn` with one: the dictionary's own string. */
	lastOrderId = '';
	private orderCount = 0;
	private lineCount = 0;
	private done: LineChunk[] = [];
	private current: LineChunk;
	private fill = 0;
	/** Present when lines carry products (`LineChunk.product`). */
	readonly products: ProductDictionaryBuilder | null;
	private readonly keepsQuantity: boolean;

	constructor(attributeNames: string[], columns: { product?: boolean; quantity?: boolean } = {}) {
		this.products = columns.product ? new ProductDictionaryBuilder() : null;
		this.keepsQuantity = columns.quantity ?? false;
		this.attributeNames = attributeNames;
		this.attributeValues = attributeNames.map(() => new TextIndex());
		this.current = this.newChunk(CHUNK_ROWS);
	}

	/** Index of a (trimmed, non-empty) customer id, added in first-seen order. */
	customerIndex(id: string): number {
		return this.customers.add(id, 0, id.length);
	}

	/** The customer id of an index. */
	customerId(index: number): string {
		return this.customers.keys[index];
	}

	/** `customerIndex` of `text[start, end)`, without a string of its own unless it is new. */
	customerIndexIn(text: string, start: number, end: number): number {
		return this.customers.add(text, start, end);
	}

	/** Index of a value in attribute `a`'s dictionary; −1 for an empty value. */
	attributeIndex(a: number, value: string): number {
		return this.attributeIndexIn(a, value, 0, value.length);
	}

	/** `attributeIndex` of `text[start, end)`, without a string of its own unless it is new. */
	attributeIndexIn(a: number, text: string, start: number, end: number): number {
		return start < end ? this.attributeValues[a].add(text, start, end) : -1;
	}

	/** The value of attribute `a` with dictionary index `index`. */
	attributeValue(a: number, index: number): string {
		return this.attributeValues[a].keys[index];
	}

	/**
	 * Dense order index of a line: by (customer, trimmed order id), or by (customer, day) when the
	 * order id is empty — one order per customer-day.
	 */
	orderIndex(customer: number, orderId: string, day: DayNumber): number {
		return this.orderIndexIn(customer, orderId, 0, orderId.length, day);
	}

	/** `orderIndex` of the order id `text[start, end)`, without a string of its own unless new. */
	orderIndexIn(customer: number, text: string, start: number, end: number, day: DayNumber): number {
		if (start === end) {
			const key = customer * DAY_SPAN + (day + DAY_OFFSET);
			let index = this.ordersByDay.get(key);
			if (index === undefined) {
				index = this.newOrder(customer);
				this.ordersByDay.set(key, index);
			}
			return index;
		}
		const known = this.orderIds.size;
		const id = this.orderIds.add(text, start, end);
		this.lastOrderId = this.orderIds.keys[id];
		if (id === known) {
			const index = this.newOrder(customer, id + 1);
			this.orderOfId = withRoom(this.orderOfId, id);
			this.orderOfId[id] = index;
			return index;
		}
		const first = this.orderOfId[id];
		if (this.orderCustomer[first] === customer) return first;
		// The same order id for another customer is another order.
		const key = this.orderIds.keys[id] + '\u0000' + customer;
		let index = this.ordersByIdAndCustomer.get(key);
		if (index === undefined) {
			index = this.newOrder(customer, id + 1);
			this.ordersByIdAndCustomer.set(copyOf(key, 0, key.length), index);
		}
		return index;
	}

	/** A new order of its own (synthetic lines of a customer summary). */
	newOrderIndex(customer: number): number {
		return this.newOrder(customer);
	}

	/**
	 * Add one line; `attributes[a]` is the dictionary index of attribute `a` (or −1), `product` an
	 * index of `products` (or −1), `quantity` the units (NaN: unknown); both are kept only when the
	 * builder was made with those columns.
	 */
	addLine(
		customer: number,
		day: DayNumber,
		amountCents: number,
		order: number,
		attributes: ArrayLike<number>,
		product = -1,
		quantity = NaN
	): void {
		const chunk = this.current;
		const i = this.fill;
		chunk.customer[i] = customer;
		chunk.day[i] = day;
		chunk.amountCents[i] = amountCents;
		chunk.order[i] = order;
		const columns = chunk.attributes;
		for (let a = 0; a < columns.length; a++) columns[a][i] = attributes[a];
		if (chunk.product) chunk.product[i] = product;
		if (chunk.quantity) chunk.quantity[i] = quantity;
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
			const last: LineChunk = {
				customer: c.customer.slice(0, n),
				day: c.day.slice(0, n),
				amountCents: c.amountCents.slice(0, n),
				order: c.order.slice(0, n),
				attributes: c.attributes.map((column) => column.slice(0, n))
			};
			if (c.product) last.product = c.product.slice(0, n);
			if (c.quantity) last.quantity = c.quantity.slice(0, n);
			chunks.push(last);
			this.fill = 0;
		}
		return {
			chunks,
			customerIds: this.customers.keys,
			attributes: this.attributeNames.map((name, a) => ({
				name,
				values: this.attributeValues[a].keys
			})),
			orderCount: this.orderCount,
			lineCount: this.lineCount,
			orderIds: Array.from(this.orderKey.subarray(0, this.orderCount), (key) =>
				key === 0 ? '' : this.orderIds.keys[key - 1]
			),
			...(this.products ? { products: this.products.finish() } : {})
		};
	}

	/**
	 * Add the lines of the rest of a file, built by a builder of its own (`parts.ts`), as if they
	 * had been added here one by one: its customers, attribute values and products join these
	 * dictionaries in its first-seen order, its orders get the indexes one builder would have
	 * given them (an order id or a customer-day already here is the same order), and its lines
	 * fill the chunks from where these end. `categoryOrder`: its products in the order their
	 * categories were set. `ownOrders`: each of its orders is a line's own (a customer summary).
	 */
	absorb(part: BuiltLines, categoryOrder: readonly number[], ownOrders: boolean): void {
		const customers = Int32Array.from(part.customerIds, (id) => this.customerIndex(id));
		const values = part.attributes.map(({ values }, a) =>
			Int32Array.from(values, (value) => this.attributeIndex(a, value))
		);
		const products = this.absorbProducts(part, categoryOrder);
		const orders = new Int32Array(part.orderCount).fill(-1);
		// Taken out of the part, so that each chunk is released once it is here.
		const chunks: (LineChunk | null)[] = part.chunks.splice(0);
		for (let k = 0; k < chunks.length; k++) {
			const chunk = chunks[k] as LineChunk;
			chunks[k] = null;
			const own = this.remapped(
				chunk,
				customers,
				values,
				products,
				orders,
				part.orderIds,
				ownOrders
			);
			this.lineCount += own.customer.length;
			// At a chunk boundary a full chunk is kept as it is; else its lines fill the chunks.
			if (this.fill === 0 && own.customer.length === CHUNK_ROWS) this.done.push(own);
			else this.copyIn(own);
		}
	}

	/**
	 * A part's chunk with its indexes made these (in place) and the columns of this builder's
	 * chunks. A part's orders first appear in their index order, as here.
	 */
	private remapped(
		chunk: LineChunk,
		customers: Int32Array,
		values: Int32Array[],
		products: Int32Array | null,
		orders: Int32Array,
		orderIds: readonly string[],
		ownOrders: boolean
	): LineChunk {
		const n = chunk.customer.length;
		const { customer, day, order } = chunk;
		for (let i = 0; i < n; i++) {
			const c = customers[customer[i]];
			customer[i] = c;
			const theirs = order[i];
			let ours = orders[theirs];
			if (ours < 0) {
				ours = ownOrders ? this.newOrder(c) : this.orderIndex(c, orderIds[theirs], day[i]);
				orders[theirs] = ours;
			}
			order[i] = ours;
		}
		const attributes = values.map((map, a) => {
			const column = chunk.attributes[a] ?? new Int32Array(n).fill(-1);
			remap(column, map);
			return column;
		});
		const own: LineChunk = { customer, day, amountCents: chunk.amountCents, order, attributes };
		if (this.products) {
			const column = chunk.product ?? new Int32Array(n);
			if (chunk.product && products) remap(column, products);
			else column.fill(-1);
			own.product = column;
		}
		if (this.keepsQuantity) own.quantity = chunk.quantity ?? new Float64Array(n).fill(NaN);
		return own;
	}

	/**
	 * Append a chunk's lines (of this builder's columns): its first lines fill the current chunk;
	 * the rest are moved to its own start, and a whole-size chunk then becomes the current one,
	 * so that merging allocates no chunk but the last.
	 */
	private copyIn(chunk: LineChunk): void {
		const n = chunk.customer.length;
		const run = Math.min(n, CHUNK_ROWS - this.fill);
		const to = this.current;
		const at = this.fill;
		eachColumn(to, chunk, (target: LineColumn, source: LineColumn) => {
			target.set(source.subarray(0, run), at);
			source.copyWithin(0, run, n);
		});
		this.fill += run;
		if (this.fill < CHUNK_ROWS) return;
		this.done.push(to);
		const rest = n - run;
		this.fill = rest;
		if (n === CHUNK_ROWS) {
			this.current = chunk;
			return;
		}
		// A last, shorter chunk: its remaining lines go to a chunk of full size.
		this.current = this.newChunk(CHUNK_ROWS);
		if (rest > 0)
			eachColumn(this.current, chunk, (target, source) => target.set(source.subarray(0, rest)));
	}

	/** A part's products as indexes here: names first seen win, categories in the order set. */
	private absorbProducts(part: BuiltLines, categoryOrder: readonly number[]): Int32Array | null {
		const builder = this.products;
		const theirs = part.products;
		if (!builder || !theirs) return null;
		const index = Int32Array.from(theirs.ids, (id, k) => {
			const at = builder.indexIn(id, 0, id.length);
			builder.describe(at, theirs.names[k], '');
			return at;
		});
		for (const k of categoryOrder) {
			builder.describe(index[k], '', theirs.categories[theirs.category[k]]);
		}
		return index;
	}

	private newOrder(customer: number, key = 0): number {
		this.orderCustomer = withRoom(this.orderCustomer, this.orderCount);
		this.orderCustomer[this.orderCount] = customer;
		this.orderKey = withRoom(this.orderKey, this.orderCount);
		this.orderKey[this.orderCount] = key;
		return this.orderCount++;
	}

	private newChunk(size: number): LineChunk {
		const chunk: LineChunk = {
			customer: new Int32Array(size),
			day: new Int32Array(size),
			amountCents: new Float64Array(size),
			order: new Int32Array(size),
			attributes: this.attributeNames.map(() => new Int32Array(size))
		};
		if (this.products) chunk.product = new Int32Array(size);
		if (this.keepsQuantity) chunk.quantity = new Float64Array(size);
		return chunk;
	}
}
