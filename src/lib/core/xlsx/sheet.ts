/**
 * A worksheet's XML → CSV text, as a stream: the sheet is inflated and scanned slice by slice,
 * and each complete `<row>` becomes one CSV line (quoted where needed), so the CSV importer reads
 * a workbook exactly like a CSV file. Row N of the sheet is line N of the CSV (missing rows are
 * blank lines), so the import report's line numbers are the sheet's row numbers.
 */
import { isoFromDay } from '../calendar';
import { dayFromExcelSerial } from '../csv/dates';
import type { Workbook } from './workbook';
import { attribute, rootPrefix, stringItem, unprefixed, xmlText } from './workbook';
import { entrySlices } from './zip';

/** Column index (0-based) of a cell reference's letters: `A1` → 0, `AB7` → 27. */
function columnOf(ref: string): number {
	let column = 0;
	for (let i = 0; i < ref.length; i++) {
		const c = ref.charCodeAt(i);
		if (c < 65 || c > 90) break;
		column = column * 26 + (c - 64);
	}
	return column - 1;
}

/**
 * A number cell as text: a calendar date (`2024-01-05`, with the time when there is one) when its
 * style is a date, else the shortest decimal that reads back as the same double.
 * @example numberText('45296', true, 1900) // → '2024-01-05'
 * @example numberText('0.30000000000000004', false, 1900) // → '0.30000000000000004'
 */
export function numberText(value: string, isDate: boolean, epoch: 1900 | 1904): string {
	const number = Number(value);
	if (value === '' || !Number.isFinite(number)) return value;
	if (!isDate) return String(number);
	const day = dayFromExcelSerial(number, epoch);
	if (Number.isNaN(day)) return String(number);
	const seconds = Math.round((number - Math.floor(number)) * 86_400);
	if (seconds === 0 || seconds === 86_400) return isoFromDay(day);
	const pad = (n: number) => String(n).padStart(2, '0');
	const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
	return `${isoFromDay(day)} ${time}`;
}

/**
 * An attribute of a cell tag whose value needs no unescaping (`r`, `t`, `s`): found with
 * `indexOf`, as the scan reads three per cell.
 */
function cellAttribute(tag: string, name: 'r' | 't' | 's'): string | null {
	const key = ` ${name}="`;
	const at = tag.indexOf(key);
	if (at < 0) return null;
	const end = tag.indexOf('"', at + 4);
	return end < 0 ? null : tag.slice(at + 4, end);
}

/** A CSV field: quoted when it holds a comma, a quote or a line break. */
function csvField(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/**
 * Turns a sheet's XML, given in pieces, into CSV lines.
 * @example
 * const reader = new SheetReader(workbook);
 * reader.push('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row>');
 * // → 'id\n'
 */
export class SheetReader {
	private readonly workbook: Workbook;
	private rest = '';
	/** Sheet row number of the last line written. */
	private lastRow = 0;
	private readonly cells: string[] = [];
	/** Namespace prefix of the sheet's elements ('' for none), once known. */
	private prefix: string | null = null;
	/** Text of each date serial seen (as written in the XML). */
	private readonly dates = new Map<string, string>();

	constructor(workbook: Workbook) {
		this.workbook = workbook;
	}

	/** The CSV lines of the rows completed by this piece of XML. */
	push(xml: string): string {
		// The root's prefix (if any), seen in the first piece, is dropped from every element.
		if (this.prefix === null) this.prefix = rootPrefix(this.rest + xml) ?? '';
		// Unprefix after joining, so a tag split between two pieces (`<x` | `:row`) is caught too.
		const text = this.prefix ? unprefixed(this.rest + xml, this.prefix) : this.rest + xml;
		// Rows end at the last `</row>`; empty rows (`<row r="5"/>`) write nothing anyway.
		const cut = text.lastIndexOf('</row>');
		if (cut < 0) {
			this.rest = text;
			return '';
		}
		this.rest = text.slice(cut + 6);
		return this.rows(text.slice(0, cut + 6));
	}

	/** Whatever complete rows remain at the end of the XML. */
	finish(): string {
		const out = this.rows(this.rest);
		this.rest = '';
		return out;
	}

	private rows(xml: string): string {
		let out = '';
		for (const match of xml.matchAll(ROW)) {
			const inner = match[2];
			if (!inner) continue;
			const r = Number(attribute(match[1], 'r') ?? this.lastRow + 1);
			const row = Number.isFinite(r) && r > this.lastRow ? r : this.lastRow + 1;
			const line = this.line(inner);
			if (line === null) continue;
			out += '\n'.repeat(row - this.lastRow - 1) + line + '\n';
			this.lastRow = row;
		}
		return out;
	}

	/** One row's cells as a CSV line, or null when every cell is empty. */
	private line(inner: string): string | null {
		const cells = this.cells;
		cells.length = 0;
		let next = 0;
		let any = false;
		for (const match of inner.matchAll(CELL)) {
			const tag = match[1];
			const ref = cellAttribute(tag, 'r');
			const column = ref ? columnOf(ref) : next;
			const value = this.value(tag, match[2] ?? '');
			next = Math.max(next, column) + 1;
			if (value === '') continue;
			while (cells.length < column) cells.push('');
			cells[column] = csvField(value);
			any = true;
		}
		return any ? cells.join(',') : null;
	}

	private value(tag: string, inner: string): string {
		const type = cellAttribute(tag, 't') ?? 'n';
		if (type === 'inlineStr') {
			const is = /<is>([\s\S]*?)<\/is>/.exec(inner);
			return is ? stringItem(is[1]) : '';
		}
		const from = inner.indexOf('<v>');
		const to = from < 0 ? -1 : inner.indexOf('</v>', from);
		if (to < 0) return '';
		const v = inner.slice(from + 3, to);
		switch (type) {
			case 's':
				return this.workbook.sharedStrings[Number(v)] ?? '';
			case 'str':
			case 'd':
				return xmlText(v);
			case 'b':
				return v === '1' ? 'TRUE' : 'FALSE';
			case 'e':
				return '';
			default: {
				const style = Number(cellAttribute(tag, 's') ?? 0);
				if (!(this.workbook.dateStyles[style] ?? false)) return numberText(v.trim(), false, 1900);
				// Dates repeat: each serial's text is made once.
				let text = this.dates.get(v);
				if (text === undefined) {
					text = numberText(v.trim(), true, this.workbook.epoch);
					if (this.dates.size < 100_000) this.dates.set(v, text);
				}
				return text;
			}
		}
	}
}

/**
 * A sheet as UTF-8 CSV bytes, in pieces of roughly a megabyte of compressed XML each.
 * @example for (const bytes of sheetCsv(workbook, 0)) importer.push(bytes);
 */
export function* sheetCsv(workbook: Workbook, sheet: number): Generator<Uint8Array> {
	const info = workbook.sheets[sheet];
	const entry = info ? workbook.entries.get(info.path) : undefined;
	if (!entry) return;
	const decoder = new TextDecoder();
	const encoder = new TextEncoder();
	const reader = new SheetReader(workbook);
	for (const slice of entrySlices(workbook.bytes, entry)) {
		const csv = reader.push(decoder.decode(slice, { stream: true }));
		if (csv) yield encoder.encode(csv);
	}
	const last = reader.push(decoder.decode()) + reader.finish();
	if (last) yield encoder.encode(last);
}
