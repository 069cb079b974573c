import { describe, expect, it } from 'vitest';
import { guessFeedbackMapping } from './columns';
import {
	SCALE_FIVE,
	SCALE_NPS,
	detectScale,
	fiveBand,
	isDetractor,
	npsBand,
	parseScore
} from './scores';

describe('parseScore', () => {
	it.each([
		// verbal 满意度 scale and review grades
		['非常满意', SCALE_FIVE, 5],
		['满意', SCALE_FIVE, 4],
		['一般', SCALE_FIVE, 3],
		['不满意', SCALE_FIVE, 2],
		['非常不满意', SCALE_FIVE, 1],
		[' 比较满意 ', SCALE_FIVE, 4],
		['好评', SCALE_FIVE, 5],
		['中评', SCALE_FIVE, 3],
		['差评', SCALE_FIVE, 1],
		['Very satisfied', SCALE_FIVE, 5],
		// stars and numbers
		['5', SCALE_FIVE, 5],
		['1', SCALE_FIVE, 1],
		['4.0', SCALE_FIVE, 4],
		['４', SCALE_FIVE, 4],
		['4星', SCALE_FIVE, 4],
		['3分', SCALE_FIVE, 3],
		['4 stars', SCALE_FIVE, 4],
		['1 star', SCALE_FIVE, 1],
		['★★★★☆', SCALE_FIVE, 4],
		['★★★★★', SCALE_FIVE, 5],
		['4/5', SCALE_FIVE, 4],
		// NPS
		['0', SCALE_NPS, 0],
		['6', SCALE_NPS, 6],
		['10', SCALE_NPS, 10],
		['9/10', SCALE_NPS, 9]
	] as const)('%s on scale %i → %i', (text, scale, score) => {
		expect(parseScore(text, scale)).toEqual({ ok: true, score });
	});

	it.each([
		['', SCALE_FIVE, 'missing_score'],
		['   ', SCALE_NPS, 'missing_score'],
		['good', SCALE_FIVE, 'unparseable_score'],
		['-1', SCALE_NPS, 'unparseable_score'],
		['4.5', SCALE_FIVE, 'fractional_score'],
		['0', SCALE_FIVE, 'score_out_of_range'],
		['6', SCALE_FIVE, 'score_out_of_range'],
		['11', SCALE_NPS, 'score_out_of_range'],
		['9/10', SCALE_FIVE, 'score_out_of_range'],
		['4/5', SCALE_NPS, 'score_out_of_range'],
		['好评', SCALE_NPS, 'verbal_score_on_nps_scale']
	] as const)('%j on scale %i → %s', (text, scale, code) => {
		expect(parseScore(text, scale)).toEqual({
			ok: false,
			problem: { code, field: 'score', params: { value: text, scale } }
		});
	});
});

describe('detectScale', () => {
	it.each([
		['推荐意愿', ['3', '4'], SCALE_NPS],
		['NPS', [], SCALE_NPS],
		['likelihood to recommend', ['5'], SCALE_NPS],
		['score', ['3', '9'], SCALE_NPS],
		['score', ['0', '1'], SCALE_NPS],
		['rating', ['8/10'], SCALE_NPS],
		['评分', ['5', '4', '1'], SCALE_FIVE],
		['评价', ['好评', '差评'], SCALE_FIVE],
		['满意度', ['非常满意', '一般'], SCALE_FIVE],
		['stars', ['★★★'], SCALE_FIVE]
	] as const)('%s with %j → %i', (header, values, scale) => {
		expect(detectScale(header, values)).toBe(scale);
	});
});

describe('bands', () => {
	it('puts every NPS score in its band (9–10 / 7–8 / 0–6)', () => {
		const bands = Array.from({ length: 11 }, (_, s) => npsBand(s));
		expect(bands).toEqual([
			...Array(7).fill('detractor'),
			'passive',
			'passive',
			'promoter',
			'promoter'
		]);
		expect(Array.from({ length: 11 }, (_, s) => isDetractor(s, SCALE_NPS))).toEqual([
			...Array(7).fill(true),
			...Array(4).fill(false)
		]);
	});

	it('puts every 1–5 score in its band', () => {
		expect([1, 2, 3, 4, 5].map(fiveBand)).toEqual([
			'dissatisfied',
			'dissatisfied',
			'neutral',
			'satisfied',
			'satisfied'
		]);
		expect([1, 2, 3, 4, 5].map((s) => isDetractor(s, SCALE_FIVE))).toEqual([
			true,
			true,
			false,
			false,
			false
		]);
	});
});

describe('guessFeedbackMapping', () => {
	it('reads a Chinese review download', () => {
		const guess = guessFeedbackMapping(
			['会员号', '评价时间', '评价', '评价内容', '渠道'],
			[['A1', '2024-03-01', '好评', '很好', '天猫']]
		);
		expect(guess?.mapping).toEqual({
			kind: 'feedback',
			customerId: '会员号',
			responseDate: '评价时间',
			score: '评价',
			comment: '评价内容',
			channel: '渠道'
		});
		expect(guess?.scale).toBe(SCALE_FIVE);
		expect(guess?.missing).toEqual([]);
	});

	it('reads an English NPS survey and a 满意度 survey', () => {
		const nps = guessFeedbackMapping(
			['Customer ID', 'Submitted at', 'How likely are you to recommend us (NPS)', 'Comment'],
			[['c1', '2024-01-02', '9', '']]
		);
		expect(nps?.mapping.score).toBe('How likely are you to recommend us (NPS)');
		expect(nps?.mapping.responseDate).toBe('Submitted at');
		expect(nps?.mapping.comment).toBe('Comment');
		expect(nps?.scale).toBe(SCALE_NPS);

		const csat = guessFeedbackMapping(['客户ID', '日期', '满意度'], [['c1', '2024-01-02', '满意']]);
		expect(csat?.mapping).toMatchObject({
			customerId: '客户ID',
			responseDate: '日期',
			score: '满意度'
		});
		expect(csat?.scale).toBe(SCALE_FIVE);
		expect(guessFeedbackMapping(['user_id', 'rating'], [])?.missing).toEqual(['responseDate']);
		// 'customer' must not take the score column
		expect(
			guessFeedbackMapping(['Customer ID', 'Date', 'Customer satisfaction'], [])?.mapping
		).toMatchObject({ customerId: 'Customer ID', score: 'Customer satisfaction' });
	});

	it('refuses files with an amount, or without a customer id or a score', () => {
		expect(guessFeedbackMapping(['customer_id', 'date', 'amount', 'rating'], [])).toBeNull();
		expect(guessFeedbackMapping(['客户', '日期', '实付金额', '评分'], [])).toBeNull();
		expect(guessFeedbackMapping(['customer_id', 'date', 'comment'], [])).toBeNull();
		expect(guessFeedbackMapping(['date', 'score', 'comment'], [])).toBeNull();
	});
});
