/**
 * Appending a file's lines to a stored dataset: which incoming orders the dataset already holds
 * (skipped whole, "already in the dataset"), and the lines, dictionaries and order ids that the
 * rest adds. Stored indexes never change: customers, attribute values, products and orders of the
 * dataset keep their numbers and new ones are numbered after them.
 *
 * The dedupe rule, per incoming order (the importer's orders: by order id, or one per
 * customer-day without one):
 * - with an order id: a duplicate when the dataset holds an order of the same customer with the
 *   same id, or an order WITHOUT a known id of the same customer on one of its days;
 * - without an order id: a duplicate when the dataset holds any line of that customer on that day.
 * Orders of customers the dataset does not know are never duplicates. Orders of datasets stored
 * before order ids were kept count as orders without a known id.
 */
import type { DatasetColumns, DatasetDictionaries, LineChunk, ProductDictionary } from './columns';
import type { PackedOrderIds } from './order-ids';
import { SOURCE_ATTRIBUTE } from './sources';

/** A stored dataset as an append sees it. */
export interface StoredLines extends DatasetColumns {
	/** Per order index its order id ('' without one); null when the dataset predates them. */
	orderIds: PackedOrderIds | null;
}

/** The lines of the file being appended, as the importer built them. */
export interface IncomingLines extends DatasetColumns {
	orderIds: string[];
}

/** What an append writes. */
export interface AppendPlan {
	/** Chunks to store after the stored ones. */
	chunks: LineChunk[];
	/**
	 * The stored chunks again with the columns the append adds (an attribute the dataset lacked,
	 * the source column of a dataset from before sources, products, quantities), or null when
	 * their layout already fits.
	 */
	rewritten: LineChunk[] | null;
	dictionaries: DatasetDictionaries;
	/** The order ids of the orders added (orders `stored.orderCount` …). */
	orderIds: string[];
	orderCount: number;
	/** Lines added. */
	lines: number;
	/** Incoming lines and orders skipped as already in the dataset. */
	duplicateLines: number;
	duplicateOrders: number;
}

/**
 * The incoming orders on each (customer, day): an open-addressing hash table over typed arrays,
 * because a million look-ups with number keys in a `Map` (keys beyond 2^31 are boxed) measured
 * ~0.5 s in the append benchmark against a few tens of milliseconds here.
 */
class OrdersByDay {
	private readonly customer: Int32Array;
	private readonly day: Int32Array;
	/** Per slot: its first entry + 1 (0: empty slot). */
	private readonly head: Int32Array;
	private readonly mask: number;
	/** Entries: an incoming order and the next entry of the same slot key (−1: none). */
	readonly order: Int32Array;
	readonly next: Int32Array;
	private entries = 0;

	constructor(capacity: number) {
		let size = 16;
		while (size < capacity * 2) size *= 2;
		this.customer = new Int32Array(size);
		this.day = new Int32Array(size);
		this.head = new Int32Array(size);
		this.mask = size - 1;
		this.order = new Int32Array(capacity);
		this.next = new Int32Array(capacity);
	}

	private slot(c: number, d: number): number {
		let slot = (Math.imul(c, 0x9e3779b1) ^ Math.imul(d, 0x85ebca6b)) & this.mask;
		while (this.head[slot] !== 0 && (this.customer[slot] !== c || this.day[slot] !== d)) {
			slot = (slot + 1) & this.mask;
		}
		return slot;
	}

	/** Note incoming order `o` on customer `c`'s day `d` (a repeat of the last one is ignored). */
	add(c: number, d: number, o: number): void {
		const slot = this.slot(c, d);
		const first = this.head[slot] - 1;
		if (first >= 0 && this.order[first] === o) return;
		const entry = this.entries++;
		this.order[entry] = o;
		this.next[entry] = first;
		this.customer[slot] = c;
		this.day[slot] = d;
		this.head[slot] = entry + 1;
	}

	/** The first entry of (c, d), −1 when no incoming order is on that day. */
	first(c: number, d: number): number {
		return this.head[this.slot(c, d)] - 1;
	}
}

