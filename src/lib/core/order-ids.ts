/**
 * The order ids of a dataset as stored: one string, the id of each order index joined by U+0000
 * ('' for an order without one). IndexedDB clones one string far faster than hundreds of
 * thousands of small ones, an append extends it without joining the stored ids again, and a
 * look-up slices only the ids it needs.
 */

/** Order ids over one packed string. */
export class PackedOrderIds {
	/** Per order: where its id ends in `text` (the next one starts one further on). */
	private readonly ends: Int32Array;

	private constructor(
		readonly text: string,
		ends: Int32Array
	) {
		this.ends = ends;
	}

	/**
	 * The ids of `count` orders packed in `text`; null when there is no text or it does not hold
	 * exactly `count` ids (an id containing U+0000 itself).
	 * @example PackedOrderIds.read('A-1\u0000\u0000A-2', 3)?.toArray() // → ['A-1', '', 'A-2']
	 * @example PackedOrderIds.read('A-1', 2) // → null
	 */
	static read(text: string | undefined | null, count: number): PackedOrderIds | null {
		if (text === undefined || text === null) return null;
		if (count === 0) return text === '' ? new PackedOrderIds('', new Int32Array(0)) : null;
		const ends = new Int32Array(count);
		let at = 0;
		for (let o = 0; o < count - 1; o++) {
			const end = text.indexOf('\u0000', at);
			if (end < 0) return null;
			ends[o] = end;
			at = end + 1;
		}
		if (text.indexOf('\u0000', at) >= 0) return null;
		ends[count - 1] = text.length;
		return new PackedOrderIds(text, ends);
	}

	/**
	 * Pack a list of ids.
	 * @example PackedOrderIds.from(['A-1', '', 'A-2']).text // → 'A-1\u0000\u0000A-2'
	 */
	static from(ids: readonly string[]): PackedOrderIds {
		return PackedOrderIds.read(ids.join('\u0000'), ids.length) as PackedOrderIds;
	}

	get length(): number {
		return this.ends.length;
	}

	private start(o: number): number {
		return o === 0 ? 0 : this.ends[o - 1] + 1;
	}

	/** True when order `o` has an id. */
	hasId(o: number): boolean {
		return this.ends[o] > this.start(o);
	}

	/** The id of order `o` ('' without one). */
	get(o: number): string {
		return this.text.slice(this.start(o), this.ends[o]);
	}

	toArray(): string[] {
		return Array.from({ length: this.length }, (_, o) => this.get(o));
	}
}

/**
 * The packed ids after an append: `stored` (null when the dataset has none) with the added
 * orders' ids after them, without joining the stored ids again.
 * @example appendOrderIds(PackedOrderIds.from(['A-1']), 1, ['B-7']) // → 'A-1\u0000B-7'
 * @example appendOrderIds(null, 2, ['B-7']) // → '\u0000\u0000B-7'
 */
export function appendOrderIds(
	stored: PackedOrderIds | null,
	storedCount: number,
	added: string[]
): string {
	if (storedCount === 0) return added.join('\u0000');
	const before = stored?.text ?? new Array<string>(storedCount).fill('').join('\u0000');
	return added.length === 0 ? before : before + '\u0000' + added.join('\u0000');
}
