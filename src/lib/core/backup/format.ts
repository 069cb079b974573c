/**
 * The `.strata` backup format, version 4 (byte layout in README "Backup file format"). Version 2
 * adds the `loop` record (campaigns, growth scenarios and the pseudonym key), version 3 the
 * `feedback` record (survey and review responses); older files, which have none, are still read.
 * Readers refuse unknown record kinds, so a new kind needs a new version: an older Strata then
 * says "newer version" instead of "damaged". Version 4 changes no record: chunks travel as they
 * are stored, and since version 4 their columns may be narrow (`core/stored-columns.ts`), which a
 * version-3 reader would misread; a version-4 reader reads older chunks as they are.
 *
 * ```
 * preamble   8 bytes  magic 89 53 54 52 41 54 41 0A ("\x89STRATA\n")
 *            2 bytes  format version, u16 little-endian (4; 1–3 are still read)
 *            1 byte   flags: bit 0 = encrypted
 *            1 byte   reserved (0)
 *            4 bytes  header length, u32 LE
 *            n bytes  header: UTF-8 JSON (BackupHeader)
 * frames     repeated until a frame with the final flag:
 *            1 byte   frame flags: bit 0 = final
 *            4 bytes  payload length, u32 LE
 *            payload  plain: the next bytes of the gzip stream
 *                     encrypted: 12-byte IV, then AES-GCM ciphertext + 16-byte tag of those bytes,
 *                     additional data = every byte before the first frame (preamble and
 *                     header) ‖ u32 LE frame index ‖ frame flags
 * ```
 * The gzip stream inflates to records: 1 byte kind, u32 LE length, then the record's bytes
 * (`values.ts`): dataset, settings (optional), loop (optional, version ≥ 2), feedback (optional,
 * version ≥ 3), dictionaries, chunk × n, end.
 */

/** The first eight bytes of every backup. */
export const MAGIC = new Uint8Array([0x89, 0x53, 0x54, 0x52, 0x41, 0x54, 0x41, 0x0a]);
/** The format version this code writes and the newest it reads. */
export const FORMAT_VERSION = 4;
/** The first version with the `loop` record. */
export const LOOP_VERSION = 2;
/** The first version with the `feedback` record (survey and review responses, issue 16). */
export const FEEDBACK_VERSION = 3;
/** Bytes before the header JSON (magic, version, flags, reserved, header length). */
export const PREAMBLE_BYTES = MAGIC.length + 2 + 1 + 1 + 4;
export const FLAG_ENCRYPTED = 1;
export const FLAG_FINAL = 1;
/** Compressed bytes per frame: each is encrypted on its own, so backups stream. */
export const FRAME_BYTES = 1 << 20;
/** OWASP's 2023 floor for PBKDF2-HMAC-SHA-256; new backups never use fewer. */
export const PBKDF2_ITERATIONS = 600_000;
/** A file asking for more is refused rather than hanging the tab. */
export const MAX_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;

/** Kinds of record in the inflated stream. */
export const RECORD = {
	dataset: 1,
	settings: 2,
	dictionaries: 3,
	chunk: 4,
	/** Campaigns, scenarios and the pseudonym key (version ≥ 2). */
	loop: 5,
	/** Survey and review responses (version ≥ 3). */
	feedback: 6,
	end: 255
} as const;

/** The header JSON: readable without the password, so it holds nothing about the data. */
export interface BackupHeader {
	/** Milliseconds since the epoch. */
	created: number;
	/** The Strata version that wrote the file. */
	app: string;
	compression: 'gzip';
	encryption: BackupEncryption | null;
}

export interface BackupEncryption {
	cipher: 'AES-GCM-256';
	kdf: 'PBKDF2-SHA-256';
	iterations: number;
	/** Base64. */
	salt: string;
	/**
	 * A known text encrypted with the key (base64 IV and ciphertext), so a wrong password is told
	 * apart from a damaged file.
	 */
	check: { iv: string; data: string };
}

/** Why a backup could not be read; the page renders the code in the user's language. */
export type BackupErrorCode =
	| 'not_a_backup'
	| 'newer_version'
	| 'password_required'
	| 'wrong_password'
	| 'corrupted'
	| 'truncated';

export class BackupError extends Error {
	constructor(
		readonly code: BackupErrorCode,
		readonly params: Record<string, string | number> = {}
	) {
		super(`backup ${code}${params.detail ? `: ${params.detail}` : ''}`);
		this.name = 'BackupError';
	}
}

/** A byte transform such as `CompressionStream`. */
export interface ByteTransform {
	readable: ReadableStream<Uint8Array>;
	writable: WritableStream<Uint8Array>;
}

/** The codec's platform pieces, passed in so core/ touches no globals (Web Crypto, compression). */
export interface BackupPlatform {
	subtle: SubtleCrypto;
	randomBytes(count: number): Uint8Array<ArrayBuffer>;
	/** A gzip compressor, e.g. `new CompressionStream('gzip')`. */
	gzip(): ByteTransform;
	/** A gzip decompressor that errors on a damaged or incomplete stream. */
	gunzip(): ByteTransform;
}

/**
 * The file name of a dataset's backup: its name with characters file systems refuse replaced.
 *
 * @example
 * backupFileName('Q3: shop/online'); // → 'Q3_ shop_online.strata'
 */
export function backupFileName(datasetName: string): string {
	const safe = datasetName
		// eslint-disable-next-line no-control-regex -- control characters are exactly what file systems refuse
		.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
		.trim()
		.slice(0, 120);
	return `${safe || 'dataset'}.strata`;
}
