/**
 * Appending a file to a stored dataset. The file is read and checked in memory first (nothing is
 * written while it streams); then the dedupe and renumbering of `core/append.ts` are planned and
 * everything — new chunks, stored chunks that gain a column, dictionaries, counts, report, source
 * figures and the removal of cached results — is written in ONE IndexedDB transaction. An error
 * anywhere, a file whose rows are all bad or all known, leaves the dataset exactly as it was.
 */
import { rejoinStoredFeedback } from './feedback-import';
import { planAppend, type AppendPlan } from '$lib/core/append';
import { appendOrderIds, PackedOrderIds } from '$lib/core/order-ids';
import { todayDay } from '$lib/core/calendar';
import type { LineChunk } from '$lib/core/columns';
import {
	createImporter,
	ImportError,
	messageOfError,
	rejectedRowsCsv,
	type ImportOptions,
	type ImportReport
} from '$lib/core/csv';
import { db, type DatasetRecord } from '$lib/db/schema';
import { loadedColumns, primeDataset } from './engine';
import {
	isQuotaError,
	quotaOutcome,
	sourceOf,
	type ImportOutcome,
	type ImportProgressEvent,
	type ImportRequest
} from './import';
import { readInto } from './slices';
import { forgetLines, overviewOf, withSource } from './sources';
import { dictionaryBytes, readDataset, requireDataset, toChunkRecord } from './store';
import { lineChunkBytes } from '$lib/core/stored-columns';

/** The kind of data a dataset holds, from the options it was imported with. */
function kindOf(record: DatasetRecord): string | undefined {
	return (record.mapping as ImportOptions | undefined)?.mapping?.kind;
}

/** The import report with the orders the dataset already held counted as skipped rows. */
export function appendReport(report: ImportReport, plan: AppendPlan): ImportReport {
	if (plan.duplicateLines === 0) return report;
	return {
		...report,
		imported: report.imported - plan.duplicateLines,
		skipped: report.skipped + plan.duplicateLines,
		skippedByReason: {
			...report.skippedByReason,
			already_in_dataset: { count: plan.duplicateLines, examples: [] }
		},
		lines: plan.lines,
		orders: report.orders - plan.duplicateOrders
	};
}

/**
 * The dataset as an append needs it: its chunks from memory when the worker holds them (the
 * active dataset: no read of a million lines back), its dictionaries and order ids from storage.
 * Chunks in memory that no longer add up to the stored counts (changed in another tab) are not
 * trusted: then everything is read.
 */
async function storedLines(datasetId: string, record: DatasetRecord) {
	const memory = await loadedColumns(datasetId);
	if (memory) {
		const dictionaries = await db.dictionaries.get(datasetId);
		let lines = 0;
		for (const chunk of memory.chunks) lines += chunk.customer.length;
		const orderIds = PackedOrderIds.read(dictionaries?.orderIds, record.orderCount);
		if (
			dictionaries &&
			lines === record.rowCount &&
			memory.orderCount === record.orderCount &&
			dictionaries.customerIds.length === record.customerCount &&
			memory.customerIds.length === record.customerCount
		) {
			const { customerIds, attributes, products } = dictionaries;
			const columns = { customerIds, attributes, ...(products ? { products } : {}) };
			const chunks = memory.chunks;
			return { ...columns, chunks, orderCount: record.orderCount, orderIds, record };
		}
	}
	return readDataset(datasetId);
}

