/**
 * Where the demo simulation keeps its orders and customers (`simulate.ts`), and the sort that
 * puts the orders in time order for the stream (`stream.ts`): growable typed arrays and an LSD
 * radix sort, no model in them. Apart because they are plain mechanics with their own tests,
 * shared by both phases of the stream.
 */

export const MINUTES_PER_DAY = 1440;

/**
 * Growable typed arrays of simulated orders. An order's `key` is its minute in the window:
 * day offset × `MINUTES_PER_DAY` + minute of the day.
 */
export class OrderLog {
	length = 0;
	key = new Int32Array(1024);
	customer = new Int32Array(1024);
	seed = new Uint32Array(1024);
	lines = new Uint8Array(1024);
	channel = new Uint8Array(1024);
	/** Index of the returned order, or −1 for a purchase. */
	source = new Int32Array(1024);

	push(
		key: number,
		customer: number,
		seed: number,
		lines: number,
		channel: number,
		source: number
	) {
		if (this.length === this.key.length) this.grow();
		const i = this.length++;
		this.key[i] = key;
		this.customer[i] = customer;
		this.seed[i] = seed;
		this.lines[i] = lines;
		this.channel[i] = channel;
		this.source[i] = source;
		return i;
	}

	private grow() {
		const size = this.key.length * 2;
		const widen = <T extends Int32Array | Uint32Array | Uint8Array>(
			old: T,
			make: (n: number) => T
		) => {
			const next = make(size);
			next.set(old);
			return next;
		};
		this.key = widen(this.key, (n) => new Int32Array(n));
		this.customer = widen(this.customer, (n) => new Int32Array(n));
		this.seed = widen(this.seed, (n) => new Uint32Array(n));
		this.lines = widen(this.lines, (n) => new Uint8Array(n));
		this.channel = widen(this.channel, (n) => new Uint8Array(n));
		this.source = widen(this.source, (n) => new Int32Array(n));
	}
}

/** Growable per-customer traits. */
export class CustomerLog {
	length = 0;
	city = new Uint8Array(1024);
	favourite = new Uint8Array(1024);
	spend = new Float64Array(1024);

	push(city: number, favourite: number, spend: number) {
		if (this.length === this.city.length) {
			const size = this.city.length * 2;
			const city = new Uint8Array(size);
			const favourite = new Uint8Array(size);
			const spendLevel = new Float64Array(size);
			city.set(this.city);
			favourite.set(this.favourite);
			spendLevel.set(this.spend);
			this.city = city;
			this.favourite = favourite;
			this.spend = spendLevel;
		}
		const i = this.length++;
		this.city[i] = city;
		this.favourite[i] = favourite;
		this.spend[i] = spend;
	}
}

/** Bits of the key sorted per pass of `chronological`: 2,048 buckets. */
const RADIX_BITS = 11;

/**
 * Indexes 0…length − 1 sorted by `keys[i]`, stable (equal keys keep index order); keys lie in
 * [0, keyCount). An LSD radix sort by 11-bit digits: for the demo's ~1M minutes in the window,
 * two passes over the orders and two 2,048-slot tables, where one counting sort zeroed and
 * summed a million-slot table on every first visit (issue 18).
 * @example chronological(Int32Array.of(5, 1, 5, 0), 4, 8) // → Int32Array [3, 1, 0, 2]
 */
export function chronological(keys: Int32Array, length: number, keyCount: number): Int32Array {
	const size = 1 << RADIX_BITS;
	const mask = size - 1;
	const counts = new Int32Array(size + 1);
	let order = new Int32Array(length);
	for (let i = 0; i < length; i++) order[i] = i;
	let spare = new Int32Array(length);
	for (let shift = 0; shift < 31 && (keyCount - 1) >>> shift > 0; shift += RADIX_BITS) {
		counts.fill(0);
		for (let i = 0; i < length; i++) counts[((keys[i] >>> shift) & mask) + 1]++;
		for (let d = 0; d < size; d++) counts[d + 1] += counts[d];
		for (let i = 0; i < length; i++) {
			const index = order[i];
			spare[counts[(keys[index] >>> shift) & mask]++] = index;
		}
		[order, spare] = [spare, order];
	}
	return order;
}
