/** Messages of the forecast page (BG/NBD, Gamma-Gamma, CLV) and its charts. */
export const forecastEn = {
	'nav.forecast': 'Forecast',
	'forecast.title': 'Forecast',
	'forecast.asOf': 'Fitted on orders up to {date}',
	'forecast.intro':
		'Who will buy again, how often, and what they are worth: the BG/NBD model (the probability that a customer is still active, expected purchases) and the Gamma-Gamma model (expected order value), fitted on your orders in this browser.',
	'forecast.settings': 'Forecast settings',
	'forecast.unit': 'Time unit',
	'forecast.unit.day': 'Days',
	'forecast.unit.week': 'Weeks',
	'forecast.unit.month': 'Months',
	'forecast.horizon': 'Horizon (days)',
	'forecast.discount': 'Monthly discount rate (%)',
	'forecast.asOfNote': 'The as-of date comes from the settings page.',
	'forecast.changeAsOf': 'Change it',
	'forecast.computing': 'Fitting the models…',
	'forecast.recomputing': 'Updating the forecast…',
	'forecast.failed': 'The forecast could not be computed: {message}',
	'forecast.noDataset': 'Import a dataset to see a forecast.',

	'forecast.notEnough.title': 'Not enough data for a forecast',
	'forecast.notEnough.intro':
		'Rather than show numbers that would be wrong, Strata shows none until the data can carry the models:',
	'forecast.issue.too_few_customers':
		'Only {customers, plural, one {#\u00a0customer} other {#\u00a0customers}} bought up to the as-of date; the models need at least {minimum}.',
	'forecast.issue.short_history':
		'The orders cover {days, plural, one {#\u00a0day} other {#\u00a0days}} before the as-of date; the models need at least {minimum}\u00a0days (three months).',
	'forecast.issue.few_repeat_buyers':
		'Only {repeatBuyers} of {customers, plural, one {#\u00a0customer} other {#\u00a0customers}} bought more than once: with so few repeat buyers the models cannot learn how often customers come back.',
	'forecast.issue.fit_failed.bgnbd':
		'The purchase model did not settle on a stable answer for these data, so no forecast is shown.',
	'forecast.issue.fit_failed.gamma_gamma':
		'The spend model did not settle on a stable answer, so order values and CLV are not shown.',
	'forecast.issue.spend_unbounded':
		'Order values vary too wildly for the spend model to give an average ({symbol} = {q} ≤ 1), so order values and CLV are not shown.',
	'forecast.issue.few_repeat_spenders':
		'Only {customers, plural, one {#\u00a0customer has} other {#\u00a0customers have}} repeat purchases with a positive amount; order values and CLV need at least 20.',

	'forecast.params.title': 'Fitted models',
	'forecast.params.bgnbd': 'BG/NBD (purchases and drop-out)',
	'forecast.params.gg': 'Gamma-Gamma (order value)',
	'forecast.params.name': 'Parameter',
	'forecast.params.value': 'Value',
	'forecast.params.r': '{symbol} (shape of purchase rates)',
	'forecast.params.alpha': '{symbol} (scale of purchase rates, per {unit})',
	'forecast.params.a': '{symbol} (drop-out, first Beta shape)',
	'forecast.params.b': '{symbol} (drop-out, second Beta shape)',
	'forecast.params.p': '{symbol} (shape of order values)',
	'forecast.params.q': '{symbol} (shape of customers’ spend level)',
	'forecast.params.v': '{symbol} (scale of customers’ spend level)',
	'forecast.params.ll': 'Log-likelihood',
	'forecast.params.converged':
		'Converged after {iterations, plural, one {#\u00a0iteration} other {#\u00a0iterations}} ({evaluations, plural, one {#\u00a0likelihood evaluation} other {#\u00a0likelihood evaluations}}).',
	'forecast.params.notConverged':
		'Stopped after {iterations, plural, one {#\u00a0iteration} other {#\u00a0iterations}} without converging.',
	'forecast.params.ggCustomers':
		'Fitted on {customers, plural, one {#\u00a0repeat buyer} other {#\u00a0repeat buyers}} with a positive average spend.',
	'forecast.params.unit.day': 'day',
	'forecast.params.unit.week': 'week',
	'forecast.params.unit.month': 'month',

	'forecast.kpi.clv': 'Total CLV, next {days, plural, one {day} other {#\u00a0days}}',
	'forecast.kpi.purchases':
		'Expected purchases, next {days, plural, one {day} other {#\u00a0days}}',
	'forecast.kpi.alive': 'Mean P(alive)',
	'forecast.kpi.customers': 'Customers forecast',
	'forecast.kpi.excluded':
		'{count, plural, one {#\u00a0customer with only returns is} other {#\u00a0customers with only returns are}} left out.',

	'forecast.dist.alive.title': 'How likely are customers still active?',
	'forecast.dist.alive.description':
		'Customers by P(alive): the probability, given how often and how recently they bought, that they have not left for good.',
	'forecast.dist.clv.title': 'Customer lifetime value',
	'forecast.dist.clv.description':
		'Customers by CLV over the horizon (discounted monthly); the top 1% are counted under the chart.',
	'forecast.dist.above':
		'{count, plural, one {#\u00a0customer} other {#\u00a0customers}} above {value}',
	'forecast.dist.bin': '{from} – {to}',
	'forecast.dist.range': 'Range',
	'forecast.dist.customers': 'Customers',

	'forecast.stake.segments': 'Value at stake by segment',
	'forecast.stake.tiers': 'Value at stake by tier',
	'forecast.stake.caption':
		'Forecast CLV and purchases per group over the next {days, plural, one {day} other {#\u00a0days}}',
	'forecast.stake.group': 'Group',
	'forecast.stake.customers': 'Customers',
	'forecast.stake.totalClv': 'Total CLV',
	'forecast.stake.meanClv': 'Mean CLV',
	'forecast.stake.purchases': 'Expected purchases',
	'forecast.stake.open':
		'Open the {count, plural, one {customer} other {#\u00a0customers}} of {group}',

	'forecast.slipping.title': 'Valuable and slipping away',
	'forecast.slipping.note':
		'Customers in the top fifth by CLV whose P(alive) is below 50%: worth a personal win-back before they are gone.',
	'forecast.slipping.empty': 'No high-value customer is slipping away right now.',
	'forecast.slipping.customer': 'Customer',
	'forecast.slipping.clv': 'CLV',
	'forecast.slipping.alive': 'P(alive)',
	'forecast.slipping.purchases': 'Expected purchases',
	'forecast.slipping.open': 'Open customer {id}',

	'forecast.check.title': 'Model check on held-out orders',
	'forecast.check.note':
		'The models were fitted on orders up to {split}; the orders from the next day to {end} were held out to see how well they predict.',
	'forecast.check.none':
		'No orders after the as-of date, so nothing to check the model against. To check it, set an earlier as-of date on the settings page: the orders after it are then held out automatically.',
	'forecast.check.mae': 'Mean absolute error per customer',
	'forecast.check.rmse': 'Root mean square error per customer',
	'forecast.check.total':
		'Total held-out purchases: expected {expected}, actual {actual} ({error})',
	'forecast.check.tracking.title': 'Repeat purchases over time',
	'forecast.check.tracking.description':
		'Cumulative repeat purchases per week, actual (solid) and expected by the model (dashed); the vertical line marks the end of the fitting period.',
	'forecast.check.calibration.title': 'Held-out purchases by past purchases',
	'forecast.check.calibration.description':
		'Mean purchases per customer in the held-out period, actual (solid) and expected (dashed), by the number of repeat purchases before it.',
	'forecast.check.actual': 'Actual',
	'forecast.check.expected': 'Expected',
	'forecast.check.week': 'Week ending',
	'forecast.check.repeat': 'Repeat purchases before',
	'forecast.check.repeatMore': '{count} or more',
	'forecast.check.customers': 'Customers',
	'forecast.profile.alive': 'P(alive)',
	'forecast.profile.purchases':
		'Expected purchases, next {days, plural, one {day} other {#\u00a0days}}',
	'forecast.profile.clv': 'CLV, next {days, plural, one {day} other {#\u00a0days}}',
	'forecast.profile.curve': 'P(alive) over time',
	'forecast.profile.curveLabel': 'P(alive) at each purchase day and today: {points}',
	'forecast.profile.curvePoint': '{date}: {value}'
};

