/** Messages of the Settings page: every definition parameter with a short explanation. */
export const settingsEn = {
	'settings.title': 'Settings',
	'settings.intro':
		'Every number in Strata follows these definitions. Changes apply to the active dataset, are saved with it, and update the figures below as you edit.',
	'settings.dataset': 'Settings of “{name}”',
	'settings.applying': 'Recomputing…',
	'settings.applied': 'Up to date · computed in {ms}\u00a0ms',
	'settings.invalid': 'Not applied yet:',
	'settings.reset': 'Restore the defaults',
	'settings.effect': 'Effect',
	'settings.effectScored':
		'{scored, plural, one {#\u00a0customer scored} other {#\u00a0customers scored}}, {unscored} not scored',

	'settings.asOf.title': 'As-of date',
	'settings.asOf.help':
		'Recency is counted up to this day and everything after it is ignored. By default it is the latest purchase day in the data; pick an earlier day to see the shop “as of three months ago”.',
	'settings.asOf.latest': 'Latest purchase day ({date})',
	'settings.asOf.custom': 'A chosen day',
	'settings.asOf.label': 'As-of date',

	'settings.binning.title': 'Scores',
	'settings.binning.help':
		'R, F and M scores rank each customer against all scored customers. Quantile scores are tie-safe: score = 1 + floor(bins × below / n), where “below” counts customers with a strictly worse value, so equal values always get equal scores.',
	'settings.binning.quantile': 'Quantile bins',
	'settings.binning.bins': 'Number of bins',
	'settings.binning.thresholds': 'Fixed thresholds',
	'settings.binning.thresholdsHelp':
		'Up to four ascending cut points per metric. Frequency and monetary: one point more for every cut point the value reaches. Recency: one point more for every cut point it stays within (fewer days is better). Frequency and monetary need the same number of cut points.',
	'settings.binning.recencyCuts': 'Recency cut points (days)',
	'settings.binning.frequencyCuts': 'Frequency cut points (purchases)',
	'settings.binning.monetaryCuts': 'Monetary cut points ({currency})',
	'settings.binning.cutsPlaceholder': 'e.g. 30, 90, 180, 365',

	'settings.scheme.title': 'Segment scheme',
	'settings.scheme.help':
		'How scored customers are put into named segments. The R × FM grid is the common 11-segment scheme; the eight value classes compare R, F and M with their means; a custom scheme lets you draw your own segments on the 5 × 5 grid.',
	'settings.scheme.rfm_grid': 'R × FM grid (11 segments)',
	'settings.scheme.value8': 'Eight value classes (R, F, M each above or below the mean)',
	'settings.scheme.custom': 'Custom segments',
	'settings.scheme.segment': 'Segment',
	'settings.scheme.key': 'Key',
	'settings.scheme.name': 'Name',
	'settings.scheme.rRange': 'R from–to',
	'settings.scheme.fmRange': 'FM from–to',
	'settings.scheme.add': 'Add a segment',
	'settings.scheme.remove': 'Remove {name}',
	'settings.scheme.coverage': 'Coverage of the 5 × 5 grid (R rows, FM columns)',
	'settings.scheme.ok': 'Every cell belongs to exactly one segment.',
	'settings.scheme.overlaps':
		'{count, plural, one {#\u00a0cell is covered twice} other {#\u00a0cells are covered twice}}',
	'settings.scheme.gaps':
		'{count, plural, one {#\u00a0cell is not covered} other {#\u00a0cells are not covered}}',
	'settings.scheme.cellTwice': 'R {r}, FM {fm}: covered by {keys}',
	'settings.scheme.cellNone': 'R {r}, FM {fm}: not covered',
	'settings.scheme.template.vip': 'VIP',
	'settings.scheme.template.growing': 'Growing',
	'settings.scheme.template.slipping': 'Slipping',
	'settings.scheme.template.dormant': 'Dormant',

	'settings.tiers.title': 'Member tiers',
	'settings.tiers.help':
		'Tiers rank customers on one metric. A customer reaches a tier when the share of scored customers with a strictly lower value is at least the tier’s cut (gold: top 20% by default).',
	'settings.tiers.metric': 'Rank on',
	'settings.tiers.metric.monetary': 'Net spend (monetary)',
	'settings.tiers.metric.frequency': 'Purchases (frequency)',
	'settings.tiers.metric.aov': 'Average order value',
	'settings.tiers.metric.rfm_sum': 'R + F + M scores',
	'settings.tiers.name': 'Tier name',
	'settings.tiers.cut': 'Beats at least (%)',
	'settings.tiers.add': 'Add a tier',
	'settings.tiers.remove': 'Remove {name}',

	'settings.lifecycle.title': 'Lifecycle windows',
	'settings.lifecycle.help':
		'Active window A and churn window W, in days. Churned: recency > W. Lapsing: A < recency ≤ W. Otherwise new (1 purchase), repeat (2–3) or frequent (4 or more).',
	'settings.lifecycle.active': 'Active window A (days)',
	'settings.lifecycle.churn': 'Churn window W (days)',
	'settings.lifecycle.steps': 'Funnel steps (minimum purchases)',
	'settings.lifecycle.suggest': 'Suggest from my data',
	'settings.lifecycle.suggestion':
		'Across {gaps, plural, one {# gap} other {# gaps}} between consecutive purchase days of repeat customers, the median gap is {median}\u00a0days and 90% of gaps are at most {p90}\u00a0days. Rounded to whole weeks: A = {active}\u00a0days, W = {churn}\u00a0days.',
	'settings.lifecycle.noSuggestion': 'No customer has bought on two different days yet.',
	'settings.lifecycle.apply': 'Use these windows',

	'settings.migration.title': 'Migration',
	'settings.migration.help':
		'Segment migration compares each customer’s segment at the as-of date with their segment this many days earlier.',
	'settings.migration.offset': 'Compare with (days earlier)',

	'settings.display.title': 'Display',
	'settings.display.currency': 'Currency',
	'settings.display.currencyHelp': 'Only changes how amounts are written; no conversion.',
	'settings.display.numbers': 'Number format',
	'settings.display.numbersAuto': 'Follow the language'
} as const;

