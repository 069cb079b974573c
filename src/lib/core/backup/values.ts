/**
 * Stored records as bytes, field by field: JSON for everything but typed arrays, which travel as
 * raw little-endian bytes after the JSON and are rebuilt by their constructor name. Nothing here
 * knows which fields a chunk or a dictionary has, so a column added to the schema later is
 * carried by backups without a change to this format.
 */
import { concatBytes, readU32, u32 } from './bytes';
import { BackupError } from './format';

/** The typed arrays a record may hold, by constructor name (the only names ever constructed). */
const TYPED_ARRAYS = {
	Int8Array,
	Uint8Array,
	Uint8ClampedArray,
	Int16Array,
	Uint16Array,
	Int32Array,
	Uint32Array,
	Float32Array,
	Float64Array,
	BigInt64Array,
	BigUint64Array
} as const;

type TypedArrayName = keyof typeof TYPED_ARRAYS;

/** Marks a typed array in the JSON: `{ "§typed": "Int32Array", "at": 0, "bytes": 12 }`. */
const TYPED_KEY = '§typed';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function typedName(value: unknown): TypedArrayName | null {
	if (!ArrayBuffer.isView(value) || value instanceof DataView) return null;
	const name = value.constructor.name;
	return name in TYPED_ARRAYS ? (name as TypedArrayName) : null;
}

/**
 * A record as bytes: u32 JSON length, the JSON (UTF-8), then the typed arrays' bytes.
 *
 * @example
 * decodeRecord(encodeRecord({ index: 0, day: new Int32Array([19000, 19001]) }));
 * // → { index: 0, day: Int32Array [19000, 19001] }
 */
export function encodeRecord(record: unknown): Uint8Array<ArrayBuffer> {
	if (!LITTLE_ENDIAN) throw new Error('Backups need a little-endian platform.');
	const blobs: Uint8Array[] = [];
	let at = 0;
	const json = JSON.stringify(record, (_key, value: unknown) => {
		const name = typedName(value);
		if (!name) return value;
		const view = value as ArrayBufferView;
		const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
		blobs.push(bytes);
		const marker = { [TYPED_KEY]: name, at, bytes: bytes.byteLength };
		at += bytes.byteLength;
		return marker;
	});
	const text = new TextEncoder().encode(json ?? 'null');
	return concatBytes([u32(text.byteLength), text, ...blobs]);
}

/** The record `encodeRecord` wrote; throws `BackupError('corrupted')` on bytes it did not write. */
export function decodeRecord(bytes: Uint8Array): unknown {
	try {
		const jsonBytes = readU32(bytes, 0);
		const blobStart = 4 + jsonBytes;
		if (blobStart > bytes.byteLength) throw new Error('JSON runs past the record');
		const json = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(4, blobStart));
		return JSON.parse(json, (_key, value: unknown) => {
			if (value === null || typeof value !== 'object' || !(TYPED_KEY in value)) return value;
			const marker = value as { [TYPED_KEY]: string; at: number; bytes: number };
			const name = marker[TYPED_KEY];
			if (!Object.hasOwn(TYPED_ARRAYS, name)) throw new Error(`unknown array type ${name}`);
			const Typed = TYPED_ARRAYS[name as TypedArrayName];
			const from = blobStart + marker.at;
			const to = from + marker.bytes;
			if (!(
				marker.at >= 0 &&
				to <= bytes.byteLength &&
				marker.bytes % Typed.BYTES_PER_ELEMENT === 0
			))
				throw new Error('array runs past the record');
			// A copy: aligned for the typed array, and independent of the read buffer.
			return new Typed(bytes.slice(from, to).buffer);
		});
	} catch (error) {
		if (error instanceof BackupError) throw error;
		throw new BackupError('corrupted', { detail: String(error) });
	}
}
