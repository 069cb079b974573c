/**
 * Importing a feedback file (issue 16) into an existing dataset: tell it from transactions at the
 * sniff, read it with `core/feedback/read.ts`, and add its responses to the dataset's feedback
 * record in one transaction (all or nothing).
 */
import { detectDateFormat, type DateFormatGuess, type FileSniff } from '$lib/core/csv';
import {
	appendFeedback,
	emptyFeedbackStore,
	guessFeedbackMapping,
	readFeedback,
	rejoinFeedback,
	type FeedbackGuess,
	type FeedbackReadOptions,
	type FeedbackReport,
	type FeedbackStore
} from '$lib/core/feedback';
import { db, type FeedbackRecord } from '$lib/db/schema';
import { requireDataset } from './store';

/** What the sniff says about a feedback file: its columns, scale and date format. */
export interface FeedbackSniff extends FeedbackGuess {
	dateFormat: DateFormatGuess;
}

/**
 * The feedback reading of a sniffed file, or null when it does not look like one (no customer id
 * or score column, or an amount column).
 */
export function sniffFeedback(sniff: FileSniff): FeedbackSniff | null {
	if (sniff.empty || sniff.fileKind) return null;
	const guess = guessFeedbackMapping(sniff.header, sniff.preview);
	if (!guess) return null;
	const at = guess.mapping.responseDate ? sniff.header.indexOf(guess.mapping.responseDate) : -1;
	const dates = at >= 0 ? sniff.preview.map((row) => row[at] ?? '') : [];
	return { ...guess, dateFormat: detectDateFormat(dates) };
}

export interface FeedbackImportRequest {
	datasetId: string;
	fileName: string;
	options: FeedbackReadOptions;
}

export type FeedbackImportOutcome =
	| { ok: true; datasetId: string; report: FeedbackReport; responses: number }
	| { ok: false; reason: 'nothing_imported'; report: FeedbackReport };

/** A record's columns as a store, or an empty store. */
export function storeOfRecord(record: FeedbackRecord | undefined): FeedbackStore {
	if (!record) return emptyFeedbackStore();
	const { customer, day, score, scale, comment, channel, comments, channels, unknownIds } = record;
	return { customer, day, score, scale, comment, channel, comments, channels, unknownIds };
}

/**
 * Read a feedback file against a dataset's customer ids and add its responses after the ones
 * already stored; nothing is written when no row could be read. Cached feedback results of the
 * dataset are dropped.
 */
export async function importFeedback(
	file: Blob,
	request: FeedbackImportRequest
): Promise<FeedbackImportOutcome> {
	const { datasetId } = request;
	await requireDataset(datasetId);
	const dictionaries = await db.dictionaries.get(datasetId);
	const index = new Map((dictionaries?.customerIds ?? []).map((id, c) => [id, c]));
	const bytes = new Uint8Array(await file.arrayBuffer());
	const { store, report } = readFeedback(bytes, request.options, index);
	if (report.imported === 0) return { ok: false, reason: 'nothing_imported', report };
	let responses = 0;
	await db.transaction('rw', [db.datasets, db.feedback, db.results], async () => {
		await requireDataset(datasetId);
		const existing = await db.feedback.get(datasetId);
		const merged = appendFeedback(storeOfRecord(existing), store);
		responses = merged.customer.length;
		await db.feedback.put({
			datasetId,
			...merged,
			files: [...(existing?.files ?? []), { name: request.fileName, created: Date.now(), report }]
		});
		await db.results
			.where('datasetId')
			.equals(datasetId)
			.filter((r) => r.key.startsWith(`${datasetId}|feedback|`))
			.delete();
	});
	return { ok: true, datasetId, report, responses };
}

/**
 * Join a dataset's stored feedback again after its customer ids changed (an append, a removed
 * source); run it inside the transaction that changes them, with `db.feedback` in its scope.
 */
export async function rejoinStoredFeedback(
	datasetId: string,
	oldIds: readonly string[],
	newIds: readonly string[]
): Promise<void> {
	const record = await db.feedback.get(datasetId);
	if (record) await db.feedback.put(rejoinFeedback(record, oldIds, newIds));
}
