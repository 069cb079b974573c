/**
 * Known exports (UCI Online Retail, Shopify, WooCommerce and the Chinese platforms 淘宝/天猫, 抖店,
 * 拼多多, 有赞, 京东) recognised from their whole header, with the columns that play each role in
 * them. The README ("Order status, refunds and platform presets") lists them as tables.
 */
import type { IdType } from './id-types';
import type { Preset, TransactionRole } from './mapping';

export interface PresetDefinition {
	preset: Preset;
	matches: (names: Set<string>) => boolean;
	/** Roles by normalised header name (the first one present wins). */
	roles: Partial<Record<TransactionRole, string[]>>;
	attributes: string[];
	/** Attributes kept as their first part (an address's province). */
	firstPart?: string[];
	/** The id type of the customer column (absent: text). */
	idType?: IdType;
}

const hasAny = (names: Set<string>, list: string[]) => list.some((name) => names.has(name));

/** Roles of known exports; the first whose `matches` accepts the header wins. */
export const PRESETS: PresetDefinition[] = [
	{
		preset: 'uci_online_retail',
		matches: (names) =>
			[
				'invoiceno',
				'stockcode',
				'description',
				'quantity',
				'invoicedate',
				'unitprice',
				'customerid',
				'country'
			].every((name) => names.has(name)),
		roles: {
			orderId: ['invoiceno'],
			customerId: ['customerid'],
			orderDate: ['invoicedate'],
			quantity: ['quantity'],
			unitPrice: ['unitprice'],
			productId: ['stockcode'],
			productName: ['description']
		},
		attributes: ['country']
	},
	{
		preset: 'shopify',
		matches: (names) =>
			names.has('name') &&
			names.has('email') &&
			names.has('total') &&
			(names.has('createdat') || names.has('paidat')) &&
			(names.has('financialstatus') || names.has('lineitemname')),
		roles: {
			orderId: ['name'],
			customerId: ['email'],
			orderDate: ['createdat', 'paidat'],
			amount: ['total'],
			quantity: ['lineitemquantity'],
			unitPrice: ['lineitemprice'],
			productId: ['lineitemsku'],
			productName: ['lineitemname'],
			status: ['financialstatus'],
			refund: ['refundedamount']
		},
		attributes: ['billingcountry', 'billingprovince', 'billingcity']
	},
	{
		preset: 'woocommerce',
		matches: (names) =>
			(names.has('orderid') || names.has('ordernumber')) &&
			names.has('orderdate') &&
			['customeremail', 'billingemail', 'billingemailaddress'].some((n) => names.has(n)) &&
			(names.has('ordertotal') || names.has('ordertotalamount')),
		roles: {
			orderId: ['orderid', 'ordernumber'],
			customerId: ['customeremail', 'billingemail', 'billingemailaddress'],
			orderDate: ['orderdate'],
			amount: ['ordertotal', 'ordertotalamount'],
			status: ['orderstatus', 'status'],
			refund: ['orderrefund', 'refundamount', 'orderrefundamount', 'totalrefunded']
		},
		attributes: ['billingcountry', 'billingstate', 'billingcity']
	},
	{
		// 淘宝/天猫 卖家中心 订单报表: one row per order; 宝贝标题 lists its items.
		preset: 'taobao',
		matches: (names) => ['订单编号', '买家会员名', '买家实际支付金额'].every((n) => names.has(n)),
		roles: {
			orderId: ['订单编号'],
			customerId: ['买家会员名'],
			amount: ['买家实际支付金额'],
			refund: ['退款金额'],
			status: ['订单状态'],
			orderDate: ['订单付款时间'],
			orderDateFallback: ['订单创建时间'],
			productName: ['宝贝标题'],
			quantity: ['宝贝总数量']
		},
		attributes: ['收货地址'],
		firstPart: ['收货地址']
	},
	{
		// 抖店: one row per 子订单 under its 主订单; no buyer account, so the recipient's phone.
		preset: 'douyin',
		matches: (names) =>
			names.has('主订单编号') && names.has('子订单编号') && names.has('订单应付金额'),
		roles: {
			orderId: ['主订单编号'],
			customerId: ['收件人手机号', '收件人电话', '收件人'],
			amount: ['订单应付金额'],
			refund: ['退款金额'],
			status: ['订单状态'],
			orderDate: ['支付完成时间'],
			orderDateFallback: ['订单提交时间'],
			productId: ['商品id'],
			productName: ['选购商品'],
			quantity: ['商品数量']
		},
		attributes: ['省'],
		idType: 'phone'
	},
	{
		// 拼多多 商家后台 订单查询 export: no buyer account, so the recipient's phone.
		preset: 'pinduoduo',
		matches: (names) => names.has('订单号') && hasAny(names, ['用户实付金额元', '用户实付金额']),
		roles: {
			orderId: ['订单号'],
			customerId: ['手机', '收货人手机号', '收货人电话', '收货人'],
			amount: ['用户实付金额元', '用户实付金额'],
			refund: ['退款金额元', '退款金额'],
			status: ['订单状态'],
			orderDate: ['支付时间'],
			orderDateFallback: ['订单成交时间', '拼单成功时间', '订单创建时间'],
			productId: ['商品id'],
			productName: ['商品'],
			quantity: ['商品数量件', '商品数量']
		},
		attributes: ['省'],
		idType: 'phone'
	},
	{
		// 有赞 订单导出: the buyer's phone is the member id.
		preset: 'youzan',
		matches: (names) =>
			names.has('订单号') &&
			hasAny(names, ['订单实付金额', '订单实付金额元']) &&
			hasAny(names, ['买家付款时间', '订单创建时间']),
		roles: {
			orderId: ['订单号'],
			customerId: ['买家手机号', '下单人手机号', '收货人手机号提货人手机号', '收货人手机号'],
			amount: ['订单实付金额', '订单实付金额元'],
			refund: ['退款金额', '订单退款金额', '已退款金额'],
			status: ['订单状态'],
			orderDate: ['买家付款时间'],
			orderDateFallback: ['订单创建时间'],
			productName: ['商品名称'],
			quantity: ['商品数量']
		},
		attributes: ['收货人省份', '省份'],
		idType: 'phone'
	},
	{
		// 京东 POP 商家后台 订单导出.
		preset: 'jd',
		matches: (names) =>
			names.has('订单号') &&
			hasAny(names, ['下单帐号', '下单账号']) &&
			hasAny(names, ['应付金额', '订单金额']),
		roles: {
			orderId: ['订单号'],
			customerId: ['下单帐号', '下单账号'],
			amount: ['应付金额', '订单金额'],
			status: ['订单状态'],
			orderDate: ['付款确认时间'],
			orderDateFallback: ['下单时间'],
			productId: ['商品id'],
			productName: ['商品名称'],
			quantity: ['订购数量']
		},
		attributes: ['客户地址'],
		firstPart: ['客户地址']
	}
];
