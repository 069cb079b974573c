/**
 * Order status, refunds, fallback dates, id types and the platform presets, through the whole
 * import (sniff → mapping → importer). Expected figures are worked out by hand from the rows.
 */
import { describe, expect, it } from 'vitest';
import { isoFromDay } from '../calendar';
import { encodeGbk } from './gbk.fixture';
import { importBytes, importOptionsFromSniff, sniffFile } from './importer';
import type { ImportOptions, ImportResult } from './importer';
import { guessTransactionMapping } from './mapping';
import type { TransactionMapping } from './mapping';
import { uniqueHeader } from './record-texts';

const utf8 = (text: string) => new TextEncoder().encode(text);

function importFile(bytes: Uint8Array, patch: Partial<TransactionMapping> = {}): ImportResult {
	const options: ImportOptions = importOptionsFromSniff(sniffFile(bytes, bytes.length));
	const mapping = { ...(options.mapping as TransactionMapping), ...patch };
	return importBytes(bytes, { ...options, mapping });
}

/** Lines as [customer, ISO day, cents, order, product name, quantity, …attributes]. */
function lines(result: ImportResult): (string | number)[][] {
	const rows: (string | number)[][] = [];
	for (const chunk of result.chunks) {
		for (let i = 0; i < chunk.customer.length; i++) {
			const product = chunk.product?.[i] ?? -1;
			rows.push([
				result.customerIds[chunk.customer[i]],
				isoFromDay(chunk.day[i]),
				chunk.amountCents[i],
				chunk.order[i],
				product < 0 ? '' : (result.products?.names[product] ?? ''),
				chunk.quantity?.[i] ?? '',
				...result.attributes.map((a, k) => a.values[chunk.attributes[k][i]] ?? '')
			]);
		}
	}
	return rows;
}

describe('platform presets are recognised from their header row', () => {
	it.each([
		[
			'淘宝/天猫 订单报表',
			'订单编号,买家会员名,买家支付宝账号,支付单号,买家应付货款,买家应付邮费,买家支付积分,总金额,返点积分,买家实际支付金额,买家实际支付积分,订单状态,买家留言,收货人姓名,收货地址 ,运送方式,联系电话 ,联系手机,订单创建时间,订单付款时间 ,宝贝标题 ,宝贝种类 ,物流单号 ,物流公司,订单备注,宝贝总数量,店铺Id,店铺名称,订单关闭原因,退款金额',
			'taobao',
			{
				orderId: '订单编号',
				customerId: '买家会员名',
				amount: '买家实际支付金额',
				refund: '退款金额',
				status: '订单状态',
				orderDate: '订单付款时间',
				orderDateFallback: '订单创建时间',
				productName: '宝贝标题',
				quantity: '宝贝总数量',
				attributes: ['收货地址'],
				attributeFirstPart: ['收货地址']
			}
		],
		[
			'抖店',
			'主订单编号,子订单编号,选购商品,商品规格,商品数量,商品ID,商家编码,商品单价,订单应付金额,运费,收件人,收件人手机号,省,市,区,街道,详细地址,订单提交时间,支付完成时间,订单状态,售后状态',
			'douyin',
			{
				orderId: '主订单编号',
				customerId: '收件人手机号',
				amount: '订单应付金额',
				status: '订单状态',
				orderDate: '支付完成时间',
				orderDateFallback: '订单提交时间',
				productId: '商品ID',
				productName: '选购商品',
				quantity: '商品数量',
				customerIdType: 'phone',
				attributes: ['省']
			}
		],
		[
			'拼多多',
			'商品,订单号,订单状态,商品总价(元),店铺优惠折扣(元),平台优惠折扣(元),邮费(元),用户实付金额(元),商家实收金额(元),商品数量(件),收货人,手机,省,市,区,支付时间,拼单成功时间,订单成交时间,商品id,售后状态',
			'pinduoduo',
			{
				orderId: '订单号',
				customerId: '手机',
				amount: '用户实付金额(元)',
				status: '订单状态',
				orderDate: '支付时间',
				orderDateFallback: '订单成交时间',
				productId: '商品id',
				productName: '商品',
				quantity: '商品数量(件)',
				customerIdType: 'phone',
				attributes: ['省']
			}
		],
		[
			'有赞',
			'订单号,订单状态,订单创建时间,买家付款时间,买家手机号,收货人省份,商品名称,商品数量,订单实付金额,退款金额',
			'youzan',
			{
				orderId: '订单号',
				customerId: '买家手机号',
				amount: '订单实付金额',
				refund: '退款金额',
				status: '订单状态',
				orderDate: '买家付款时间',
				orderDateFallback: '订单创建时间',
				productName: '商品名称',
				quantity: '商品数量',
				customerIdType: 'phone',
				attributes: ['收货人省份']
			}
		],
		[
			'京东',
			'订单号,商品ID,商品名称,订购数量,支付方式,下单时间,京东价,订单金额,应付金额,订单状态,下单帐号,客户姓名,客户地址,付款确认时间',
			'jd',
			{
				orderId: '订单号',
				customerId: '下单帐号',
				amount: '应付金额',
				status: '订单状态',
				orderDate: '付款确认时间',
				orderDateFallback: '下单时间',
				productId: '商品ID',
				productName: '商品名称',
				quantity: '订购数量',
				attributes: ['客户地址'],
				attributeFirstPart: ['客户地址']
			}
		],
		[
			'Shopify',
			'Name,Email,Financial Status,Paid at,Total,Refunded Amount,Created at,Lineitem quantity,Lineitem name',
			'shopify',
			{ status: 'Financial Status', refund: 'Refunded Amount', amount: 'Total' }
		],
		[
			'WooCommerce',
			'Order ID,Order Date,Order Status,Customer Email,Order Total,Order Refund',
			'woocommerce',
			{ status: 'Order Status', refund: 'Order Refund', amount: 'Order Total' }
		]
	])('%s', (_, header, preset, roles) => {
		const guess = guessTransactionMapping(uniqueHeader(header.split(',')), []);
		expect(guess.preset).toBe(preset);
		expect(guess.mapping).toMatchObject(roles);
		expect(guess.missing).toEqual([]);
	});

	it('a plain Chinese file is no preset, but its status and refund columns are found', () => {
		const guess = guessTransactionMapping(
			'订单号,会员号,下单时间,实付金额,交易状态,退款金额'.split(','),
			[]
		);
		expect(guess.preset).toBeNull();
		expect(guess.mapping).toMatchObject({ status: '交易状态', refund: '退款金额' });
		expect(guess.mapping.customerIdType).toBeUndefined();
	});
});

