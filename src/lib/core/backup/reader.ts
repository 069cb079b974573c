/**
 * Reading a `.strata` backup as a stream, record by record into a sink (the worker writes each
 * chunk to IndexedDB as it arrives). Every way a file can be wrong ends in a `BackupError` with
 * its own code, and the sink sees nothing after the first error, so the caller can discard what
 * it wrote.
 */
import { ByteReader, concatBytes, readU32 } from './bytes';
import { deriveKey, frameAad, fromBase64, openFrame, passesCheck } from './crypto';
import {
	BackupError,
	FLAG_ENCRYPTED,
	FLAG_FINAL,
	FORMAT_VERSION,
	LOOP_VERSION,
	FEEDBACK_VERSION,
	MAGIC,
	MAX_ITERATIONS,
	PREAMBLE_BYTES,
	RECORD,
	type BackupHeader,
	type BackupPlatform
} from './format';
import { decodeRecord } from './values';

/** Receives the records of a backup in file order. */
export interface BackupSink {
	dataset(record: Record<string, unknown>): Promise<void>;
	settings(record: Record<string, unknown>): Promise<void>;
	/** Campaigns, scenarios and the pseudonym key (version ≥ 2 files that have them). */
	loop(record: Record<string, unknown>): Promise<void>;
	/** Survey and review responses (version ≥ 3 files that have them). */
	feedback?(record: Record<string, unknown>): Promise<void>;
	dictionaries(record: Record<string, unknown>): Promise<void>;
	chunk(record: Record<string, unknown>): Promise<void>;
}

export interface ReadOptions {
	platform: BackupPlatform;
	password?: string;
}

export interface BackupSummary {
	header: BackupHeader;
	chunks: number;
}

const MAX_HEADER_BYTES = 64 * 1024;
/** A frame or record larger than this is damage, not data (a chunk of 64k lines is ~2 MB). */
const MAX_PART_BYTES = 1 << 30;

/** The header of a backup, after checking the magic bytes and the version. */
async function readHead(
	input: ByteReader
): Promise<{ head: Uint8Array; header: BackupHeader; version: number }> {
	const fixed = await input.read(PREAMBLE_BYTES);
	const magicSeen = fixed.subarray(0, MAGIC.length);
	if (magicSeen.length === 0 || magicSeen.some((byte, i) => byte !== MAGIC[i])) {
		throw new BackupError('not_a_backup');
	}
	if (fixed.byteLength < PREAMBLE_BYTES) throw new BackupError('truncated');
	const view = new DataView(fixed.buffer);
	const version = view.getUint16(MAGIC.length, true);
	if (version > FORMAT_VERSION) {
		throw new BackupError('newer_version', { version, supported: FORMAT_VERSION });
	}
	if (version < 1) throw new BackupError('corrupted', { detail: `version ${version}` });
	const flags = fixed[MAGIC.length + 2];
	const headerBytes = readU32(fixed, MAGIC.length + 4);
	if (headerBytes > MAX_HEADER_BYTES) throw new BackupError('corrupted', { detail: 'header size' });
	const json = await input.read(headerBytes);
	if (json.byteLength < headerBytes) throw new BackupError('truncated');
	let header: BackupHeader;
	try {
		header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
	} catch {
		throw new BackupError('corrupted', { detail: 'header' });
	}
	if (header?.compression !== 'gzip' || Boolean(flags & FLAG_ENCRYPTED) !== !!header.encryption) {
		throw new BackupError('corrupted', { detail: 'header fields' });
	}
	return { head: concatBytes([fixed, json]), header, version };
}

async function keyFor(header: BackupHeader, options: ReadOptions): Promise<CryptoKey | null> {
	const encryption = header.encryption;
	if (!encryption) return null;
	if (!options.password) throw new BackupError('password_required');
	const { iterations } = encryption;
	if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
		throw new BackupError('corrupted', { detail: 'iterations' });
	}
	let salt: Uint8Array<ArrayBuffer>;
	try {
		salt = fromBase64(encryption.salt);
	} catch {
		throw new BackupError('corrupted', { detail: 'salt' });
	}
	const { subtle } = options.platform;
	const key = await deriveKey(subtle, options.password, salt, iterations);
	if (!(await passesCheck(subtle, key, encryption.check))) throw new BackupError('wrong_password');
	return key;
}

