/**
 * Reading a feedback file (a survey export or downloaded reviews) into response columns, with the
 * CSV core's own record scanner, decoder and date reader, and a validation report of coded
 * messages (which line, which column, what was expected).
 */
import { DateReader, type DateFormat } from '../csv/dates';
import { decodeText, type Encoding } from '../csv/encoding';
import { excelSepLine, readRecords, uniqueHeader } from '../csv/record-texts';
import { trimText, type Delimiter } from '../csv/records';
import type { DayNumber } from '../calendar';
import type { FeedbackMapping } from './columns';
import type { FeedbackColumns } from './responses';
import { parseScore, SCALE_NPS, type ScoreProblemCode, type ScoreScale } from './scores';

/** How to read a feedback file. */
export interface FeedbackReadOptions {
	encoding: Encoding;
	delimiter: Delimiter;
	mapping: FeedbackMapping;
	scale: ScoreScale;
	dateFormat: DateFormat;
	/** Responses dated after this day are refused (a date in the future is a wrong date). */
	todayDay: DayNumber;
}

/** Why a row was not read. */
export type FeedbackProblemCode =
	ScoreProblemCode | 'missing_customer_id' | 'missing_date' | 'invalid_date' | 'future_date';

/** What a cell should have held, for the message. */
export type FeedbackExpected = 'nps_0_10' | 'five_1_5' | 'customer_id' | 'date' | 'past_date';

/** A skipped row: the line of the file, the column as the header writes it, the value. */
export interface FeedbackProblem {
	code: FeedbackProblemCode;
	line: number;
	column: string;
	params: { value: string; expected: FeedbackExpected };
}

/** The validation report of one feedback file. */
export interface FeedbackReport {
	/** Data rows read (blank lines not counted). */
	rowsRead: number;
	/** Responses kept (joined to a customer or not). */
	imported: number;
	skipped: number;
	/** Skipped rows per code. */
	skippedBy: Partial<Record<FeedbackProblemCode, number>>;
	/** The first skipped rows, in file order. */
	examples: FeedbackProblem[];
	/** Kept responses whose customer id has no purchase line in the dataset (not joined). */
	unmatchedResponses: number;
	/** Distinct ids among them, and the first few. */
	unmatchedCustomers: number;
	unmatchedExamples: string[];
	/** Responses with a comment. */
	comments: number;
	scale: ScoreScale;
	firstDay: DayNumber | null;
	lastDay: DayNumber | null;
}

/** Skipped rows listed in a report. */
export const FEEDBACK_EXAMPLES = 20;
/** Unmatched ids listed in a report. */
const UNMATCHED_EXAMPLES = 10;

/**
 * Stored responses: the columns of `FeedbackColumns`, plus per response the comment and channel
 * as dictionary indexes (−1: none). `customer` is the customer index, or −1 − k for an id with no
 * purchase line, named by `unknownIds[k]` (kept so the response is reported, never lost).
 */
export interface FeedbackStore extends FeedbackColumns {
	comment: Int32Array;
	channel: Int32Array;
	comments: string[];
	channels: string[];
	unknownIds: string[];
}

/** Ids written as floats by spreadsheets (`17850.0`) lose the `.0`, as in the transactions import. */
function idKey(text: string): string {
	const match = /^(\d+)\.0+$/.exec(text);
	return match ? match[1] : text;
}

/**
 * Read a whole feedback file. `customerIndex` maps the dataset's customer ids to their index.
 * Rows without an id, a date or a readable score are skipped and reported; ids without purchases
 * are kept as unknown and counted.
 * @example
 * const bytes = new TextEncoder().encode('会员号,评价时间,评价\nA,2024-03-01,好评\nZ,2024-03-02,差评\n');
 * readFeedback(bytes, { …, mapping: { customerId: '会员号', responseDate: '评价时间', score: '评价', … },
 *   scale: SCALE_FIVE }, new Map([['A', 0]]))
 * // → store.customer [0, -1], store.score [5, 1], store.unknownIds ['Z'], report.unmatchedResponses 1
 */
