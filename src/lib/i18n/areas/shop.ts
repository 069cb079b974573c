/** Messages of order status, refunds, platform presets and customer id types (import page). */
export const shopEn = {
	'import.role.status': 'Order status',
	'import.role.refund': 'Refunded amount',
	'import.role.orderDateFallback': 'Fallback date (when the order date is empty)',
	'import.preset.taobao': 'Taobao / Tmall order report',
	'import.preset.douyin': 'Douyin Shop (Doudian) orders',
	'import.preset.pinduoduo': 'Pinduoduo orders',
	'import.preset.youzan': 'Youzan orders',
	'import.preset.jd': 'JD.com orders',
	'import.idType': 'Customer id type',
	'import.idType.text': 'Text (as written)',
	'import.idType.phone': 'Phone (digits only, +86 removed)',
	'import.idType.email': 'Email (lower case)',
	'import.idTypeHelp':
		'A customer in two files is matched only when the ids are written alike, so phone numbers and emails are normalised first.',
	'import.firstPart': 'province only',
	'import.statuses': 'Order status values',
	'import.statusesHelp':
		'Ticked statuses count as sales. Rows with any other status are skipped as “cancelled or unpaid”; the refunded amount is subtracted from the rest. Row counts are from the first rows of the file.',
	'import.status.value': 'Status',
	'import.status.rows': 'Rows',
	'import.status.counts': 'Counts as a sale',
	'import.status.count': '{value}: counts as a sale',
	// Stable contract (issue 13): the report's reason text is exactly “cancelled or unpaid”.
	'report.reason.cancelled_or_unpaid': 'cancelled or unpaid'
} as const;

export const shopZh: Record<keyof typeof shopEn, string> = {
	'import.role.status': '订单状态',
	'import.role.refund': '退款金额',
	'import.role.orderDateFallback': '备用日期（下单日期为空时使用）',
	'import.preset.taobao': '淘宝/天猫订单报表',
	'import.preset.douyin': '抖店订单',
	'import.preset.pinduoduo': '拼多多订单',
	'import.preset.youzan': '有赞订单',
	'import.preset.jd': '京东订单',
	'import.idType': '客户编号类型',
	'import.idType.text': '文本（保持原样）',
	'import.idType.phone': '手机号（只保留数字，去掉 +86）',
	'import.idType.email': '邮箱（统一转为小写）',
	'import.idTypeHelp':
		'同一客户在两个文件中的编号写法完全一致才能匹配，因此手机号和邮箱会先统一格式再比对。',
	'import.firstPart': '仅保留省份',
	'import.statuses': '订单状态取值',
	'import.statusesHelp':
		'勾选的状态计为成交；其他状态的行作为“已取消或未付款”跳过，其余订单扣除退款金额后计入销售额。行数仅按文件开头部分统计。',
	'import.status.value': '状态',
	'import.status.rows': '行数',
	'import.status.counts': '计为成交',
	'import.status.count': '{value}：计为成交',
	'report.reason.cancelled_or_unpaid': '已取消或未付款'
};
