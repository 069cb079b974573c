import { describe, expect, it } from 'vitest';
import {
	float64Column,
	int32Column,
	lineChunkBytes,
	lineChunkOf,
	storedChunk,
	storedChunkBytes,
	storedColumn,
	type StoredColumn
} from './stored-columns';
import type { LineChunk } from './columns';

/** The constructor name of a stored column, or `base+<offsets type>`. */
function form(stored: StoredColumn): string {
	return ArrayBuffer.isView(stored)
		? stored.constructor.name
		: `base ${stored.base} + ${stored.offsets.constructor.name}`;
}

/** Element-wise Object.is: −0 and NaN must come back as they went in. */
function same(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
	return true;
}

const ALL_FORMS = [
	'Float64Array',
	'Int16Array',
	'Int32Array',
	'Int8Array',
	'Uint16Array',
	'Uint32Array',
	'Uint8Array',
	'base + Uint16Array',
	'base + Uint32Array',
	'base + Uint8Array'
];

describe('storedColumn', () => {
	// Hand-picked edges of each type: the narrowest plain array, unless a base and offsets are
	// narrower (a range of 255 fits one byte, of 65,535 two).
	it.each([
		[[0, 127], 'Uint8Array'],
		[[-128, 127], 'Int8Array'],
		[[-1, 5], 'Int8Array'],
		[[0, 255], 'Uint8Array'],
		[[-129, 0], 'base -129 + Uint8Array'],
		[[-1, 200], 'base -1 + Uint8Array'],
		[[-32768, 32767], 'Int16Array'],
		[[0, 65535], 'Uint16Array'],
		[[19000, 19400], 'Uint16Array'],
		[[-1, 40000], 'base -1 + Uint16Array'],
		[[70000, 70300], 'base 70000 + Uint16Array'],
		[[70000, 70255], 'base 70000 + Uint8Array'],
		[[5, 5], 'Uint8Array'],
		[[100000, 100000], 'base 100000 + Uint8Array'],
		[[-(2 ** 31), 2 ** 31 - 1], 'Int32Array'],
		[[0, 2 ** 31 - 1], 'Int32Array'],
		[[-70000, 2 ** 31 - 1], 'Int32Array']
	])('Int32 %j → %s', (values, expected) => {
		const column = Int32Array.from(values);
		const stored = storedColumn(column);
		expect(form(stored)).toBe(expected);
		expect(same(int32Column(stored), column)).toBe(true);
	});

	it.each([
		[[1250, -400], 'Int16Array'],
		[[0, 2 ** 32 - 1], 'Uint32Array'],
		[[-1, 2 ** 32], 'Float64Array'],
		[[2 ** 53, 2 ** 53 + 2], 'base 9007199254740992 + Uint8Array'],
		[[1.5, 2], 'Float64Array'],
		[[NaN, 2], 'Float64Array'],
		[[2, NaN], 'Float64Array'],
		[[Infinity, 2], 'Float64Array'],
		[[-0, 2], 'Float64Array'],
		[[0, 2], 'Uint8Array']
	])('Float64 %j → %s', (values, expected) => {
		const column = Float64Array.from(values);
		const stored = storedColumn(column);
		expect(form(stored)).toBe(expected);
		expect(same(float64Column(stored), column)).toBe(true);
	});

	it('keeps empty columns in their own type', () => {
		expect(form(storedColumn(new Int32Array(0)))).toBe('Int32Array');
		expect(form(storedColumn(new Float64Array(0)))).toBe('Float64Array');
		expect(int32Column(storedColumn(new Int32Array(0)))).toHaveLength(0);
	});

	it('gives back every value of random columns exactly, whatever form they take', () => {
		let seed = 12345;
		const random = () => {
			seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
			return seed / 2 ** 32;
		};
		const forms = new Set<string>();
		for (let trial = 0; trial < 400; trial++) {
			const n = 1 + Math.floor(random() * 300);
			const scale = 2 ** Math.floor(random() * 34);
			// Near zero (plain arrays, signed or not) or anywhere (a base and offsets).
			const shift =
				trial % 3 === 0
					? 0
					: trial % 3 === 1
						? -Math.floor(random() * scale)
						: Math.floor((random() - 0.5) * 2 ** 31);
			const ints = Int32Array.from({ length: n }, () => shift + Math.floor(random() * scale));
			const stored = storedColumn(ints);
			forms.add(form(stored).replace(/base \S+/, 'base'));
			expect(same(int32Column(stored), ints)).toBe(true);
			const floats = Float64Array.from(ints, (v, i) =>
				trial % 7 === 0 && i === n - 1 ? v + 0.25 : trial % 11 === 0 && i === 0 ? NaN : v * 3
			);
			const storedFloats = storedColumn(floats);
			forms.add(form(storedFloats).replace(/base \S+/, 'base'));
			expect(same(float64Column(storedFloats), floats)).toBe(true);
		}
		// The trials reach every form, so each branch above was compared.
		expect([...forms].sort()).toEqual(ALL_FORMS);
	});

	it('is a copy: changing the column later leaves the stored form as it was', () => {
		const column = Int32Array.of(1, 2, 3000000);
		const stored = storedColumn(column);
		column[0] = 99;
		expect([...int32Column(stored)]).toEqual([1, 2, 3000000]);
	});

	it('reads columns stored before narrowing as they are, without a copy', () => {
		const old = Int32Array.of(1, 2);
		const amounts = Float64Array.of(1.5);
		expect(int32Column(old)).toBe(old);
		expect(float64Column(amounts)).toBe(amounts);
		// A narrow plain array is widened into the type the engine reads.
		expect(int32Column(Uint16Array.of(19000))).toBeInstanceOf(Int32Array);
		expect(float64Column(Int16Array.of(-400))).toEqual(Float64Array.of(-400));
	});
});

describe('storedChunk', () => {
	const chunk = (): LineChunk => ({
		customer: Int32Array.of(0, 96000, 5),
		day: Int32Array.of(19000, 19001, 19400),
		amountCents: Float64Array.of(1250, -400, 16846960),
		order: Int32Array.of(313000, 313000, 313001),
		attributes: [Int32Array.of(0, 0, 0), Int32Array.of(-1, 3, 37)],
		product: Int32Array.of(40, -1, 3),
		quantity: Float64Array.of(6, NaN, -12)
	});

	it('stores a 3-line chunk in 66 bytes instead of 132 and reads it back', () => {
		const stored = storedChunk(chunk());
		// customer 4 × 3 (Int32: 0…96000), day 2 × 3, amount 4 × 3, order 1 × 3 (base 313000),
		// attributes 1 × 3 each, product 1 × 3, quantity 8 × 3 (NaN): 12+6+12+3+3+3+3+24 = 66.
		expect(storedChunkBytes(stored)).toBe(66);
		expect(lineChunkBytes(chunk())).toBe(66);
		expect(lineChunkOf(stored)).toEqual(chunk());
	});

	it('leaves out the columns a chunk does not have', () => {
		const { product: _product, quantity: _quantity, ...bare } = chunk();
		const stored = storedChunk(bare);
		expect('product' in stored || 'quantity' in stored).toBe(false);
		expect(lineChunkOf(stored)).toEqual(bare);
	});
});