describe('a GBK Taobao order report', () => {
	const header =
		'订单编号,买家会员名,买家实际支付金额,订单状态,收货地址 ,订单创建时间,订单付款时间 ,宝贝标题 ,宝贝总数量,退款金额';
	const rows = [
		// paid 99.00, no refund → 9900 on the payment day
		'2024030112345,小王,99.00,交易成功,浙江省 杭州市 西湖区 文三路1号,2024-03-01 10:00:00,2024-03-02 10:05:00,龙井茶,2,0.00',
		// payment time empty → the creation day; 50.00 − 20.00 refunded → 3000
		'2024030512345,小王,50.00,交易成功,浙江省 杭州市 西湖区 文三路1号,2024-03-05 09:00:00,,茶杯,1,20.00',
		// closed and unpaid orders: skipped
		'2024030612345,小李,30.00,交易关闭,广东省 深圳市 南山区,2024-03-06 09:00:00,2024-03-06 09:01:00,茶盘,1,30.00',
		'2024030712345,小李,0.00,等待买家付款,广东省 深圳市 南山区,2024-03-07 09:00:00,,茶盘,1,',
		// shipped, not yet confirmed: a sale of 88.00
		'2024030812345,小张,88.00,"卖家已发货，等待买家确认",广东省深圳市南山区,2024-03-08 09:00:00,2024-03-08 09:30:00,普洱茶,3,'
	];
	const bytes = encodeGbk([header, ...rows].join('\r\n') + '\r\n');

	it('is read as GBK and named as the Taobao preset', () => {
		const sniff = sniffFile(bytes, bytes.length);
		expect(sniff.encoding.encoding).toBe('gb18030');
		expect(sniff.transactions.preset).toBe('taobao');
	});

	it('imports net amounts, falls back to the creation date, keeps provinces, skips closed and unpaid orders', () => {
		const result = importFile(bytes);
		expect(lines(result)).toEqual([
			['小王', '2024-03-02', 9900, 0, '龙井茶', 2, '浙江省'],
			['小王', '2024-03-05', 3000, 1, '茶杯', 1, '浙江省'],
			['小张', '2024-03-08', 8800, 2, '普洱茶', 3, '广东省']
		]);
		expect(result.report).toMatchObject({ rowsRead: 5, imported: 3, skipped: 2, customers: 2 });
		expect(result.report.skippedByReason.cancelled_or_unpaid).toEqual({
			count: 2,
			examples: [
				{ line: 4, column: '订单状态', value: '交易关闭' },
				{ line: 5, column: '订单状态', value: '等待买家付款' }
			]
		});
		expect(result.report.statuses).toEqual([
			{ value: '交易成功', rows: 2, counted: true },
			{ value: '交易关闭', rows: 1, counted: false },
			{ value: '等待买家付款', rows: 1, counted: false },
			{ value: '卖家已发货，等待买家确认', rows: 1, counted: true }
		]);
	});

	it('lets the user count a status the defaults skip, and skip one they count', () => {
		const result = importFile(bytes, { statusCounts: { 交易关闭: true, 交易成功: false } });
		// 交易关闭: 30.00 − 30.00 refunded = 0; 交易成功 rows are skipped now.
		expect(lines(result).map((l) => [l[0], l[2]])).toEqual([
			['小李', 0],
			['小张', 8800]
		]);
		expect(result.report.skippedByReason.cancelled_or_unpaid?.count).toBe(3);
	});
});

