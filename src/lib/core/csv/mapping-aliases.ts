/**
 * Header aliases of each column role, English and Chinese, as `normaliseHeader` leaves them:
 * `exact` names match a whole header, `partial` ones a part of it. Data, not logic: add a name
 * here and `mapping.ts` picks it up.
 *
 * The roles of a transaction file and the attribute kinds (either kind of file) are here; the
 * roles of a customer summary file in `mapping-summary-aliases.ts`.
 */
import type { TransactionRole } from './mapping';

export interface Aliases {
	exact: string[];
	partial: string[];
}

export const TRANSACTION_ALIASES: Record<TransactionRole, Aliases> = {
	orderId: {
		exact: [
			'orderid',
			'order',
			'orderno',
			'ordernumber',
			'ordercode',
			'invoiceno',
			'invoice',
			'invoiceid',
			'invoicenumber',
			'transactionid',
			'receiptno',
			'receipt',
			'订单号',
			'订单编号',
			'订单id',
			'单号',
			'订单',
			'交易号',
			'交易单号',
			'流水号',
			'订单编码'
		],
		partial: [
			'orderid',
			'orderno',
			'ordernumber',
			'invoiceno',
			'invoice',
			'订单号',
			'订单编号',
			'单号'
		]
	},
	customerId: {
		exact: [
			'customerid',
			'customer',
			'customerno',
			'customernumber',
			'customercode',
			'custid',
			'clientid',
			'client',
			'clientno',
			'memberid',
			'member',
			'memberno',
			'membernumber',
			'userid',
			'user',
			'buyerid',
			'buyer',
			'email',
			'customeremail',
			'billingemail',
			'emailaddress',
			'客户id',
			'客户编号',
			'客户号',
			'客户代码',
			'客户',
			'会员号',
			'会员id',
			'会员编号',
			'会员卡号',
			'会员',
			'用户id',
			'用户编号',
			'用户',
			'买家',
			'买家id',
			'买家昵称',
			'买家会员名',
			'顾客id',
			'顾客编号',
			'顾客',
			'手机号',
			'手机',
			'phone',
			'mobile'
		],
		partial: ['customerid', 'customer', 'email', 'client', 'member', '客户', '会员', '买家', '邮箱']
	},
	orderDate: {
		exact: [
			'date',
			'orderdate',
			'invoicedate',
			'createdat',
			'paidat',
			'purchasedate',
			'transactiondate',
			'orderdatetime',
			'ordertime',
			'orderedat',
			'datetime',
			'timestamp',
			'created',
			'time',
			'下单时间',
			'日期',
			'交易时间',
			'订单日期',
			'付款时间',
			'支付时间',
			'创建时间',
			'订单创建时间',
			'下单日期',
			'成交时间',
			'交易日期',
			'购买日期',
			'购买时间',
			'时间'
		],
		partial: ['date', '日期', '时间']
	},
	amount: {
		exact: [
			'total',
			'amount',
			'revenue',
			'sales',
			'ordertotal',
			'ordertotalamount',
			'totalamount',
			'grandtotal',
			'totalprice',
			'linetotal',
			'amountpaid',
			'paid',
			'payment',
			'netsales',
			'value',
			'sum',
			'金额',
			'实付金额',
			'销售额',
			'订单金额',
			'支付金额',
			'实收金额',
			'实付款',
			'付款金额',
			'成交金额',
			'总金额',
			'总价',
			'合计',
			'应付金额',
			'消费金额',
			'交易金额',
			'销售金额'
		],
		partial: ['total', 'amount', 'revenue', 'sales', '金额', '销售额']
	},
	quantity: {
		exact: [
			'quantity',
			'qty',
			'units',
			'lineitemquantity',
			'itemquantity',
			'数量',
			'购买数量',
			'商品数量',
			'件数'
		],
		partial: ['quantity', 'qty', '数量']
	},
	unitPrice: {
		exact: [
			'unitprice',
			'price',
			'lineitemprice',
			'itemprice',
			'priceeach',
			'单价',
			'商品单价',
			'价格',
			'售价',
			'成交单价'
		],
		partial: ['unitprice', 'price', '单价', '价格']
	},
	// Products (issue 12); listed last so the roles above keep their matches.
	productId: {
		exact: [
			'stockcode',
			'sku',
			'productid',
			'lineitemsku',
			'productcode',
			'itemid',
			'itemcode'
		].concat(['商品id', '商品编码', '商品编号', '货号', '宝贝id', '产品id', '产品编号', 'sku编码']),
		partial: ['sku', 'stockcode', 'productid', '货号', '商品编码', '商品id']
	},
	productName: {
		exact: ['description', 'product', 'productname', 'lineitemname', 'itemname', 'item'].concat([
			'商品名称',
			'宝贝标题',
			'商品',
			'商品标题',
			'宝贝名称',
			'产品名称',
			'产品'
		]),
		partial: ['productname', 'itemname', '商品名称', '宝贝标题', '产品名称']
	},
	productCategory: {
		exact: ['category', 'producttype', 'productcategory', 'lineitemcategory'].concat([
			'类目',
			'品类',
			'商品分类',
			'分类',
			'类别',
			'商品类目'
		]),
		partial: ['category', '类目', '品类']
	},
	// Order status and refunds (issue 13); listed last so the roles above keep their matches.
	status: {
		exact: [
			'status',
			'orderstatus',
			'financialstatus',
			'paymentstatus',
			'订单状态',
			'交易状态',
			'支付状态',
			'付款状态',
			'状态'
		],
		partial: ['orderstatus', 'financialstatus', '订单状态', '交易状态']
	},
	refund: {
		exact: [
			'refund',
			'refunded',
			'refundamount',
			'refundedamount',
			'amountrefunded',
			'totalrefunded',
			'orderrefund',
			'退款金额',
			'买家退款金额',
			'售后金额',
			'退款',
			'已退款金额',
			'退款总额'
		],
		partial: ['refundamount', 'refundedamount', '退款金额']
	},
	// Named by presets only: no generic header says "use me when the date is empty".
	orderDateFallback: { exact: [], partial: [] }
};

/** Attribute kinds suggested for keeping, with their aliases. */
export const ATTRIBUTE_ALIASES: Aliases[] = [
	{ exact: ['country', 'countryregion', '国家', '国家地区'], partial: ['country', '国家'] },
	{
		exact: ['province', 'state', 'region', '省份', '省', '地区', '区域'],
		partial: ['province', '省份']
	},
	{ exact: ['city', '城市', '市'], partial: ['city', '城市'] },
	{
		exact: ['channel', 'source', 'saleschannel', '渠道', '来源', '销售渠道', '平台'],
		partial: ['channel', '渠道']
	},
	{
		exact: ['product', 'productname', 'item', 'itemname', '商品', '商品名称', '产品', '产品名称'],
		partial: ['product', '商品', '产品']
	},
	{
		exact: [
			'category',
			'productcategory',
			'producttype',
			'品类',
			'类目',
			'分类',
			'商品分类',
			'类别'
		],
		partial: ['category', '品类', '类目', '分类']
	}
];
