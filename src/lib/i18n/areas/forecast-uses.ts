/** Messages where the forecast is used elsewhere: tiers on CLV, scatter axes, the holdout split. */
export const forecastUsesEn = {
	'settings.tiers.metric.clv': 'Predicted customer lifetime value (CLV)',
	'settings.tiers.clvHelp':
		'Ranks on the CLV of the Forecast page (with its time unit, horizon and discount rate). Customers without a CLV (returns only, or too little data for the models) rank below everyone else and so fall in the lowest tier.',
	'tiers.metric.clv': 'predicted customer lifetime value (CLV)',
	'tiers.clvUnavailable':
		'Tiers rank on predicted CLV, but the forecast could not give any customer a CLV (not enough data, see the Forecast page), so every customer is in the lowest tier. Choose another ranking metric in the settings.',
	'tiers.clvNote':
		'Customers without a CLV (returns only, or too little data) are counted in the lowest tier.',
	'sql.limit.tierMetricClv':
		'Tiers rank on predicted customer lifetime value, which comes from the BG/NBD and Gamma-Gamma models Strata fits in the browser; a single SQL statement cannot fit them, so no statement is written. Rank tiers on another metric to get the SQL.',

	'scatter.metric.clv': 'CLV (predicted)',
	'scatter.metric.p_alive': 'P(alive)',
	'scatter.forecastLoading': 'Loading the forecast for this axis…',
	'scatter.forecastMissing':
		'The forecast has no P(alive) or CLV for this dataset (not enough data); customers without one are not plotted.',
	'scatter.forecastLeftOut':
		'{count, plural, one {#\u00a0customer} other {#\u00a0customers}} without a forecast not plotted.',

	'forecast.holdout.label': 'Model check split date',
	'forecast.holdout.auto': 'Automatic',
	'forecast.holdout.custom': 'Choose a date',
	'forecast.holdout.date': 'Split date',
	'forecast.holdout.help':
		'Automatic: the model fitted on orders up to the as-of date is checked on the orders after it. With a split date, a second model fitted on orders up to that date is checked on the orders from the next day to the as-of date.',
	'forecast.holdout.invalid': 'Choose a split date before the as-of date ({date}).'
} as const;

export const forecastUsesZh: Record<keyof typeof forecastUsesEn, string> = {
	'settings.tiers.metric.clv': '预测客户终身价值（CLV）',
	'settings.tiers.clvHelp':
		'按“预测”页的客户终身价值定级（沿用该页的时间单位、预测期和折现率）。没有 CLV 的客户（只有退货，或数据不足以建模）排在所有客户之后，归入最低等级。',
	'tiers.metric.clv': '预测客户终身价值（CLV）',
	'tiers.clvUnavailable':
		'会员等级按预测 CLV 划分，但预测模型未能给出任何客户的 CLV（数据不足，详见“预测”页），因此所有客户都归入了最低等级。请在设置中改用其他定级依据。',
	'tiers.clvNote': '没有 CLV 的客户（只有退货，或数据不足）计入最低等级。',
	'sql.limit.tierMetricClv':
		'会员等级按预测客户终身价值划分，而该值来自 Strata 在浏览器中拟合的 BG/NBD 与 Gamma-Gamma 模型，单条 SQL 语句无法完成拟合，因此不生成 SQL。改用其他定级依据即可得到 SQL。',

	'scatter.metric.clv': '预测 CLV',
	'scatter.metric.p_alive': '存活概率',
	'scatter.forecastLoading': '正在加载该坐标轴所需的预测值…',
	'scatter.forecastMissing':
		'该数据集没有存活概率或 CLV 预测值（数据不足），没有预测值的客户不显示在图中。',
	'scatter.forecastLeftOut': '{count}\u00a0位客户没有预测值，未显示在图中。',

	'forecast.holdout.label': '模型检验切分日期',
	'forecast.holdout.auto': '自动',
	'forecast.holdout.custom': '指定日期',
	'forecast.holdout.date': '切分日期',
	'forecast.holdout.help':
		'自动：用统计截止日及之前的订单拟合模型，再用统计截止日之后的订单检验。指定切分日期时，另用切分日期及之前的订单拟合一个模型，再用次日至统计截止日的订单检验。',
	'forecast.holdout.invalid': '切分日期须早于统计截止日（{date}）。'
};
