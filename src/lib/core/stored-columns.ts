/**
 * How a chunk's columns are stored: each in the narrowest form that gives its values back
 * exactly. In memory every index column is an `Int32Array` and every amount a `Float64Array`
 * (`columns.ts`); on disk a chunk of 65,536 lines whose days span one year, whose amounts are
 * whole cents below 2^31 and whose countries number a few dozen needs 2, 4 and 1 bytes a line for
 * them, not 4, 8 and 4.
 *
 * Why it matters (issue 18): Chromium serialises a value put into IndexedDB in the thread that
 * puts it, at some 3–5 ns a byte, and reads it back at a similar cost. Sixteen chunks of 1M lines
 * as they were in memory (36 bytes a line, 37.7 MB) took a worker 123–222 ms to put, the same
 * lines narrowed (19 bytes a line) 58–103 ms (Chromium 156, eight alternating runs each).
 *
 * A stored column is one of:
 * - a typed array whose values are the column's values (any integer type, or `Float64Array`);
 *   datasets stored before this module have `Int32Array` and `Float64Array` columns, read as
 *   they are;
 * - `{ base, offsets }`: value i = base + offsets[i] (frame of reference), when the column's
 *   range is narrower than its values: order indexes within a chunk, or a column of one value.
 */

import type { LineChunk } from './columns';

/** Integer typed arrays a column may be stored in. */
export type StoredIntegers =
	Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array;

/** A column in its stored form (see above). */
export type StoredColumn =
	StoredIntegers | Float64Array | { base: number; offsets: Uint8Array | Uint16Array | Uint32Array };

/** Bytes per value of the narrowest integer array holding [min, max]; 8 when none does. */
function plainWidth(min: number, max: number): number {
	if (min >= -128 && max <= 127) return 1;
	if (min >= 0 && max <= 0xff) return 1;
	if (min >= -32768 && max <= 32767) return 2;
	if (min >= 0 && max <= 0xffff) return 2;
	if (min >= -(2 ** 31) && max <= 2 ** 31 - 1) return 4;
	if (min >= 0 && max <= 0xffffffff) return 4;
	return 8;
}

/** Bytes per offset of a range max − min from a base; 8 when none fits. */
function offsetWidth(range: number): number {
	if (range <= 0xff) return 1;
	if (range <= 0xffff) return 2;
	if (range <= 0xffffffff) return 4;
	return 8;
}

/** The integer array of `width` bytes for values from `min` on: signed when `min` < 0. */
function integerArray(width: number, min: number, n: number): StoredIntegers {
	if (width === 1) return min < 0 ? new Int8Array(n) : new Uint8Array(n);
	if (width === 2) return min < 0 ? new Int16Array(n) : new Uint16Array(n);
	return min < 0 ? new Int32Array(n) : new Uint32Array(n);
}

/** How a column is stored: `width` bytes a value (8: as `Float64Array`), from `base` or plain. */
interface ColumnForm {
	width: number;
	/** The smallest value: the base of offsets, or whether a plain array is signed. */
	min: number;
	offsets: boolean;
}

/** The narrowest form that gives every value of a column back exactly. */
function formOf(values: Int32Array | Float64Array): ColumnForm {
	const n = values.length;
	let min = Infinity;
	let max = -Infinity;
	if (values instanceof Int32Array) {
		for (let i = 0; i < n; i++) {
			const v = values[i];
			if (v < min) min = v;
			if (v > max) max = v;
		}
	} else {
		for (let i = 0; i < n; i++) {
			const v = values[i];
			// Whole numbers only (NaN and ±∞ fail `v === Math.floor(v)`), and no −0.
			if (v !== Math.floor(v) || (v === 0 && 1 / v < 0))
				return { width: 8, min: 0, offsets: false };
			if (v < min) min = v;
			if (v > max) max = v;
		}
	}
	if (n === 0) return { width: values.BYTES_PER_ELEMENT, min: 0, offsets: false };
	const plain = plainWidth(min, max);
	const offset = offsetWidth(max - min);
	return offset < plain
		? { width: offset, min, offsets: true }
		: { width: plain, min, offsets: false };
}

/**
 * A column in its narrowest stored form, always a new array (the column may change later, the
 * stored form is the record's own). Values that are not all integers (a fraction, NaN, −0, ±∞)
 * stay a `Float64Array`.
 * @example storedColumn(Int32Array.of(19000, 19100)) // → Uint16Array [19000, 19100]
 * @example storedColumn(Int32Array.of(70000, 70300)) // → { base: 70000, offsets: Uint16Array [0, 300] }
 * @example storedColumn(Float64Array.of(1.5, 2)) // → Float64Array [1.5, 2]
 */
export function storedColumn(values: Int32Array | Float64Array): StoredColumn {
	const n = values.length;
	const { width, min, offsets } = formOf(values);
	if (offsets) {
		const array =
			width === 1 ? new Uint8Array(n) : width === 2 ? new Uint16Array(n) : new Uint32Array(n);
		for (let i = 0; i < n; i++) array[i] = values[i] - min;
		return { base: min, offsets: array };
	}
	if (width === 8 || width === values.BYTES_PER_ELEMENT) return values.slice();
	const array = integerArray(width, min, n);
	array.set(values);
	return array;
}

