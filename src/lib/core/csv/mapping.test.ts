import { describe, expect, it } from 'vitest';
import {
	guessSummaryMapping,
	guessTransactionMapping,
	mappingProblems,
	normaliseHeader
} from './mapping';
import type { TransactionMapping } from './mapping';

const mapping = (partial: Partial<TransactionMapping>): TransactionMapping => ({
	kind: 'transactions',
	customerId: null,
	orderDate: null,
	amount: null,
	quantity: null,
	unitPrice: null,
	orderId: null,
	attributes: [],
	...partial
});

describe('normaliseHeader', () => {
	it.each([
		['Created at', 'createdat'],
		['customer_id', 'customerid'],
		['Customer-ID', 'customerid'],
		['ＣｕｓｔｏｍｅｒＩＤ', 'customerid'],
		['客户 ID', '客户id'],
		['Order #', 'order'],
		['金额（元）', '金额元']
	])('%s → %s', (name, normalised) => {
		expect(normaliseHeader(name)).toBe(normalised);
	});
});

describe('guessTransactionMapping', () => {
	it.each([
		[
			'UCI Online Retail',
			'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country',
			'uci_online_retail',
			mapping({
				orderId: 'InvoiceNo',
				customerId: 'CustomerID',
				orderDate: 'InvoiceDate',
				quantity: 'Quantity',
				unitPrice: 'UnitPrice',
				productId: 'StockCode',
				productName: 'Description',
				attributes: ['Country']
			})
		],
		[
			'Shopify orders',
			'Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Created at,Lineitem quantity,Lineitem name,Lineitem price,Billing City,Billing Province,Billing Country',
			'shopify',
			mapping({
				orderId: 'Name',
				customerId: 'Email',
				orderDate: 'Created at',
				amount: 'Total',
				quantity: 'Lineitem quantity',
				unitPrice: 'Lineitem price',
				productName: 'Lineitem name',
				status: 'Financial Status',
				attributes: ['Billing Country', 'Billing Province', 'Billing City']
			})
		],
		[
			'WooCommerce orders',
			'Order ID,Order Number,Order Date,Order Status,Customer Email,Billing Email,Billing Country,Order Total',
			'woocommerce',
			mapping({
				orderId: 'Order ID',
				customerId: 'Customer Email',
				orderDate: 'Order Date',
				amount: 'Order Total',
				status: 'Order Status',
				attributes: ['Billing Country']
			})
		],
		[
			'Chinese shop export',
			'订单编号,会员号,下单时间,商品名称,数量,单价,实付金额,省份,渠道',
			null,
			mapping({
				orderId: '订单编号',
				customerId: '会员号',
				orderDate: '下单时间',
				amount: '实付金额',
				quantity: '数量',
				unitPrice: '单价',
				productName: '商品名称',
				attributes: ['省份', '渠道']
			})
		],
		[
			'simple English',
			'order_id,customer_id,order_date,amount,country,city,channel,category',
			null,
			mapping({
				orderId: 'order_id',
				customerId: 'customer_id',
				orderDate: 'order_date',
				amount: 'amount',
				productCategory: 'category',
				attributes: ['country', 'city', 'channel']
			})
		],
		[
			'no order id, quantity × price',
			'Client,Date,Qty,Price',
			null,
			mapping({ customerId: 'Client', orderDate: 'Date', quantity: 'Qty', unitPrice: 'Price' })
		]
	])('%s', (_, header, preset, expected) => {
		const guess = guessTransactionMapping(header.split(','), []);
		expect(guess.mapping).toEqual(expected);
		expect(guess.preset).toBe(preset);
		expect(guess.missing).toEqual([]);
	});

	it('reports confidence and reason per role', () => {
		const guess = guessTransactionMapping(
			['Customer Name', 'Transaction Date', 'Amount'],
			[['Ann', '2024-01-05', '12.50']]
		);
		expect(guess.guesses.customerId).toEqual({
			column: 'Customer Name',
			confidence: 0.6,
			reason: 'header_partial',
			detail: 'customer'
		});
		expect(guess.guesses.orderDate).toMatchObject({ reason: 'header', confidence: 0.9 });
		expect(guess.guesses.amount).toMatchObject({ reason: 'header', confidence: 0.9 });
	});

	it('halves the confidence when the values do not fit the role', () => {
		const guess = guessTransactionMapping(
			['customer', 'date', 'total'],
			[
				['a', 'soon', 'x'],
				['b', 'later', 'y']
			]
		);
		expect(guess.guesses.orderDate?.confidence).toBe(0.45);
		expect(guess.guesses.amount?.confidence).toBe(0.45);
		expect(guess.guesses.customerId?.confidence).toBe(0.9);
	});

	it('finds unnamed roles from the values: dates, emails, money', () => {
		const guess = guessTransactionMapping(
			['a', 'b', 'c', 'd'],
			[
				['x', 'ann@example.com', '05/01/2024', '¥12.50'],
				['y', 'bob@example.com', '06/01/2024', '¥8.00']
			]
		);
		expect(guess.mapping).toMatchObject({ customerId: 'b', orderDate: 'c', amount: 'd' });
		expect(guess.guesses.orderDate).toMatchObject({ reason: 'values', confidence: 0.4 });
		expect(guess.missing).toEqual([]);
	});

	it('lists the required roles it could not find', () => {
		expect(guessTransactionMapping(['foo', 'bar'], []).missing).toEqual([
			'customerId',
			'orderDate',
			'amount'
		]);
	});
});