export const settingsZh: Record<keyof typeof settingsEn, string> = {
	'settings.title': '设置',
	'settings.intro':
		'Strata 的所有数字都按以下口径计算。修改只作用于当前数据集并随之保存，下方的结果会随修改实时更新。',
	'settings.dataset': '“{name}”的设置',
	'settings.applying': '正在重新计算…',
	'settings.applied': '已更新 · 用时 {ms}\u00a0毫秒',
	'settings.invalid': '暂未生效：',
	'settings.reset': '恢复默认设置',
	'settings.effect': '当前效果',
	'settings.effectScored': '已评分客户 {scored}\u00a0位，未评分 {unscored}\u00a0位',

	'settings.asOf.title': '统计截止日',
	'settings.asOf.help':
		'“距上次购买天数”计算到这一天为止，之后的数据一律不计。默认取数据中最后一个有购买的日期；选一个更早的日期，就能看到“三个月前”的客户分层。',
	'settings.asOf.latest': '最后购买日（{date}）',
	'settings.asOf.custom': '指定日期',
	'settings.asOf.label': '统计截止日',

	'settings.binning.title': '评分规则',
	'settings.binning.help':
		'R、F、M 评分是把每位客户与全部已评分客户相比较得出的。分位数评分对并列值是安全的：得分 = 1 + floor(档数 × 严格更差的客户数 / 总人数)，数值相同的客户得分一定相同。',
	'settings.binning.quantile': '按分位数分档',
	'settings.binning.bins': '档数',
	'settings.binning.thresholds': '固定阈值',
	'settings.binning.thresholdsHelp':
		'每个指标最多填 4 个递增的分界点。F 和 M：每达到一个分界点加 1 分。R：天数每不超过一个分界点加 1 分（天数越少越好）。F 与 M 的分界点个数须相同。',
	'settings.binning.recencyCuts': 'R 分界点（天）',
	'settings.binning.frequencyCuts': 'F 分界点（次）',
	'settings.binning.monetaryCuts': 'M 分界点（{currency}）',
	'settings.binning.cutsPlaceholder': '例如 30, 90, 180, 365',

	'settings.scheme.title': '客群方案',
	'settings.scheme.help':
		'决定已评分客户归入哪个客群。R × FM 网格是业内常用的 11 类客群划分；客户价值八分类把 R、F、M 分别与均值比较；自定义方案可以在 5 × 5 网格上划分你自己的客群。',
	'settings.scheme.rfm_grid': 'R × FM 网格（11 类）',
	'settings.scheme.value8': '客户价值八分类（R、F、M 与均值比较）',
	'settings.scheme.custom': '自定义客群',
	'settings.scheme.segment': '客群',
	'settings.scheme.key': '标识',
	'settings.scheme.name': '名称',
	'settings.scheme.rRange': 'R 范围',
	'settings.scheme.fmRange': 'FM 范围',
	'settings.scheme.add': '添加客群',
	'settings.scheme.remove': '删除“{name}”',
	'settings.scheme.coverage': '5 × 5 网格覆盖情况（行为 R，列为 FM）',
	'settings.scheme.ok': '每个格子都恰好属于一个客群。',
	'settings.scheme.overlaps': '有 {count}\u00a0个格子被重复覆盖',
	'settings.scheme.gaps': '有 {count}\u00a0个格子没有被覆盖',
	'settings.scheme.cellTwice': 'R {r}、FM {fm}：同时属于 {keys}',
	'settings.scheme.cellNone': 'R {r}、FM {fm}：未被覆盖',
	'settings.scheme.template.vip': '核心大客户',
	'settings.scheme.template.growing': '成长客户',
	'settings.scheme.template.slipping': '流失预警',
	'settings.scheme.template.dormant': '沉睡客户',

	'settings.tiers.title': '会员等级',
	'settings.tiers.help':
		'按一个指标给客户排名定级。若严格低于该客户的已评分客户占比不低于某等级的门槛，即达到该等级（默认金牌为前 20%）。',
	'settings.tiers.metric': '定级依据',
	'settings.tiers.metric.monetary': '净消费额（M）',
	'settings.tiers.metric.frequency': '购买次数（F）',
	'settings.tiers.metric.aov': '笔单价',
	'settings.tiers.metric.rfm_sum': 'R + F + M 总分',
	'settings.tiers.name': '等级名称',
	'settings.tiers.cut': '超过的客户占比至少（%）',
	'settings.tiers.add': '添加等级',
	'settings.tiers.remove': '删除“{name}”',

	'settings.lifecycle.title': '生命周期窗口',
	'settings.lifecycle.help':
		'活跃窗口 A 与流失窗口 W（天）。距上次购买天数 > W 为流失期；A < 距上次购买天数 ≤ W 为沉默期；其余按购买次数分为新客期（1 次）、成长期（2–3 次）和成熟期（4 次及以上）。',
	'settings.lifecycle.active': '活跃窗口 A（天）',
	'settings.lifecycle.churn': '流失窗口 W（天）',
	'settings.lifecycle.steps': '漏斗各级（最少购买次数）',
	'settings.lifecycle.suggest': '根据我的数据推荐',
	'settings.lifecycle.suggestion':
		'复购客户相邻两次购买之间共有 {gaps}\u00a0个间隔，中位数为 {median}\u00a0天，90% 的间隔不超过 {p90}\u00a0天。按整周取整：A = {active}\u00a0天，W = {churn}\u00a0天。',
	'settings.lifecycle.noSuggestion': '目前还没有客户在两个不同的日期购买过。',
	'settings.lifecycle.apply': '采用这组窗口',

	'settings.migration.title': '客群迁移',
	'settings.migration.help': '客群迁移比较每位客户在统计截止日与若干天之前所属的客群。',
	'settings.migration.offset': '对比多少天之前',

	'settings.display.title': '显示',
	'settings.display.currency': '货币',
	'settings.display.currencyHelp': '只改变金额的显示符号，不做汇率换算。',
	'settings.display.numbers': '数字格式',
	'settings.display.numbersAuto': '跟随界面语言'
};
