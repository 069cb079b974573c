/** Messages of the shared chart frame and the SVG charts. */
export const chartsEn = {
	// Frame, export and shared words
	'chart.loading': 'Loading chart…',
	'chart.empty': 'No data to show yet.',
	'chart.noCustomers': 'No scored customers yet.',
	'chart.export.svg': 'Export SVG',
	'chart.export.png': 'Export PNG',
	'chart.export.group': 'Export {title}',
	'chart.export.failed': 'Export failed: {message}',
	'chart.export.nothing': 'The chart is not on screen.',
	'chart.group': 'Group',
	'chart.customers': 'Customers',
	'chart.revenue': 'Revenue',
	'chart.aov': 'Avg. order value',
	'chart.share': 'Share',

	// Share of customers vs share of revenue
	'chart.share.title': 'Share of customers and revenue',
	'chart.share.description':
		'Each group’s share of customers next to its share of net revenue, largest revenue share first.',
	'chart.share.customers': 'Share of customers',
	'chart.share.revenue': 'Share of revenue',
	'chart.share.markLabel': '{group}: {customerShare} of customers, {revenueShare} of revenue',

	// R × FM grid
	'chart.rfm.title': 'R × FM grid',
	'chart.rfm.description':
		'Customers by recency score (rows, 5 = bought most recently) and combined frequency–monetary score (columns). Thick lines separate segments; choose a cell to list its customers.',
	'chart.rfm.colorBy': 'Colour by',
	'chart.rfm.byCustomers': 'Customers',
	'chart.rfm.byRevenue': 'Revenue',
	'chart.rfm.rAxis': 'R score (recency)',
	'chart.rfm.fmAxis': 'FM score (frequency + monetary)',
	'chart.rfm.cell': 'R {r} · FM {fm}',
	'chart.rfm.cellLabel':
		'{shown} · R {r}, FM {fm}, {segment}: {customers, plural, one {#\u00a0customer} other {#\u00a0customers}}, {revenue}. Show these customers',
	'chart.rfm.noSegment': 'No segment',
	'chart.rfm.dataCaption': 'Customers and revenue per R score (rows) and FM score (columns)',

	// Lifecycle funnel
	'chart.funnel.title': 'Lifecycle funnel',
	'chart.funnel.description':
		'Customers with at least 1, 2, 3… purchases, split by how recently they bought; the percentage between two steps is the share that made it to the next step.',
	'chart.funnel.stepOne': '1+ purchase',
	'chart.funnel.step': '{n, plural, one {#+\u00a0purchase} other {#+\u00a0purchases}}',
	'chart.funnel.active': 'Active',
	'chart.funnel.atRisk': 'Lapsing',
	'chart.funnel.lost': 'Churned',
	'chart.funnel.conversion': '↓ {rate} went on',
	'chart.funnel.conversionShort': '↓ {rate}',
	'chart.funnel.conversionLabel': 'Conversion from the previous step',
	'chart.funnel.ofFirst': '{share} of first step',
	'chart.funnel.partLabel':
		'{step}, {status}: {count, plural, one {#\u00a0customer} other {#\u00a0customers}}, {share} of the step',
	'chart.funnel.step.column': 'Step',

	// Cohort retention
	'chart.cohort.title': 'Cohort retention',
	'chart.cohort.description':
		'Each row is the customers whose first purchase fell in that month; columns count the months since. Cells show the share who bought in that month, or the revenue they brought.',
	'chart.cohort.show': 'Show',
	'chart.cohort.retention': 'Retention %',
	'chart.cohort.revenue': 'Revenue',
	'chart.cohort.cohort': 'Cohort',
	'chart.cohort.size': 'Customers',
	'chart.cohort.monthsSince': 'Months since first purchase',
	'chart.cohort.monthK': 'Month {k}',
	'chart.cohort.cellLabel':
		'{cohort} cohort, month {k} ({month}): {retained} of {size, plural, one {#\u00a0customer} other {#\u00a0customers}} ({retention}), revenue {revenue}',
	'chart.cohort.retained': 'Bought that month',
	'chart.cohort.scaleNote': 'Colours run from 0 to the highest value after month 0.',

	// Customer growth
	'chart.growth.title': 'Customer growth',
	'chart.growth.description':
		'New, active and returning customers per month, and revenue from new versus returning customers.',
	'chart.growth.customersPanel': 'Customers per month',
	'chart.growth.revenuePanel': 'Revenue per month',
	'chart.growth.new': 'New',
	'chart.growth.active': 'Active',
	'chart.growth.returning': 'Returning',
	'chart.growth.newRevenue': 'From new customers',
	'chart.growth.returningRevenue': 'From returning customers',
	'chart.growth.activeGrowth': 'Active vs previous month',
	'chart.growth.noGrowth': '—',
	'chart.growth.month': 'Month',
	'chart.growth.monthLabel':
		'{month}: {new} new, {active} active, {returning, plural, one {#\u00a0returning customer} other {#\u00a0returning customers}}; revenue {newRevenue} from new and {returningRevenue} from returning customers',

	// Segment migration
	'chart.sankey.title': 'Segment migration',
	'chart.sankey.description':
		'Where the customers of each segment on {previous} stand on {current}; band widths are customer counts.',
	'chart.sankey.none': 'Not yet a customer',
	'chart.sankey.link': '{from} → {to}: {count}',
	'chart.sankey.empty': 'No customers to compare between the two dates.',
	'chart.sankey.ofFrom': '{share} of {from}',
	'chart.matrix.caption': 'Customers by segment on {previous} (rows) and on {current} (columns)',
	'chart.matrix.corner': '{previous} → {current}',
	'chart.matrix.total': 'Total',

	// Lifecycle stages
	'chart.stages.title': 'Lifecycle stages',
	'chart.stages.description': 'Customers in each lifecycle stage.',
	'chart.stages.barLabel':
		'{stage}: {count, plural, one {#\u00a0customer} other {#\u00a0customers}} ({share})',
	'chart.stages.stage': 'Stage'
} as const;

