/**
 * Which text encoding a file's bytes are in: a byte-order mark first, then UTF-8 validity of a
 * sample, then GB18030 plausibility against Windows-1252. GBK files decode as GB18030 (a superset;
 * the WHATWG decoders are the same). Decoding always uses one streaming `TextDecoder`.
 */
import { utf16WithoutBom } from './file-kind';

/** Encodings the importer reads. Labels are WHATWG `TextDecoder` labels. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';

export const ENCODINGS: readonly Encoding[] = [
	'utf-8',
	'utf-16le',
	'utf-16be',
	'gb18030',
	'windows-1252'
];

/** Why an encoding was chosen. */
export type EncodingReason =
	'bom' | 'utf16_pattern' | 'utf8_valid' | 'gb18030_plausible' | 'fallback' | 'override';

export interface EncodingGuess {
	encoding: Encoding;
	reason: EncodingReason;
}

/** How many leading bytes detection looks at. */
export const ENCODING_SAMPLE_BYTES = 65_536;

/**
 * Guess the encoding of a file from its first bytes. `complete` says the bytes are the whole file
 * (otherwise a multi-byte character cut at the end of the sample is not held against UTF-8).
 * @example detectEncoding(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61)) // → { encoding: 'utf-8', reason: 'bom' }
 * @example detectEncoding(Uint8Array.of(0xc4, 0xe3, 0xba, 0xc3)) // → { encoding: 'gb18030', reason: 'gb18030_plausible' } (你好)
 */
export function detectEncoding(bytes: Uint8Array, complete = true): EncodingGuess {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return { encoding: 'utf-8', reason: 'bom' };
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', reason: 'bom' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', reason: 'bom' };
	const utf16 = utf16WithoutBom(bytes);
	if (utf16) return { encoding: utf16, reason: 'utf16_pattern' };
	const sampleComplete = complete && bytes.length <= ENCODING_SAMPLE_BYTES;
	const sample = bytes.subarray(0, ENCODING_SAMPLE_BYTES);
	if (isUtf8(sample, sampleComplete)) return { encoding: 'utf-8', reason: 'utf8_valid' };
	if (isPlausibleGb18030(sample, sampleComplete)) {
		return { encoding: 'gb18030', reason: 'gb18030_plausible' };
	}
	return { encoding: 'windows-1252', reason: 'fallback' };
}

/**
 * True when the bytes are well-formed UTF-8 (no overlongs, surrogates or code points above
 * U+10FFFF). When `complete` is false a sequence cut at the very end is accepted.
 * @example isUtf8(Uint8Array.of(0xe4, 0xbd, 0xa0)) // → true (你)
 */
export function isUtf8(bytes: Uint8Array, complete = true): boolean {
	const n = bytes.length;
	let i = 0;
	while (i < n) {
		const b = bytes[i];
		if (b < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let low = 0x80;
		let high = 0xbf;
		if (b >= 0xc2 && b <= 0xdf) need = 1;
		else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			if (b === 0xe0) low = 0xa0;
			if (b === 0xed) high = 0x9f;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			if (b === 0xf0) low = 0x90;
			if (b === 0xf4) high = 0x8f;
		} else return false;
		for (let k = 1; k <= need; k++) {
			if (i + k >= n) return !complete;
			const c = bytes[i + k];
			if (c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return false;
		}
		i += need + 1;
	}
	return true;
}

/**
 * True when the non-ASCII bytes read as GB18030 characters, and mostly as common hanzi (both
 * bytes 0xA1–0xFE, the GB2312 block). Windows-1252 text rarely passes: its accented letters are
 * followed by ASCII bytes, which GBK allows as a trail byte but the common block does not.
 * @example isPlausibleGb18030(Uint8Array.of(0x63, 0x61, 0x66, 0xe9, 0x2c)) // → false (café,)
 */
export function isPlausibleGb18030(bytes: Uint8Array, complete = true): boolean {
	const n = bytes.length;
	let characters = 0;
	let common = 0;
	let bad = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i];
		if (b < 0x80) continue;
		if (b === 0x80 || b === 0xff) {
			bad++;
			continue;
		}
		if (i + 1 >= n) {
			if (complete) bad++;
			break;
		}
		const t = bytes[i + 1];
		if (t >= 0x30 && t <= 0x39) {
			// Four-byte sequence: lead, 0x30–0x39, 0x81–0xFE, 0x30–0x39.
			if (i + 3 >= n) {
				if (complete) bad++;
				break;
			}
			const t2 = bytes[i + 2];
			const t3 = bytes[i + 3];
			if (t2 >= 0x81 && t2 <= 0xfe && t3 >= 0x30 && t3 <= 0x39) {
				characters++;
				i += 3;
			} else bad++;
		} else if ((t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfe)) {
			characters++;
			if (b >= 0xa1 && t >= 0xa1) common++;
			i++;
		} else bad++;
	}
	if (characters === 0) return false;
	return bad <= characters * 0.02 && common >= characters * 0.6;
}

/**
 * A decoder for an encoding; never throws on bad bytes (they become U+FFFD). A BOM that matches
 * the encoding is dropped. Always call `decode(bytes, { stream: true })` and flush with
 * `decode()`: besides keeping characters split between chunks whole, this avoids Node 20's
 * one-shot Windows-1252 fast path, which decodes 0x80–0x9F as C1 controls instead of € etc.
 * @example createDecoder('gb18030').decode(Uint8Array.of(0xc4, 0xe3), { stream: true }) // → '你'
 */
export function createDecoder(encoding: Encoding): TextDecoder {
	return new TextDecoder(encoding, { fatal: false });
}

/**
 * All of some bytes as text, through the streaming path (see `createDecoder`). With `complete`
 * false, a character cut at the end is left out instead of becoming U+FFFD.
 * @example decodeText('windows-1252', Uint8Array.of(0x80, 0x35)) // → '€5'
 */
export function decodeText(encoding: Encoding, bytes: Uint8Array, complete = true): string {
	const decoder = createDecoder(encoding);
	const text = decoder.decode(bytes, { stream: true });
	return complete ? text + decoder.decode() : text;
}
