import { describe, expect, it } from 'vitest';
import { FIRST_SLICE_BYTES, SLICE_BYTES, slicesOf } from './slices';

/** A blob of `n` bytes counting 0…255, and one whose reads are logged. */
function counting(n: number) {
	const bytes = new Uint8Array(n);
	for (let i = 0; i < n; i++) bytes[i] = (i * 7 + (i >> 8)) & 255;
	const blob = new Blob([bytes]);
	const reads: [number, number][] = [];
	const logged = {
		size: blob.size,
		slice(start: number, end: number) {
			reads.push([start, end]);
			return blob.slice(start, end);
		}
	} as unknown as Blob;
	return { bytes, logged, reads };
}

async function collect(file: Blob, from: number, to: number, first?: number) {
	const sizes: number[] = [];
	const parts: Uint8Array[] = [];
	for await (const buffer of slicesOf(file, from, to, first)) {
		sizes.push(buffer.byteLength);
		parts.push(new Uint8Array(buffer));
	}
	const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let at = 0;
	for (const part of parts) {
		all.set(part, at);
		at += part.length;
	}
	return { sizes, all };
}

describe('slicesOf: a parser reads a file in slices', () => {
	it('starts small and doubles up to the full slice, every byte once and in order', async () => {
		const n = 3 * SLICE_BYTES + 12_345;
		const { bytes, logged } = counting(n);
		const { sizes, all } = await collect(logged, 0, n);
		expect(sizes.slice(0, 4)).toEqual([
			FIRST_SLICE_BYTES,
			2 * FIRST_SLICE_BYTES,
			4 * FIRST_SLICE_BYTES,
			SLICE_BYTES
		]);
		expect(Math.max(...sizes)).toBe(SLICE_BYTES);
		// Compared byte for byte without a diff of 12 MB arrays.
		expect(all.length).toBe(n);
		expect(Buffer.from(all).equals(Buffer.from(bytes))).toBe(true);
	});

	it('reads a range, the last slice cut at its end; an empty range reads nothing', async () => {
		const { bytes, logged, reads } = counting(10_000);
		const { sizes, all } = await collect(logged, 1000, 9000, 3000);
		expect(sizes).toEqual([3000, 5000]);
		expect(all).toEqual(bytes.subarray(1000, 9000));
		reads.length = 0;
		expect((await collect(logged, 500, 500)).sizes).toEqual([]);
		expect(reads).toEqual([]);
	});

	it('reads the next slice while the caller works on the current one', async () => {
		const { logged, reads } = counting(10_000);
		const slices = slicesOf(logged, 0, 10_000, 1000);
		await slices.next();
		// The first slice is handed out and the second one is already asked for.
		expect(reads).toEqual([
			[0, 1000],
			[1000, 3000]
		]);
		await slices.return(undefined);
	});
});
