import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/core/analytics/types';
import { dayFromYmd } from '$lib/core/calendar';
import type { LineChunk } from '$lib/core/columns';
import { SCALE_FIVE, SCALE_NPS, type FeedbackMapping, type ScoreScale } from '$lib/core/feedback';
import { db } from '$lib/db/schema';
import { saveSettings } from './engine';
import { customerFeedbackOf, feedbackNpsCsv, feedbackOf, searchCommentsOf } from './feedback';
import { importFeedback } from './feedback-import';
import { deleteDataset, writeDataset } from './store';
import { backupDataset, restoreBackup } from './backup';

const D = dayFromYmd(2024, 6, 30);
/** Customers A–E, one purchase each in June 2024. */
const chunk: LineChunk = {
	customer: Int32Array.from([0, 1, 2, 3, 4]),
	day: Int32Array.from([D - 20, D - 15, D - 10, D - 5, D - 1]),
	amountCents: Float64Array.from([1000, 2000, 3000, 4000, 5000]),
	order: Int32Array.from([0, 1, 2, 3, 4]),
	attributes: []
};

async function shop(id: string) {
	await writeDataset(
		{
			id,
			name: 'Feedback shop',
			source: 'test.csv',
			created: Date.now(),
			status: 'complete',
			rowCount: 5,
			customerCount: 5,
			orderCount: 5,
			byteSize: 100,
			currency: 'CNY',
			isDemo: false
		},
		[chunk],
		{ customerIds: ['A', 'B', 'C', 'D', 'E'], attributes: [] }
	);
	await saveSettings(id, { ...structuredClone(DEFAULT_SETTINGS), asOfDay: D });
}

const MAPPING: FeedbackMapping = {
	kind: 'feedback',
	customerId: '会员号',
	responseDate: '评价时间',
	score: '推荐意愿',
	comment: '评价内容',
	channel: null
};

const file = (text: string) => new Blob([new TextEncoder().encode(text)]);
const request = (datasetId: string, scale: ScoreScale = SCALE_NPS, mapping = MAPPING) => ({
	datasetId,
	fileName: 'survey.csv',
	options: {
		encoding: 'utf-8' as const,
		delimiter: ',' as const,
		mapping,
		scale,
		dateFormat: { dayOrder: 'dmy' as const, excelEpoch: 1900 as const },
		todayDay: D + 10
	}
});

// A 10, B 9, C 5, D 7; Z has no purchase; one score out of range; one row without an id.
const SURVEY = [
	'会员号,评价时间,推荐意愿,评价内容',
	'A,2024-06-01,10,物流很快',
	'B,2024-06-02,9,质量很好',
	'C,2024-06-03,5,物流太慢',
	'D,2024-06-04,7,',
	'Z,2024-06-05,8,还行',
	'E,2024-06-06,11,',
	',2024-06-07,3,'
].join('\n');