/** Append a file's lines to dataset `datasetId` (see the file comment). */
export async function appendFile(
	datasetId: string,
	file: File,
	request: ImportRequest,
	onProgress: (event: ImportProgressEvent) => void
): Promise<ImportOutcome> {
	const t0 = performance.now();
	let bytesDone = 0;
	let byteSize = 0;
	try {
		const record = await db.transaction('r', db.datasets, () => requireDataset(datasetId));
		const kind = kindOf(record) ?? 'transactions';
		const fileKind = request.options.mapping.kind;
		if (kind !== 'transactions' || record.kind === 'scored') {
			throw new ImportError({ code: 'append_summary', params: {} });
		}
		if (fileKind !== kind) {
			throw new ImportError({
				code: 'append_kind_mismatch',
				params: { file: fileKind, dataset: kind }
			});
		}
		const importer = createImporter({
			...request.options,
			todayDay: request.options.todayDay ?? todayDay()
		});
		const source = withSource(sourceOf(request, file));
		const read: LineChunk[] = [];
		bytesDone = await readInto(
			file,
			importer,
			async (chunks) => void read.push(...chunks.map(source.chunk)),
			onProgress,
			t0
		);
		const result = importer.finish();
		read.push(...result.chunks.map(source.chunk));
		if (result.report.tooManySkipped || result.report.imported === 0) {
			const reason = result.report.tooManySkipped ? 'too_many_skipped' : 'nothing_imported';
			return { ok: false, reason, report: result.report };
		}
		const stored = await storedLines(datasetId, record);
		const plan = planAppend(
			stored,
			{
				customerIds: result.customerIds,
				attributes: source.attributes(result.attributes),
				...(result.products ? { products: result.products } : {}),
				orderCount: result.orderCount,
				orderIds: result.orderIds,
				chunks: read
			},
			stored.record.source
		);
		const report = appendReport(result.report, plan);
		if (plan.lines === 0) return { ok: false, reason: 'nothing_imported', report };

		const chunks = [...(plan.rewritten ?? stored.chunks), ...plan.chunks];
		const columns = { ...plan.dictionaries, chunks, orderCount: plan.orderCount };
		byteSize = dictionaryBytes(plan.dictionaries);
		for (const chunk of chunks) byteSize += lineChunkBytes(chunk);
		const orderIds = appendOrderIds(stored.orderIds, stored.orderCount, plan.orderIds);
		await commit(datasetId, stored.record, stored.chunks.length, plan, orderIds, {
			rowCount: stored.record.rowCount + plan.lines,
			customerCount: plan.dictionaries.customerIds.length,
			orderCount: plan.orderCount,
			byteSize,
			report,
			sources: overviewOf(columns)
		});
		forgetLines(datasetId);
		primeDataset(datasetId, columns);
		return {
			ok: true,
			datasetId,
			report,
			rejectedCsv: result.report.skipped > 0 ? rejectedRowsCsv(result.rejected) : null,
			millis: performance.now() - t0,
			byteSize
		};
	} catch (error) {
		if (isQuotaError(error)) return quotaOutcome(byteSize, bytesDone, file.size);
		return { ok: false, reason: 'error', problem: messageOfError(error) };
	}
}

/**
 * Write an append in one transaction. The dataset must still be the one the plan was made from
 * (another tab may have appended or removed a source meanwhile): else `dataset_changed`.
 */
async function commit(
	datasetId: string,
	before: DatasetRecord,
	storedChunks: number,
	plan: AppendPlan,
	orderIds: string,
	changes: Partial<DatasetRecord>
): Promise<void> {
	const tables = [db.datasets, db.chunks, db.dictionaries, db.results, db.feedback];
	await db.transaction('rw', tables, async () => {
		const now = await requireDataset(datasetId);
		if (now.rowCount !== before.rowCount || now.orderCount !== before.orderCount) {
			throw new ImportError({ code: 'dataset_changed', params: {} });
		}
		// Stored customers keep their numbers: only responses of new buyers join.
		const ids = plan.dictionaries.customerIds;
		await rejoinStoredFeedback(datasetId, ids, ids);
		if (plan.rewritten) {
			await db.chunks.bulkPut(plan.rewritten.map((c, i) => toChunkRecord(datasetId, i, c)));
		}
		await db.chunks.bulkPut(
			plan.chunks.map((c, i) => toChunkRecord(datasetId, storedChunks + i, c))
		);
		await db.dictionaries.put({
			datasetId,
			...plan.dictionaries,
			orderIds
		});
		await db.results.where('datasetId').equals(datasetId).delete();
		await db.datasets.put({ ...now, ...changes });
	});
}
