/**
 * The worker's side of the format adapters (`core/xlsx/source.ts`): sniffing an .xlsx or a text
 * aligned with spaces over its adapted text, and handing the import a file of that text.
 *
 * An .xlsx is read whole into memory (it is compressed: a million rows are tens of megabytes) and
 * its sheet's XML is inflated and scanned slice by slice into CSV, which becomes a Blob the
 * importer reads in slices like any CSV file.
 *
 * The adapters, and the ZIP reader (fflate) under them, load as a chunk of their own on the first
 * sniff (as `./parquet-magic.ts` does for Parquet): the worker's start-up, which a first visit
 * waits for, no longer downloads, compiles and runs them (issue 18).
 */
import type { FileSniff } from '$lib/core/csv';
import type { ImportSource, SourceOverrides, SourceSniff } from '$lib/core/xlsx/source';
import type { Workbook } from '$lib/core/xlsx/workbook';

/** The format adapters, loaded once when a file first needs them. */
const adapters = () => import('$lib/core/xlsx/source');

export type { ImportSource, SourceOverrides };

/** A sheet as the page lists it. */
export interface SheetChoice {
	name: string;
	hidden: boolean;
}

/**
 * When the sniffed bytes are an .xlsx, or a text aligned with spaces, the sniff of their adapted
 * text; null for any other file. `sheet` picks a workbook's sheet (the first visible one by default).
 */
export async function adaptSniff(
	file: Blob,
	bytes: Uint8Array,
	sniffed: FileSniff,
	sheet: number | undefined,
	sampleBytes: number
): Promise<SourceSniff | null> {
	const { isZip, sniffWhitespace, sniffWorkbook } = await adapters();
	if (isZip(bytes) && (sniffed.fileKind === 'file_excel' || sniffed.fileKind === 'file_archive')) {
		const workbook = await workbookOf(file);
		return workbook ? sniffWorkbook(workbook, { sheet }, sampleBytes) : null;
	}
	return sniffWhitespace(sniffed, bytes);
}

/** The sheets of a sniffed workbook, for the page's sheet picker. */
export function sheetChoices(adapted: SourceSniff | null): SheetChoice[] {
	return (adapted?.sheets ?? []).map(({ name, hidden }) => ({ name, hidden }));
}

/**
 * The file the importer reads: the file itself, or (with a source) its sheet as CSV or its
 * aligned text as TSV, under the same name.
 */
export async function adaptedFile(file: File, source: ImportSource | undefined): Promise<File> {
	if (!source) return file;
	const { adaptedBytes } = await adapters();
	const workbook = source.format === 'xlsx' ? await workbookOf(file) : null;
	const whole = workbook?.bytes ?? new Uint8Array(await file.arrayBuffer());
	const parts: BlobPart[] = [];
	for (const piece of adaptedBytes(whole, source, workbook)) {
		parts.push(piece as Uint8Array<ArrayBuffer>);
	}
	opened = null;
	return new File(parts, file.name, { lastModified: file.lastModified });
}

/**
 * The last workbook opened, kept while its file is being previewed: every change of mapping
 * dry-runs again, and the shared strings of a big workbook take a while to read.
 */
let opened: { key: string; workbook: Workbook | null } | null = null;

async function workbookOf(file: Blob): Promise<Workbook | null> {
	const key = `${(file as File).name ?? ''}|${file.size}|${(file as File).lastModified ?? ''}`;
	if (opened?.key !== key) {
		opened = null; // let the previous workbook go before reading the next
		const { openWorkbook } = await adapters();
		opened = { key, workbook: openWorkbook(new Uint8Array(await file.arrayBuffer())) };
	}
	return opened.workbook;
}
