/**
 * Why settings are refused: one message per `SettingsProblemCode` (core/analytics/problems.ts),
 * keyed `problem.<code>`. Parameters: `segment` / `tier` (1-based position), `key`, `axis`,
 * `metric`, `min`, `max`, `count`, `activeDays`.
 */
export const problemsEn = {
	'problem.asOfDay.notWholeDay': 'The as-of date must be a calendar day.',
	'problem.binning.unknownKind': 'Choose quantile bins or fixed thresholds for the scores.',
	'problem.binning.bins': 'The number of bins must be between {min} and {max}.',
	'problem.binning.cuts':
		'{metric} cut points: at most {max}, each a number, in strictly ascending order.',
	'problem.binning.cutCounts': 'Frequency and monetary need the same number of cut points.',
	'problem.scheme.unknownKind': 'Choose a segment scheme.',
	'problem.scheme.empty': 'A custom scheme needs at least one segment.',
	'problem.scheme.tooMany': 'A custom scheme can have at most {max} segments.',
	'problem.scheme.overlaps':
		'{count, plural, one {#\u00a0cell of the grid is covered twice.} other {#\u00a0cells of the grid are covered twice.}}',
	'problem.scheme.gaps':
		'{count, plural, one {#\u00a0cell of the grid is not covered.} other {#\u00a0cells of the grid are not covered.}}',
	'problem.segment.badKey':
		'Segment {segment}: the key “{key}” may only use lower-case letters, digits and underscores.',
	'problem.segment.duplicateKey': 'Segment {segment}: the key “{key}” is already used.',
	'problem.segment.emptyName': 'Segment {segment} needs a name.',
	'problem.segment.missingRange': 'Segment {segment} has no {axis} range.',
	'problem.segment.badRange':
		'Segment {segment}: the {axis} range must run from {min} to {max}, the lower end first.',
	'problem.segment.mixedAxes':
		'Segment {segment}: use either an FM range or separate F and M ranges, not both.',
	'problem.tiers.unknownMetric': 'Choose what tiers are ranked by.',
	'problem.tiers.count': 'Use between {min} and {max} tiers.',
	'problem.tiers.badKey':
		'Tier {tier}: the key “{key}” must be unique and use only lower-case letters, digits and underscores.',
	'problem.tiers.badCut':
		'Tier {tier}: the share must be between 0% and 100% and below the tier above.',
	'problem.tiers.lastCut': 'The last tier must take everyone left (0%).',
	'problem.lifecycle.activeDays':
		'The active window must be a whole number of days, {min} or more.',
	'problem.lifecycle.churnDays':
		'The churn window must be a whole number of days, at least the active window ({activeDays}).',
	'problem.lifecycle.funnelSteps':
		'Funnel steps must be whole numbers of purchases, from {min} up, each larger than the one before.',
	'problem.migration.offsetDays':
		'The migration comparison must look back a whole number of days, {min} or more.',
	'problem.metric.recency': 'Recency',
	'problem.metric.frequency': 'Frequency',
	'problem.metric.monetary': 'Monetary'
} as const;

export const problemsZh: Record<keyof typeof problemsEn, string> = {
	'problem.asOfDay.notWholeDay': '截止日期须为具体某一天。',
	'problem.binning.unknownKind': '请为评分选择分位数分档或固定阈值。',
	'problem.binning.bins': '分档数须在 {min} 到 {max} 之间。',
	'problem.binning.cuts': '{metric}的分界点最多 {max}\u00a0个，须为数字并严格递增。',
	'problem.binning.cutCounts': '购买频次与消费金额的分界点个数须相同。',
	'problem.scheme.unknownKind': '请选择一种客群方案。',
	'problem.scheme.empty': '自定义方案至少要有一个客群。',
	'problem.scheme.tooMany': '自定义方案最多 {max}\u00a0个客群。',
	'problem.scheme.overlaps': '网格中有 {count}\u00a0个格子同时属于多个客群。',
	'problem.scheme.gaps': '网格中有 {count}\u00a0个格子不属于任何客群。',
	'problem.segment.badKey': '第 {segment}\u00a0个客群：标识“{key}”只能使用小写字母、数字和下划线。',
	'problem.segment.duplicateKey': '第 {segment}\u00a0个客群：标识“{key}”已被使用。',
	'problem.segment.emptyName': '第 {segment}\u00a0个客群还没有名称。',
	'problem.segment.missingRange': '第 {segment}\u00a0个客群缺少 {axis} 的取值范围。',
	'problem.segment.badRange':
		'第 {segment}\u00a0个客群：{axis} 的范围须在 {min} 到 {max} 之间，且下限不大于上限。',
	'problem.segment.mixedAxes': '第 {segment}\u00a0个客群：FM 范围与单独的 F、M 范围只能二选一。',
	'problem.tiers.unknownMetric': '请选择会员等级的排名依据。',
	'problem.tiers.count': '会员等级须有 {min} 到 {max}\u00a0级。',
	'problem.tiers.badKey':
		'第 {tier}\u00a0级：标识“{key}”须唯一，且只能使用小写字母、数字和下划线。',
	'problem.tiers.badCut': '第 {tier}\u00a0级：比例须在 0% 到 100% 之间，且低于上一级。',
	'problem.tiers.lastCut': '最后一级须涵盖其余全部客户（0%）。',
	'problem.lifecycle.activeDays': '活跃窗口须为整数天，且不少于 {min}\u00a0天。',
	'problem.lifecycle.churnDays': '流失窗口须为整数天，且不短于活跃窗口（{activeDays}\u00a0天）。',
	'problem.lifecycle.funnelSteps': '漏斗各步须为购买次数（整数），从 {min} 起逐步递增。',
	'problem.migration.offsetDays': '客群迁移的对比回溯天数须为整数，且不少于 {min}\u00a0天。',
	'problem.metric.recency': '距上次购买天数',
	'problem.metric.frequency': '购买次数',
	'problem.metric.monetary': '消费金额'
};
