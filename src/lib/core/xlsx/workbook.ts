/**
 * The parts of an .xlsx workbook a sheet's values depend on: the sheet list (workbook.xml and its
 * relationships), the shared strings, which cell styles are dates (styles.xml), and the date
 * system (1900 or 1904).
 */
import { entryBytes, zipEntries } from './zip';
import type { ZipEntry } from './zip';

/** One worksheet, as the workbook lists it. */
export interface SheetInfo {
	name: string;
	/** Path of its XML inside the ZIP (`xl/worksheets/sheet1.xml`). */
	path: string;
	hidden: boolean;
	/** Uncompressed size of its XML, a hint of how many rows it holds. */
	xmlBytes: number;
}

/** An opened workbook: everything but the sheets' cells, which are read as a stream. */
export interface Workbook {
	bytes: Uint8Array;
	entries: Map<string, ZipEntry>;
	sheets: SheetInfo[];
	sharedStrings: string[];
	/** For each cell style index (`s="…"`), whether its number format shows a date. */
	dateStyles: boolean[];
	epoch: 1900 | 1904;
}

const XML_ENTITIES: Record<string, string> = {
	lt: '<',
	gt: '>',
	amp: '&',
	quot: '"',
	apos: "'"
};

/**
 * XML text → its characters: entities, character references, and OOXML's `_xHHHH_` escapes.
 * @example xmlText('a &amp; b_x000D_') // → 'a & b\r'
 */
export function xmlText(text: string): string {
	if (text.indexOf('&') < 0 && text.indexOf('_x') < 0) return text;
	return text
		.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
			if (name[0] !== '#') return XML_ENTITIES[name] ?? whole;
			const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		})
		.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Value of attribute `name` in the attribute text of a tag, or null. */
export function attribute(tag: string, name: string): string | null {
	let pattern = ATTRIBUTES.get(name);
	if (!pattern) {
		pattern = new RegExp(`(?:^|\\s)${name}="([^"]*)"`);
		ATTRIBUTES.set(name, pattern);
	}
	const match = pattern.exec(tag);
	return match ? xmlText(match[1]) : null;
}

/** The pattern of each attribute name read so far (a sheet reads `r`, `t` and `s` per cell). */
const ATTRIBUTES = new Map<string, RegExp>();

/**
 * The text of a string item (`<si>` or `<is>`): its `<t>` runs joined, phonetic runs left out.
 * @example stringItem('<r><t>a</t></r><r><t xml:space="preserve"> b</t></r>') // → 'a b'
 */
export function stringItem(inner: string): string {
	const body = inner.indexOf('<rPh') >= 0 ? inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : inner;
	let text = '';
	for (const match of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += match[1];
	return xmlText(text);
}

/** Built-in number formats that show a date (14–17, 22; the CJK ones 27–36 and 50–58). */
const BUILT_IN_DATES = new Set([
	14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58
]);

/**
 * Whether a number format code shows a date: after quoted text, escapes and bracketed parts
 * (colours, locales, `[h]`) are dropped, it still has a day or year part.
 * @example isDateFormat('yyyy"年"m"月"d"日"') // → true
 * @example isDateFormat('#,##0.00 "days"') // → false
 */
export function isDateFormat(code: string): boolean {
	const bare = code
		.replace(/"[^"]*"/g, '')
		.replace(/\\./g, '')
		.replace(/\[[^\]]*\]/g, '');
	return /[dy]/i.test(bare);
}

function text(entries: Map<string, ZipEntry>, bytes: Uint8Array, path: string): string {
	const entry = entries.get(path);
	return entry ? unprefixed(new TextDecoder().decode(entryBytes(bytes, entry))) : '';
}

/** A namespace prefix on the root element (`<x:worksheet`), as some .NET writers put everywhere. */
const ROOT_PREFIX = /^(?:<\?[^>]*>\s*)?<([A-Za-z][\w.-]*):/;

