/**
 * Byte plumbing of the `.strata` format: little-endian integers and a reader that takes exact
 * byte counts from a stream, however the stream happens to be sliced.
 */

/** Four bytes, little-endian. */
export function u32(value: number): Uint8Array {
	const bytes = new Uint8Array(4);
	new DataView(bytes.buffer).setUint32(0, value, true);
	return bytes;
}

/** Read a little-endian u32 at `offset`. */
export function readU32(bytes: Uint8Array, offset = 0): number {
	return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset, true);
}

/** One array holding the parts one after another. */
export function concatBytes(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
	let length = 0;
	for (const part of parts) length += part.byteLength;
	const out = new Uint8Array(length);
	let offset = 0;
	for (const part of parts) {
		out.set(part, offset);
		offset += part.byteLength;
	}
	return out;
}

/**
 * Takes exact byte counts from a stream. `read(n)` returns `n` bytes, or fewer only when the
 * stream ended first (the caller decides whether that is a truncation).
 */
export class ByteReader {
	#reader: ReadableStreamDefaultReader<Uint8Array>;
	#buffered: Uint8Array[] = [];
	#bufferedBytes = 0;
	#done = false;

	constructor(stream: ReadableStream<Uint8Array>) {
		this.#reader = stream.getReader();
	}

	async read(n: number): Promise<Uint8Array<ArrayBuffer>> {
		while (this.#bufferedBytes < n && !this.#done) {
			const { value, done } = await this.#reader.read();
			if (done) this.#done = true;
			else if (value.byteLength > 0) {
				this.#buffered.push(value);
				this.#bufferedBytes += value.byteLength;
			}
		}
		const first = this.#buffered[0];
		if (first && first.byteLength >= n) {
			// The common case: no copy of the whole buffer for a small read.
			const out = first.slice(0, n);
			if (first.byteLength === n) this.#buffered.shift();
			else this.#buffered[0] = first.subarray(n);
			this.#bufferedBytes -= n;
			return out;
		}
		const all = concatBytes(this.#buffered);
		const take = Math.min(n, all.byteLength);
		const rest = all.subarray(take);
		this.#buffered = rest.byteLength > 0 ? [rest] : [];
		this.#bufferedBytes = rest.byteLength;
		return all.slice(0, take);
	}

	/** True once the stream has ended and every byte has been read. */
	async atEnd(): Promise<boolean> {
		if (this.#bufferedBytes > 0) return false;
		const peek = await this.read(1);
		if (peek.byteLength === 0) return true;
		this.#buffered.unshift(peek);
		this.#bufferedBytes += 1;
		return false;
	}

	cancel(reason?: unknown): Promise<void> {
		return this.#reader.cancel(reason).catch(() => undefined);
	}
}