/** Index of each text of a list. */
function indexOf(list: readonly string[]): Map<string, number> {
	const map = new Map<string, number>();
	for (let i = 0; i < list.length; i++) map.set(list[i], i);
	return map;
}

/** Maps the texts of `incoming` to indexes of `list`, appending the ones it lacks. */
function extend(list: string[], incoming: readonly string[]): Int32Array {
	const known = indexOf(list);
	return Int32Array.from(incoming, (text) => {
		let index = known.get(text);
		if (index === undefined) {
			index = list.length;
			list.push(text);
			known.set(text, index);
		}
		return index;
	});
}

/** The products of both sides, stored first; and where each incoming product went. */
function mergeProducts(
	stored: ProductDictionary | undefined,
	incoming: ProductDictionary | undefined
): { products: ProductDictionary | undefined; map: Int32Array | null } {
	if (!incoming) return { products: stored, map: null };
	const ids = [...(stored?.ids ?? [])];
	const names = [...(stored?.names ?? [])];
	const categories = [...(stored?.categories ?? [])];
	const category = Array.from(stored?.category ?? []);
	const categoryMap = extend(categories, incoming.categories);
	const map = extend(ids, incoming.ids);
	for (let p = 0; p < map.length; p++) {
		const target = map[p];
		const c = incoming.category[p] < 0 ? -1 : categoryMap[incoming.category[p]];
		if (target === names.length) {
			names.push(incoming.names[p]);
			category.push(c);
		}
	}
	return { products: { ids, names, category: Int32Array.from(category), categories }, map };
}

/**
 * Plan the append of `incoming` to `stored`: dedupe, renumber, extend the dictionaries. Lines of
 * a dataset without a source column are given `legacySource` (its original file name).
 * @example
 * // Stored: A's order 'o1' on day 10. Incoming: A's 'o1' again (skipped) and B's 'o9' (added).
 * const plan = planAppend(
 *   { customerIds: ['A'], attributes: [{ name: 'source', values: ['jan.csv'] }], orderCount: 1,
 *     orderIds: PackedOrderIds.from(['o1']), chunks: [{ customer: Int32Array.of(0), day: Int32Array.of(10),
 *     amountCents: Float64Array.of(500), order: Int32Array.of(0), attributes: [Int32Array.of(0)] }] },
 *   { customerIds: ['A', 'B'], attributes: [{ name: 'source', values: ['feb.csv'] }], orderCount: 2,
 *     orderIds: ['o1', 'o9'], chunks: [{ customer: Int32Array.of(0, 1), day: Int32Array.of(10, 40),
 *     amountCents: Float64Array.of(500, 900), order: Int32Array.of(0, 1), attributes: [Int32Array.of(0, 0)] }] },
 *   'jan.csv');
 * plan.duplicateOrders // → 1
 * plan.dictionaries.customerIds // → ['A', 'B']
 * plan.chunks[0].order // → Int32Array [1]
 */