describe('feedback through IndexedDB', () => {
	it('imports, reports unmatched and skipped rows, and computes NPS by hand', async () => {
		await shop('fb1');
		const outcome = await importFeedback(file(SURVEY), request('fb1'));
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		expect(outcome.report).toMatchObject({
			rowsRead: 7,
			imported: 5,
			skipped: 2,
			skippedBy: { score_out_of_range: 1, missing_customer_id: 1 },
			unmatchedResponses: 1,
			unmatchedCustomers: 1,
			unmatchedExamples: ['Z']
		});
		expect(outcome.report.examples[0]).toEqual({
			code: 'score_out_of_range',
			line: 7,
			column: '推荐意愿',
			params: { value: '11', expected: 'nps_0_10' }
		});
		const figures = await feedbackOf('fb1');
		// Joined: A 10 (P), B 9 (P), C 5 (D), D 7 (Pa) → 100 × (2 − 1) ÷ 4 = 25; 4 of 5 answered.
		expect(figures.total).toMatchObject({
			customers: 5,
			responses: 4,
			promoters: 2,
			passives: 1,
			detractors: 1,
			nps: 25,
			responseRate: 0.8,
			fewResponses: true
		});
		expect(figures.unmatchedResponses).toBe(1);
		// No forecast fitted: only the top tier counts, and C (5) is the only detractor.
		expect(figures.valuable.by).toBe('tier');
		expect(figures.valuable.ids.every((id) => id === 'C')).toBe(true);
		expect(figures.words[0].map((w) => w.word)).toEqual(['物流', '太慢']); // ICU keeps 太慢 whole
		// By segment: 物流 is in A's and C's comments, whatever their segments.
		const wuliu = figures.wordsBySegment.flat().filter((w) => w.word === '物流');
		expect(wuliu.reduce((sum, w) => sum + w.comments, 0)).toBe(2);
		const csv = await feedbackNpsCsv('fb1');
		const lines = csv.trim().split('\r\n');
		expect(lines[0]).toBe('group_type,group,customers,responses,promoters,passives,detractors,nps');
		// Every customer is in one segment, one tier and one stage: each block sums to the total.
		for (const type of ['segment', 'tier', 'stage']) {
			const rows = lines.slice(1).filter((l) => l.startsWith(type + ','));
			const sum = (k: number) => rows.reduce((s, l) => s + Number(l.split(',')[k]), 0);
			expect([sum(2), sum(3), sum(4), sum(5), sum(6)]).toEqual([5, 4, 2, 1, 1]);
		}
		expect((await feedbackOf('fb1')).cached).toBe(true);
		expect((await searchCommentsOf('fb1', '物流')).rows.map((r) => r.id)).toEqual(['C', 'A']);
	});

	it('a later file adds responses; the latest one per customer counts', async () => {
		await shop('fb2');
		await importFeedback(file(SURVEY), request('fb2'));
		await importFeedback(
			file('会员号,评价时间,推荐意愿,评价内容\nA,2024-06-20,2,太差了\nZ,2024-06-21,9,'),
			request('fb2')
		);
		const figures = await feedbackOf('fb2');
		expect(figures.cached).toBe(false);
		// A now 2 (D), B 9 (P), C 5 (D), D 7 (Pa) → 100 × (1 − 2) ÷ 4 = −25.
		expect(figures.total).toMatchObject({ responses: 4, promoters: 1, detractors: 2, nps: -25 });
		expect(figures.stored).toBe(7);
		expect(figures.unmatchedCustomers).toBe(1);
		expect((await customerFeedbackOf('fb2', 0)).map((r) => r.score)).toEqual([10, 2]);
	});

	it('reads a 1–5 verbal scale as CSAT', async () => {
		await shop('fb3');
		const mapping = { ...MAPPING, score: '评价' };
		const text =
			'会员号,评价时间,评价\nA,2024-06-01,好评\nB,2024-06-01,中评\nC,2024-06-01,非常满意';
		await importFeedback(file(text), request('fb3', SCALE_FIVE, mapping));
		const figures = await feedbackOf('fb3');
		expect(figures.scale).toBe(SCALE_FIVE);
		expect(figures.total.csat).toBeCloseTo(2 / 3, 12);
	});

	it('stores nothing when no row can be read, and deleting the dataset deletes its feedback', async () => {
		await shop('fb4');
		const bad = await importFeedback(
			file('会员号,评价时间,推荐意愿\nA,2024-06-01,x'),
			request('fb4')
		);
		expect(bad.ok).toBe(false);
		expect(await db.feedback.get('fb4')).toBeUndefined();
		await importFeedback(file(SURVEY), request('fb4'));
		expect(await db.feedback.get('fb4')).toBeDefined();
		await deleteDataset('fb4');
		expect(await db.feedback.get('fb4')).toBeUndefined();
	});

	it('a backup carries the feedback and its restore answers the same', async () => {
		await shop('fb5');
		await importFeedback(file(SURVEY), request('fb5'));
		const restored = await restoreBackup((await backupDataset('fb5')).blob);
		if (!restored.ok) throw new Error(restored.code);
		const [before, after] = await Promise.all([
			db.feedback.get('fb5'),
			db.feedback.get(restored.datasetId)
		]);
		expect({ ...after, datasetId: 'fb5' }).toEqual(before);
		expect((await feedbackNpsCsv(restored.datasetId)).split('\r\n').slice(1)).toEqual(
			(await feedbackNpsCsv('fb5')).split('\r\n').slice(1)
		);
	});

	it('splits by the source attribute when the dataset has one', async () => {
		// A, B and C came from 天猫 (0), D from 京东 (1), E has no source.
		await writeDataset(
			{
				id: 'fb6',
				name: 'Sourced shop',
				source: 'test.csv',
				created: Date.now(),
				status: 'complete',
				rowCount: 5,
				customerCount: 5,
				orderCount: 5,
				byteSize: 100,
				currency: 'CNY',
				isDemo: false
			},
			[{ ...chunk, attributes: [Int32Array.from([0, 0, 0, 1, -1])] }],
			{
				customerIds: ['A', 'B', 'C', 'D', 'E'],
				attributes: [{ name: 'Source', values: ['天猫', '京东'] }]
			}
		);
		await saveSettings('fb6', { ...structuredClone(DEFAULT_SETTINGS), asOfDay: D });
		await importFeedback(file(SURVEY), request('fb6'));
		const { sources } = await feedbackOf('fb6');
		// 天猫: A 10, B 9, C 5 → 100 × (2 − 1) ÷ 3; 京东: D 7 → 0.
		expect(sources?.map((g) => [g.key, g.customers, g.responses, g.nps])).toEqual([
			['天猫', 3, 3, 100 / 3],
			['京东', 1, 1, 0]
		]);
		await shop('fb7');
		await importFeedback(file(SURVEY), request('fb7'));
		expect((await feedbackOf('fb7')).sources).toBeNull();
	});
});