export function readFeedback(
	bytes: Uint8Array,
	options: FeedbackReadOptions,
	customerIndex: ReadonlyMap<string, number>
): { store: FeedbackStore; report: FeedbackReport } {
	let text = decodeText(options.encoding, bytes);
	const sep = excelSepLine(text);
	if (sep) text = text.slice(sep.length);
	const { rows, lines } = readRecords(text, options.delimiter);
	const header = uniqueHeader((rows[0] ?? []).map(trimText));
	const { mapping, scale } = options;
	const at = (column: string | null) => (column === null ? -1 : header.indexOf(column));
	const cId = at(mapping.customerId);
	const cDate = at(mapping.responseDate);
	const cScore = at(mapping.score);
	const cComment = at(mapping.comment);
	const cChannel = at(mapping.channel);
	const dates = new DateReader(options.dateFormat);
	const customer: number[] = [];
	const day: number[] = [];
	const score: number[] = [];
	const comment: number[] = [];
	const channel: number[] = [];
	const comments: string[] = [];
	const channels: string[] = [];
	const channelIndex = new Map<string, number>();
	const unknownIds: string[] = [];
	const unknownIndex = new Map<string, number>();
	const expectedScore: FeedbackExpected = scale === SCALE_NPS ? 'nps_0_10' : 'five_1_5';
	const report: FeedbackReport = {
		rowsRead: 0,
		imported: 0,
		skipped: 0,
		skippedBy: {},
		examples: [],
		unmatchedResponses: 0,
		unmatchedCustomers: 0,
		unmatchedExamples: [],
		comments: 0,
		scale,
		firstDay: null,
		lastDay: null
	};
	const skip = (
		code: FeedbackProblemCode,
		line: number,
		column: number,
		value: string,
		expected: FeedbackExpected
	) => {
		report.skipped++;
		report.skippedBy[code] = (report.skippedBy[code] ?? 0) + 1;
		if (report.examples.length < FEEDBACK_EXAMPLES) {
			report.examples.push({
				code,
				line,
				column: header[column] ?? '',
				params: { value, expected }
			});
		}
	};
	for (let r = 1; r < rows.length; r++) {
		const row = rows[r];
		const cell = (c: number) => (c < 0 ? '' : trimText(row[c] ?? ''));
		report.rowsRead++;
		const id = idKey(cell(cId));
		if (id === '') {
			skip('missing_customer_id', lines[r], cId, '', 'customer_id');
			continue;
		}
		const dateText = cell(cDate);
		if (cDate < 0 || dateText === '') {
			skip('missing_date', lines[r], cDate, '', 'date');
			continue;
		}
		const d = dates.read(dateText, 0, dateText.length);
		if (Number.isNaN(d)) {
			skip('invalid_date', lines[r], cDate, dateText, 'date');
			continue;
		}
		if (d > options.todayDay) {
			skip('future_date', lines[r], cDate, dateText, 'past_date');
			continue;
		}
		const reading = parseScore(cell(cScore), scale);
		if (!reading.ok) {
			skip(reading.problem.code, lines[r], cScore, cell(cScore), expectedScore);
			continue;
		}
		let c = customerIndex.get(id);
		if (c === undefined) {
			let k = unknownIndex.get(id);
			if (k === undefined) {
				k = unknownIds.length;
				unknownIndex.set(id, k);
				unknownIds.push(id);
				if (report.unmatchedExamples.length < UNMATCHED_EXAMPLES) report.unmatchedExamples.push(id);
			}
			c = -1 - k;
			report.unmatchedResponses++;
		}
		const note = cell(cComment);
		if (note !== '') report.comments++;
		comment.push(note === '' ? -1 : comments.push(note) - 1);
		const source = cell(cChannel);
		let s = source === '' ? -1 : channelIndex.get(source);
		if (s === undefined) {
			s = channels.push(source) - 1;
			channelIndex.set(source, s);
		}
		channel.push(s);
		customer.push(c);
		day.push(d);
		score.push(reading.score);
		report.imported++;
		if (report.firstDay === null || d < report.firstDay) report.firstDay = d;
		if (report.lastDay === null || d > report.lastDay) report.lastDay = d;
	}
	report.unmatchedCustomers = unknownIds.length;
	return {
		store: {
			customer: Int32Array.from(customer),
			day: Int32Array.from(day),
			score: Uint8Array.from(score),
			scale: new Uint8Array(score.length).fill(scale),
			comment: Int32Array.from(comment),
			channel: Int32Array.from(channel),
			comments,
			channels,
			unknownIds
		},
		report
	};
}

/** An empty store. */
export function emptyFeedbackStore(): FeedbackStore {
	return {
		customer: new Int32Array(0),
		day: new Int32Array(0),
		score: new Uint8Array(0),
		scale: new Uint8Array(0),
		comment: new Int32Array(0),
		channel: new Int32Array(0),
		comments: [],
		channels: [],
		unknownIds: []
	};
}

/**
 * The responses of `earlier` followed by those of `later` (a file imported after), with the
 * channel and unknown-id dictionaries merged and indexes renumbered.
 * @example appendFeedback(a, b).customer.length // → a.customer.length + b.customer.length
 */
export function appendFeedback(earlier: FeedbackStore, later: FeedbackStore): FeedbackStore {
	const channels = [...earlier.channels];
	const channelAt = new Map(channels.map((name, i) => [name, i]));
	const channelMap = later.channels.map((name) => {
		let i = channelAt.get(name);
		if (i === undefined) channelAt.set(name, (i = channels.push(name) - 1));
		return i;
	});
	const unknownIds = [...earlier.unknownIds];
	const unknownAt = new Map(unknownIds.map((id, k) => [id, k]));
	const unknownMap = later.unknownIds.map((id) => {
		let k = unknownAt.get(id);
		if (k === undefined) unknownAt.set(id, (k = unknownIds.push(id) - 1));
		return k;
	});
	const n = earlier.customer.length;
	const joinInt = (a: Int32Array, b: Int32Array, map: (v: number) => number) => {
		const out = new Int32Array(a.length + b.length);
		out.set(a);
		for (let i = 0; i < b.length; i++) out[n + i] = map(b[i]);
		return out;
	};
	const joinBytes = (a: Uint8Array, b: Uint8Array) => {
		const out = new Uint8Array(a.length + b.length);
		out.set(a);
		out.set(b, a.length);
		return out;
	};
	const commentBase = earlier.comments.length;
	return {
		customer: joinInt(earlier.customer, later.customer, (c) =>
			c >= 0 ? c : -1 - unknownMap[-1 - c]
		),
		day: joinInt(earlier.day, later.day, (d) => d),
		score: joinBytes(earlier.score, later.score),
		scale: joinBytes(earlier.scale, later.scale),
		comment: joinInt(earlier.comment, later.comment, (k) => (k < 0 ? -1 : k + commentBase)),
		channel: joinInt(earlier.channel, later.channel, (s) => (s < 0 ? -1 : channelMap[s])),
		comments: [...earlier.comments, ...later.comments],
		channels,
		unknownIds
	};
}
