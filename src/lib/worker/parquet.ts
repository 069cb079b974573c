/**
 * Parquet input (issue 14): a Parquet file is turned, row group by row group, into the delimited
 * text every importer already reads — transactions, customer summaries and scored customers —
 * so every mapping role, check and report applies unchanged. Read with hyparquet and its
 * compressors (snappy, gzip, zstd, brotli); README "Parquet" says why this reader.
 *
 * Types arrive as the text a warehouse CSV export would hold: DATE as `YYYY-MM-DD`, TIMESTAMP as
 * `YYYY-MM-DD HH:MM:SS` (its wall-clock time: UTC for UTC-adjusted timestamps), DECIMAL as its
 * exact digits (`toFixed(scale)` of hyparquet's correctly rounded double: exact while the
 * unscaled value is below 2^53), integers and doubles as JavaScript writes them.
 */
import { parquetMetadataAsync, parquetRead, parquetSchema } from 'hyparquet';
import type { AsyncBuffer, FileMetaData, SchemaElement } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { isoFromDay } from '$lib/core/calendar';
import { isParquet } from './parquet-magic';

const DAY_MILLIS = 86_400_000;

export { isParquet };

type CellKind =
	{ kind: 'date' } | { kind: 'timestamp' } | { kind: 'decimal'; scale: number } | { kind: 'plain' };

/** How a top-level column's values become text. */
export function cellKind(element: SchemaElement): CellKind {
	const logical = element.logical_type;
	if (logical?.type === 'DATE' || element.converted_type === 'DATE') return { kind: 'date' };
	if (
		logical?.type === 'TIMESTAMP' ||
		element.converted_type === 'TIMESTAMP_MILLIS' ||
		element.converted_type === 'TIMESTAMP_MICROS' ||
		element.type === 'INT96'
	)
		return { kind: 'timestamp' };
	if (logical?.type === 'DECIMAL') return { kind: 'decimal', scale: logical.scale };
	if (element.converted_type === 'DECIMAL') return { kind: 'decimal', scale: element.scale ?? 0 };
	return { kind: 'plain' };
}

/**
 * One value as CSV text (quoted when it holds a comma, quote or line break; null → empty).
 * Dates come in as day numbers and timestamps as epoch milliseconds (see `PARSERS`).
 * @example cellText(19727, { kind: 'date' }) // → '2024-01-05'
 * @example cellText(1704457800000, { kind: 'timestamp' }) // → '2024-01-05 12:30:00'
 * @example cellText(123.45, { kind: 'decimal', scale: 2 }) // → '123.45'
 * @example cellText('a,b', { kind: 'plain' }) // → '"a,b"'
 */
export function cellText(value: unknown, kind: CellKind): string {
	if (value === null || value === undefined) return '';
	if (kind.kind === 'date') return isoFromDay(Number(value));
	if (kind.kind === 'timestamp') {
		const millis = Number(value);
		const day = Math.floor(millis / DAY_MILLIS);
		const seconds = Math.floor((millis - day * DAY_MILLIS) / 1000);
		const pad = (n: number) => String(n).padStart(2, '0');
		const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
		return `${isoFromDay(day)} ${time}`;
	}
	if (kind.kind === 'decimal') return Number(value).toFixed(Math.min(kind.scale, 100));
	const text = value instanceof Uint8Array ? new TextDecoder().decode(value) : String(value);
	return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/** Dates as day numbers and timestamps as epoch milliseconds, so no time zone ever applies. */
const PARSERS = {
	dateFromDays: (days: number) => days,
	timestampFromMilliseconds: (millis: bigint) => Number(millis),
	timestampFromMicroseconds: (micros: bigint) => Number(micros / 1000n),
	timestampFromNanoseconds: (nanos: bigint) => Number(nanos / 1_000_000n)
};

function asyncBuffer(file: Blob): AsyncBuffer {
	return { byteLength: file.size, slice: (start, end) => file.slice(start, end).arrayBuffer() };
}

/**
 * A Parquet file as CSV text pieces: the header, then one piece per row group (each read,
 * decompressed and converted on its own, so memory holds one row group of values at a time).
 */
export async function parquetAsCsv(
	file: Blob,
	onRowGroup: (rowsDone: number, rowsTotal: number) => void = () => undefined
): Promise<Blob> {
	const buffer = asyncBuffer(file);
	const metadata: FileMetaData = await parquetMetadataAsync(buffer, { parsers: PARSERS });
	const columns = parquetSchema(metadata).children.filter((c) => c.children.length === 0);
	const names = columns.map((c) => c.element.name);
	const kinds = columns.map((c) => cellKind(c.element));
	const pieces: string[] = [names.map((n) => cellText(n, { kind: 'plain' })).join(',') + '\n'];
	const total = Number(metadata.num_rows);
	let rowStart = 0;
	for (const group of metadata.row_groups) {
		const rowEnd = rowStart + Number(group.num_rows);
		await parquetRead({
			file: buffer,
			metadata,
			columns: names,
			rowStart,
			rowEnd,
			compressors,
			parsers: PARSERS,
			rowFormat: 'array',
			onComplete: (rows: unknown[][]) => {
				const lines: string[] = [];
				for (const row of rows) lines.push(row.map((v, i) => cellText(v, kinds[i])).join(','));
				pieces.push(lines.join('\n') + '\n');
			}
		});
		rowStart = rowEnd;
		onRowGroup(rowStart, total);
	}
	return new Blob(pieces, { type: 'text/csv' });
}

let converted: { key: string; file: File } | null = null;

/**
 * The file as delimited text: itself unless it is Parquet, else its CSV conversion under the
 * same name (kept for the last Parquet file, so the sniff and the import convert it once).
 */
export async function asDelimitedText(file: File): Promise<File>;
export async function asDelimitedText(file: Blob): Promise<Blob>;
export async function asDelimitedText(file: Blob): Promise<Blob> {
	if (!(await isParquet(file))) return file;
	const name = file instanceof File ? file.name : 'data.parquet';
	const key = `${name}|${file.size}|${file instanceof File ? file.lastModified : 0}`;
	if (converted?.key !== key) {
		const csv = await parquetAsCsv(file);
		converted = { key, file: new File([csv], name, { type: 'text/csv' }) };
	}
	return converted.file;
}