/**
 * XML whose elements carry a namespace prefix (`<x:row>`, written by the OpenXML SDK and some
 * ERP exports) with the prefixes dropped, so the reader's plain names match; other XML as is.
 * @example unprefixed('<x:sst><x:si><x:t>a</x:t></x:si></x:sst>') // → '<sst><si><t>a</t></si></sst>'
 */
export function unprefixed(xml: string, prefix = ROOT_PREFIX.exec(xml)?.[1]): string {
	if (!prefix) return xml;
	return xml.replaceAll(`<${prefix}:`, '<').replaceAll(`</${prefix}:`, '</');
}

/** The element prefix of an XML document's root, from its first bytes, or undefined. */
export function rootPrefix(xml: string): string | undefined {
	return ROOT_PREFIX.exec(xml)?.[1];
}

/** `xl/worksheets/sheet1.xml` from a relationship target, relative to `xl/` or absolute. */
function partPath(target: string): string {
	if (target.startsWith('/')) return target.slice(1);
	const parts = ['xl'];
	for (const piece of target.split('/')) {
		if (piece === '..') parts.pop();
		else if (piece !== '.') parts.push(piece);
	}
	return parts.join('/');
}

/**
 * Open an .xlsx held in memory; null when it is not a ZIP with a workbook part (another ZIP, a
 * binary .xlsb, an .xls).
 * @example openWorkbook(bytes)?.sheets.map((s) => s.name) // → ['Orders', 'Notes']
 */
export function openWorkbook(bytes: Uint8Array): Workbook | null {
	const entries = zipEntries(bytes);
	if (!entries?.has('xl/workbook.xml')) return null;
	const workbookXml = text(entries, bytes, 'xl/workbook.xml');
	const targets = new Map<string, string>();
	for (const [, tag] of text(entries, bytes, 'xl/_rels/workbook.xml.rels').matchAll(
		/<Relationship\b([^>]*)>/g
	)) {
		const id = attribute(tag, 'Id');
		const target = attribute(tag, 'Target');
		if (id && target && /worksheet$/.test(attribute(tag, 'Type') ?? '')) {
			targets.set(id, partPath(target));
		}
	}
	const sheets: SheetInfo[] = [];
	for (const [, tag] of workbookXml.matchAll(/<sheet\b([^>]*)>/g)) {
		const path = targets.get(attribute(tag, 'r:id') ?? '');
		const entry = path ? entries.get(path) : undefined;
		if (!path || !entry) continue;
		const name = attribute(tag, 'name') ?? path;
		sheets.push({
			name,
			path,
			hidden: (attribute(tag, 'state') ?? 'visible') !== 'visible',
			xmlBytes: entry.size
		});
	}
	const sharedStrings: string[] = [];
	for (const [, inner] of text(entries, bytes, 'xl/sharedStrings.xml').matchAll(
		/<si>([\s\S]*?)<\/si>|<si\/>/g
	)) {
		sharedStrings.push(inner === undefined ? '' : stringItem(inner));
	}
	const workbookPr = /<workbookPr\b([^>]*)>/.exec(workbookXml)?.[1] ?? '';
	const date1904 = attribute(workbookPr, 'date1904');
	return {
		bytes,
		entries,
		sheets,
		sharedStrings,
		dateStyles: dateStyles(text(entries, bytes, 'xl/styles.xml')),
		epoch: date1904 === '1' || date1904 === 'true' ? 1904 : 1900
	};
}

/** For each `<xf>` of `<cellXfs>`, whether its number format shows a date. */
function dateStyles(styles: string): boolean[] {
	const custom = new Map<number, string>();
	for (const [, tag] of styles.matchAll(/<numFmt\b([^>]*)>/g)) {
		custom.set(Number(attribute(tag, 'numFmtId')), attribute(tag, 'formatCode') ?? '');
	}
	const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
	const result: boolean[] = [];
	for (const [, tag] of cellXfs.matchAll(/<xf\b([^>]*)>/g)) {
		const id = Number(attribute(tag, 'numFmtId') ?? 0);
		const code = custom.get(id);
		result.push(code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id));
	}
	return result;
}
