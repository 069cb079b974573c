/**
 * Importing a file: stream it from disk in slices, parse in the worker, write columnar chunks and
 * then the dictionaries under a `pending` dataset, and flip it to `complete` (with the overview's
 * first figures) in one final transaction.
 * Anything that stops an import half-way (an error, a refusal, too little space) removes what was
 * written; a cancel or a closed tab leaves a pending dataset that the next start removes.
 */
import { DEFAULT_SETTINGS, type OverviewFigures } from '$lib/core/analytics/types';
import { todayDay } from '$lib/core/calendar';
import type { LineChunk } from '$lib/core/columns';
import {
	createImporter,
	importBytes,
	messageOfError,
	rejectedRowsCsv,
	sniffFile,
	sniffTail,
	type FileSniff,
	type ImportOptions,
	type ImportMessage,
	type ImportReport
} from '$lib/core/csv';
import { guessCurrency } from '$lib/core/currency';
import { buildOrders } from '$lib/core/orders';
import { isScoredHeader } from '$lib/core/scored';
import { storedChunk, storedChunkBytes } from '$lib/core/stored-columns';
import { db, type DatasetRecord, type DictionaryRecord } from '$lib/db/schema';
import { appendFile } from './append';
import { figuresRecord, forgetDataset, primeDataset, primedFigures } from './engine';
import { preparePartWorker, readInParts, warmPartWorker } from './parallel';
import { stopWarming, warmUp } from './part';
import { IdleWriters } from './part-parser';
import { withSource } from './sources';
import { adaptedFile, adaptSniff, sheetChoices } from './formats';
import type { ImportSource, SheetChoice, SourceOverrides } from './formats';
import { sniffFeedback, type FeedbackSniff } from './feedback-import';
import { deleteDataset, dictionaryBytes, toChunkRecord, underImportLock, writeNow } from './store';

/**
 * A warm-up pass of this worker: parse, and narrow the chunks as their records will be
 * (`toChunkRecord`), so that the import finds both compiled. Cold, narrowing 1M lines took it
 * ~50 ms in Chromium; warm, in Node, 16–20 ms.
 */
function parseAndNarrow(bytes: Uint8Array, options: ImportOptions): void {
	for (const chunk of importBytes(bytes, options).chunks) storedChunk(chunk);
}

/** Bytes the sniff and the preview look at. */
const SNIFF_BYTES = 512 * 1024;
/** Bytes at the end of a large file that may decide an ambiguous day order. */
const TAIL_BYTES = 256 * 1024;

export interface SniffResponse {
	sniff: FileSniff;
	/** The validation report of a dry run over the sniffed bytes (nothing stored). */
	preview: ImportReport | null;
	/** Why the dry run failed, if it did (e.g. a mapping that does not fit), as a coded message. */
	previewError: ImportMessage | null;
	currency: string;
	/** True when the header names every column of a scored-customers file (`core/scored`). */
	scored?: boolean;
	/** The adapter the file needs (an .xlsx sheet, a text aligned with spaces), or null. */
	source: ImportSource | null;
	/** A workbook's sheets (empty for a text file). */
	sheets: SheetChoice[];
	/** The file read as feedback (issue 16), when it has that shape; see `feedback-import.ts`. */
	feedback?: FeedbackSniff | null;
}

/** Progress of a running import. */
export interface ImportProgressEvent {
	bytesDone: number;
	bytesTotal: number;
	rows: number;
	/** Rows per second so far. */
	rowsPerSecond: number;
	/** Estimated seconds left, from the bytes still to read. */
	secondsLeft: number | null;
}

export interface ImportRequest {
	options: ImportOptions;
	name: string;
	currency: string;
	/** The source (channel) of the file's lines; '' or absent: the file name. */
	source?: string;
	/** 'new' (or absent) creates a dataset; a dataset id appends the file to that dataset. */
	target?: string;
}