export const forecastZh: Record<keyof typeof forecastEn, string> = {
	'nav.forecast': '预测',
	'forecast.title': '预测',
	'forecast.asOf': '基于截至 {date} 的订单拟合',
	'forecast.intro':
		'哪些客户还会回购、多久买一次、未来值多少：用 BG/NBD 模型估计每位客户的存活概率和预期购买次数，用 Gamma-Gamma 模型估计预期笔单价，进而算出客户终身价值（CLV）。模型全部在本浏览器内拟合。',
	'forecast.settings': '预测设置',
	'forecast.unit': '时间单位',
	'forecast.unit.day': '天',
	'forecast.unit.week': '周',
	'forecast.unit.month': '月',
	'forecast.horizon': '预测期（天）',
	'forecast.discount': '月折现率（%）',
	'forecast.asOfNote': '统计截止日沿用设置页的设置。',
	'forecast.changeAsOf': '去修改',
	'forecast.computing': '正在拟合模型…',
	'forecast.recomputing': '正在更新预测…',
	'forecast.failed': '预测计算失败：{message}',
	'forecast.noDataset': '请先导入数据集，再查看预测。',

	'forecast.notEnough.title': '数据不足，暂不预测',
	'forecast.notEnough.intro':
		'与其给出错误的数字，Strata 在数据足以支撑模型之前不显示任何预测，原因如下：',
	'forecast.issue.too_few_customers':
		'统计截止日前有购买的客户只有 {customers}\u00a0位，模型至少需要 {minimum}\u00a0位。',
	'forecast.issue.short_history':
		'统计截止日前的订单只覆盖 {days}\u00a0天，模型至少需要 {minimum}\u00a0天（三个月）。',
	'forecast.issue.few_repeat_buyers':
		'{customers}\u00a0位客户中只有 {repeatBuyers}\u00a0位复购过：复购客户太少，模型无法估计客户多久回购一次。',
	'forecast.issue.fit_failed.bgnbd': '购买模型在这份数据上未能收敛到稳定的结果，因此不显示预测。',
	'forecast.issue.fit_failed.gamma_gamma':
		'消费金额模型未能收敛到稳定的结果，因此不显示预期笔单价和客户终身价值。',
	'forecast.issue.spend_unbounded':
		'订单金额波动过大，消费金额模型无法给出平均值（{symbol} = {q} ≤ 1），因此不显示预期笔单价和客户终身价值。',
	'forecast.issue.few_repeat_spenders':
		'只有 {customers}\u00a0位客户有金额为正的复购；预期笔单价和客户终身价值至少需要 20\u00a0位。',

	'forecast.params.title': '模型参数',
	'forecast.params.bgnbd': 'BG/NBD（购买与流失）',
	'forecast.params.gg': 'Gamma-Gamma（订单金额）',
	'forecast.params.name': '参数',
	'forecast.params.value': '数值',
	'forecast.params.r': '{symbol}（购买率的形状参数）',
	'forecast.params.alpha': '{symbol}（购买率的尺度参数，单位：{unit}）',
	'forecast.params.a': '{symbol}（流失概率贝塔分布的第一形状参数）',
	'forecast.params.b': '{symbol}（流失概率贝塔分布的第二形状参数）',
	'forecast.params.p': '{symbol}（订单金额的形状参数）',
	'forecast.params.q': '{symbol}（客户消费水平的形状参数）',
	'forecast.params.v': '{symbol}（客户消费水平的尺度参数）',
	'forecast.params.ll': '对数似然',
	'forecast.params.converged':
		'迭代 {iterations}\u00a0次后收敛（计算似然函数 {evaluations}\u00a0次）。',
	'forecast.params.notConverged': '迭代 {iterations}\u00a0次后停止，未收敛。',
	'forecast.params.ggCustomers': '基于 {customers}\u00a0位平均消费金额为正的复购客户拟合。',
	'forecast.params.unit.day': '天',
	'forecast.params.unit.week': '周',
	'forecast.params.unit.month': '月',

	'forecast.kpi.clv': '未来 {days}\u00a0天客户终身价值合计',
	'forecast.kpi.purchases': '未来 {days}\u00a0天预期购买次数',
	'forecast.kpi.alive': '平均存活概率',
	'forecast.kpi.customers': '纳入预测的客户',
	'forecast.kpi.excluded': '另有 {count}\u00a0位只有退货的客户未纳入预测。',

	'forecast.dist.alive.title': '客户仍然活跃的概率',
	'forecast.dist.alive.description':
		'按存活概率分组的客户数。存活概率根据客户的购买频次和最近一次购买时间，估计其尚未永久流失的概率。',
	'forecast.dist.clv.title': '客户终身价值分布',
	'forecast.dist.clv.description':
		'按预测期内客户终身价值（按月折现）分组的客户数；最高的 1% 客户在图下方单独计数。',
	'forecast.dist.above': '另有 {count}\u00a0位客户高于 {value}',
	'forecast.dist.bin': '{from} – {to}',
	'forecast.dist.range': '区间',
	'forecast.dist.customers': '客户数',

	'forecast.stake.segments': '各客群的潜在价值',
	'forecast.stake.tiers': '各会员等级的潜在价值',
	'forecast.stake.caption': '未来 {days}\u00a0天各组预测的客户终身价值与购买次数',
	'forecast.stake.group': '分组',
	'forecast.stake.customers': '客户数',
	'forecast.stake.totalClv': '终身价值合计',
	'forecast.stake.meanClv': '人均终身价值',
	'forecast.stake.purchases': '预期购买次数',
	'forecast.stake.open': '查看{group}的 {count}\u00a0位客户',

	'forecast.slipping.title': '高价值但正在流失的客户',
	'forecast.slipping.note':
		'客户终身价值排名前 20%、但存活概率低于 50% 的客户：值得趁他们尚未彻底流失，一对一重点挽回。',
	'forecast.slipping.empty': '目前没有正在流失的高价值客户。',
	'forecast.slipping.customer': '客户',
	'forecast.slipping.clv': '终身价值',
	'forecast.slipping.alive': '存活概率',
	'forecast.slipping.purchases': '预期购买次数',
	'forecast.slipping.open': '查看客户 {id}',

	'forecast.check.title': '用留出数据检验模型',
	'forecast.check.note':
		'模型基于 {split} 及以前的订单拟合；此后至 {end} 的订单作为留出数据，用来检验预测是否准确。',
	'forecast.check.none':
		'统计截止日之后没有订单，无法检验模型。如需检验，请在设置页选择更早的统计截止日，之后的订单会自动作为留出数据。',
	'forecast.check.mae': '每位客户的平均绝对误差',
	'forecast.check.rmse': '每位客户的均方根误差',
	'forecast.check.total': '留出期购买次数：预期 {expected}，实际 {actual}（{error}）',
	'forecast.check.tracking.title': '复购次数随时间的累计',
	'forecast.check.tracking.description':
		'每周累计复购次数，实线为实际、虚线为模型预期；竖线标出拟合期的结束。',
	'forecast.check.calibration.title': '按以往复购次数分组的留出期购买',
	'forecast.check.calibration.description':
		'留出期内每位客户的平均购买次数，实线为实际、虚线为预期，按留出期之前的复购次数分组。',
	'forecast.check.actual': '实际',
	'forecast.check.expected': '预期',
	'forecast.check.week': '周截止日期',
	'forecast.check.repeat': '此前复购次数',
	'forecast.check.repeatMore': '{count}\u00a0次及以上',
	'forecast.check.customers': '客户数',
	'forecast.profile.alive': '存活概率',
	'forecast.profile.purchases': '未来 {days}\u00a0天预期购买次数',
	'forecast.profile.clv': '未来 {days}\u00a0天客户终身价值',
	'forecast.profile.curve': '存活概率走势',
	'forecast.profile.curveLabel': '每个购买日及今天的存活概率：{points}',
	'forecast.profile.curvePoint': '{date}：{value}'
};
