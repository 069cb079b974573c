/**
 * Header aliases of each column role of a customer summary file (one row per customer: last
 * purchase or recency, frequency, monetary), English and Chinese, as `normaliseHeader` leaves
 * them. Apart from `mapping-aliases.ts` (the transaction roles, the attribute kinds and the
 * `Aliases` shape) because a summary file is the other kind of import: its roles never compete
 * with a transaction file's, and only `guessSummaryMapping` reads them.
 */
import type { SummaryRole } from './mapping';
import { TRANSACTION_ALIASES } from './mapping-aliases';
import type { Aliases } from './mapping-aliases';

export const SUMMARY_ALIASES: Record<SummaryRole, Aliases> = {
	customerId: TRANSACTION_ALIASES.customerId,
	lastPurchaseDate: {
		exact: [
			'lastpurchasedate',
			'lastpurchase',
			'lastorderdate',
			'lastorder',
			'lastorderat',
			'lastpurchaseat',
			'最近购买日期',
			'最后购买日期',
			'最近一次购买日期',
			'最近购买时间',
			'最后购买时间',
			'最近下单时间',
			'最后下单时间',
			'最近下单日期',
			'最近消费时间',
			'最后消费时间',
			'最近一次消费时间',
			'末次购买日期'
		],
		partial: ['lastpurchase', 'lastorder', '最近购买', '最后购买', '最近消费', '最近下单']
	},
	recencyDays: {
		exact: [
			'recency',
			'recencydays',
			'daysincelastpurchase',
			'dayssincelastpurchase',
			'dayssincelastorder',
			'r',
			'最近一次消费间隔',
			'最近消费天数',
			'距上次购买天数',
			'距今天数',
			'未购天数',
			'最近购买间隔天数'
		],
		partial: ['recency', 'dayssince', '间隔天数', '距今']
	},
	frequency: {
		exact: [
			'frequency',
			'orders',
			'ordercount',
			'numberoforders',
			'numorders',
			'totalorders',
			'purchases',
			'purchasecount',
			'f',
			'购买次数',
			'订单数',
			'消费次数',
			'订单数量',
			'下单次数',
			'购买频次'
		],
		partial: ['frequency', 'ordercount', '次数', '订单数']
	},
	monetary: {
		exact: [
			'monetary',
			'monetaryvalue',
			'totalspend',
			'totalspent',
			'spend',
			'revenue',
			'totalrevenue',
			'totalsales',
			'sales',
			'm',
			'消费金额',
			'累计消费',
			'总消费',
			'消费总额',
			'累计消费金额',
			'总金额',
			'购买金额'
		],
		partial: ['monetary', 'spend', '消费金额', '累计消费']
	},
	firstPurchaseDate: {
		exact: [
			'firstpurchasedate',
			'firstpurchase',
			'firstorderdate',
			'firstorder',
			'firstorderat',
			'首次购买日期',
			'首次下单时间',
			'首次购买时间',
			'首单日期',
			'首次消费时间'
		],
		partial: ['firstpurchase', 'firstorder', '首次购买', '首次下单', '首单']
	}
};