/** The compressed bytes of the frames, opened and in order; errors with a `BackupError`. */
function frameStream(
	input: ByteReader,
	subtle: SubtleCrypto,
	key: CryptoKey | null,
	head: Uint8Array,
	onError: (error: BackupError) => void
): ReadableStream<Uint8Array> {
	let index = 0;
	const fail = (error: BackupError, controller: ReadableStreamDefaultController<Uint8Array>) => {
		onError(error);
		controller.error(error);
		void input.cancel(error);
	};
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				const prefix = await input.read(5);
				if (prefix.byteLength < 5) return fail(new BackupError('truncated'), controller);
				const flags = prefix[0];
				const length = readU32(prefix, 1);
				if (length > MAX_PART_BYTES || (flags & ~FLAG_FINAL) !== 0) {
					return fail(new BackupError('corrupted', { detail: `frame ${index}` }), controller);
				}
				const payload = await input.read(length);
				if (payload.byteLength < length) return fail(new BackupError('truncated'), controller);
				let plain: Uint8Array = payload;
				if (key) {
					try {
						plain = await openFrame(subtle, key, payload, frameAad(head, index, flags));
					} catch {
						return fail(new BackupError('corrupted', { detail: `frame ${index}` }), controller);
					}
				}
				index++;
				if (plain.byteLength > 0) controller.enqueue(plain);
				if (flags & FLAG_FINAL) {
					if (!(await input.atEnd())) {
						return fail(new BackupError('corrupted', { detail: 'data after the end' }), controller);
					}
					controller.close();
				}
			}
		},
		{ highWaterMark: 0 }
	);
}

/**
 * Read a backup into `sink`. Throws `BackupError` (not a backup, newer version, password
 * required, wrong password, corrupted, truncated); errors thrown by the sink pass through as is.
 *
 * @example
 * await readBackup(file.stream(), { platform, password }, sink);
 * // → { header: { created, app: '0.1.0', … }, chunks: 16 }
 */
export async function readBackup(
	file: ReadableStream<Uint8Array>,
	options: ReadOptions,
	sink: BackupSink
): Promise<BackupSummary> {
	const input = new ByteReader(file);
	let frameError: unknown = null;
	let sinkError: unknown = null;
	const toSink = async (write: () => Promise<void>) => {
		try {
			await write();
		} catch (error) {
			sinkError = error;
			throw error;
		}
	};
	try {
		const { head, header, version } = await readHead(input);
		const key = await keyFor(header, options);
		// The frame layer's verdict (truncated, tampered) is more precise than the inflater's.
		const frames = frameStream(input, options.platform.subtle, key, head, (error) => {
			frameError = error;
		});
		const records = new ByteReader(frames.pipeThrough(options.platform.gunzip()));
		let expect: 'dataset' | 'rest' = 'dataset';
		let chunks = 0;
		for (;;) {
			const prefix = await records.read(5);
			if (prefix.byteLength < 5) throw new BackupError('corrupted', { detail: 'no end record' });
			const kind = prefix[0];
			const length = readU32(prefix, 1);
			if (length > MAX_PART_BYTES) throw new BackupError('corrupted', { detail: 'record size' });
			const bytes = await records.read(length);
			if (bytes.byteLength < length) throw new BackupError('corrupted', { detail: 'short record' });
			const record = decodeRecord(bytes) as Record<string, unknown>;
			if (record === null || typeof record !== 'object') {
				throw new BackupError('corrupted', { detail: 'record' });
			}
			if (expect === 'dataset' && kind !== RECORD.dataset) {
				throw new BackupError('corrupted', { detail: 'first record' });
			}
			if (kind === RECORD.dataset) {
				if (expect !== 'dataset') throw new BackupError('corrupted', { detail: 'second dataset' });
				expect = 'rest';
				await toSink(() => sink.dataset(record));
			} else if (kind === RECORD.settings) await toSink(() => sink.settings(record));
			else if (kind === RECORD.loop && version >= LOOP_VERSION) {
				await toSink(() => sink.loop(record));
			} else if (kind === RECORD.feedback && version >= FEEDBACK_VERSION) {
				await toSink(() => sink.feedback?.(record) ?? Promise.resolve());
			} else if (kind === RECORD.dictionaries) await toSink(() => sink.dictionaries(record));
			else if (kind === RECORD.chunk) {
				chunks++;
				await toSink(() => sink.chunk(record));
			} else if (kind === RECORD.end) {
				if (record.chunks !== chunks) throw new BackupError('corrupted', { detail: 'chunk count' });
				if (!(await records.atEnd())) throw new BackupError('corrupted', { detail: 'after end' });
				return { header, chunks };
			} else throw new BackupError('corrupted', { detail: `record kind ${kind}` });
		}
	} catch (error) {
		if (sinkError) throw sinkError;
		if (frameError) throw frameError;
		if (error instanceof BackupError) throw error;
		throw new BackupError('corrupted', { detail: String(error) });
	}
}
