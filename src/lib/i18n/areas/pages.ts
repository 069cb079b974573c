/** Messages of the lifecycle and tiers pages. */
export const pagesEn = {
	// Lifecycle
	'lifecycle.title': 'Lifecycle',
	'lifecycle.asOf': 'as of {date}',
	'lifecycle.definitions':
		'Definitions in force: active = last purchase within {active, plural, one {#\u00a0day} other {#\u00a0days}}, lapsing = {atRiskFrom}–{churn}\u00a0days ago, churned = more than {churn, plural, one {#\u00a0day} other {#\u00a0days}} ago; migration compares with {offset, plural, one {#\u00a0day} other {#\u00a0days}} earlier.',
	'lifecycle.changeSettings': 'Change them in Settings',
	'lifecycle.funnel.note':
		'Scored customers with at least 1, 2, 3… purchases up to {date}, split by their last purchase: active (within {active, plural, one {#\u00a0day} other {#\u00a0days}}), lapsing ({atRiskFrom}–{churn}\u00a0days ago) or churned (more than {churn, plural, one {#\u00a0day} other {#\u00a0days}} ago). The percentage between two steps is the share that went on to the next step.',
	'lifecycle.stages.note':
		'Within the last {active, plural, one {#\u00a0day} other {#\u00a0days}}: new = one purchase, repeat = 2–{repeatMax} purchases, frequent = {loyal} or more. Lapsing = last purchase {atRiskFrom}–{churn}\u00a0days ago; churned = more than {churn, plural, one {#\u00a0day} other {#\u00a0days}} ago.',
	'lifecycle.cohort.note':
		'Each row is the customers whose first purchase fell in that month; columns count the months since, up to {month}. Cells show the share who bought in that month, or the net revenue of their orders in that month.',
	'lifecycle.growth.note':
		'Month by month up to {month}: new = first purchase in the month, active = at least one purchase in the month, returning = active and first purchase in an earlier month. The lower panel splits net revenue between new and returning customers.',
	'lifecycle.migration.title': 'Segment migration',
	'lifecycle.migration.note':
		'Segments on {previous} ({offset, plural, one {#\u00a0day} other {#\u00a0days}} before the as-of date) against segments on {current}, for every customer scored on {current}. Customers who had not bought anything by {previous} form the “{none}” row.',
	'lifecycle.migration.present':
		'{count, plural, one {#\u00a0customer had} other {#\u00a0customers had}} bought by both dates; {new, plural, one {# became a customer} other {# became customers}} since {previous}.',
	'lifecycle.migration.unavailable':
		'No migration to show: there is no earlier date to compare the as-of date with.',
	'lifecycle.matrix.title': 'Migration matrix',
	'lifecycle.matrix.note':
		'Rows: segment on {previous}; columns: segment on {current}. Highlighted cells are customers who stayed in their segment.',
	'lifecycle.sankey.title': 'Migration flows',
	'lifecycle.sankey.note':
		'Where the customers of each segment on {previous} stand on {current}. Band widths are customer counts; hover or focus a band for its figures.',

	// Tiers
	'tiers.title': 'Member tiers',
	'tiers.asOf': 'as of {date}',
	'tiers.rules': 'Ranked on {metric}: {rules}.',
	'tiers.rule.top': '{tier} = customers who beat at least {cut} of scored customers',
	'tiers.rule.next': '{tier} ≥ {cut}',
	'tiers.rule.rest': '{tier} = everyone else',
	'tiers.rule.separator': ', ',
	'tiers.rules.note':
		'“Beat” means a strictly higher value. Only scored customers (at least one purchase up to the as-of date) get a tier.',
	'tiers.metric.monetary': 'net spend',
	'tiers.metric.frequency': 'number of purchases',
	'tiers.metric.aov': 'average order value',
	'tiers.metric.rfm_sum': 'the sum of the R, F and M scores',
	'tiers.changeSettings': 'Change the tiers in Settings',
	'tiers.table.title': 'Tier profiles',
	'tiers.table.caption': 'Customers, revenue and buying habits of each tier',
	'tiers.col.tier': 'Tier',
	'tiers.col.customers': 'Customers',
	'tiers.col.share': 'Share',
	'tiers.col.revenue': 'Net revenue',
	'tiers.col.revenueShare': 'Share of revenue',
	'tiers.col.aov': 'Avg. order value',
	'tiers.col.frequency': 'Mean purchases',
	'tiers.col.repurchase': 'Repurchase rate',
	'tiers.col.recency': 'Mean recency (days)',
	'tiers.total': 'All tiers',
	'tiers.openCustomers':
		'Show the {count} {tier} {count, plural, one {customer} other {customers}}',
	'tiers.share.title': 'Customers and revenue by tier',
	'tiers.share.note':
		'Outlined bars: share of scored customers; filled bars: share of net revenue. A tier whose revenue bar is longer than its customer bar spends above average.',
	'tiers.cross.title': 'Tiers by segment',
	'tiers.cross.note':
		'Scored customers by tier (rows) and RFM segment (columns). The darker a cell, the larger its share of the grand total.',
	'tiers.cross.show': 'Show',
	'tiers.cross.customers': 'Customers',
	'tiers.cross.revenue': 'Net revenue',
	'tiers.cross.caption': '{metric} by tier (rows) and segment (columns)',
	'tiers.cross.corner': 'Tier \\ Segment',
	'tiers.cross.total': 'Total',
	'tiers.cross.cellTitle': '{tier} · {segment}: {value} ({share} of the grand total)',
	'tiers.empty': 'No scored customers: nobody has a tier yet.'
} as const;

