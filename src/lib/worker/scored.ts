/**
 * Scored-customers datasets (issue 14): a warehouse's scores, segments, tiers and stages imported
 * as they are. Rows are read in the worker (`core/scored`), stored columnar in blocks of customers
 * (`db.scored`, ids in `db.dictionaries`) and shown through the same compact `AnalysisResult` as a
 * dataset of lines — built from the stored columns, never recomputed.
 */
import { detectDelimiter, messageOfError, type ImportMessage } from '$lib/core/csv';
import { ScoredText, scoredResult, type ScoredColumns, type ScoredReport } from '$lib/core/scored';
import type { MappingKind } from '$lib/core/csv/mapping';
import { DEFAULT_SETTINGS } from '$lib/core/analytics/types';
import type { AnalysisResult, AnalysisSettings } from '$lib/core/analytics/types';
import { db, type DatasetRecord, type ScoredChunkRecord } from '$lib/db/schema';
import type { ImportProgressEvent } from './import';
import { deleteDataset, requireDataset, underImportLock } from './store';
import { whenForgotten } from './engine';

/** Customers per stored block: 256k customers ≈ 7.5 MB of typed arrays per record. */
export const SCORED_CHUNK = 262_144;
const SLICE_BYTES = 4 * 1024 * 1024;

/** What a scored dataset keeps in its record's `mapping`. */
export interface ScoredMeta {
	kind: Extract<MappingKind, 'scored'>;
	scheme: ScoredColumns['scheme'];
	segmentKeys: string[];
	tierKeys: string[];
	asOfDay: number | null;
}

export interface ScoredImportRequest {
	name: string;
	currency: string;
}

export type ScoredImportOutcome =
	| { ok: true; datasetId: string; report: ScoredReport; millis: number; byteSize: number }
	| { ok: false; reason: 'refused'; report: ScoredReport }
	| { ok: false; reason: 'error'; problem: ImportMessage };

let kept: { id: string; columns: ScoredColumns } | null = null;

/** Stream a delimited text file (UTF-8) through a `ScoredText`. */
export async function readScoredText(
	file: Blob,
	onProgress: (bytesDone: number, rows: number) => void
): Promise<ReturnType<ScoredText['finish']>> {
	const head = await file.slice(0, 64 * 1024).text();
	const text = new ScoredText(detectDelimiter(head, file.size <= 64 * 1024).delimiter);
	const decoder = new TextDecoder('utf-8');
	for (let offset = 0; offset < file.size; offset += SLICE_BYTES) {
		const bytes = new Uint8Array(await file.slice(offset, offset + SLICE_BYTES).arrayBuffer());
		text.push(decoder.decode(bytes, { stream: true }));
		onProgress(Math.min(file.size, offset + SLICE_BYTES), text.reader.rowsSoFar);
	}
	text.push(decoder.decode());
	return text.finish();
}

/** Import a scored-customers file as a new dataset. */
export async function importScored(
	file: File,
	request: ScoredImportRequest,
	onProgress: (event: ImportProgressEvent) => void,
	read: typeof readScoredText = readScoredText
): Promise<ScoredImportOutcome> {
	const datasetId = crypto.randomUUID();
	return underImportLock(datasetId, () =>
		importUnderLock(datasetId, file, request, onProgress, read)
	);
}

async function importUnderLock(
	datasetId: string,
	file: File,
	request: ScoredImportRequest,
	onProgress: (event: ImportProgressEvent) => void,
	read: typeof readScoredText
): Promise<ScoredImportOutcome> {
	const t0 = performance.now();
	try {
		const { columns, report } = await read(file, (bytesDone, rows) => {
			const seconds = (performance.now() - t0) / 1000;
			onProgress({
				bytesDone,
				bytesTotal: file.size,
				rows,
				rowsPerSecond: seconds > 0 ? rows / seconds : 0,
				secondsLeft: bytesDone > 0 ? (seconds * (file.size - bytesDone)) / bytesDone : null
			});
		});
		if (!columns) return { ok: false, reason: 'refused', report };
		const meta: ScoredMeta = {
			kind: 'scored',
			scheme: columns.scheme,
			segmentKeys: columns.segmentKeys,
			tierKeys: columns.tierKeys,
			asOfDay: columns.asOfDay
		};
		const record: DatasetRecord = {
			id: datasetId,
			name: request.name.trim() || file.name,
			source: file.name,
			created: Date.now(),
			status: 'pending',
			rowCount: report.imported,
			customerCount: columns.customerIds.length,
			orderCount: 0,
			byteSize: 0,
			currency: request.currency,
			mapping: meta,
			report,
			kind: 'scored'
		};
		await db.datasets.put(record);
		const chunks = scoredChunks(datasetId, columns);
		let byteSize = 0;
		for (const chunk of chunks) {
			for (const value of Object.values(chunk))
				if (ArrayBuffer.isView(value)) byteSize += value.byteLength;
			await db.scored.put(chunk);
		}
		for (const id of columns.customerIds) byteSize += (id.length + 4) * 2;
		// Settings that name the file's scheme and D, so pages label segments and the grid as imported.
		const settings: AnalysisSettings = {
			...structuredClone(DEFAULT_SETTINGS),
			asOfDay: columns.asOfDay,
			scheme: { kind: columns.scheme }
		};
		await db.transaction('rw', [db.datasets, db.dictionaries, db.settings], async () => {
			await db.dictionaries.put({ datasetId, customerIds: columns.customerIds, attributes: [] });
			await db.settings.put({ datasetId, settings });
			await db.datasets.put({ ...record, status: 'complete', byteSize });
		});
		kept = { id: datasetId, columns };
		return { ok: true, datasetId, report, millis: performance.now() - t0, byteSize };
	} catch (error) {
		await deleteDataset(datasetId).catch(() => undefined);
		return { ok: false, reason: 'error', problem: messageOfError(error) };
	}
}