describe('refunds: net = paid − refunded', () => {
	it('subtracts the refund from a total or from quantity × price, per row', () => {
		const text =
			'customer,date,qty,price,refund\n' +
			'A,2024-01-05,2,12.50,5.00\n' + // 25.00 − 5.00 = 20.00
			'A,2024-01-06,1,9.90,\n' + // no refund: 9.90
			'B,2024-01-06,3,1.00,-1.00\n' + // a signed refund: 3.00 − 1.00 = 2.00
			'B,2024-01-07,1,4.00,n/a\n'; // unreadable refund: nothing off, 4.00
		const result = importFile(utf8(text));
		expect(lines(result).map((l) => [l[0], l[2]])).toEqual([
			['A', 2000],
			['A', 990],
			['B', 200],
			['B', 400]
		]);
	});
});

describe('Shopify', () => {
	const header =
		'Name,Email,Financial Status,Paid at,Total,Refunded Amount,Lineitem quantity,Lineitem name,Lineitem price,Created at\n';

	it('keeps every line item of an order as a product line, the amount being the order total', () => {
		const text =
			header +
			'#1001,ann@example.com,partially_refunded,2024-01-05 10:00,42.00,12.00,1,Tea,10.00,2024-01-05 09:59\n' +
			'#1001,ann@example.com,,,,,2,Cup,8.00,2024-01-05 09:59\n' +
			'#1001,ann@example.com,,,,,3,Spoon,4.00,2024-01-05 09:59\n' +
			'#1002,bob@example.com,paid,2024-01-06 10:00,5.00,0.00,1,Tea,5.00,2024-01-06 09:00\n';
		const result = importFile(utf8(text));
		// Order #1001: 42.00 − 12.00 refunded = 30.00, on its first line; Cup and Spoon at 0.
		expect(lines(result)).toEqual([
			['ann@example.com', '2024-01-05', 3000, 0, 'Tea', 1],
			['ann@example.com', '2024-01-05', 0, 0, 'Cup', 2],
			['ann@example.com', '2024-01-05', 0, 0, 'Spoon', 3],
			['bob@example.com', '2024-01-06', 500, 1, 'Tea', 1]
		]);
		expect(result.report).toMatchObject({
			rowsRead: 4,
			imported: 2,
			continuationRows: 2,
			skipped: 0,
			orders: 2,
			lines: 4
		});
	});

	it('skips every line of a voided or refunded order as cancelled or unpaid', () => {
		const text =
			header +
			'#1001,ann@example.com,voided,,42.00,,1,Tea,10.00,2024-01-05 09:59\n' +
			'#1001,ann@example.com,,,,,2,Cup,8.00,2024-01-05 09:59\n' +
			'#1002,bob@example.com,refunded,2024-01-06 10:00,5.00,5.00,1,Tea,5.00,2024-01-06 09:00\n' +
			'#1003,bob@example.com,paid,2024-01-07 10:00,7.00,,1,Tea,7.00,2024-01-07 09:00\n';
		const result = importFile(utf8(text));
		expect(lines(result).map((l) => [l[0], l[2], l[4]])).toEqual([['bob@example.com', 700, 'Tea']]);
		expect(result.report.skippedByReason.cancelled_or_unpaid?.examples.map((e) => e.line)).toEqual([
			2, 3, 4
		]);
		expect(result.report.continuationRows).toBe(0);
	});
});

describe('customer id types', () => {
	const text =
		'member,date,amount\n' +
		'+86 138-0013-8000,2024-01-05,10\n' +
		'13800138000,2024-01-06,10\n' +
		'0086 (138) 0013 8000,2024-01-07,10\n' +
		'Ann@Example.com,2024-01-08,10\n' +
		' ann@example.com ,2024-01-09,10\n';

	it.each([
		[
			'text',
			[
				'+86 138-0013-8000',
				'13800138000',
				'0086 (138) 0013 8000',
				'Ann@Example.com',
				'ann@example.com'
			]
		],
		['phone', ['13800138000', 'Ann@Example.com', 'ann@example.com']],
		['email', ['+86 138-0013-8000', '13800138000', '0086 (138) 0013 8000', 'ann@example.com']]
	] as const)('%s', (type, customers) => {
		const result = importFile(utf8(text), { customerIdType: type });
		expect(result.customerIds).toEqual(customers);
	});
});

describe('customer id types in a customer summary', () => {
	it('merges the rows of one phone written two ways', () => {
		const text =
			'customer_id,last_purchase_date,frequency,monetary\n' +
			'+86 138 0013 8000,2024-03-01,1,10\n' +
			'13800138000,2024-03-02,1,20\n' +
			'13900139000,2024-03-03,1,30\n';
		const bytes = utf8(text);
		const options = importOptionsFromSniff(sniffFile(bytes, bytes.length));
		expect(options.mapping.kind).toBe('customer_summary');
		const result = importBytes(bytes, {
			...options,
			mapping: { ...options.mapping, customerIdType: 'phone' }
		});
		expect(result.customerIds).toEqual(['13800138000', '13900139000']);
	});
});
