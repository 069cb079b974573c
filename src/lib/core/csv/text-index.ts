/**
 * Dictionary encoding for the importer: strings to dense indexes 0, 1, 2 … in first-seen order,
 * looked up by a range of a larger text so that a repeated id costs no new string.
 *
 * Why not a `Map<string, number>`: in Chromium 156 the Map lookups of the ids of a 5M-line file
 * (485k customers, 625k order numbers such as "536365") took 18 of the 28 seconds the worker
 * spent parsing it (profiled), about 15 µs a lookup and growing with the map; Node 20's older
 * V8 does not show it. With this table the same parse takes 8 s in Chromium. It does not depend
 * on how the engine hashes strings (numeric-looking strings are a special case there).
 */

/** FNV-1a over UTF-16 code units, then a final avalanche (murmur3's fmix32) for linear probing. */
export function hashRange(text: string, start: number, end: number): number {
	let h = 0x811c9dc5;
	for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h;
}

function sameRange(key: string, text: string, start: number, end: number): boolean {
	if (key.length !== end - start) return false;
	for (let i = 0; i < key.length; i++) {
		if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
	}
	return true;
}

/**
 * @example
 * const ids = new TextIndex();
 * ids.add('x,C1,y', 2, 4) // → 0 (a new key, "C1")
 * ids.add('C1', 0, 2)     // → 0 (seen)
 * ids.keys                // → ['C1']
 */
export class TextIndex {
	/** Keys by index, each a string of its own (not a slice pinning a large text). */
	readonly keys: string[] = [];
	private hashes = new Int32Array(64);
	/**
	 * Open-addressing slots, kept at most half full: slot s is a key's hash at 2s and its index
	 * + 1 at 2s + 1 (0 when empty), so that a probe reads one place, not the hash of each index
	 * passed over too (a cache miss each in a large table).
	 */
	private slots = new Int32Array(256);
	private mask = 127;

	get size(): number {
		return this.keys.length;
	}

	/** Index of `text[start, end)`, or −1 when it is not a key. */
	find(text: string, start: number, end: number): number {
		return this.findHashed(text, start, end, hashRange(text, start, end));
	}

	/** `find` with `hash` = `hashRange(text, start, end)` known already. */
	findHashed(text: string, start: number, end: number, hash: number): number {
		const slots = this.slots;
		for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
			const entry = slots[2 * slot + 1];
			if (entry === 0) return -1;
			if (slots[2 * slot] === hash && sameRange(this.keys[entry - 1], text, start, end))
				return entry - 1;
		}
	}

	/** Index of `text[start, end)`, added as the next index when new (check `size` to tell). */
	add(text: string, start: number, end: number): number {
		return this.addHashed(text, start, end, hashRange(text, start, end));
	}

	/** `add` with `hash` = `hashRange(text, start, end)` known already (another index's `hashList`). */
	addHashed(text: string, start: number, end: number, hash: number): number {
		const slots = this.slots;
		let slot = hash & this.mask;
		for (; ; slot = (slot + 1) & this.mask) {
			const entry = slots[2 * slot + 1];
			if (entry === 0) break;
			if (slots[2 * slot] === hash && sameRange(this.keys[entry - 1], text, start, end))
				return entry - 1;
		}
		return this.insert(copyOf(text, start, end), hash, slot);
	}

	/** `addHashed` of a whole key that is a string of its own already: kept as it is. */
	private addKey(key: string, hash: number): number {
		const slots = this.slots;
		let slot = hash & this.mask;
		for (; ; slot = (slot + 1) & this.mask) {
			const entry = slots[2 * slot + 1];
			if (entry === 0) break;
			if (slots[2 * slot] === hash && this.keys[entry - 1] === key) return entry - 1;
		}
		return this.insert(key, hash, slot);
	}

	/** Add `key` as the next index, in the empty `slot` its `hash` probed to. */
	private insert(key: string, hash: number, slot: number): number {
		const index = this.keys.length;
		this.keys.push(key);
		this.hashes = withRoom(this.hashes, index);
		this.hashes[index] = hash;
		this.slots[2 * slot] = hash;
		this.slots[2 * slot + 1] = index + 1;
		if ((index + 1) * 2 > this.mask + 1) this.grow((this.mask + 1) * 2);
		return index;
	}

	/**
	 * The indexes here of `keys` (another index's, in its order: each a string of its own, kept as
	 * it is), each added when new, as `add`
	 * one by one would. `hashes`: their `hashList`, so that they are not hashed again. The table
	 * is grown once, beforehand, to hold them all.
	 * @example
	 * const ids = new TextIndex();
	 * ids.add('C1', 0, 2);
	 * ids.addAll(['C2', 'C1']) // → Int32Array [1, 0]
	 */
	addAll(keys: readonly string[], hashes?: Int32Array): Int32Array {
		const n = keys.length;
		this.reserve(this.keys.length + n);
		const indexes = new Int32Array(n);
		const given = hashes && hashes.length === n ? hashes : null;
		for (let k = 0; k < n; k++) {
			const key = keys[k];
			indexes[k] = this.addKey(key, given ? given[k] : hashRange(key, 0, key.length));
		}
		return indexes;
	}

	/** Room for `count` keys in all without growing again (the table stays at most half full). */
	reserve(count: number): void {
		this.hashes = withRoom(this.hashes, count - 1);
		let capacity = this.mask + 1;
		while (count * 2 > capacity) capacity *= 2;
		if (capacity > this.mask + 1) this.grow(capacity);
	}

	/** A `HashFilter` of the keys (for many look-ups of mostly absent keys). */
	filter(): HashFilter {
		return new HashFilter(this.hashes, this.keys.length);
	}

	/** The hash of each key, by index (`addHashed`, `addAll`): a copy, to send with the keys. */
	hashList(): Int32Array {
		return this.hashes.slice(0, this.keys.length);
	}

	/** A table of `capacity` slots (a power of two) with every key. */
	private grow(capacity: number) {
		const slots = new Int32Array(2 * capacity);
		const mask = capacity - 1;
		for (let index = 0; index < this.keys.length; index++) {
			const hash = this.hashes[index];
			let slot = hash & mask;
			while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
			slots[2 * slot] = hash;
			slots[2 * slot + 1] = index + 1;
		}
		this.slots = slots;
		this.mask = mask;
	}
}

