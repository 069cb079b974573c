import { describe, expect, it } from 'vitest';
import { detectEncoding } from './encoding';
import { detectFileKind } from './file-kind';
import { headerEncodingHint } from './header-encoding';
import { encodeGbk } from './gbk.fixture';
import { ImportError, messageOfError } from './messages';
import { sniffFile } from './sniff';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const concat = (...parts: Uint8Array[]) => {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
};

/** A ZIP local file header for one entry (only the fields the detector reads are meaningful). */
function zipEntry(name: string): Uint8Array {
	const header = new Uint8Array(30);
	header.set([0x50, 0x4b, 0x03, 0x04]);
	header[26] = name.length & 0xff;
	header[27] = name.length >> 8;
	return concat(header, ascii(name), new Uint8Array(20));
}

/** UTF-16 code units of a text, without a BOM. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
	const out: number[] = [];
	for (const c of text) {
		const code = c.charCodeAt(0);
		out.push(...(littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
	}
	return Uint8Array.from(out);
}

describe('detectFileKind', () => {
	it.each([
		[
			'PNG',
			concat(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), new Uint8Array(40)),
			'file_image'
		],
		['JPEG', concat(bytes(0xff, 0xd8, 0xff, 0xe0), new Uint8Array(40)), 'file_image'],
		['GIF', concat(ascii('GIF89a'), new Uint8Array(40)), 'file_image'],
		[
			'WebP',
			concat(ascii('RIFF'), bytes(1, 2, 3, 4), ascii('WEBPVP8 '), new Uint8Array(20)),
			'file_image'
		],
		['PDF', ascii('%PDF-1.7\n%âãÏÓ\n'), 'file_pdf'],
		['xlsx', concat(zipEntry('[Content_Types].xml'), zipEntry('xl/workbook.xml')), 'file_excel'],
		['docx', concat(zipEntry('[Content_Types].xml'), zipEntry('word/document.xml')), 'file_word'],
		['zip', concat(zipEntry('orders.csv')), 'file_archive'],
		[
			'xls (OLE)',
			concat(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), new Uint8Array(40)),
			'file_xls'
		],
		['gzip', concat(bytes(0x1f, 0x8b, 0x08, 0x00), new Uint8Array(40)), 'file_gzip'],
		[
			'7z',
			concat(ascii('7z'), bytes(0xbc, 0xaf, 0x27, 0x1c, 0, 4), new Uint8Array(40)),
			'file_archive'
		],
		[
			'ods',
			concat(zipEntry('mimetype'), ascii('application/vnd.oasis.opendocument.spreadsheet')),
			'file_ods'
		],
		['SQLite', concat(ascii('SQLite format 3'), new Uint8Array(60)), 'file_sqlite'],
		['MP4', concat(bytes(0, 0, 0, 0x20), ascii('ftypisom'), new Uint8Array(40)), 'file_media'],
		['MP3', concat(ascii('ID3'), bytes(4, 0, 0, 0, 0, 0x21), new Uint8Array(40)), 'file_media'],
		[
			'WAV',
			concat(ascii('RIFF'), bytes(1, 2, 3, 4), ascii('WAVEfmt '), new Uint8Array(20)),
			'file_media'
		],
		['JSON object', ascii('  {"orders": []}'), 'file_json'],
		['JSON array', ascii('[{"id": 1}]'), 'file_json'],
		['HTML', ascii('<!DOCTYPE html><html></html>'), 'file_markup'],
		['binary', concat(ascii('abc'), bytes(0, 1, 2, 0, 0, 3), ascii('def')), 'file_binary'],
		['empty', new Uint8Array(0), 'file_empty'],
		['blank', ascii(' \r\n\n'), 'file_empty']
	])('%s → %s', (_, input, kind) => {
		expect(detectFileKind(input)).toBe(kind);
	});

	it.each([
		['CSV', ascii('id,date,amount\nA,2024-01-05,1\n')],
		['CSV with BOM', concat(bytes(0xef, 0xbb, 0xbf), ascii('id;date\n'))],
		['bracketed header', ascii('[id],[date]\nA,2024-01-05\n')],
		['UTF-16 LE without BOM', utf16('id,date\nA,2024-01-05\n', true)],
		['UTF-16 BE without BOM', utf16('id,date\nA,2024-01-05\n', false)]
	])('%s is a table', (_, input) => {
		expect(detectFileKind(input)).toBeNull();
	});

	it('reads UTF-16 without a BOM in the right byte order', () => {
		expect(detectEncoding(utf16('客户,日期\nA,2024-01-05\n', true)).encoding).toBe('utf-16le');
		expect(detectEncoding(utf16('id,date\nA,2024-01-05\n', false)).encoding).toBe('utf-16be');
		const file = utf16('customer,date,amount\nA,2024-01-05,1\n', true);
		expect(sniffFile(file, file.length).header).toEqual(['customer', 'date', 'amount']);
	});

	it('a sniff of a PDF shows nothing of it', () => {
		const pdf = ascii('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
		const sniff = sniffFile(pdf, pdf.length);
		expect(sniff).toMatchObject({ fileKind: 'file_pdf', header: [], preview: [] });
	});
});

describe('headerEncodingHint', () => {
	const utf8 = (text: string) => new TextEncoder().encode(text);
	const decode = (encoding: string, b: Uint8Array) => new TextDecoder(encoding).decode(b);

	it('UTF-8 read as Windows-1252 → read as UTF-8', () => {
		const file = utf8('客户,日期,金额\nA,2024-01-05,1\n');
		const header = decode('windows-1252', file).split('\n')[0];
		expect(headerEncodingHint(file, 'windows-1252', header)).toEqual({
			code: 'header_mojibake',
			params: { encoding: 'utf-8' }
		});
	});

	it('UTF-8 read as GBK → read as UTF-8', () => {
		const file = utf8('Prénom,Datum,Betrag\n');
		expect(headerEncodingHint(file, 'gb18030', decode('gb18030', file))?.params.encoding).toBe(
			'utf-8'
		);
	});

	it('GBK read as UTF-8 or Windows-1252 → read as GBK', () => {
		const file = encodeGbk('客户编号,下单时间,实付金额\n');
		expect(headerEncodingHint(file, 'utf-8', decode('utf-8', file))?.params.encoding).toBe(
			'gb18030'
		);
		expect(
			headerEncodingHint(file, 'windows-1252', decode('windows-1252', file))?.params.encoding
		).toBe('gb18030');
	});

	it('text converted twice cannot be fixed by an encoding, but is named', () => {
		const once = decode('windows-1252', utf8('Prénom,客户'));
		const file = utf8(once + '\n');
		expect(headerEncodingHint(file, 'utf-8', once)).toEqual({
			code: 'header_double_encoded',
			params: {}
		});
	});

	it('says nothing about headers read right', () => {
		for (const [text, encoding] of [
			['客户,日期', 'utf-8'],
			['Prénom,Datum', 'utf-8'],
			['customer,date', 'windows-1252']
		] as const) {
			expect(headerEncodingHint(utf8(text + '\n'), encoding, text)).toBeNull();
		}
		const gbk = encodeGbk('客户编号,下单时间\n');
		expect(headerEncodingHint(gbk, 'gb18030', '客户编号,下单时间')).toBeNull();
		const latin = Uint8Array.from([...'Prénom,Straße\n'].map((c) => c.charCodeAt(0)));
		expect(headerEncodingHint(latin, 'windows-1252', 'Prénom,Straße')).toBeNull();
	});

	it('the sniff carries the hint', () => {
		const file = utf8('客户,日期,金额\nA,2024-01-05,1\n');
		expect(sniffFile(file, file.length, { encoding: 'windows-1252' }).encodingHint?.code).toBe(
			'header_mojibake'
		);
		expect(sniffFile(file, file.length).encodingHint).toBeNull();
	});
});

describe('messageOfError', () => {
	it.each([
		[new ImportError({ code: 'file_pdf', params: {} }), { code: 'file_pdf', params: {} }],
		[
			Object.assign(new Error('x'), { name: 'DatabaseClosedError' }),
			{ code: 'storage_closed', params: {} }
		],
		[
			new RangeError('Invalid array length'),
			{ code: 'read_failed', params: { name: 'RangeError' } }
		],
		['a string', { code: 'read_failed', params: { name: 'string' } }]
	])('%s → a code, never the English text', (error, message) => {
		expect(messageOfError(error)).toEqual(message);
	});
});