export type ImportOutcome =
	| {
			ok: true;
			datasetId: string;
			report: ImportReport;
			/** CSV of the skipped rows (with line and reason), when any were skipped. */
			rejectedCsv: string | null;
			millis: number;
			byteSize: number;
			/**
			 * The overview's first figures under the new dataset's settings (the defaults), computed
			 * while it was stored; absent after an append. The page draws them at once.
			 */
			figures?: OverviewFigures | null;
	  }
	| { ok: false; reason: 'too_many_skipped' | 'nothing_imported'; report: ImportReport }
	| { ok: false; reason: 'quota'; neededBytes: number; availableBytes: number | null }
	| { ok: false; reason: 'error'; problem: ImportMessage };

/** The sniffed bytes cut after their last complete line, so a dry run sees whole records. */
function wholeLines(bytes: Uint8Array, encoding: string, complete: boolean): Uint8Array {
	if (complete) return bytes;
	if (encoding === 'utf-16le' || encoding === 'utf-16be') {
		for (let i = bytes.length - 2 - (bytes.length % 2); i >= 0; i -= 2) {
			const lf =
				encoding === 'utf-16le'
					? bytes[i] === 10 && bytes[i + 1] === 0
					: bytes[i] === 0 && bytes[i + 1] === 10;
			if (lf) return bytes.subarray(0, i + 2);
		}
		return bytes;
	}
	const last = bytes.lastIndexOf(10);
	return last > 0 ? bytes.subarray(0, last + 1) : bytes;
}

/** Guess how to read a file and dry-run the guess (or the given options) on its first bytes. */
export async function sniff(
	file: Blob,
	lang: 'en' | 'zh',
	overrides?: SourceOverrides,
	options?: ImportOptions
): Promise<SniffResponse> {
	preparePartWorker(file.size);
	let bytes: Uint8Array = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
	let sniffed = sniffFile(bytes, file.size, overrides);
	// A header or first row longer than the sample (a field of megabytes): read on until both are
	// whole, up to the whole file, so the sniff never calls such a file empty.
	for (let size = SNIFF_BYTES * 4; sniffed.needsMoreBytes; size *= 4) {
		bytes = new Uint8Array(await file.slice(0, size).arrayBuffer());
		sniffed = sniffFile(bytes, file.size, overrides);
	}
	const sheet =
		overrides?.sheet ?? (options?.source?.format === 'xlsx' ? options.source.sheet : undefined);
	const adapted = await adaptSniff(file, bytes, sniffed, sheet, SNIFF_BYTES);
	if (adapted) ({ bytes, sniff: sniffed } = adapted);
	if (!adapted && sniffed.dateFormat.ambiguous && file.size > SNIFF_BYTES) {
		// Start the tail at an even offset so UTF-16 code units stay aligned.
		const from = Math.max(SNIFF_BYTES, file.size - TAIL_BYTES) & ~1;
		sniffed = sniffTail(sniffed, new Uint8Array(await file.slice(from).arrayBuffer()));
	}
	let preview: ImportReport | null = null;
	let previewError: ImportMessage | null = null;
	if (!sniffed.empty && !sniffed.fileKind) {
		try {
			const run = options ?? {
				encoding: sniffed.encoding.encoding,
				delimiter: sniffed.delimiter.delimiter,
				mapping: sniffed.mapping,
				dateFormat: {
					dayOrder: sniffed.dateFormat.dayOrder,
					excelEpoch: sniffed.dateFormat.excelEpoch
				},
				decimalSeparator: sniffed.decimalSeparator.decimalSeparator,
				asOfDay: todayDay(),
				todayDay: todayDay()
			};
			const sample = wholeLines(bytes, run.encoding, sniffed.complete);
			const warm = { warm: sample, options: { ...run, todayDay: run.todayDay ?? todayDay() } };
			preview = importBytes(warm.warm, warm.options).report;
			warmPartWorker(warm.warm, warm.options);
			// This worker's own warm-up, from the next task (once the preview has gone to the page),
			// the dry run its first pass. Begun now, so an import asked for meanwhile stops it.
			void warmUp(warm, parseAndNarrow, 1);
		} catch (error) {
			previewError = messageOfError(error);
		}
	}
	const mapping = sniffed.mapping;
	const amountColumn =
		mapping.kind === 'transactions' ? (mapping.amount ?? mapping.unitPrice) : mapping.monetary;
	const column = amountColumn ? sniffed.header.indexOf(amountColumn) : -1;
	const samples = column >= 0 ? sniffed.preview.map((row) => row[column]) : [];
	const currency = guessCurrency(samples, sniffed.transactions.preset, lang);
	const scored = isScoredHeader(sniffed.header);
	return {
		sniff: sniffed,
		preview,
		previewError,
		currency,
		source: adapted?.source ?? null,
		sheets: sheetChoices(adapted),
		feedback: sniffFeedback(sniffed),
		...(scored ? { scored } : {})
	};
}

