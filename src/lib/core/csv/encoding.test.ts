import { describe, expect, it } from 'vitest';
import { createDecoder, decodeText, detectEncoding, isPlausibleGb18030, isUtf8 } from './encoding';
import { encodeGbk } from './gbk.fixture';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean): Uint8Array {
	const bytes = [littleEndian ? 0xff : 0xfe, littleEndian ? 0xfe : 0xff];
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (littleEndian) bytes.push(code & 0xff, code >> 8);
		else bytes.push(code >> 8, code & 0xff);
	}
	return Uint8Array.from(bytes);
}

/** Windows-1252 bytes of Latin-1 text plus €. */
function windows1252(text: string): Uint8Array {
	return Uint8Array.from([...text].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))));
}

const CHINESE = '客户ID,下单时间,实付金额\n会员001,2024年1月5日,￥12.50\n张三,2024年1月6日,8元\n';
const FRENCH = 'client,date,montant\nCafé Müller,05/01/2024,12,50 €\nÉlodie Dupré,06/01/2024,8 €\n';

describe('detectEncoding', () => {
	it.each([
		['UTF-8 with BOM', Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(CHINESE)), 'utf-8', 'bom'],
		['UTF-8 without BOM', utf8(CHINESE), 'utf-8', 'utf8_valid'],
		['ASCII', utf8('id,date\n1,2024-01-05\n'), 'utf-8', 'utf8_valid'],
		['UTF-16 LE with BOM', utf16(CHINESE, true), 'utf-16le', 'bom'],
		['UTF-16 BE with BOM', utf16(CHINESE, false), 'utf-16be', 'bom'],
		['GBK', encodeGbk(CHINESE), 'gb18030', 'gb18030_plausible'],
		[
			'GB18030 four-byte 𠀀',
			Uint8Array.of(...encodeGbk('名字\n'), 0x95, 0x32, 0x82, 0x36, 0x0a),
			'gb18030',
			'gb18030_plausible'
		],
		['Windows-1252', windows1252(FRENCH), 'windows-1252', 'fallback'],
		['Windows-1252 € (0x80)', windows1252('total\n€5\n€7\n'), 'windows-1252', 'fallback'],
		['empty', new Uint8Array(0), 'utf-8', 'utf8_valid']
	])('%s', (_, bytes, encoding, reason) => {
		expect(detectEncoding(bytes)).toEqual({ encoding, reason });
	});

	it('a character cut at the end of a partial sample does not spoil UTF-8', () => {
		const bytes = utf8('名字名字');
		expect(detectEncoding(bytes.subarray(0, 5), false).encoding).toBe('utf-8');
		expect(detectEncoding(bytes.subarray(0, 5), true).encoding).not.toBe('utf-8');
	});
});

describe('isUtf8', () => {
	it.each([
		[[0x61], true],
		[[0xe4, 0xbd, 0xa0], true],
		[[0xf0, 0xa0, 0x80, 0x80], true], // 𠀀
		[[0xc0, 0x80], false], // overlong
		[[0xed, 0xa0, 0x80], false], // surrogate
		[[0xf4, 0x90, 0x80, 0x80], false], // above U+10FFFF
		[[0x80], false],
		[[0xe4, 0xbd], false]
	])('%j → %s', (bytes, valid) => {
		expect(isUtf8(Uint8Array.from(bytes))).toBe(valid);
	});
});

describe('isPlausibleGb18030', () => {
	it('accepts Chinese GBK text and rejects accented Latin text', () => {
		expect(isPlausibleGb18030(encodeGbk('你好，世界'))).toBe(true);
		expect(isPlausibleGb18030(windows1252('café, crème brûlée'))).toBe(false);
		expect(isPlausibleGb18030(utf8('plain ascii'))).toBe(false);
	});
});

describe('createDecoder (streaming)', () => {
	it.each([
		['utf-8', utf8('a名b𠀀c')],
		['gb18030', Uint8Array.of(0x61, ...encodeGbk('名'), 0x95, 0x32, 0x82, 0x36, 0x63)],
		['utf-16le', utf16('a名b', true)],
		['utf-16be', utf16('a名b', false)]
	] as const)('%s: every split point gives the same text', (encoding, bytes) => {
		const whole = createDecoder(encoding).decode(bytes);
		for (let cut = 0; cut <= bytes.length; cut++) {
			const decoder = createDecoder(encoding);
			const text =
				decoder.decode(bytes.subarray(0, cut), { stream: true }) +
				decoder.decode(bytes.subarray(cut), { stream: true }) +
				decoder.decode();
			expect(text).toBe(whole);
		}
		expect(whole).not.toContain('\ufffd');
	});

	it('decodes Windows-1252 0x80 as €, GB18030 0x95328236 as 𠀀, and drops a BOM', () => {
		expect(decodeText('windows-1252', Uint8Array.of(0x80, 0x9f, 0xe9))).toBe('€Ÿé');
		expect(decodeText('gb18030', Uint8Array.of(0x95, 0x32, 0x82, 0x36))).toBe('𠀀');
		expect(decodeText('gb18030', Uint8Array.of(0x80))).toBe('€');
		expect(decodeText('utf-8', Uint8Array.of(0xef, 0xbb, 0xbf, 0x61))).toBe('a');
		expect(decodeText('utf-16le', Uint8Array.of(0xff, 0xfe, 0x61, 0x00))).toBe('a');
	});

	it('leaves a cut character out of an incomplete sample', () => {
		expect(decodeText('utf-8', Uint8Array.of(0x61, 0xe5, 0x90), false)).toBe('a');
	});
});
