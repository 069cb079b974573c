/**
 * Headers that read as mojibake: the header line's bytes say another encoding than the chosen one
 * would read them as intended (UTF-8 read as Windows-1252 or GBK, GBK read as UTF-8 or
 * Windows-1252), or the text itself was saved twice (UTF-8 read as Windows-1252, then saved as
 * UTF-8 again), which no encoding choice can undo.
 */
import { isPlausibleGb18030, isUtf8 } from './encoding';
import type { Encoding } from './encoding';
import type { ImportMessage } from './messages';

/** Windows-1252's characters at bytes 0x80–0x9F (undefined ones decode to their C1 code point). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The Windows-1252 bytes of a text, or null when a character has none. */
function windows1252Bytes(text: string): Uint8Array | null {
	const bytes = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		// C1 code points too: some decoders leave 0x80–0x9F as themselves.
		if (c <= 0xff) bytes[i] = c;
		else {
			const k = CP1252_HIGH.indexOf(text[i]);
			if (k < 0) return null;
			bytes[i] = 0x80 + k;
		}
	}
	return bytes;
}

const hasHighBytes = (bytes: Uint8Array): boolean => bytes.some((b) => b >= 0x80);

/**
 * A message when the header looks like mojibake in `encoding`: `header_mojibake` with the
 * encoding that reads it right (`params.encoding`), or `header_double_encoded`; else null.
 * `bytes` are the file's first bytes, `headerText` the header line as decoded.
 * @example headerEncodingHint(new TextEncoder().encode('客户,日期\n'), 'windows-1252', 'å®¢æˆ·,æ—¥æœŸ')
 * // → { code: 'header_mojibake', params: { encoding: 'utf-8' } }
 */
export function headerEncodingHint(
	bytes: Uint8Array,
	encoding: Encoding,
	headerText: string
): ImportMessage | null {
	if (encoding === 'utf-16le' || encoding === 'utf-16be') return null;
	const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	let end = bytes.indexOf(10, start);
	if (end < 0) end = Math.min(bytes.length, 65_536);
	const line = bytes.subarray(start, end);
	const suggest = (better: Encoding): ImportMessage => ({
		code: 'header_mojibake',
		params: { encoding: better }
	});
	if (hasHighBytes(line)) {
		const utf8 = isUtf8(line, end < bytes.length);
		if (encoding !== 'utf-8' && utf8) return suggest('utf-8');
		const gbk = isPlausibleGb18030(line, end < bytes.length);
		if (encoding === 'utf-8' && !utf8) return suggest(gbk ? 'gb18030' : 'windows-1252');
		if (encoding === 'windows-1252' && gbk) return suggest('gb18030');
		if (encoding === 'gb18030' && !gbk) return suggest('windows-1252');
	}
	if (encoding === 'utf-8') {
		const again = windows1252Bytes(headerText);
		if (again && hasHighBytes(again) && isUtf8(again)) {
			return { code: 'header_double_encoded', params: {} };
		}
	}
	return null;
}
