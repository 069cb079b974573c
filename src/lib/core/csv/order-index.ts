/**
 * The dense order index of a `LineBuilder` (`lines.ts`): an order per (customer, order id), or
 * per (customer, day) for lines without an order id, numbered in first-seen order; and the
 * merge of the orders of a part parsed apart (`absorb`).
 */
import type { DayNumber } from '../calendar';
import type { LineChunk } from '../columns';
import { copyOf, hashRange, TextIndex, withRoom } from './text-index';

/** Customer-day order keys: customer × 2^23 + (day + 2^22), exact for days within ±11,000 years. */
const DAY_SPAN = 2 ** 23;
const DAY_OFFSET = 2 ** 22;

/** A part's orders whose ids were new here, their ids not yet keys of `OrderIndex.ids`. */
interface DeferredIds {
	/** The part's order ids, by its order index. */
	ids: readonly string[];
	/** `hashRange` of each, or null to hash them when needed. */
	hashes: Int32Array | null;
	/** The first order here that may be one of them. */
	from: number;
}

/**
 * Orders by (customer, order id) or (customer, day).
 * @example
 * const orders = new OrderIndex();
 * orders.idOrder(0, 'A-1', 0, 3, hashRange('A-1', 0, 3)) // → 0
 * orders.idOrder(1, 'A-1', 0, 3, hashRange('A-1', 0, 3)) // → 1 (same id, another customer)
 * orders.dayOrder(0, 19727)                              // → 2
 * orders.idList()                                        // → ['A-1', 'A-1', '']
 */
export class OrderIndex {
	/** The distinct order ids. */
	private readonly ids = new TextIndex();
	/** Per key of `ids`: the order of the first customer seen with it. */
	private orderOfId = new Int32Array(1024);
	/** Orders of an id for customers other than its first ("id\u0000customer"). */
	private readonly byIdAndCustomer = new Map<string, number>();
	private readonly byDay = new Map<number, number>();
	private customerOf = new Int32Array(1024);
	/** Per order: 1 + its key in `ids`, 0 without an id, −1 − o for order o of `deferred.ids`. */
	private key = new Int32Array(1024);
	private deferred: DeferredIds | null = null;
	/** Number of orders. */
	count = 0;
	/** The order id of the last `idOrder` (or absorbed order with an id): a string kept here. */
	lastId = '';

	/** The order of a customer-day (lines without an order id). */
	dayOrder(customer: number, day: DayNumber): number {
		const key = customer * DAY_SPAN + (day + DAY_OFFSET);
		let index = this.byDay.get(key);
		if (index === undefined) {
			index = this.newOrder(customer);
			this.byDay.set(key, index);
		}
		return index;
	}

	/** The order of the non-empty order id `text[start, end)`, whose `hashRange` is `hash`. */
	idOrder(customer: number, text: string, start: number, end: number, hash: number): number {
		if (this.deferred) this.settle();
		const known = this.ids.size;
		const id = this.ids.addHashed(text, start, end, hash);
		this.lastId = this.ids.keys[id];
		if (id === known) {
			const index = this.newOrder(customer, id + 1);
			this.orderOfId = withRoom(this.orderOfId, id);
			this.orderOfId[id] = index;
			return index;
		}
		return this.knownIdOrder(customer, id);
	}

	/** The order of key `id` of `ids` for a customer. */
	private knownIdOrder(customer: number, id: number): number {
		const first = this.orderOfId[id];
		if (this.customerOf[first] === customer) return first;
		// The same order id for another customer is another order.
		const key = this.ids.keys[id] + '\u0000' + customer;
		let index = this.byIdAndCustomer.get(key);
		if (index === undefined) {
			index = this.newOrder(customer, id + 1);
			this.byIdAndCustomer.set(copyOf(key, 0, key.length), index);
		}
		return index;
	}

	/** A new order of `customer`; `key` as in `this.key`. */
	newOrder(customer: number, key = 0): number {
		this.customerOf = withRoom(this.customerOf, this.count);
		this.customerOf[this.count] = customer;
		this.key = withRoom(this.key, this.count);
		this.key[this.count] = key;
		return this.count++;
	}

