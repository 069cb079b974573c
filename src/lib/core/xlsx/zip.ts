/**
 * The few ZIP reads an .xlsx needs: the central directory (entry names, sizes, where each entry's
 * data starts), one small entry inflated whole, and one large entry inflated in slices so a big
 * sheet never sits in memory uncompressed.
 */
import { Inflate, inflateSync } from 'fflate';

/** One entry of a ZIP's central directory. */
export interface ZipEntry {
	name: string;
	/** 0 stored, 8 deflated. */
	method: number;
	compressedSize: number;
	size: number;
	/** Offset of the entry's local header. */
	headerOffset: number;
}

const u16 = (b: Uint8Array, at: number): number => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number): number =>
	(b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
/** Little-endian 64-bit value (exact below 2^53). */
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 2 ** 32;

/**
 * The entries of a ZIP held in memory, by name; null when the bytes are not a ZIP (no end of
 * central directory record). ZIP64 sizes and offsets are read from their extra field.
 * @example zipEntries(zipSync({ 'a.txt': strToU8('hi') }))?.get('a.txt')?.size // → 2
 */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> | null {
	// The end record is at least 22 bytes and followed by a comment of at most 65,535.
	let end = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
		if (u32(bytes, i) === 0x06054b50) {
			end = i;
			break;
		}
	}
	if (end < 0) return null;
	let count = u16(bytes, end + 10);
	let at = u32(bytes, end + 16);
	const locator = end - 20;
	if (locator >= 0 && u32(bytes, locator) === 0x07064b50) {
		const end64 = u64(bytes, locator + 8);
		if (u32(bytes, end64) === 0x06064b50) {
			count = u64(bytes, end64 + 32);
			at = u64(bytes, end64 + 48);
		}
	}
	const entries = new Map<string, ZipEntry>();
	const decoder = new TextDecoder();
	for (let k = 0; k < count && at + 46 <= bytes.length; k++) {
		if (u32(bytes, at) !== 0x02014b50) break;
		const nameLength = u16(bytes, at + 28);
		const extraLength = u16(bytes, at + 30);
		const commentLength = u16(bytes, at + 32);
		const entry: ZipEntry = {
			name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
			method: u16(bytes, at + 10),
			compressedSize: u32(bytes, at + 20),
			size: u32(bytes, at + 24),
			headerOffset: u32(bytes, at + 42)
		};
		readZip64(bytes, at + 46 + nameLength, extraLength, entry);
		entries.set(entry.name, entry);
		at += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

/** Sizes and offset saturated at 2^32 − 1 are in the ZIP64 extra field (id 1), in this order. */
function readZip64(bytes: Uint8Array, at: number, length: number, entry: ZipEntry): void {
	const max = 0xffffffff;
	if (entry.size !== max && entry.compressedSize !== max && entry.headerOffset !== max) return;
	for (let p = at; p + 4 <= at + length;) {
		const id = u16(bytes, p);
		const size = u16(bytes, p + 2);
		if (id === 1) {
			let q = p + 4;
			if (entry.size === max) {
				entry.size = u64(bytes, q);
				q += 8;
			}
			if (entry.compressedSize === max) {
				entry.compressedSize = u64(bytes, q);
				q += 8;
			}
			if (entry.headerOffset === max) entry.headerOffset = u64(bytes, q);
			return;
		}
		p += 4 + size;
	}
}

/** The compressed bytes of an entry (after its local header). */
function rawData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
	const local = entry.headerOffset;
	if (u32(bytes, local) !== 0x04034b50) throw new RangeError('zip local header');
	const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
	return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * An entry's bytes, inflated whole (for the small parts: workbook, styles, shared strings).
 * @example new TextDecoder().decode(entryBytes(zip, zipEntries(zip)!.get('a.txt')!)) // → 'hi'
 */
export function entryBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
	const data = rawData(bytes, entry);
	if (entry.method === 0) return data;
	if (entry.method === 8) return inflateSync(data);
	throw new RangeError(`zip method ${entry.method}`);
}

/**
 * An entry's bytes in slices of about `sliceBytes` compressed bytes each, inflated one slice at a
 * time: a sheet of hundreds of megabytes of XML never exists whole.
 * @example [...entrySlices(zip, entry)].reduce((n, s) => n + s.length, 0) === entry.size // → true
 */
export function* entrySlices(
	bytes: Uint8Array,
	entry: ZipEntry,
	sliceBytes = 1 << 20
): Generator<Uint8Array> {
	const data = rawData(bytes, entry);
	if (entry.method === 0) {
		for (let at = 0; at < data.length; at += sliceBytes) yield data.subarray(at, at + sliceBytes);
		return;
	}
	if (entry.method !== 8) throw new RangeError(`zip method ${entry.method}`);
	let out: Uint8Array[] = [];
	const inflate = new Inflate((chunk) => out.push(chunk));
	for (let at = 0; at < data.length; at += sliceBytes) {
		const end = Math.min(data.length, at + sliceBytes);
		inflate.push(data.subarray(at, end), end === data.length);
		const ready = out;
		out = [];
		yield* ready;
	}
	if (data.length === 0) inflate.push(new Uint8Array(0), true);
	yield* out;
}