/**
 * Bytes a column takes in its stored form, without making it.
 * @example storedSize(Int32Array.of(19000, 19100)) // → 4
 */
export function storedSize(values: Int32Array | Float64Array): number {
	return formOf(values).width * values.length;
}

/** The values of a stored column as `Int32Array` (the column as it was, when it is one). */
export function int32Column(stored: StoredColumn): Int32Array {
	if (stored instanceof Int32Array) return stored;
	return widened(stored, new Int32Array(columnLength(stored))) as Int32Array;
}

/** The values of a stored column as `Float64Array` (the column as it was, when it is one). */
export function float64Column(stored: StoredColumn): Float64Array {
	if (stored instanceof Float64Array) return stored;
	return widened(stored, new Float64Array(columnLength(stored))) as Float64Array;
}

/** The buffer holding a stored column's values (to transfer it to another worker). */
export function columnBuffer(stored: StoredColumn): ArrayBufferLike {
	return (ArrayBuffer.isView(stored) ? stored : stored.offsets).buffer;
}

/** Number of values of a stored column. */
export function columnLength(stored: StoredColumn): number {
	return ArrayBuffer.isView(stored) ? stored.length : stored.offsets.length;
}

/**
 * Bytes of a stored column's values.
 * @example storedColumnBytes(Uint16Array.of(1, 2)) // → 4
 */
export function storedColumnBytes(stored: StoredColumn): number {
	return ArrayBuffer.isView(stored) ? stored.byteLength : stored.offsets.byteLength;
}

function widened(stored: StoredColumn, out: Int32Array | Float64Array): Int32Array | Float64Array {
	if (ArrayBuffer.isView(stored)) {
		out.set(stored);
		return out;
	}
	const { base, offsets } = stored;
	for (let i = 0; i < offsets.length; i++) out[i] = base + offsets[i];
	return out;
}

/** The columns of a chunk of lines: index columns of type `I`, amounts of type `F`. */
interface ChunkColumns<I, F> {
	customer: I;
	day: I;
	amountCents: F;
	order: I;
	attributes: I[];
	product?: I;
	quantity?: F;
}

/** A chunk of lines as stored: each column of a `LineChunk` in its stored form. */
export type StoredLineChunk = ChunkColumns<StoredColumn, StoredColumn>;

/** A chunk with each index column made by `index` and each amount column by `amount`. */
export function mapColumns<I, F, J, G>(
	chunk: ChunkColumns<I, F>,
	index: (column: I) => J,
	amount: (column: F) => G
): ChunkColumns<J, G> {
	const mapped: ChunkColumns<J, G> = {
		customer: index(chunk.customer),
		day: index(chunk.day),
		amountCents: amount(chunk.amountCents),
		order: index(chunk.order),
		attributes: chunk.attributes.map(index)
	};
	if (chunk.product) mapped.product = index(chunk.product);
	if (chunk.quantity) mapped.quantity = amount(chunk.quantity);
	return mapped;
}

/** Every column of a chunk, in one list (index and amount columns alike). */
export function columnsOf<C>(chunk: ChunkColumns<C, C>): C[] {
	const columns = [chunk.customer, chunk.day, chunk.amountCents, chunk.order, ...chunk.attributes];
	if (chunk.product) columns.push(chunk.product);
	if (chunk.quantity) columns.push(chunk.quantity);
	return columns;
}

/** The sum of `size` over a chunk's columns. */
function sumColumns<C>(chunk: ChunkColumns<C, C>, size: (column: C) => number): number {
	let bytes = 0;
	for (const column of columnsOf(chunk)) bytes += size(column);
	return bytes;
}

/**
 * A chunk's columns in their stored forms (new arrays: the chunk stays as it is).
 * @example
 * storedChunk({ customer: Int32Array.of(0, 1), day: Int32Array.of(19000, 19001),
 *   amountCents: Float64Array.of(1250, -400), order: Int32Array.of(0, 1), attributes: [] }).amountCents
 * // → Int16Array [1250, -400]
 */
export function storedChunk(chunk: LineChunk): StoredLineChunk {
	return mapColumns<Int32Array, Float64Array, StoredColumn, StoredColumn>(
		chunk,
		storedColumn,
		storedColumn
	);
}

/**
 * The chunk of lines a stored chunk holds, its columns as in memory (`columns.ts`); a column
 * stored as it is in memory is not copied.
 * @example lineChunkOf(storedChunk(chunk)) // → the same values as chunk, column by column
 */
export function lineChunkOf(stored: StoredLineChunk): LineChunk {
	return mapColumns(stored, int32Column, float64Column);
}

/** Bytes of a stored chunk's columns (what a dataset's size counts for its lines). */
export function storedChunkBytes(stored: StoredLineChunk): number {
	return sumColumns(stored, storedColumnBytes);
}

/** Bytes of a chunk's lines in their stored form (`storedChunkBytes` of `storedChunk`), without making it. */
export function lineChunkBytes(chunk: LineChunk): number {
	return sumColumns<Int32Array | Float64Array>(chunk, storedSize);
}
