/**
 * The second part of a file, parsed in a worker of its own (`parse.worker.ts`) while the analysis
 * worker parses the first (`parallel.ts`). Starts after the first line feed at or after `from`,
 * passes over the rows that may depend on the rows above, posts where its part starts (`cut`) at
 * once, then parses to the end and posts the part (`core/csv/parts.ts`), its chunks transferred.
 */
import type { LineChunk } from '$lib/core/columns';
import { createPartImporter, type ImportOptions } from '$lib/core/csv/importer';
import { afterLineFeeds, partStart, type ImportPart } from '$lib/core/csv/parts';

/** Bytes read at a time (as the analysis worker does). */
export const PART_SLICE_BYTES = 4 * 1024 * 1024;

export interface PartJob {
	file: Blob;
	/** Where to look for the first line feed. */
	from: number;
	options: ImportOptions;
	/** The file's header, as the first part's importer read it. */
	header: string[];
}

export type PartMessage =
	/** Where the part starts (absolute byte offset), or null: no part (parse it all serially). */
	| { type: 'cut'; at: number | null }
	/** Bytes of the part read so far, and its rows. */
	| { type: 'progress'; bytes: number; rows: number }
	| { type: 'part'; part: ImportPart }
	| { type: 'error'; message: string };

/**
 * Parse the part of `job.file` that starts at the first independent row after a line feed at or
 * after `job.from`, within one slice; `post` gets the messages above (`cut` first, always).
 */
export async function parsePart(
	job: PartJob,
	post: (message: PartMessage, transfer?: Transferable[]) => void
): Promise<void> {
	const { file, from, options } = job;
	const window = new Uint8Array(await file.slice(from, from + PART_SLICE_BYTES).arrayBuffer());
	const start = partStart(window, options.encoding);
	if (start < 0) return post({ type: 'cut', at: null });
	const importer = createPartImporter(options, job.header);
	const bytes = window.subarray(start);
	const chunks: LineChunk[] = importer.push(bytes);
	let offset = from + window.length;
	const whole = offset >= file.size;
	let part: ImportPart | null = null;
	// A file that ends in this slice may only show its part's first row at the end.
	if (importer.leadingLineFeeds === null && whole) part = importer.finishPart();
	const feeds = part?.leadingLineFeeds ?? importer.leadingLineFeeds;
	if (feeds === null) return post({ type: 'cut', at: null });
	post({ type: 'cut', at: from + start + afterLineFeeds(bytes, feeds) });
	let next = whole ? null : file.slice(offset, offset + PART_SLICE_BYTES).arrayBuffer();
	while (next) {
		const buffer: ArrayBuffer = await next;
		offset += PART_SLICE_BYTES;
		next = offset < file.size ? file.slice(offset, offset + PART_SLICE_BYTES).arrayBuffer() : null;
		chunks.push(...importer.push(new Uint8Array(buffer)));
		post({
			type: 'progress',
			bytes: Math.min(offset, file.size) - from,
			rows: importer.progress.rows
		});
	}
	part ??= importer.finishPart() as ImportPart;
	part.built.chunks = [...chunks, ...part.built.chunks];
	post({ type: 'part', part }, chunkBuffers(part.built.chunks));
}

/** The buffers of line chunks, to transfer rather than copy. */
export function chunkBuffers(chunks: LineChunk[]): ArrayBuffer[] {
	const buffers: ArrayBuffer[] = [];
	for (const chunk of chunks) {
		const columns = [
			chunk.customer,
			chunk.day,
			chunk.amountCents,
			chunk.order,
			...chunk.attributes
		];
		if (chunk.product) columns.push(chunk.product);
		if (chunk.quantity) columns.push(chunk.quantity);
		for (const column of columns) buffers.push(column.buffer as ArrayBuffer);
	}
	return buffers;
}