	/**
	 * The orders here of a part's orders (by the part's order index), made in the order of their
	 * first lines in `chunks` as adding those lines one by one would: `ids` and `hashes` per part
	 * order, `customers` its customers' indexes here; `ownOrders`: each is a new order.
	 *
	 * An id that is not one here yet gives a new order whose id is added to `ids` only when an id
	 * is next looked up (`settle`): 1M lines, the part's 156k new ids cost 23 ms to add one by
	 * one (Node 20) on the critical path, and nothing is looked up after the last part.
	 */
	absorb(
		chunks: readonly LineChunk[],
		ids: readonly string[],
		hashes: Int32Array | undefined,
		customers: Int32Array,
		ownOrders: boolean
	): Int32Array {
		if (this.deferred) this.settle();
		const orders = new Int32Array(ids.length).fill(-1);
		const hashed = hashes && hashes.length === ids.length ? hashes : null;
		const from = this.count;
		// Grown once to hold them all (an upper bound: some may be known).
		this.customerOf = withRoom(this.customerOf, from + ids.length - 1);
		this.key = withRoom(this.key, from + ids.length - 1);
		const filter = this.ids.filter();
		let deferred = false;
		for (const chunk of chunks) {
			const { customer, day, order } = chunk;
			for (let i = 0; i < order.length; i++) {
				const theirs = order[i];
				if (orders[theirs] >= 0) continue;
				const c = customers[customer[i]];
				if (ownOrders) {
					orders[theirs] = this.newOrder(c);
					continue;
				}
				// With the part's hashes, an id's string is read only when it may be one here.
				let hash = hashed ? hashed[theirs] : 0;
				if (hash === 0) {
					const id = ids[theirs];
					if (id === '') {
						orders[theirs] = this.dayOrder(c, day[i]);
						continue;
					}
					if (!hashed) hash = hashRange(id, 0, id.length);
				}
				const known = filter.mayHave(hash)
					? this.ids.findHashed(ids[theirs], 0, ids[theirs].length, hash)
					: -1;
				if (known >= 0) {
					orders[theirs] = this.knownIdOrder(c, known);
					this.lastId = this.ids.keys[known];
				} else {
					orders[theirs] = this.newOrder(c, -1 - theirs);
					this.lastId = ids[theirs];
					deferred = true;
				}
			}
		}
		if (deferred) this.deferred = { ids, hashes: hashed, from };
		return orders;
	}

	/**
	 * Add the deferred ids of `absorb` to `ids`, as `idOrder` would have: the first order of an
	 * id is its `orderOfId`, a further one (another customer's) goes to `byIdAndCustomer`.
	 */
	private settle(): void {
		const { ids, hashes, from } = this.deferred as DeferredIds;
		this.deferred = null;
		this.ids.reserve(this.ids.size + this.count - from);
		for (let o = from; o < this.count; o++) {
			const k = this.key[o];
			if (k >= 0) continue;
			const id = ids[-1 - k];
			const known = this.ids.size;
			const hash = hashes ? hashes[-1 - k] : hashRange(id, 0, id.length);
			const at = this.ids.addHashed(id, 0, id.length, hash);
			if (at === known) {
				this.orderOfId = withRoom(this.orderOfId, at);
				this.orderOfId[at] = o;
			} else {
				this.byIdAndCustomer.set(this.ids.keys[at] + '\u0000' + this.customerOf[o], o);
			}
			this.key[o] = at + 1;
		}
	}

	/** Per order: its order id, '' without one. */
	idList(): string[] {
		const keys = this.ids.keys;
		const deferred = this.deferred?.ids ?? [];
		// Pushed, not `new Array(count)`: a holey array is cloned element by element with its
		// index (163k order ids: 20 ms instead of 8 in Node 20) when a part is posted.
		const list: string[] = [];
		for (let o = 0; o < this.count; o++) {
			const k = this.key[o];
			list.push(k > 0 ? keys[k - 1] : k < 0 ? deferred[-1 - k] : '');
		}
		return list;
	}

	/** Per order: `hashRange` of its order id, 0 without one. */
	hashList(): Int32Array {
		if (this.deferred) this.settle();
		const keyHashes = this.ids.hashList();
		const hashes = new Int32Array(this.count);
		for (let o = 0; o < this.count; o++) {
			const k = this.key[o];
			if (k > 0) hashes[o] = keyHashes[k - 1];
		}
		return hashes;
	}
}
