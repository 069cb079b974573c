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
import { SOURCE_ATTRIBUTE } from './sources';

/** A stored dataset as an append sees it. */
export interface StoredLines extends DatasetColumns {
	/** Per order index its order id ('' without one); null when the dataset predates them. */
	orderIds: string[] | null;
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
	orderIds: string[];
	orderCount: number;
	/** Lines added. */
	lines: number;
	/** Incoming lines and orders skipped as already in the dataset. */
	duplicateLines: number;
	duplicateOrders: number;
}

/** Customer-day keys: customer × 2^23 + (day + 2^22), as `LineBuilder` numbers its day orders. */
const DAY_SPAN = 2 ** 23;
const DAY_OFFSET = 2 ** 22;
const dayKey = (customer: number, day: number) => customer * DAY_SPAN + (day + DAY_OFFSET);

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
 *     orderIds: ['o1'], chunks: [{ customer: Int32Array.of(0), day: Int32Array.of(10),
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
	const storedCustomers = stored.customerIds.length;
	const knownCustomers = indexOf(stored.customerIds);
	const customerMap = Int32Array.from(incoming.customerIds, (id) => knownCustomers.get(id) ?? -1);
	const touched = new Uint8Array(storedCustomers);
	for (const c of customerMap) if (c >= 0) touched[c] = 1;
	const heldIds = new Set<string>();
	const heldDays = new Set<number>();
	const heldDaysWithoutId = new Set<number>();
	for (const chunk of stored.chunks) {
		const { customer, day, order } = chunk;
		for (let i = 0; i < customer.length; i++) {
			const c = customer[i];
			if (!touched[c]) continue;
			const key = dayKey(c, day[i]);
			heldDays.add(key);
			const id = stored.orderIds?.[order[i]] ?? '';
			if (id === '') heldDaysWithoutId.add(key);
			else heldIds.add(c + '\u0000' + id);
		}
	}

	// Incoming orders the dataset holds.
	const duplicate = new Uint8Array(incoming.orderCount);
	for (const chunk of incoming.chunks) {
		const { customer, day, order } = chunk;
		for (let i = 0; i < customer.length; i++) {
			const c = customerMap[customer[i]];
			if (c < 0) continue;
			const o = order[i];
			const id = incoming.orderIds[o];
			const key = dayKey(c, day[i]);
			const held =
				id === ''
					? heldDays.has(key)
					: heldDaysWithoutId.has(key) || heldIds.has(c + '\u0000' + id);
			if (held) duplicate[o] = 1;
		}
	}

	// The kept lines, renumbered.
	const customerIds = [...stored.customerIds];
	const orderIds = stored.orderIds
		? [...stored.orderIds]
		: new Array<string>(stored.orderCount).fill('');
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
		keep.forEach((i, j) => {
			const from = chunk.customer[i];
			let c = customerMap[from];
			if (c < 0) {
				c = customerMap[from] = customerIds.length;
				customerIds.push(incoming.customerIds[from]);
			}
			const o = chunk.order[i];
			if (orderMap[o] < 0) {
				orderMap[o] = orderIds.length;
				orderIds.push(incoming.orderIds[o]);
			}
			out.customer[j] = c;
			out.day[j] = chunk.day[i];
			out.amountCents[j] = chunk.amountCents[i];
			out.order[j] = orderMap[o];
			incoming.attributes.forEach((_, k) => {
				const v = chunk.attributes[k][i];
				out.attributes[attributeTarget[k]][j] = v < 0 ? -1 : valueMaps[k][v];
			});
			if (out.product && chunk.product && productMap) {
				const p = chunk.product[i];
				out.product[j] = p < 0 ? -1 : productMap[p];
			}
			if (out.quantity && chunk.quantity) out.quantity[j] = chunk.quantity[i];
		});
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
		orderCount: orderIds.length,
		lines,
		duplicateLines,
		duplicateOrders
	};
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
