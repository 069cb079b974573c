/**
 * Writing a `.strata` backup as a stream: records are produced one at a time (one chunk of lines
 * in memory, never the whole dataset), gzip-compressed, cut into frames and — with a password —
 * encrypted frame by frame. Layout in `format.ts`.
 */
import { concatBytes, u32 } from './bytes';
import { deriveKey, frameAad, makeCheck, sealFrame, toBase64 } from './crypto';
import {
	FLAG_ENCRYPTED,
	FLAG_FINAL,
	FORMAT_VERSION,
	FRAME_BYTES,
	MAGIC,
	PBKDF2_ITERATIONS,
	RECORD,
	SALT_BYTES,
	type BackupHeader,
	type BackupPlatform
} from './format';
import { encodeRecord } from './values';

/** What a backup holds. Records are carried field by field, whatever fields they have. */
export interface BackupContents {
	dataset: Record<string, unknown>;
	settings: Record<string, unknown> | null;
	/** Campaigns, growth scenarios and the pseudonym key (the `loop` record), when there are any. */
	loop?: Record<string, unknown> | null;
	/** Survey and review responses (the `feedback` record), when there are any. */
	feedback?: Record<string, unknown> | null;
	dictionaries: Record<string, unknown>;
	chunkCount: number;
	/** Chunk `index` (0 ≤ index < chunkCount), read when the stream needs it. */
	chunk(index: number): Promise<Record<string, unknown>>;
}

export interface WriteOptions {
	platform: BackupPlatform;
	/** Strata version written into the header. */
	app: string;
	/** Encrypt with this password (empty or absent: not encrypted). */
	password?: string;
	/** Milliseconds since the epoch (default: now). */
	created?: number;
	/** PBKDF2 iterations; never below `PBKDF2_ITERATIONS` outside tests. */
	iterations?: number;
	/** Compressed bytes per frame. */
	frameBytes?: number;
}

/** One record of the inflated stream: kind, u32 length, bytes. */
function recordBytes(kind: number, record: unknown): Uint8Array<ArrayBuffer> {
	const payload = encodeRecord(record);
	return concatBytes([new Uint8Array([kind]), u32(payload.byteLength), payload]);
}

async function* records(contents: BackupContents): AsyncGenerator<Uint8Array<ArrayBuffer>> {
	yield recordBytes(RECORD.dataset, contents.dataset);
	if (contents.settings) yield recordBytes(RECORD.settings, contents.settings);
	if (contents.loop) yield recordBytes(RECORD.loop, contents.loop);
	if (contents.feedback) yield recordBytes(RECORD.feedback, contents.feedback);
	yield recordBytes(RECORD.dictionaries, contents.dictionaries);
	for (let index = 0; index < contents.chunkCount; index++) {
		yield recordBytes(RECORD.chunk, await contents.chunk(index));
	}
	yield recordBytes(RECORD.end, { chunks: contents.chunkCount });
}

/** A pull stream over an async iterator: the next item is made only when the reader wants it. */
function streamOf(items: AsyncIterator<Uint8Array>): ReadableStream<Uint8Array> {
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				const { value, done } = await items.next();
				if (done) controller.close();
				else controller.enqueue(value);
			},
			async cancel() {
				await items.return?.(undefined);
			}
		},
		{ highWaterMark: 0 }
	);
}

/** Cuts the compressed stream into frames; seals each when there is a key. */
function framer(
	platform: BackupPlatform,
	key: CryptoKey | null,
	preamble: Uint8Array,
	frameBytes: number
): TransformStream<Uint8Array, Uint8Array> {
	let pending: Uint8Array[] = [];
	let pendingBytes = 0;
	let index = 0;
	const frame = async (plain: Uint8Array<ArrayBuffer>, flags: number) => {
		const payload = key
			? await sealFrame(platform, key, plain, frameAad(preamble, index, flags))
			: plain;
		index++;
		return concatBytes([new Uint8Array([flags]), u32(payload.byteLength), payload]);
	};
	return new TransformStream<Uint8Array, Uint8Array>({
		async transform(bytes, controller) {
			pending.push(bytes);
			pendingBytes += bytes.byteLength;
			if (pendingBytes < frameBytes) return;
			const all = concatBytes(pending);
			let offset = 0;
			for (; all.byteLength - offset >= frameBytes; offset += frameBytes) {
				controller.enqueue(await frame(all.slice(offset, offset + frameBytes), 0));
			}
			pending = [all.subarray(offset)];
			pendingBytes = all.byteLength - offset;
		},
		async flush(controller) {
			controller.enqueue(await frame(concatBytes(pending), FLAG_FINAL));
		}
	});
}

/**
 * A backup of `contents` as a byte stream (the `.strata` file).
 *
 * @example
 * const file = await writeBackup(contents, { platform, app: '0.1.0', password: 'correct horse' });
 * await new Response(file).blob(); // → the encrypted, compressed backup
 */
export async function writeBackup(
	contents: BackupContents,
	options: WriteOptions
): Promise<ReadableStream<Uint8Array>> {
	const { platform } = options;
	const iterations = options.iterations ?? PBKDF2_ITERATIONS;
	let key: CryptoKey | null = null;
	const header: BackupHeader = {
		created: options.created ?? Date.now(),
		app: options.app,
		compression: 'gzip',
		encryption: null
	};
	if (options.password) {
		const salt = platform.randomBytes(SALT_BYTES);
		key = await deriveKey(platform.subtle, options.password, salt, iterations);
		header.encryption = {
			cipher: 'AES-GCM-256',
			kdf: 'PBKDF2-SHA-256',
			iterations,
			salt: toBase64(salt),
			check: await makeCheck(platform, key)
		};
	}
	const headerJson = new TextEncoder().encode(JSON.stringify(header));
	const fixed = new Uint8Array(4);
	new DataView(fixed.buffer).setUint16(0, FORMAT_VERSION, true);
	fixed[2] = key ? FLAG_ENCRYPTED : 0;
	const preamble = concatBytes([MAGIC, fixed, u32(headerJson.byteLength), headerJson]);

	const body = streamOf(records(contents))
		.pipeThrough(platform.gzip())
		.pipeThrough(framer(platform, key, preamble, options.frameBytes ?? FRAME_BYTES));
	const reader = body.getReader();
	return new ReadableStream<Uint8Array>(
		{
			start(controller) {
				controller.enqueue(preamble);
			},
			async pull(controller) {
				const { value, done } = await reader.read();
				if (done) controller.close();
				else controller.enqueue(value);
			},
			cancel(reason) {
				return reader.cancel(reason);
			}
		},
		{ highWaterMark: 0 }
	);
}