export function isQuotaError(error: unknown): boolean {
	const names = [
		(error as { name?: string })?.name,
		(error as { inner?: { name?: string } })?.inner?.name
	];
	return names.includes('QuotaExceededError');
}

/** The source name of a request: as typed, else the file name. */
export function sourceOf(request: ImportRequest, file: { name: string }): string {
	return request.source?.trim() || file.name;
}

/** Import a whole file as a new dataset, or append it to one (`request.target`). */
export async function importFile(
	file: File,
	request: ImportRequest,
	onProgress: (event: ImportProgressEvent) => void
): Promise<ImportOutcome> {
	stopWarming();
	const input = await adaptedFile(file, request.options.source);
	if (request.target && request.target !== 'new') {
		return appendFile(request.target, input, request, onProgress);
	}
	const datasetId = crypto.randomUUID();
	const outcome = await underImportLock(datasetId, () =>
		importUnderLock(datasetId, input, request, onProgress)
	);
	// The whole analysis is not started here: the page asks for it once the outcome's figures are
	// painted (`firstFigures.painted`), so that it does not take the cores they are drawn with.
	return outcome;
}

async function importUnderLock(
	datasetId: string,
	file: File,
	request: ImportRequest,
	onProgress: (event: ImportProgressEvent) => void
): Promise<ImportOutcome> {
	const t0 = performance.now();
	const record: DatasetRecord = {
		id: datasetId,
		name: request.name.trim() || file.name,
		source: file.name,
		created: Date.now(),
		status: 'pending',
		rowCount: 0,
		customerCount: 0,
		orderCount: 0,
		byteSize: 0,
		currency: request.currency,
		mapping: { ...request.options }
	};
	let chunkIndex = 0;
	let byteSize = 0;
	let bytesDone = 0;
	// Parse workers with no segment left write chunks for the import (their cores are free).
	const writers = new IdleWriters();
	// Their writes: their transactions start in another worker, so a failed import waits for
	// them to end before it deletes what was written (else a late write would outlive the delete).
	const lent: Promise<void>[] = [];
	try {
		// The pending record goes first (a tab closed mid-import leaves it for the next start to
		// clean up with its chunks), but the parsing need not wait for its commit: every chunk
		// write waits for it instead. 8–17 ms at every size (issue 18).
		const recorded = db.datasets.put(record);
		recorded.catch(() => undefined); // handled where awaited
		const importer = createImporter({
			...request.options,
			todayDay: request.options.todayDay ?? todayDay()
		});
		// Every line carries the import's source (value 0 of the source column).
		const source = withSource(sourceOf(request, file));
		// Every chunk is kept in memory too, so the first analysis needs no read-back.
		const kept: LineChunk[] = [];
		// Every chunk write issued so far (after the pending record); awaited at the end.
		let writing: Promise<unknown> = recorded;
		const write = (chunks: LineChunk[], dictionaries?: DictionaryRecord) => {
			const sourced = chunks.map(source.chunk);
			const records = sourced.map((chunk) => toChunkRecord(datasetId, chunkIndex++, chunk));
			for (const record of records) byteSize += storedChunkBytes(record);
			kept.push(...sourced);
			if (records.length === 0 && !dictionaries) return;
			const sent = dictionaries ? null : writers.write(records);
			if (sent) lent.push(sent);
			writing = Promise.all([writing, sent ?? writeNow(records, dictionaries)]);
			// Handled when awaited (next store or the end); this only silences the early warning.
			writing.catch(() => undefined);
		};
		// While parsing, one write in flight at a time, overlapping the parsing of the next slice.
		const store = async (chunks: LineChunk[]) => {
			await writing;
			write(chunks);
		};
		bytesDone = await readInParts(file, importer, store, onProgress, t0, writers);
		// A file read before the record committed: the writes below are issued at once.
		await recorded;
		// The disk is the end's bottleneck (issue 18): the chunks completed by the last read (the
		// other part's, absorbed) are written at once, the largest write of the end; finishing,
		// the dictionaries and the first figures follow while the disk has it.
		write(importer.push(new Uint8Array(0)));
		const result = importer.finish();
		const { report } = result;
		if (report.tooManySkipped || report.imported === 0) {
			await Promise.allSettled(lent);
			await deleteDataset(datasetId);
			return {
				ok: false,
				reason: report.tooManySkipped ? 'too_many_skipped' : 'nothing_imported',
				report
			};
		}
		const dictionaries = {
			customerIds: result.customerIds,
			attributes: source.attributes(result.attributes),
			...(result.products ? { products: result.products } : {})
		};
		// The last chunks and the dictionaries, under the pending record like the other chunks, so
		// that the final transaction only flips the record.
		write(result.chunks, {
			datasetId,
			...dictionaries,
			orderIds: result.orderIds.join('\u0000')
		});
		// The overview's first figures come straight from the orders while the last writes land
		// (all forgotten if they fail); the regrouping by customer waits for the analysis, which
		// starts once the outcome has gone. A new dataset has no settings yet: the defaults.
		const orders = buildOrders(kept, result.orderCount);
		primeDataset(
			datasetId,
			{ ...dictionaries, chunks: kept, orderCount: result.orderCount },
			orders
		);
		const figures = primedFigures(datasetId, DEFAULT_SETTINGS, orders).catch(() => null);
		const sources = source.overview(kept, dictionaries, report);
		byteSize += dictionaryBytes(dictionaries);
		await writing;
		const shown = await figures;
		// The record turns complete together with its first figures, which a reopen shows when the
		// tab closed before the analysis was cached.
		// Both puts are sent at once: one round trip to the disk, not two.
		await db.transaction('rw', [db.datasets, db.results], () =>
			Promise.all([
				db.datasets.put({
					...record,
					status: 'complete',
					rowCount: report.imported,
					customerCount: result.customerIds.length,
					orderCount: result.orderCount,
					byteSize,
					report,
					sources
				}),
				shown && db.results.put(figuresRecord(datasetId, DEFAULT_SETTINGS, shown))
			])
		);
		return {
			ok: true,
			datasetId,
			report,
			rejectedCsv: report.skipped > 0 ? rejectedRowsCsv(result.rejected) : null,
			millis: performance.now() - t0,
			byteSize,
			figures: shown
		};
	} catch (error) {
		forgetDataset(datasetId);
		await Promise.allSettled(lent);
		await deleteDataset(datasetId).catch(() => undefined);
		if (isQuotaError(error)) return quotaOutcome(byteSize, bytesDone, file.size);
		return { ok: false, reason: 'error', problem: messageOfError(error) };
	} finally {
		writers.close();
	}
}

/** The outcome of a write refused for lack of space, with what the file would need. */
export async function quotaOutcome(
	byteSize: number,
	bytesDone: number,
	fileSize: number
): Promise<ImportOutcome> {
	const estimate = await navigator.storage?.estimate?.();
	const perByte = bytesDone > 0 ? byteSize / bytesDone : 0.2;
	const neededBytes = Math.ceil(perByte * fileSize * 1.1);
	const available =
		estimate?.quota !== undefined ? Math.max(0, estimate.quota - (estimate.usage ?? 0)) : null;
	// An estimate that claims room enough is wrong about this origin's real limit: say nothing.
	return {
		ok: false,
		reason: 'quota',
		neededBytes,
		availableBytes: available !== null && available < neededBytes ? available : null
	};
}
