/**
 * Password protection of a backup: AES-GCM-256 under a key from PBKDF2-SHA-256 (random 16-byte
 * salt per file, ≥ 600,000 iterations), one random 12-byte IV per frame, and the frame's index,
 * its final flag and the file's preamble as additional data — so frames cannot be reordered,
 * dropped, or cut off at the end without the reader noticing.
 */
import { concatBytes, u32 } from './bytes';
import type { BackupPlatform } from './format';

const CHECK_TEXT = new TextEncoder().encode('strata backup key check');
const CHECK_AAD = new TextEncoder().encode('strata-check-v1');

/** The AES key for a password and salt. Passwords are NFC-normalised (é typed two ways is one). */
export async function deriveKey(
	subtle: SubtleCrypto,
	password: string,
	salt: Uint8Array<ArrayBuffer>,
	iterations: number
): Promise<CryptoKey> {
	const material = await subtle.importKey(
		'raw',
		new TextEncoder().encode(password.normalize('NFC')),
		'PBKDF2',
		false,
		['deriveKey']
	);
	return subtle.deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		material,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
}

/** Additional data of frame `index`. */
export function frameAad(
	preamble: Uint8Array,
	index: number,
	flags: number
): Uint8Array<ArrayBuffer> {
	return concatBytes([preamble, u32(index), new Uint8Array([flags])]);
}

/** Encrypt one frame's bytes: IV followed by ciphertext and tag. */
export async function sealFrame(
	platform: BackupPlatform,
	key: CryptoKey,
	plain: Uint8Array<ArrayBuffer>,
	aad: Uint8Array<ArrayBuffer>
): Promise<Uint8Array<ArrayBuffer>> {
	const iv = platform.randomBytes(12);
	const sealed = await platform.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: aad },
		key,
		plain
	);
	return concatBytes([iv, new Uint8Array(sealed)]);
}

/** Decrypt one frame; rejects when the key, the data or the additional data do not match. */
export async function openFrame(
	subtle: SubtleCrypto,
	key: CryptoKey,
	payload: Uint8Array<ArrayBuffer>,
	aad: Uint8Array<ArrayBuffer>
): Promise<Uint8Array<ArrayBuffer>> {
	const iv = payload.slice(0, 12);
	const plain = await subtle.decrypt(
		{ name: 'AES-GCM', iv, additionalData: aad },
		key,
		payload.subarray(12)
	);
	return new Uint8Array(plain);
}

/** The key-check block stored in the header. */
export async function makeCheck(
	platform: BackupPlatform,
	key: CryptoKey
): Promise<{ iv: string; data: string }> {
	const sealed = await sealFrame(platform, key, CHECK_TEXT.slice(), CHECK_AAD.slice());
	return { iv: toBase64(sealed.subarray(0, 12)), data: toBase64(sealed.subarray(12)) };
}

/** True when `key` opens the header's check block (the password is right). */
export async function passesCheck(
	subtle: SubtleCrypto,
	key: CryptoKey,
	check: { iv: string; data: string }
): Promise<boolean> {
	try {
		const payload = concatBytes([fromBase64(check.iv), fromBase64(check.data)]);
		await openFrame(subtle, key, payload, CHECK_AAD.slice());
		return true;
	} catch {
		return false;
	}
}

/** @example toBase64(new Uint8Array([1, 2, 3])); // → 'AQID' */
export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary);
}

/** @example fromBase64('AQID'); // → Uint8Array [1, 2, 3] */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