export function planAppend(
	stored: StoredLines,
	incoming: IncomingLines,
	legacySource: string
): AppendPlan {
	// Attribute layout: the stored columns, the source column, then columns only the file has.
	const names = stored.attributes.map((a) => a.name);
	const values = stored.attributes.map((a) => [...a.values]);
	const addsSource = !names.includes(SOURCE_ATTRIBUTE);
	if (addsSource) {
		names.push(SOURCE_ATTRIBUTE);
		values.push([legacySource]);
	}
	for (const attribute of incoming.attributes) {
		if (names.includes(attribute.name)) continue;
		names.push(attribute.name);
		values.push([]);
	}
	const attributeTarget = incoming.attributes.map((a) => names.indexOf(a.name));
	const valueMaps = incoming.attributes.map((a, k) => extend(values[attributeTarget[k]], a.values));

	const { products, map: productMap } = mergeProducts(stored.products, incoming.products);
	const hasQuantity =
		stored.chunks.some((c) => c.quantity) || incoming.chunks.some((c) => c.quantity);

	// Customers the dataset knows, and what it holds of them.
	// Look the stored ids up among the file's (usually far fewer) rather than index them all.
	const incomingCustomers = indexOf(incoming.customerIds);
	const customerMap = new Int32Array(incoming.customerIds.length).fill(-1);
	for (let c = 0; c < stored.customerIds.length; c++) {
		const found = incomingCustomers.get(stored.customerIds[c]);
		if (found !== undefined) customerMap[found] = c;
	}
	const duplicate = heldOrders(stored, incoming, customerMap);

	// The kept lines, renumbered.
	const customerIds = [...stored.customerIds];
	// The ids of the orders the append adds, numbered from the dataset's order count on.
	const orderIds: string[] = [];
	const orderMap = new Int32Array(incoming.orderCount).fill(-1);
	const chunks: LineChunk[] = [];
	let lines = 0;
	let duplicateLines = 0;
	for (const chunk of incoming.chunks) {
		const n = chunk.customer.length;
		const keep: number[] = [];
		for (let i = 0; i < n; i++) {
			if (duplicate[chunk.order[i]]) duplicateLines++;
			else keep.push(i);
		}
		if (keep.length === 0) continue;
		const out = emptyChunk(keep.length, names.length, products !== undefined, hasQuantity);
		for (let j = 0; j < keep.length; j++) {
			const i = keep[j];
			const from = chunk.customer[i];
			let c = customerMap[from];
			if (c < 0) {
				c = customerMap[from] = customerIds.length;
				customerIds.push(incoming.customerIds[from]);
			}
			const o = chunk.order[i];
			if (orderMap[o] < 0) {
				orderMap[o] = stored.orderCount + orderIds.length;
				orderIds.push(incoming.orderIds[o]);
			}
			out.customer[j] = c;
			out.day[j] = chunk.day[i];
			out.amountCents[j] = chunk.amountCents[i];
			out.order[j] = orderMap[o];
		}
		for (let k = 0; k < attributeTarget.length; k++) {
			const from = chunk.attributes[k];
			const to = out.attributes[attributeTarget[k]];
			const map = valueMaps[k];
			for (let j = 0; j < keep.length; j++) {
				const v = from[keep[j]];
				to[j] = v < 0 ? -1 : map[v];
			}
		}
		if (out.product && chunk.product && productMap) {
			const from = chunk.product;
			for (let j = 0; j < keep.length; j++) {
				const p = from[keep[j]];
				out.product[j] = p < 0 ? -1 : productMap[p];
			}
		}
		if (out.quantity && chunk.quantity) {
			for (let j = 0; j < keep.length; j++) out.quantity[j] = chunk.quantity[keep[j]];
		}
		lines += keep.length;
		chunks.push(out);
	}
	let duplicateOrders = 0;
	for (const d of duplicate) duplicateOrders += d;

	const grows =
		names.length > stored.attributes.length ||
		(products !== undefined && stored.chunks.some((c) => !c.product)) ||
		(hasQuantity && stored.chunks.some((c) => !c.quantity));
	const rewritten = grows
		? stored.chunks.map((chunk) =>
				padChunk(chunk, names.length, addsSource, products !== undefined, hasQuantity)
			)
		: null;
	return {
		chunks,
		rewritten,
		dictionaries: {
			customerIds,
			attributes: names.map((name, a) => ({ name, values: values[a] })),
			...(products ? { products } : {})
		},
		orderIds,
		orderCount: stored.orderCount + orderIds.length,
		lines,
		duplicateLines,
		duplicateOrders
	};
}

/**
 * Per incoming order, 1 when the dataset holds it (the rule in the file comment). Works from the
 * incoming side: its (customer, day) and order-id keys are few, so the stored lines and orders are
 * scanned once with numeric keys and plain id lookups, never building a key per stored line.
 */
