/** Messages of the source filter on /segments and /tiers (issue 13). */
export const sourcesFilterEn = {
	'sourceFilter.active':
		'Filtered view: only the {count, plural, one {#\u00a0scored customer} other {#\u00a0scored customers}} with a purchase line from “{source}” are counted.',
	'sourceFilter.clear': 'Show all sources',
	'sourceFilter.help':
		'A customer is one person: their scores, segment, tier, revenue and purchases come from all their orders, in every source. The source filter only chooses which customers are counted.',
	'sourceFilter.loading': 'Counting the customers of “{source}”…',
	'sourceFilter.failed': 'The customers of “{source}” could not be counted. Try again.'
} as const;

export const sourcesFilterZh: Record<keyof typeof sourcesFilterEn, string> = {
	'sourceFilter.active': '已筛选：仅统计在“{source}”有购买记录的 {count}\u00a0位已评分客户。',
	'sourceFilter.clear': '显示全部来源',
	'sourceFilter.help':
		'一位客户就是一个人：其评分、客群、会员等级、销售额和购买次数均按该客户在所有来源的全部订单计算；来源筛选只决定统计哪些客户。',
	'sourceFilter.loading': '正在统计“{source}”的客户…',
	'sourceFilter.failed': '无法统计“{source}”的客户，请重试。'
} as const;
