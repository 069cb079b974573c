import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../calendar';
import type { FeedbackMapping } from './columns';
import { appendFeedback, readFeedback, type FeedbackReadOptions } from './read';
import { SCALE_FIVE, SCALE_NPS } from './scores';

const MAPPING: FeedbackMapping = {
	kind: 'feedback',
	customerId: 'id',
	responseDate: 'date',
	score: 'score',
	comment: 'comment',
	channel: 'channel'
};
const options = (patch: Partial<FeedbackReadOptions> = {}): FeedbackReadOptions => ({
	encoding: 'utf-8',
	delimiter: ',',
	mapping: MAPPING,
	scale: SCALE_NPS,
	dateFormat: { dayOrder: 'dmy', excelEpoch: 1900 },
	todayDay: dayFromYmd(2024, 12, 31),
	...patch
});
const bytes = (text: string) => new TextEncoder().encode(text);
const customers = new Map([
	['A', 0],
	['B', 1],
	['17850', 2]
]);

describe('readFeedback', () => {
	it.each([
		['', '2024-01-05', '9', 'missing_customer_id', '', 'customer_id'],
		['A', '', '9', 'missing_date', '', 'date'],
		['A', 'soon', '9', 'invalid_date', 'soon', 'date'],
		['A', '2025-01-01', '9', 'future_date', '2025-01-01', 'past_date'],
		['A', '2024-01-05', '', 'missing_score', '', 'nps_0_10'],
		['A', '2024-01-05', 'great', 'unparseable_score', 'great', 'nps_0_10'],
		['A', '2024-01-05', '8.5', 'fractional_score', '8.5', 'nps_0_10'],
		['A', '2024-01-05', '11', 'score_out_of_range', '11', 'nps_0_10'],
		['A', '2024-01-05', '满意', 'verbal_score_on_nps_scale', '满意', 'nps_0_10']
	])('id %j date %j score %j → %s', (id, date, score, code, value, expected) => {
		const text = `id,date,score\nB,2024-01-04,10\n${id},${date},${score}\n`;
		const { report, store } = readFeedback(bytes(text), options(), customers);
		expect(store.score).toEqual(Uint8Array.of(10));
		expect(report).toMatchObject({
			rowsRead: 2,
			imported: 1,
			skipped: 1,
			skippedBy: { [code]: 1 }
		});
		const column = { customer_id: 'id', date: 'date', past_date: 'date' }[expected] ?? 'score';
		expect(report.examples).toEqual([{ code, line: 3, column, params: { value, expected } }]);
	});

	it('joins ids (spreadsheet floats too), keeps unknown ids as −1 − k, and dictionary-encodes text', () => {
		const text = [
			'\uFEFFid,date,score,comment,channel',
			'A,2024-01-05,9,好,app',
			'Z,2024-01-06,3,,app',
			'17850.0,05/02/2024,7,"slow, late",email',
			'Y,2024-01-07,10,,',
			'Z,2024-01-08,2,,'
		].join('\r\n');
		const { store, report } = readFeedback(bytes(text), options(), customers);
		expect([...store.customer]).toEqual([0, -1, 2, -2, -1]);
		expect(store.unknownIds).toEqual(['Z', 'Y']);
		expect([...store.day]).toEqual([
			dayFromYmd(2024, 1, 5),
			dayFromYmd(2024, 1, 6),
			dayFromYmd(2024, 2, 5),
			dayFromYmd(2024, 1, 7),
			dayFromYmd(2024, 1, 8)
		]);
		expect([...store.comment]).toEqual([0, -1, 1, -1, -1]);
		expect(store.comments).toEqual(['好', 'slow, late']);
		expect([...store.channel]).toEqual([0, 0, 1, -1, -1]);
		expect(store.channels).toEqual(['app', 'email']);
		expect(report).toMatchObject({
			imported: 5,
			unmatchedResponses: 3,
			unmatchedCustomers: 2,
			unmatchedExamples: ['Z', 'Y'],
			comments: 2,
			firstDay: dayFromYmd(2024, 1, 5),
			lastDay: dayFromYmd(2024, 2, 5)
		});
	});

	it('reads a GB18030 review file with verbal grades and an Excel sep line', () => {
		const text = 'sep=;\n会员号;评价时间;评价\nA;2024年3月1日;好评\nB;2024/3/2;中评\n';
		// ASCII as is, CJK from the GB 2312 table below (checked with Python's gb18030 codec).
		const gb = new Uint8Array(
			[...text].flatMap((ch) =>
				ch.charCodeAt(0) < 128 ? [ch.charCodeAt(0)] : [...GB[ch as keyof typeof GB]]
			)
		);
		const mapping = { ...MAPPING, customerId: '会员号', responseDate: '评价时间', score: '评价' };
		const { store } = readFeedback(
			gb,
			options({ encoding: 'gb18030', delimiter: ';', mapping, scale: SCALE_FIVE }),
			customers
		);
		expect([...store.score]).toEqual([5, 3]);
		expect([...store.day]).toEqual([dayFromYmd(2024, 3, 1), dayFromYmd(2024, 3, 2)]);
	});
});

/** GB18030 bytes of the characters above (from the GB 2312 table). */
const GB = {
	会: [0xbb, 0xe1],
	员: [0xd4, 0xb1],
	号: [0xba, 0xc5],
	评: [0xc6, 0xc0],
	价: [0xbc, 0xdb],
	时: [0xca, 0xb1],
	间: [0xbc, 0xe4],
	年: [0xc4, 0xea],
	月: [0xd4, 0xc2],
	日: [0xc8, 0xd5],
	好: [0xba, 0xc3],
	中: [0xd6, 0xd0]
} as const;

describe('appendFeedback', () => {
	it('renumbers comments, channels and unknown ids of the later file', () => {
		const read = (text: string) => readFeedback(bytes(text), options(), customers).store;
		const first = read(
			'id,date,score,comment,channel\nZ,2024-01-01,1,x,app\nA,2024-01-02,9,,web\n'
		);
		const second = read('id,date,score,comment,channel\nY,2024-02-01,2,y,web\nZ,2024-02-02,3,z,\n');
		const both = appendFeedback(first, second);
		expect([...both.customer]).toEqual([-1, 0, -2, -1]);
		expect(both.unknownIds).toEqual(['Z', 'Y']);
		expect([...both.comment]).toEqual([0, -1, 1, 2]);
		expect(both.comments).toEqual(['x', 'y', 'z']);
		expect([...both.channel]).toEqual([0, 1, 1, -1]);
		expect(both.channels).toEqual(['app', 'web']);
		expect([...both.score]).toEqual([1, 9, 2, 3]);
	});
});
