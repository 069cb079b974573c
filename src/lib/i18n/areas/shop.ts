/** Messages of order status, refunds, platform presets and customer id types (import page). */
export const shopEn = {
	'import.role.status': 'Order status',
	'import.role.refund': 'Refunded amount',
	'import.role.orderDateFallback': 'Date when the order date is empty',
	'import.preset.taobao': 'Taobao / Tmall order report',
	'import.preset.douyin': 'Douyin Shop (Doudian)',
	'import.preset.pinduoduo': 'Pinduoduo',
	'import.preset.youzan': 'Youzan',
	'import.preset.jd': 'JD.com',
	'import.idType': 'Customer id type',
	'import.idType.text': 'Text (as written)',
	'import.idType.phone': 'Phone (digits only, +86 removed)',
	'import.idType.email': 'Email (lower case)',
	'import.idTypeHelp':
		'The same member in two files matches only when the ids are written alike: phone and email ids are made uniform first.',
	'import.firstPart': 'first part only (province)',
	'import.statuses': 'Order status values',
	'import.statusesHelp':
		'Ticked statuses count as sales. Rows with an unticked status are skipped as “cancelled or unpaid”; a refund column is subtracted from the rest. Counts are from the first rows.',
	'import.status.value': 'Status',
	'import.status.rows': 'Rows',
	'import.status.counts': 'Counts as a sale',
	'import.status.count': '{value}: counts as a sale',
	'report.reason.cancelled_or_unpaid': 'cancelled or unpaid'
} as const;

export const shopZh: Record<keyof typeof shopEn, string> = {
	'import.role.status': '订单状态',
	'import.role.refund': '退款金额',
	'import.role.orderDateFallback': '订单日期为空时改用的日期',
	'import.preset.taobao': '淘宝/天猫 订单报表',
	'import.preset.douyin': '抖店',
	'import.preset.pinduoduo': '拼多多',
	'import.preset.youzan': '有赞',
	'import.preset.jd': '京东',
	'import.idType': '客户编号类型',
	'import.idType.text': '文本（按原样）',
	'import.idType.phone': '手机号（只保留数字，去掉 +86）',
	'import.idType.email': '邮箱（统一小写）',
	'import.idTypeHelp':
		'同一位会员在两个文件里的编号写法一致才能合并：手机号和邮箱会先统一格式再比对。',
	'import.firstPart': '只保留第一段（省份）',
	'import.statuses': '订单状态取值',
	'import.statusesHelp':
		'勾选的状态计为成交；未勾选状态的行按“已取消或未付款”跳过，其余订单扣除退款金额后计入。行数按文件开头部分统计。',
	'import.status.value': '状态',
	'import.status.rows': '行数',
	'import.status.counts': '计为成交',
	'import.status.count': '{value}：计为成交',
	'report.reason.cancelled_or_unpaid': '已取消或未付款'
};
