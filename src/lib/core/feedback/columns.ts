/**
 * Columns of a feedback file (a survey export or downloaded reviews): header aliases in English and
 * Chinese, and the rule that tells a feedback file from a transactions or customer summary file.
 */
import { matchHeaders, normaliseHeader } from '../csv/mapping';
import type { ColumnGuess } from '../csv/mapping';
import { TRANSACTION_ALIASES } from '../csv/mapping-aliases';
import type { Aliases } from '../csv/mapping-aliases';
import { detectScale } from './scores';
import type { ScoreScale } from './scores';

/** Columns of a feedback file: one row per response. */
export interface FeedbackMapping {
	kind: 'feedback';
	customerId: string | null;
	/** When the response was given; required to apply the as-of date. */
	responseDate: string | null;
	score: string | null;
	/** Free text (评价内容), optional. */
	comment: string | null;
	/** Where the response came from (survey, Tmall review…), optional. */
	channel: string | null;
}

export type FeedbackRole = Exclude<keyof FeedbackMapping, 'kind'>;

/**
 * Header aliases per role, normalised like `normaliseHeader` (lower case, no spaces, underscores or
 * punctuation). Order matters: roles are matched in this order, and within a role the first alias
 * that names a free column wins — so `评价时间` goes to the date and `评价内容` to the comment before
 * `评价` is tried as a score. The customer id reuses the transactions aliases.
 */
export const FEEDBACK_ALIASES: Readonly<Record<FeedbackRole, Aliases>> = {
	responseDate: {
		exact: [
			'responsedate',
			'surveydate',
			'reviewdate',
			'feedbackdate',
			'submittedat',
			'submitdate',
			'respondedat',
			'answeredat',
			'reviewtime',
			'评价时间',
			'评价日期',
			'评论时间',
			'提交时间',
			'填写时间',
			'答卷时间',
			'回复时间',
			'调查日期',
			'调研日期',
			...TRANSACTION_ALIASES.orderDate.exact
		],
		partial: ['date', '日期', '时间']
	},
	comment: {
		exact: [
			'comment',
			'comments',
			'review',
			'reviewtext',
			'reviewcontent',
			'feedback',
			'feedbacktext',
			'text',
			'verbatim',
			'reason',
			'评价内容',
			'评论内容',
			'评论',
			'反馈内容',
			'反馈',
			'意见',
			'意见建议',
			'建议',
			'留言',
			'原因'
		],
		partial: ['comment', 'review', 'feedback', '内容', '评论', '意见', '留言']
	},
	channel: {
		exact: ['channel', 'source', 'platform', 'surveychannel', '渠道', '来源', '平台', '评价渠道'],
		partial: ['channel', '渠道', '来源']
	},
	score: {
		exact: [
			'score',
			'rating',
			'nps',
			'npsscore',
			'stars',
			'star',
			'csat',
			'satisfaction',
			'satisfactionscore',
			'likelihoodtorecommend',
			'recommend',
			'reviewscore',
			'reviewrating',
			'评分',
			'满意度',
			'推荐意愿',
			'推荐度',
			'评价',
			'星级',
			'打分',
			'分数',
			'评价等级',
			'综合评分',
			'满意度评分'
		],
		partial: [
			'score',
			'rating',
			'nps',
			'star',
			'satisf',
			'recommend',
			'评分',
			'满意',
			'推荐',
			'星级'
		]
	},
	customerId: TRANSACTION_ALIASES.customerId
};

/** What `guessFeedbackMapping` found. */
export interface FeedbackGuess {
	mapping: FeedbackMapping;
	guesses: Partial<Record<FeedbackRole, ColumnGuess>>;
	/** The score column's scale, from its header and sampled values (`detectScale`). */
	scale: ScoreScale;
	/** Required roles without a column (only `responseDate` can be missing here). */
	missing: FeedbackRole[];
}

/**
 * Guess the columns of a feedback file, or null when the header does not have its shape: a
 * customer id and a score column named by the header, and no amount column (an amount, quantity ×
 * price or spend header means transactions or a customer summary).
 * @example guessFeedbackMapping(['会员号', '评价时间', '评价', '评价内容'], [['A1', '2024-03-01', '好评', '很好']])
 * // → { mapping: { kind: 'feedback', customerId: '会员号', responseDate: '评价时间', score: '评价',
 * //     comment: '评价内容', channel: null }, scale: SCALE_FIVE, missing: [], guesses: … }
 * @example guessFeedbackMapping(['customer_id', 'date', 'amount', 'rating'], []) // → null
 */
export function guessFeedbackMapping(header: string[], rows: string[][]): FeedbackGuess | null {
	const normalised = header.map(normaliseHeader);
	const amountLike = [
		...TRANSACTION_ALIASES.amount.exact,
		...TRANSACTION_ALIASES.unitPrice.exact,
		'monetary',
		'totalspend',
		'spend'
	];
	if (normalised.some((name) => amountLike.includes(name) || /金额|amount/.test(name))) return null;
	const found: Partial<Record<FeedbackRole, ColumnGuess>> = {};
	matchHeaders(normalised, header, FEEDBACK_ALIASES, new Set<number>(), found);
	if (!found.customerId || !found.score) return null;
	const column = (role: FeedbackRole) => found[role]?.column ?? null;
	const scoreAt = header.indexOf(found.score.column);
	return {
		mapping: {
			kind: 'feedback',
			customerId: column('customerId'),
			responseDate: column('responseDate'),
			score: column('score'),
			comment: column('comment'),
			channel: column('channel')
		},
		guesses: found,
		scale: detectScale(
			found.score.column,
			rows.map((row) => row[scoreAt] ?? '')
		),
		missing: found.responseDate ? [] : ['responseDate']
	};
}
