/**
 * Just enough PDF reading to check what Chromium printed: the page count and the document
 * outline (bookmarks, one per heading when printed with `outline: true`). Streams are inflated
 * with node:zlib; outline titles are PDF text strings, literal `(…)` or UTF-16BE hex `<FEFF…>`.
 */
import { inflateSync } from 'node:zlib';

/** The raw bytes of a PDF with every Flate stream inflated in place (as latin1 text). */
function expanded(pdf: Buffer): string {
	const text = pdf.toString('latin1');
	const parts: string[] = [];
	const stream = /stream\r?\n/g;
	let last = 0;
	let match: RegExpExecArray | null;
	while ((match = stream.exec(text))) {
		const start = match.index + match[0].length;
		const end = text.indexOf('endstream', start);
		if (end < 0) break;
		parts.push(text.slice(last, start));
		const body = pdf.subarray(start, end);
		try {
			parts.push(inflateSync(body).toString('latin1'));
		} catch {
			parts.push(text.slice(start, end));
		}
		last = end;
		stream.lastIndex = end;
	}
	parts.push(text.slice(last));
	return parts.join('');
}

function decodeString(raw: string): string {
	if (raw.startsWith('<')) {
		const hex = raw.slice(1, -1).replace(/\s/g, '');
		const bytes = Buffer.from(hex, 'hex');
		if (bytes[0] === 0xfe && bytes[1] === 0xff)
			return bytes.subarray(2).swap16().toString('utf16le');
		return bytes.toString('latin1');
	}
	const body = raw.slice(1, -1).replace(/\\([()\\])/g, '$1');
	const bytes = Buffer.from(body, 'latin1');
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
	return body;
}

/** Number of pages and the outline's titles of a PDF. */
export function readPdf(pdf: Buffer): { pages: number; outline: string[] } {
	const text = expanded(pdf);
	const pages = text.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
	const outline = [...text.matchAll(/\/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/g)].map((m) =>
		decodeString(m[1])
	);
	return { pages, outline };
}
