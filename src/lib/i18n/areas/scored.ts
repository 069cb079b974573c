/** Messages of the scored-customers import (`ui/scored/*`, issue 14). */
export const scoredEn = {
	'scored.title': 'Scored customers from your warehouse',
	'scored.detected':
		'This file has every column that the warehouse SQL writes (Settings → Run it in your warehouse). Strata imports each customer’s scores, segment, tier and lifecycle stage as they are, without recomputing them. The file has no order lines, so cohorts, growth, products and the forecast stay empty.',
	'scored.start': 'Import scored customers',
	'scored.reading': 'Reading scored customers… {rows}\u00a0rows',
	'scored.refused': 'The file was not imported.',
	'scored.file.mixed_schemes':
		'The segment column mixes keys of the R × FM grid and of the eight value classes: export one scheme at a time.',
	'scored.file.too_many_tiers': 'The tier column names more than five tiers.',
	'scored.file.nothing_imported': 'No row could be imported.',
	'scored.done': '{imported} customers imported.',
	'scored.skipped': '{skipped} of {rows} rows were skipped:',
	'scored.problem': 'Row {row}, column {column}: “{value}” — {reason}, expected {expected}.',
	'scored.msg.missing_value': 'empty',
	'scored.msg.not_a_date': 'not a date',
	'scored.msg.not_a_whole_number': 'not a whole number in range',
	'scored.msg.not_an_amount': 'not an amount',
	'scored.msg.score_out_of_range': 'score out of range',
	'scored.msg.fm_mismatch': 'FM score is not the rounded-up mean of F and M',
	'scored.msg.recency_mismatch': 'recency does not match the as-of date of the other rows',
	'scored.msg.dates_out_of_order': 'first purchase after the last',
	'scored.msg.unknown_segment': 'unknown segment key',
	'scored.msg.unknown_stage': 'unknown lifecycle stage',
	'scored.msg.bad_tier_key': 'tier key with characters other than a–z, 0–9 and _',
	'scored.msg.duplicate_customer': 'customer already imported in an earlier row',
	'scored.open': 'Open the overview',
	'scored.notice':
		'This dataset’s scores, segments, tiers and lifecycle stages come from your warehouse (as of {date}) and are shown as imported; changing the settings does not recompute them.',
	'scored.noLines':
		'This dataset is a scored import from your warehouse: one row per customer and no transactions, so this page has nothing to show. Import the order lines to see it.'
};

export const scoredZh: Record<keyof typeof scoredEn, string> = {
	'scored.title': '来自数据仓库的评分结果',
	'scored.detected':
		'该文件包含数据仓库 SQL（设置 → 在数据仓库中运行）输出的全部列。Strata 会原样导入每位客户的评分、客群、会员等级和生命周期阶段，不会重新计算。文件中没有订单明细，因此同期群、增长、商品和预测页面都将为空。',
	'scored.start': '导入评分结果',
	'scored.reading': '正在读取评分结果（已读 {rows}\u00a0行）…',
	'scored.refused': '文件未导入。',
	'scored.file.mixed_schemes':
		'客群列中混有 R × FM 网格和客户价值八分类两种方案的客群标识：请每次只导出一种客群方案。',
	'scored.file.too_many_tiers': '会员等级列中的等级超过 5\u00a0个。',
	'scored.file.nothing_imported': '没有可以导入的行。',
	'scored.done': '已导入 {imported}\u00a0位客户。',
	'scored.skipped': '共 {rows}\u00a0行，其中 {skipped}\u00a0行被跳过：',
	'scored.problem': '第 {row}\u00a0行，“{column}”列：“{value}”——{reason}，应为 {expected}。',
	'scored.msg.missing_value': '为空',
	'scored.msg.not_a_date': '不是日期',
	'scored.msg.not_a_whole_number': '不是有效范围内的整数',
	'scored.msg.not_an_amount': '不是金额',
	'scored.msg.score_out_of_range': '评分超出范围',
	'scored.msg.fm_mismatch': 'FM 评分不等于 F、M 两项评分的均值向上取整',
	'scored.msg.recency_mismatch': '距上次购买天数与其他行的统计截止日不一致',
	'scored.msg.dates_out_of_order': '首次购买日期晚于最近购买日期',
	'scored.msg.unknown_segment': '未知的客群标识',
	'scored.msg.unknown_stage': '未知的生命周期阶段',
	'scored.msg.bad_tier_key': '会员等级标识含有小写字母、数字和下划线以外的字符',
	'scored.msg.duplicate_customer': '该客户已在前面的行中导入',
	'scored.open': '查看总览',
	'scored.notice':
		'本数据集的评分、客群、会员等级和生命周期阶段均来自数据仓库（统计截至 {date}），按导入结果原样展示，修改设置不会重新计算。',
	'scored.noLines':
		'本数据集是从数据仓库导入的评分结果：每位客户一行，没有交易明细，因此本页没有可显示的内容。导入订单明细后即可查看。'
};