/**
 * `text[start, end)` as a string that does not keep `text` alive: V8 shares the memory of
 * slices of 13 characters or more with their parent, which would pin a whole 4 MB slice of
 * the file per kept id.
 */
export function copyOf(text: string, start: number, end: number): string {
	const slice = text.slice(start, end);
	return slice.length < 13 ? slice : (' ' + slice).slice(1);
}

/**
 * `array` if it has an element `index`, else a copy twice its length (repeatedly, if need be):
 * for arrays that grow one element at a time.
 * @example withRoom(new Int32Array(2), 2).length // → 4
 */
export function withRoom(array: Int32Array<ArrayBuffer>, index: number): Int32Array<ArrayBuffer> {
	if (index < array.length) return array;
	let length = Math.max(1, array.length);
	while (length <= index) length *= 2;
	const grown = new Int32Array(length);
	grown.set(array);
	return grown;
}

/**
 * Which hashes some keys have, a bit per value of a hash's top bits (8 bits a key): `mayHave`
 * false means no key has that hash. For many look-ups of keys that are mostly absent, it
 * replaces a probe of a large table (a cache miss) by a bit of a small one. At 1M lines the
 * 160k order ids of the second part looked up among the first's took ~30 ms in Chromium, 13–21
 * ms with this filter and the part's ids in a packed array (load ~11, not measured apart).
 * @example
 * const filter = new HashFilter(Int32Array.of(hashRange('A', 0, 1)), 1);
 * filter.mayHave(hashRange('A', 0, 1)) // → true
 */
export class HashFilter {
	private readonly bits: Int32Array;
	private readonly shift: number;

	constructor(hashes: ArrayLike<number>, count: number) {
		let log = 10;
		while (1 << log < count * 8 && log < 30) log++;
		this.shift = 32 - log;
		this.bits = new Int32Array(1 << (log - 5));
		for (let k = 0; k < count; k++) {
			const h = hashes[k] >>> this.shift;
			this.bits[h >>> 5] |= 1 << (h & 31);
		}
	}

	/** False when no key has `hash`; true when one may. */
	mayHave(hash: number): boolean {
		const h = hash >>> this.shift;
		return (this.bits[h >>> 5] & (1 << (h & 31))) !== 0;
	}
}