describe('guessSummaryMapping', () => {
	it.each([
		[
			'customer_id,last_purchase_date,frequency,monetary,first_purchase_date',
			{
				customerId: 'customer_id',
				lastPurchaseDate: 'last_purchase_date',
				recencyDays: null,
				frequency: 'frequency',
				monetary: 'monetary',
				firstPurchaseDate: 'first_purchase_date'
			}
		],
		[
			'Customer ID,Recency (days),Orders,Total Spend',
			{
				customerId: 'Customer ID',
				lastPurchaseDate: null,
				recencyDays: 'Recency (days)',
				frequency: 'Orders',
				monetary: 'Total Spend',
				firstPurchaseDate: null
			}
		],
		[
			'会员ID,最近购买日期,购买次数,累计消费金额,城市',
			{
				customerId: '会员ID',
				lastPurchaseDate: '最近购买日期',
				recencyDays: null,
				frequency: '购买次数',
				monetary: '累计消费金额',
				firstPurchaseDate: null
			}
		]
	])('%s', (header, expected) => {
		const guess = guessSummaryMapping(header.split(','), []);
		expect(guess?.mapping).toMatchObject({ kind: 'customer_summary', ...expected });
	});

	it('is null for a transactions header or a BTYD summary without money', () => {
		expect(guessSummaryMapping(['customer_id', 'order_date', 'amount'], [])).toBeNull();
		expect(guessSummaryMapping(['ID', 'frequency', 'recency', 'T'], [])).toBeNull();
	});
});

describe('mappingProblems', () => {
	it('names unknown columns and missing roles', () => {
		expect(mappingProblems(mapping({ customerId: 'id', amount: 'x' }), ['id', 'x'])).toEqual([
			{ code: 'role_not_mapped', field: 'orderDate', params: {} }
		]);
		expect(
			mappingProblems(
				mapping({ customerId: 'id', orderDate: 'd', quantity: 'q', attributes: ['zz'] }),
				['id', 'd', 'q']
			)
		).toEqual([
			{ code: 'amount_not_mapped', params: {} },
			{ code: 'attribute_not_in_file', params: { column: 'zz' } }
		]);
		expect(
			mappingProblems(mapping({ customerId: 'gone', orderDate: 'd', amount: 'x' }), ['d', 'x'])
		).toEqual([{ code: 'column_not_in_file', field: 'customerId', params: { column: 'gone' } }]);
	});
});
