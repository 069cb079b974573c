/** Messages of the customer scatterplot. */
export const scatterEn = {
	'scatter.title': 'Customer map',
	'scatter.description':
		'Each dot is a customer. Drag to pan, scroll to zoom, Shift+drag (or Select mode) to select customers; click a legend entry to hide or show its group.',
	'scatter.empty': 'No scored customers to plot yet.',

	'scatter.controls': 'Scatterplot options',
	'scatter.xAxis': 'X axis',
	'scatter.yAxis': 'Y axis',
	'scatter.xLog': 'Log X',
	'scatter.yLog': 'Log Y',
	'scatter.colorBy': 'Colour by',
	'scatter.colorBy.segment': 'Segment',
	'scatter.colorBy.tier': 'Tier',
	'scatter.selectMode': 'Select',
	'scatter.selectView': 'Select points in view',
	'scatter.resetZoom': 'Reset zoom',

	'scatter.metric.recency': 'Recency (days)',
	'scatter.metric.frequency': 'Purchases',
	'scatter.metric.monetary': 'Net spend',
	'scatter.metric.aov': 'Average order value',
	'scatter.axisLog': '{label} (log scale)',
	'scatter.jitterNote': 'Purchases are spread by up to ±0.35 so stacked customers show.',
	'scatter.logNote':
		'Log scales are symmetric: 0 and negative net spend (returns) stay on the chart.',

	'scatter.plot': 'Scatterplot area',
	'scatter.keyboardHelp':
		'Arrow keys pan, + and − zoom, 0 resets the view, Enter selects the points in view, Escape clears the selection.',
	'scatter.imageLabel':
		'Scatterplot of {count, plural, one {#\u00a0customer} other {#\u00a0customers}}: {x} across, {y} up.',
	'scatter.imageHidden':
		'{count, plural, one {#\u00a0group hidden.} other {#\u00a0groups hidden.}}',

	'scatter.legend': 'Groups shown',
	'scatter.legend.item': '{label}, {count, plural, one {#\u00a0customer} other {#\u00a0customers}}',
	'scatter.legend.showAll': 'Show all',

	'scatter.field.customer': 'Customer',
	'scatter.field.recency': 'Recency',
	'scatter.field.frequency': 'Purchases',
	'scatter.field.monetary': 'Net spend',
	'scatter.field.aov': 'Average order value',
	'scatter.field.segment': 'Segment',
	'scatter.field.tier': 'Tier',
	'scatter.days': '{count, plural, one {#\u00a0day} other {#\u00a0days}}',

	'scatter.selection.title': 'Selection',
	'scatter.selection.count':
		'{count, plural, one {#\u00a0customer selected} other {#\u00a0customers selected}}',
	'scatter.selection.share': '{share} of scored customers',
	'scatter.selection.revenue': 'Net revenue',
	'scatter.selection.meanRecency': 'Mean recency',
	'scatter.selection.meanFrequency': 'Mean purchases',
	'scatter.selection.meanMonetary': 'Mean net spend',
	'scatter.selection.none': 'No customers in the selected area.',
	'scatter.selection.breakdown': 'Selected customers by group',
	'scatter.selection.show': 'Show these customers',
	'scatter.selection.clear': 'Clear selection',

	'scatter.table.caption': 'Customers plotted per group',
	'scatter.table.group': 'Group',
	'scatter.table.customers': 'Customers',
	'scatter.table.state': 'On the chart',
	'scatter.table.shown': 'Shown',
	'scatter.table.hidden': 'Hidden'
} as const;

export const scatterZh: Record<keyof typeof scatterEn, string> = {
	'scatter.title': '客户分布图',
	'scatter.description':
		'每个点代表一位客户。拖动可平移，滚轮可缩放，按住 Shift 拖动（或使用“框选”模式）可框选客户；点击图例可隐藏或显示对应分组。',
	'scatter.empty': '暂无已评分的客户可供展示。',

	'scatter.controls': '散点图选项',
	'scatter.xAxis': 'X 轴',
	'scatter.yAxis': 'Y 轴',
	'scatter.xLog': 'X 轴对数',
	'scatter.yLog': 'Y 轴对数',
	'scatter.colorBy': '着色依据',
	'scatter.colorBy.segment': '客群',
	'scatter.colorBy.tier': '会员等级',
	'scatter.selectMode': '框选',
	'scatter.selectView': '选中可见区域内的客户',
	'scatter.resetZoom': '重置缩放',

	'scatter.metric.recency': '距上次购买天数',
	'scatter.metric.frequency': '购买次数',
	'scatter.metric.monetary': '净消费额',
	'scatter.metric.aov': '笔单价',
	'scatter.axisLog': '{label}（对数刻度）',
	'scatter.jitterNote': '购买次数加入了至多 ±0.35 的随机偏移，以便看清重叠的客户。',
	'scatter.logNote': '对数刻度采用对称对数，消费额为 0 或为负（含退货）的客户同样会显示。',

	'scatter.plot': '散点图绘图区',
	'scatter.keyboardHelp':
		'方向键平移，+ 和 − 缩放，0 重置视图，回车键选中可见区域内的客户，Esc 键清除选择。',
	'scatter.imageLabel': '{count}\u00a0位客户的散点图：横轴为{x}，纵轴为{y}。',
	'scatter.imageHidden': '已隐藏 {count}\u00a0个分组。',

	'scatter.legend': '显示的分组',
	'scatter.legend.item': '{label} {count}\u00a0位客户',
	'scatter.legend.showAll': '全部显示',

	'scatter.field.customer': '客户',
	'scatter.field.recency': '距上次购买天数',
	'scatter.field.frequency': '购买次数',
	'scatter.field.monetary': '净消费额',
	'scatter.field.aov': '笔单价',
	'scatter.field.segment': '客群',
	'scatter.field.tier': '会员等级',
	'scatter.days': '{count}\u00a0天',

	'scatter.selection.title': '已选客户',
	'scatter.selection.count': '已选中 {count}\u00a0位客户',
	'scatter.selection.share': '占已评分客户的 {share}',
	'scatter.selection.revenue': '净销售额',
	'scatter.selection.meanRecency': '平均距上次购买天数',
	'scatter.selection.meanFrequency': '平均购买次数',
	'scatter.selection.meanMonetary': '人均净消费额',
	'scatter.selection.none': '所选区域内没有客户。',
	'scatter.selection.breakdown': '已选客户的分组构成',
	'scatter.selection.show': '查看这些客户',
	'scatter.selection.clear': '清除选择',

	'scatter.table.caption': '各分组绘制的客户数',
	'scatter.table.group': '分组',
	'scatter.table.customers': '客户数',
	'scatter.table.state': '图中状态',
	'scatter.table.shown': '显示',
	'scatter.table.hidden': '隐藏'
};