/** The columns cut into stored blocks of `SCORED_CHUNK` customers. */
export function scoredChunks(datasetId: string, columns: ScoredColumns): ScoredChunkRecord[] {
	const chunks: ScoredChunkRecord[] = [];
	const n = columns.customerIds.length;
	for (let index = 0, from = 0; from < n; index++, from += SCORED_CHUNK) {
		const to = Math.min(n, from + SCORED_CHUNK);
		chunks.push({
			datasetId,
			index,
			firstPurchaseDay: columns.firstPurchaseDay.slice(from, to),
			lastPurchaseDay: columns.lastPurchaseDay.slice(from, to),
			recencyDays: columns.recencyDays.slice(from, to),
			frequency: columns.frequency.slice(from, to),
			monetaryCents: columns.monetaryCents.slice(from, to),
			rScore: columns.rScore.slice(from, to),
			fScore: columns.fScore.slice(from, to),
			mScore: columns.mScore.slice(from, to),
			fmScore: columns.fmScore.slice(from, to),
			segment: columns.segment.slice(from, to),
			tier: columns.tier.slice(from, to),
			stage: columns.stage.slice(from, to)
		});
	}
	return chunks;
}

const ARRAY_FIELDS = [
	'firstPurchaseDay',
	'lastPurchaseDay',
	'recencyDays',
	'frequency',
	'monetaryCents',
	'rScore',
	'fScore',
	'mScore',
	'fmScore',
	'segment',
	'tier',
	'stage'
] as const;

/** Read a scored dataset's columns back (kept in memory for the last one read or imported). */
export async function readScored(record: DatasetRecord): Promise<ScoredColumns> {
	if (kept?.id === record.id) return kept.columns;
	const [dictionaries, chunks] = await db.transaction('r', [db.dictionaries, db.scored], () =>
		Promise.all([
			db.dictionaries.get(record.id),
			db.scored.where('[datasetId+index]').between([record.id, 0], [record.id, Infinity]).toArray()
		])
	);
	const meta = record.mapping as ScoredMeta;
	const n = record.customerCount;
	const joined = Object.fromEntries(
		ARRAY_FIELDS.map((field) => {
			const first = chunks[0]?.[field];
			const Kind = (first?.constructor ?? Uint8Array) as new (n: number) => typeof first;
			const whole = new Kind(n) as Int32Array | Float64Array | Uint8Array;
			let at = 0;
			for (const chunk of chunks) {
				whole.set(chunk[field] as never, at);
				at += chunk[field].length;
			}
			return [field, whole];
		})
	) as Pick<ScoredColumns, (typeof ARRAY_FIELDS)[number]>;
	const columns: ScoredColumns = {
		customerIds: dictionaries?.customerIds ?? [],
		asOfDay: meta.asOfDay,
		scheme: meta.scheme,
		segmentKeys: meta.segmentKeys,
		tierKeys: meta.tierKeys,
		...joined
	};
	kept = { id: record.id, columns };
	return columns;
}

/**
 * The analysis result of a scored dataset, or null for a dataset of lines. Settings change
 * nothing but the funnel's steps: the scores are the warehouse's.
 */
export async function scoredAnalysis(
	datasetId: string,
	settings: AnalysisSettings
): Promise<AnalysisResult | null> {
	const record = await requireDataset(datasetId);
	if (record.kind !== 'scored') return null;
	return scoredResult(await readScored(record), settings.lifecycle.funnelSteps);
}

/** Forget the kept columns (after a delete). */
export function forgetScored(datasetId: string) {
	if (kept?.id === datasetId) kept = null;
}
// Loaded on first use (`engine.ts`, `analysis.worker.ts`): the engine's forgetting reaches it here.
whenForgotten(forgetScored);