export const chartsZh: Record<keyof typeof chartsEn, string> = {
	'chart.loading': '图表加载中…',
	'chart.empty': '暂无可显示的数据。',
	'chart.noCustomers': '暂无已评分的客户。',
	'chart.export.svg': '导出 SVG',
	'chart.export.png': '导出 PNG',
	'chart.export.group': '导出“{title}”',
	'chart.export.failed': '导出失败：{message}',
	'chart.export.nothing': '图表当前未显示。',
	'chart.group': '分组',
	'chart.customers': '客户数',
	'chart.revenue': '销售额',
	'chart.aov': '笔单价',
	'chart.share': '占比',

	'chart.share.title': '客户占比与销售额占比',
	'chart.share.description': '各分组的客户数占比与净销售额占比对照，按销售额占比从高到低排列。',
	'chart.share.customers': '客户占比',
	'chart.share.revenue': '销售额占比',
	'chart.share.markLabel': '{group}：客户占比 {customerShare}，销售额占比 {revenueShare}',

	'chart.rfm.title': 'R × FM 网格',
	'chart.rfm.description':
		'按 R 评分（行，依据距上次购买天数，5 = 最近购买）与 FM 评分（列，购买频次与金额的综合评分）统计客户。粗线为客群分界；点选格子可查看其中的客户。',
	'chart.rfm.colorBy': '着色依据',
	'chart.rfm.byCustomers': '客户数',
	'chart.rfm.byRevenue': '销售额',
	'chart.rfm.rAxis': 'R 评分（距上次购买天数）',
	'chart.rfm.fmAxis': 'FM 评分（购买频次 + 消费金额）',
	'chart.rfm.cell': 'R {r} · FM {fm}',
	'chart.rfm.cellLabel':
		'{shown} · R {r}，FM {fm}，{segment}：{customers}\u00a0位客户，销售额 {revenue}。查看这些客户',
	'chart.rfm.noSegment': '未归入客群',
	'chart.rfm.dataCaption': '各 R 评分（行）与 FM 评分（列）的客户数与销售额',

	'chart.funnel.title': '生命周期漏斗',
	'chart.funnel.description':
		'购买至少 1 次、2 次、3 次……的客户，并按最近购买时间细分；两步之间的百分比为进入下一步的客户比例。',
	'chart.funnel.stepOne': '购买 1\u00a0次及以上',
	'chart.funnel.step': '购买 {n}\u00a0次及以上',
	'chart.funnel.active': '活跃',
	'chart.funnel.atRisk': '沉默',
	'chart.funnel.lost': '流失',
	'chart.funnel.conversion': '↓ 转化率 {rate}',
	'chart.funnel.conversionShort': '↓ {rate}',
	'chart.funnel.conversionLabel': '较上一步的转化率',
	'chart.funnel.ofFirst': '占第一步的 {share}',
	'chart.funnel.partLabel': '{step}，{status}：{count}\u00a0位客户，占该步的 {share}',
	'chart.funnel.step.column': '步骤',

	'chart.cohort.title': '同期群留存',
	'chart.cohort.description':
		'每一行是首次购买落在该月的客户；列为此后经过的月数。单元格显示当月有购买的客户比例，或他们带来的销售额。',
	'chart.cohort.show': '显示',
	'chart.cohort.retention': '留存率',
	'chart.cohort.revenue': '销售额',
	'chart.cohort.cohort': '同期群',
	'chart.cohort.size': '客户数',
	'chart.cohort.monthsSince': '首次购买后的月数',
	'chart.cohort.monthK': '{k, plural, =0 {当月} other {第 #\u00a0个月}}',
	'chart.cohort.cellLabel':
		'{cohort} 同期群，{k, plural, =0 {当月} other {第 #\u00a0个月}}（{month}）：{size}\u00a0位客户中 {retained}\u00a0位购买（{retention}），销售额 {revenue}',
	'chart.cohort.retained': '当月购买',
	'chart.cohort.scaleNote': '颜色深浅从 0 到当月之后的最高值。',

	'chart.growth.title': '客户增长',
	'chart.growth.description':
		'每月的新客户、活跃客户与回头客数量，以及新客户与回头客分别贡献的销售额。',
	'chart.growth.customersPanel': '每月客户数',
	'chart.growth.revenuePanel': '每月销售额',
	'chart.growth.new': '新客户',
	'chart.growth.active': '活跃客户',
	'chart.growth.returning': '回头客',
	'chart.growth.newRevenue': '新客户贡献',
	'chart.growth.returningRevenue': '回头客贡献',
	'chart.growth.activeGrowth': '活跃客户环比',
	'chart.growth.noGrowth': '—',
	'chart.growth.month': '月份',
	'chart.growth.monthLabel':
		'{month}：新客户 {new}\u00a0位，活跃客户 {active}\u00a0位，回头客 {returning}\u00a0位；新客户贡献销售额 {newRevenue}，回头客贡献 {returningRevenue}',

	'chart.sankey.title': '客群迁移',
	'chart.sankey.description': '{previous}各客群的客户在{current}所处的客群；带宽为客户数。',
	'chart.sankey.none': '尚未成为客户',
	'chart.sankey.link': '{from} → {to}：{count}',
	'chart.sankey.empty': '两个日期之间没有可比较的客户。',
	'chart.sankey.ofFrom': '占{from}的 {share}',
	'chart.matrix.caption': '客户在{previous}（行）与{current}（列）所属客群的交叉统计',
	'chart.matrix.corner': '{previous} → {current}',
	'chart.matrix.total': '合计',

	'chart.stages.title': '生命周期阶段',
	'chart.stages.description': '各生命周期阶段的客户数。',
	'chart.stages.barLabel': '{stage}：{count}\u00a0位客户（{share}）',
	'chart.stages.stage': '阶段'
};
