/**
 * The columnar builder: imported lines go into typed-array chunks of `CHUNK_ROWS`, with the
 * customer-id and attribute dictionaries and the dense order index beside them. Ids live in
 * `TextIndex` tables, other keys in Maps; there is never one object per line.
 */
import type { DayNumber } from '../calendar';
import { CHUNK_ROWS } from '../columns';
import type { DatasetDictionaries, LineChunk } from '../columns';
import { hashRange, TextIndex } from './text-index';
import { OrderIndex } from './order-index';
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
	/**
	 * `hashRange` of each customer id and of each order's id (0 without one), computed while
	 * parsing: `LineBuilder.absorb` then hashes none of a part's ids again. Optional.
	 */
	hashes?: { customerIds: Int32Array; orderIds: Int32Array };
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
	private readonly customers = new TextIndex();
	private readonly attributeValues: TextIndex[];
	private readonly orders = new OrderIndex();
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
		if (start === end) return this.orders.dayOrder(customer, day);
		return this.orders.idOrder(customer, text, start, end, hashRange(text, start, end));
	}

	/** The order id of the last `orderIndexIn` with one: a string the builder keeps anyway. */
	get lastOrderId(): string {
		return this.orders.lastId;
	}

	/** A new order of its own (synthetic lines of a customer summary). */
	newOrderIndex(customer: number): number {
		return this.orders.newOrder(customer);
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
			orderCount: this.orders.count,
			lineCount: this.lineCount,
			orderIds: this.orders.idList(),
			...(this.products ? { products: this.products.finish() } : {})
		};
	}

	/** The `hashes` of what `finish` returned (for a part, to be absorbed without hashing). */
	dictionaryHashes(): NonNullable<BuiltLines['hashes']> {
		return { customerIds: this.customers.hashList(), orderIds: this.orders.hashList() };
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
		const customers = this.customers.addAll(part.customerIds, part.hashes?.customerIds);
		const values = part.attributes.map(({ values }, a) => this.attributeValues[a].addAll(values));
		const products = this.absorbProducts(part, categoryOrder);
		const orders = this.orders.absorb(
			part.chunks,
			part.orderIds,
			part.hashes?.orderIds,
			customers,
			ownOrders
		);
		// Taken out of the part, so that each chunk is released once it is here.
		const chunks: (LineChunk | null)[] = part.chunks.splice(0);
		for (let k = 0; k < chunks.length; k++) {
			const chunk = chunks[k] as LineChunk;
			chunks[k] = null;
			const own = this.remapped(chunk, customers, values, products, orders);
			this.lineCount += own.customer.length;
			// At a chunk boundary a full chunk is kept as it is; else its lines fill the chunks.
			if (this.fill === 0 && own.customer.length === CHUNK_ROWS) this.done.push(own);
			else this.copyIn(own);
		}
	}

	/** A part's chunk with its indexes made these (in place) and the columns of this builder's chunks. */
	private remapped(
		chunk: LineChunk,
		customers: Int32Array,
		values: Int32Array[],
		products: Int32Array | null,
		orders: Int32Array
	): LineChunk {
		const n = chunk.customer.length;
		const { customer, day, order } = chunk;
		remap(customer, customers);
		remap(order, orders);
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