export const pagesZh: Record<keyof typeof pagesEn, string> = {
	// 生命周期
	'lifecycle.title': '客户生命周期',
	'lifecycle.asOf': '统计截至 {date}',
	'lifecycle.definitions':
		'当前口径：活跃 = 最近 {active}\u00a0天内有购买；沉默 = 最近一次购买在 {atRiskFrom}–{churn}\u00a0天前；流失 = 超过 {churn}\u00a0天未购买；客群迁移与 {offset}\u00a0天前对比。',
	'lifecycle.changeSettings': '在“设置”中修改',
	'lifecycle.funnel.note':
		'截至{date}，累计购买至少 1 次、2 次、3 次……的已评分客户，并按最近一次购买时间细分：活跃（{active}\u00a0天内）、沉默（{atRiskFrom}–{churn}\u00a0天前）、流失（超过 {churn}\u00a0天）。相邻两步之间的百分比为进入下一步的客户比例。',
	'lifecycle.stages.note':
		'最近 {active}\u00a0天内有购买的客户中：新客期 = 仅购买 1\u00a0次，成长期 = 购买 2–{repeatMax}\u00a0次，成熟期 = 购买 {loyal}\u00a0次及以上。沉默期 = 最近一次购买在 {atRiskFrom}–{churn}\u00a0天前；流失期 = 超过 {churn}\u00a0天未购买。',
	'lifecycle.cohort.note':
		'每一行是首次购买落在该月的客户；列为此后经过的月数，截至{month}。单元格显示当月有购买的客户比例，或该同期群当月订单的净销售额。',
	'lifecycle.growth.note':
		'按月统计，截至{month}：新客户 = 当月首次购买；活跃客户 = 当月至少购买 1 次；回头客 = 当月活跃且首次购买在更早的月份。下方面板将净销售额拆分为新客户贡献与回头客贡献。',
	'lifecycle.migration.title': '客群迁移',
	'lifecycle.migration.note':
		'对比{previous}（统计日前 {offset}\u00a0天）与{current}的客群归属，范围为{current}的全部已评分客户。截至{previous}尚无购买的客户归入“{none}”一行。',
	'lifecycle.migration.present':
		'{count}\u00a0位客户在两个日期都已是客户；{new}\u00a0位是{previous}之后新增的客户。',
	'lifecycle.migration.unavailable': '暂无客群迁移数据：统计日之前没有可对比的日期。',
	'lifecycle.matrix.title': '客群迁移矩阵',
	'lifecycle.matrix.note':
		'行为{previous}所属客群，列为{current}所属客群。高亮的单元格为客群未变的客户。',
	'lifecycle.sankey.title': '客群迁移流向',
	'lifecycle.sankey.note':
		'{previous}各客群的客户在{current}所处的客群。带宽代表客户数；悬停或聚焦某一条带可查看明细。',

	// 会员等级
	'tiers.title': '会员等级',
	'tiers.asOf': '统计截至 {date}',
	'tiers.rules': '按{metric}定级：{rules}。',
	'tiers.rule.top': '{tier} = 高于至少 {cut} 已评分客户的客户',
	'tiers.rule.next': '{tier} ≥ {cut}',
	'tiers.rule.rest': '其余为{tier}',
	'tiers.rule.separator': '，',
	'tiers.rules.note':
		'“高于”指数值严格大于对方。只有已评分客户（截至统计日至少购买过 1 次）才会被定级。',
	'tiers.metric.monetary': '净消费额',
	'tiers.metric.frequency': '购买次数',
	'tiers.metric.aov': '笔单价',
	'tiers.metric.rfm_sum': 'R、F、M 三项评分之和',
	'tiers.changeSettings': '在“设置”中修改会员等级',
	'tiers.table.title': '各等级概况',
	'tiers.table.caption': '各会员等级的客户数、销售额与购买习惯',
	'tiers.col.tier': '等级',
	'tiers.col.customers': '客户数',
	'tiers.col.share': '客户占比',
	'tiers.col.revenue': '净销售额',
	'tiers.col.revenueShare': '销售额占比',
	'tiers.col.aov': '笔单价',
	'tiers.col.frequency': '人均购买次数',
	'tiers.col.repurchase': '复购率',
	'tiers.col.recency': '平均距上次购买天数',
	'tiers.total': '全部等级',
	'tiers.openCustomers': '查看 {count}\u00a0位{tier}',
	'tiers.share.title': '各等级客户占比与销售额占比',
	'tiers.share.note':
		'空心条为客户数占比，实心条为净销售额占比。销售额条长于客户条的等级，人均消费高于平均水平。',
	'tiers.cross.title': '会员等级 × RFM 客群',
	'tiers.cross.note':
		'已评分客户按会员等级（行）与 RFM 客群（列）交叉统计。单元格颜色越深，占总计的比例越大。',
	'tiers.cross.show': '显示',
	'tiers.cross.customers': '客户数',
	'tiers.cross.revenue': '净销售额',
	'tiers.cross.caption': '按会员等级（行）与客群（列）统计的{metric}',
	'tiers.cross.corner': '等级 \\ 客群',
	'tiers.cross.total': '合计',
	'tiers.cross.cellTitle': '{tier} · {segment}：{value}（占总计 {share}）',
	'tiers.empty': '暂无已评分客户，尚无人获得会员等级。'
};