function heldOrders(
	stored: StoredLines,
	incoming: IncomingLines,
	customerMap: Int32Array
): Uint8Array {
	const duplicate = new Uint8Array(incoming.orderCount);
	const touched = new Uint8Array(stored.customerIds.length);
	// Incoming orders of known customers by (customer, day) and by order id.
	let incomingLines = 0;
	for (const chunk of incoming.chunks) incomingLines += chunk.customer.length;
	const byDay = new OrdersByDay(incomingLines);
	const byId = new Map<string, number[]>();
	const orderCustomer = new Int32Array(incoming.orderCount).fill(-1);
	for (const chunk of incoming.chunks) {
		const { customer, day, order } = chunk;
		for (let i = 0; i < customer.length; i++) {
			const c = customerMap[customer[i]];
			if (c < 0) continue;
			touched[c] = 1;
			const o = order[i];
			byDay.add(c, day[i], o);
			if (orderCustomer[o] < 0) {
				orderCustomer[o] = c;
				const id = incoming.orderIds[o];
				if (id !== '') {
					const same = byId.get(id);
					if (same) same.push(o);
					else byId.set(id, [o]);
				}
			}
		}
	}
	// Stored lines on those customer-days: a held day for orders without an id, and for every
	// incoming order when the stored order has no known id.
	const storedCustomerOf = byId.size > 0 ? new Int32Array(stored.orderCount).fill(-1) : null;
	for (const chunk of stored.chunks) {
		const { customer, day, order } = chunk;
		for (let i = 0; i < customer.length; i++) {
			const c = customer[i];
			if (!touched[c]) continue;
			if (storedCustomerOf) storedCustomerOf[order[i]] = c;
			let entry = byDay.first(c, day[i]);
			if (entry < 0) continue;
			const storedHasId = stored.orderIds?.hasId(order[i]) ?? false;
			for (; entry >= 0; entry = byDay.next[entry]) {
				const o = byDay.order[entry];
				if (!storedHasId || incoming.orderIds[o] === '') duplicate[o] = 1;
			}
		}
	}
	// Stored orders with the id of an incoming order of the same customer.
	if (storedCustomerOf && stored.orderIds) {
		const ids = stored.orderIds;
		for (let o = 0; o < ids.length; o++) {
			// Only orders with an id of customers the file names (−1: another customer's order).
			if (storedCustomerOf[o] < 0 || !ids.hasId(o)) continue;
			const id = ids.get(o);
			const list = byId.get(id);
			if (!list) continue;
			for (const io of list) if (orderCustomer[io] === storedCustomerOf[o]) duplicate[io] = 1;
		}
	}
	return duplicate;
}

/** A chunk of `n` lines whose attribute, product and quantity columns read "empty". */
function emptyChunk(n: number, attributes: number, product: boolean, quantity: boolean) {
	const chunk: LineChunk = {
		customer: new Int32Array(n),
		day: new Int32Array(n),
		amountCents: new Float64Array(n),
		order: new Int32Array(n),
		attributes: Array.from({ length: attributes }, () => new Int32Array(n).fill(-1))
	};
	if (product) chunk.product = new Int32Array(n).fill(-1);
	if (quantity) chunk.quantity = new Float64Array(n).fill(NaN);
	return chunk;
}

/**
 * A stored chunk with the columns an append adds: the source column (its lines all from the
 * legacy source, value 0) right after the stored attributes, −1 in other new attributes.
 */
function padChunk(
	chunk: LineChunk,
	attributes: number,
	addsSource: boolean,
	product: boolean,
	quantity: boolean
): LineChunk {
	const n = chunk.customer.length;
	const columns = [...chunk.attributes];
	if (addsSource) columns.push(new Int32Array(n));
	while (columns.length < attributes) columns.push(new Int32Array(n).fill(-1));
	return {
		...chunk,
		attributes: columns,
		...(product ? { product: chunk.product ?? new Int32Array(n).fill(-1) } : {}),
		...(quantity ? { quantity: chunk.quantity ?? new Float64Array(n).fill(NaN) } : {})
	};
}
