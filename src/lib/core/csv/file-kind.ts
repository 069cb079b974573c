/**
 * What a file is, told from its first bytes before any decoding: images, PDFs, Office files
 * (ZIP containers told apart by the names of their entries, and the old OLE format), archives,
 * JSON, HTML or XML, and binary data. Text tables (CSV, TSV, UTF-16 with or without a BOM) give
 * null: go on and read them.
 */
import type { ImportMessageCode } from './messages';

/** Kinds of files that are not a table of text, as the message code that names each. */
export type FileKindCode = Extract<ImportMessageCode, `file_${string}`>;

const startsWith = (bytes: Uint8Array, signature: number[], at = 0): boolean =>
	signature.every((b, i) => bytes[at + i] === b);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** Names of the entries of a ZIP whose headers lie in the bytes (local and central directory). */
function zipEntryNames(bytes: Uint8Array): string[] {
	const names: string[] = [];
	const n = bytes.length;
	for (let i = 0; i + 46 <= n && names.length < 200; i++) {
		if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b) continue;
		let nameAt = -1;
		let length = 0;
		if (bytes[i + 2] === 3 && bytes[i + 3] === 4) {
			length = bytes[i + 26] | (bytes[i + 27] << 8);
			nameAt = i + 30;
		} else if (bytes[i + 2] === 1 && bytes[i + 3] === 2) {
			length = bytes[i + 28] | (bytes[i + 29] << 8);
			nameAt = i + 46;
		}
		if (nameAt < 0 || nameAt + length > n) continue;
		let name = '';
		for (let k = nameAt; k < nameAt + length; k++) name += String.fromCharCode(bytes[k]);
		names.push(name);
	}
	return names;
}

/** UTF-16 text without a BOM: NUL in every other byte, on one side only. */
function looksUtf16(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, 4096) & ~1;
	if (n < 4) return false;
	let evenNul = 0;
	let oddNul = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenNul++;
		if (bytes[i + 1] === 0) oddNul++;
	}
	const pairs = n / 2;
	return (
		(oddNul > pairs * 0.3 && evenNul < pairs * 0.05) ||
		(evenNul > pairs * 0.3 && oddNul < pairs * 0.05)
	);
}

/**
 * Which endianness UTF-16 text without a BOM has, or null when the bytes do not look like it.
 * @example utf16WithoutBom(Uint8Array.of(0x61, 0, 0x2c, 0, 0x62, 0)) // → 'utf-16le'
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	if (!looksUtf16(bytes)) return null;
	let oddNul = 0;
	const n = Math.min(bytes.length, 4096) & ~1;
	for (let i = 1; i < n; i += 2) if (bytes[i] === 0) oddNul++;
	return oddNul > n / 4 ? 'utf-16le' : 'utf-16be';
}

/** First byte that is not ASCII whitespace or a UTF-8 BOM, or −1. */
function firstVisible(bytes: Uint8Array): number {
	let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
	while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i])) i++;
	return i < bytes.length ? i : -1;
}

/**
 * What the first bytes of a file say it is when it is not a table of text, or null.
 * @example detectFileKind(Uint8Array.of(0x25, 0x50, 0x44, 0x46, 0x2d)) // → 'file_pdf'
 * @example detectFileKind(new TextEncoder().encode('id,date\nA,2024-01-05\n')) // → null
 */
export function detectFileKind(bytes: Uint8Array): FileKindCode | null {
	if (
		startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
		startsWith(bytes, [0xff, 0xd8, 0xff]) ||
		startsWith(bytes, ascii('GIF8')) ||
		(startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) ||
		startsWith(bytes, ascii('BM')) ||
		startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
		startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])
	) {
		// BMP ('BM') also starts some text; only call it an image with binary bytes after.
		if (!startsWith(bytes, ascii('BM')) || hasNul(bytes)) return 'file_image';
	}
	if (startsWith(bytes, ascii('%PDF'))) return 'file_pdf';
	// OLE2 compound file: an Excel 97–2003 .xls (or a password-protected workbook).
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'file_xls';
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
		// An .xlsx is read through its own adapter; this code is for one it could not open.
		const names = zipEntryNames(bytes);
		if (names.some((name) => name.startsWith('xl/'))) return 'file_excel';
		if (names.some((name) => name.startsWith('word/'))) return 'file_word';
		if (names[0] === 'mimetype' && textIncludes(bytes, 'opendocument.spreadsheet'))
			return 'file_ods';
		return 'file_archive';
	}
	if (startsWith(bytes, [0x1f, 0x8b])) return 'file_gzip';
	if (startsWith(bytes, ascii('7z')) || startsWith(bytes, ascii('Rar!'))) {
		if (hasNul(bytes)) return 'file_archive';
	}
	if (bytes.length === 0) return 'file_empty';
	if (looksUtf16(bytes)) return null;
	if (startsWith(bytes, ascii('SQLite format 3\0'))) return 'file_sqlite';
	if (isMedia(bytes)) return 'file_media';
	if (hasNul(bytes)) return 'file_binary';
	const first = firstVisible(bytes);
	if (first < 0) return 'file_empty';
	const c = bytes[first];
	if (c === 0x7b) return 'file_json'; // {
	if (c === 0x5b) {
		// [ followed by {, [, " or ]: JSON; a header like "[id],[date]" stays a table.
		let k = first + 1;
		while (k < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[k])) k++;
		if ([0x7b, 0x5b, 0x22, 0x5d].includes(bytes[k])) return 'file_json';
	}
	if (c === 0x3c) return 'file_markup'; // <
	return null;
}

/** Audio or video: MP3 (ID3 or a frame sync), MP4/MOV, WAV, AVI, Ogg, FLAC, Matroska/WebM. */
function isMedia(bytes: Uint8Array): boolean {
	return (
		startsWith(bytes, ascii('ID3')) ||
		(bytes[0] === 0xff && [0xfb, 0xfa, 0xf3, 0xf2].includes(bytes[1]) && hasNul(bytes)) ||
		startsWith(bytes, ascii('ftyp'), 4) ||
		(startsWith(bytes, ascii('RIFF')) &&
			(startsWith(bytes, ascii('WAVE'), 8) || startsWith(bytes, ascii('AVI '), 8))) ||
		startsWith(bytes, ascii('OggS')) ||
		startsWith(bytes, ascii('fLaC')) ||
		startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])
	);
}

/** Whether ASCII `text` occurs in the first 4 kB. */
function textIncludes(bytes: Uint8Array, text: string): boolean {
	const head = bytes.subarray(0, 4096);
	let found = false;
	for (
		let i = head.indexOf(text.charCodeAt(0));
		i >= 0 && !found;
		i = head.indexOf(text.charCodeAt(0), i + 1)
	) {
		found = startsWith(head, ascii(text), i);
	}
	return found;
}

function hasNul(bytes: Uint8Array): boolean {
	return bytes.subarray(0, 65_536).includes(0);
}
