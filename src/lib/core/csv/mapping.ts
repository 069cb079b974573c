/**
 * Which column plays which role, guessed from header names (English and Chinese, known exports)
 * and from the values, each guess with a confidence and a reason the UI can show and override.
 * Mappings name columns by their (made unique) header text, so they are plain serialisable
 * objects that can be saved with a dataset and applied again to a file with the same header.
 */
import { DecimalReader } from './amounts';
import type { DecimalSeparator } from './amounts';
import { detectDateFormat } from './dates';

/** Columns of a transactions file: one row per order or order line. */
export interface TransactionMapping {
	kind: 'transactions';
	customerId: string | null;
	orderDate: string | null;
	/** The line or order total. Preferred over quantity × unit price when both are mapped. */
	amount: string | null;
	quantity: string | null;
	unitPrice: string | null;
	/** Without it (or when a row's order id is empty) an order is one customer-day. */
	orderId: string | null;
	/** Kept attribute columns, in the order of `LineChunk.attributes`. */
	attributes: string[];
	/** The product of a line (`LineChunk.product`); optional, like its name and category. */
	productId?: string | null;
	/** The product's name; with no id column the name is the id. */
	productName?: string | null;
	productCategory?: string | null;
}

/** Columns of a customer summary file: one row per customer. */
export interface SummaryMapping {
	kind: 'customer_summary';
	customerId: string | null;
	/** Last purchase date, or else `recencyDays` (days before the as-of date). */
	lastPurchaseDate: string | null;
	recencyDays: string | null;
	/** Number of purchases. */
	frequency: string | null;
	/** Total spend. */
	monetary: string | null;
	firstPurchaseDate: string | null;
	attributes: string[];
}

export type ColumnMapping = TransactionMapping | SummaryMapping;
export type TransactionRole = Exclude<keyof TransactionMapping, 'kind' | 'attributes'>;
export type SummaryRole = Exclude<keyof SummaryMapping, 'kind' | 'attributes'>;

/** Why a column was picked: a known export, its header (whole or part), or its values. */
export type MatchReason = 'preset' | 'header' | 'header_partial' | 'values';

export interface ColumnGuess {
	column: string;
	/** 0–1: preset 1, header 0.9, part of a header 0.6, values alone 0.4; halved when under 80% of the sampled values parse for the role. */
	confidence: number;
	reason: MatchReason;
	/** The alias or preset that matched, or what the values looked like. */
	detail: string;
}

/** Known exports recognised from their whole header. */
export type Preset = 'uci_online_retail' | 'shopify' | 'woocommerce';

export interface MappingGuess<M extends ColumnMapping, R extends string> {
	mapping: M;
	guesses: Partial<Record<R, ColumnGuess>>;
	/** Attribute suggestions, in the order of `mapping.attributes`. */
	attributeGuesses: ColumnGuess[];
	preset: Preset | null;
	/** Required roles no column was found for (`amount` stands for amount or quantity × price). */
	missing: R[];
}

export type TransactionGuess = MappingGuess<TransactionMapping, TransactionRole>;
export type SummaryGuess = MappingGuess<SummaryMapping, SummaryRole>;

/**
 * Header text reduced for matching: NFKC (full-width → ASCII), lower case, without spaces,
 * underscores, hyphens, dots and brackets.
 * @example normaliseHeader('Created at') // → 'createdat'
 * @example normaliseHeader('客户 ID') // → '客户id'
 */
export function normaliseHeader(name: string): string {
	return name
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s_\-.#:：()（）[\]【】/\\'"*]+/g, '');
}

/** Header aliases of one role: whole normalised names, then parts of names. */
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
	}
};

const SUMMARY_ALIASES: Record<SummaryRole, Aliases> = {
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

/** Attribute kinds suggested for keeping, with their aliases. */
const ATTRIBUTE_ALIASES: Aliases[] = [
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

const CONFIDENCE: Record<MatchReason, number> = {
	preset: 1,
	header: 0.9,
	header_partial: 0.6,
	values: 0.4
};

/** Roles of known exports, by normalised header name (the first one present wins). */
const PRESETS: {
	preset: Preset;
	matches: (names: Set<string>) => boolean;
	roles: Partial<Record<TransactionRole, string[]>>;
	attributes: string[];
}[] = [
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
			productName: ['lineitemname']
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
			amount: ['ordertotal', 'ordertotalamount']
		},
		attributes: ['billingcountry', 'billingstate', 'billingcity']
	}
];

/** Sampled values of each column, trimmed. */
function columnValues(header: string[], rows: string[][]): string[][] {
	return header.map((_, c) => rows.map((row) => (row[c] ?? '').trim()));
}

/** Share (0–1) of non-empty values that pass a test; 1 without values. */
function shareOf(values: string[], test: (value: string) => boolean): number {
	let nonEmpty = 0;
	let ok = 0;
	for (const value of values) {
		if (value === '') continue;
		nonEmpty++;
		if (test(value)) ok++;
	}
	return nonEmpty === 0 ? 1 : ok / nonEmpty;
}

function amountShare(values: string[], decimalSeparator: DecimalSeparator): number {
	const reader = new DecimalReader(decimalSeparator);
	return shareOf(values, (v) => reader.read(v, 0, v.length));
}

function dateShare(values: string[]): number {
	return values.some((v) => v !== '') ? detectDateFormat(values).parseable : 1;
}

const isEmail = (value: string): boolean => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value);

/** Share of sampled values a column's role accepts. */
function roleShare(role: string, values: string[], decimalSeparator: DecimalSeparator): number {
	switch (role) {
		case 'orderDate':
		case 'lastPurchaseDate':
		case 'firstPurchaseDate':
			return dateShare(values);
		case 'amount':
		case 'quantity':
		case 'unitPrice':
		case 'monetary':
		case 'frequency':
		case 'recencyDays':
			return amountShare(values, decimalSeparator);
		case 'customerId':
			return values.length === 0 ? 1 : values.filter((v) => v !== '').length / values.length;
		default:
			return 1;
	}
}

/** Pick columns for roles by header aliases: all exact matches first, then partial ones. */
export function matchHeaders<R extends string>(
	normalised: string[],
	header: string[],
	aliases: Record<R, Aliases>,
	used: Set<number>,
	found: Partial<Record<R, ColumnGuess>>
): void {
	const roles = Object.keys(aliases) as R[];
	for (const reason of ['header', 'header_partial'] as const) {
		for (const role of roles) {
			if (found[role]) continue;
			const list = reason === 'header' ? aliases[role].exact : aliases[role].partial;
			for (const alias of list) {
				const c = normalised.findIndex(
					(name, i) => !used.has(i) && (reason === 'header' ? name === alias : name.includes(alias))
				);
				if (c < 0) continue;
				used.add(c);
				found[role] = { column: header[c], confidence: CONFIDENCE[reason], reason, detail: alias };
				break;
			}
		}
	}
}

/** Suggested attribute columns among the unused ones: one per kind (country, city, …). */
function suggestAttributes(
	normalised: string[],
	header: string[],
	used: Set<number>
): ColumnGuess[] {
	const result: ColumnGuess[] = [];
	for (const kind of ATTRIBUTE_ALIASES) {
		for (const reason of ['header', 'header_partial'] as const) {
			const list = reason === 'header' ? kind.exact : kind.partial;
			const c = normalised.findIndex(
				(name, i) =>
					!used.has(i) &&
					list.some((alias) => (reason === 'header' ? name === alias : name.includes(alias)))
			);
			if (c < 0) continue;
			used.add(c);
			result.push({
				column: header[c],
				confidence: CONFIDENCE[reason],
				reason,
				detail: list.find((a) => normalised[c] === a || normalised[c].includes(a)) ?? ''
			});
			break;
		}
	}
	return result.sort((a, b) => header.indexOf(a.column) - header.indexOf(b.column));
}

/** Lower the confidence of guesses whose sampled values do not fit their role. */
function checkValues<R extends string>(
	found: Partial<Record<R, ColumnGuess>>,
	header: string[],
	values: string[][],
	decimalSeparator: DecimalSeparator
): void {
	for (const role of Object.keys(found) as R[]) {
		const guess = found[role] as ColumnGuess;
		const share = roleShare(role, values[header.indexOf(guess.column)], decimalSeparator);
		if (share < 0.8) guess.confidence = Math.round(guess.confidence * 50) / 100;
	}
}

/**
 * Guess the columns of a transactions file from its header and sampled rows.
 * @example guessTransactionMapping(['Order', 'Email', 'Date', 'Total'], []).mapping
 * // → { kind: 'transactions', orderId: 'Order', customerId: 'Email', orderDate: 'Date',
 * //     amount: 'Total', quantity: null, unitPrice: null, attributes: [] }
 */
export function guessTransactionMapping(
	header: string[],
	rows: string[][],
	decimalSeparator: DecimalSeparator = '.'
): TransactionGuess {
	const normalised = header.map(normaliseHeader);
	const names = new Set(normalised);
	const values = columnValues(header, rows);
	const found: Partial<Record<TransactionRole, ColumnGuess>> = {};
	const used = new Set<number>();
	let attributeGuesses: ColumnGuess[] | null = null;

	const preset = PRESETS.find((p) => p.matches(names)) ?? null;
	if (preset) {
		for (const [role, candidates] of Object.entries(preset.roles) as [
			TransactionRole,
			string[]
		][]) {
			const candidate = candidates.find((name) => normalised.includes(name));
			if (candidate === undefined) continue;
			const c = normalised.indexOf(candidate);
			used.add(c);
			found[role] = { column: header[c], confidence: 1, reason: 'preset', detail: preset.preset };
		}
		attributeGuesses = preset.attributes.flatMap((name) => {
			const c = normalised.indexOf(name);
			if (c < 0 || used.has(c)) return [];
			used.add(c);
			return [
				{ column: header[c], confidence: 1, reason: 'preset' as const, detail: preset.preset }
			];
		});
	}
	matchHeaders(normalised, header, TRANSACTION_ALIASES, used, found);
	checkValues(found, header, values, decimalSeparator);
	guessFromValues(found, header, values, used, decimalSeparator);
	attributeGuesses ??= suggestAttributes(normalised, header, used);

	const column = (role: TransactionRole) => found[role]?.column ?? null;
	const missing: TransactionRole[] = [];
	if (!found.customerId) missing.push('customerId');
	if (!found.orderDate) missing.push('orderDate');
	if (!found.amount && !(found.quantity && found.unitPrice)) missing.push('amount');
	return {
		mapping: {
			kind: 'transactions',
			customerId: column('customerId'),
			orderDate: column('orderDate'),
			amount: column('amount'),
			quantity: column('quantity'),
			unitPrice: column('unitPrice'),
			orderId: column('orderId'),
			attributes: attributeGuesses.map((g) => g.column),
			// Left out (undefined) when absent, so mappings saved before products stay equal.
			productId: found.productId?.column,
			productName: found.productName?.column,
			productCategory: found.productCategory?.column
		},
		guesses: found,
		attributeGuesses,
		preset: preset?.preset ?? null,
		missing
	};
}

/** Fill required roles that no header named from what the sampled values look like. */
function guessFromValues(
	found: Partial<Record<TransactionRole, ColumnGuess>>,
	header: string[],
	values: string[][],
	used: Set<number>,
	decimalSeparator: DecimalSeparator
): void {
	const free = header.map((_, c) => c).filter((c) => !used.has(c) && values[c].some((v) => v));
	const take = (role: TransactionRole, c: number | undefined, detail: string) => {
		if (c === undefined) return;
		used.add(c);
		free.splice(free.indexOf(c), 1);
		found[role] = { column: header[c], confidence: CONFIDENCE.values, reason: 'values', detail };
	};
	if (!found.orderDate) {
		// Text dates only: plain numbers are too often something else.
		take(
			'orderDate',
			free.find((c) => {
				const guess = detectDateFormat(values[c]);
				return guess.counts.number === 0 && guess.parseable >= 0.9;
			}),
			'dates'
		);
	}
	if (!found.customerId) {
		take(
			'customerId',
			free.find((c) => shareOf(values[c], isEmail) >= 0.9),
			'emails'
		);
	}
	if (!found.amount && !(found.quantity && found.unitPrice)) {
		const money = /[$€£¥￥元]|\d[.,]\d\d$/;
		take(
			'amount',
			free.find(
				(c) =>
					amountShare(values[c], decimalSeparator) >= 0.9 &&
					shareOf(values[c], (v) => money.test(v)) >= 0.5
			),
			'money'
		);
	}
}

/**
 * Guess the columns of a customer summary file (one row per customer), or null when the header
 * does not have that shape: a customer id, a frequency, a monetary total and a last purchase date
 * or a recency in days, all named by the header.
 * @example guessSummaryMapping(['customer_id', 'recency_days', 'orders', 'total_spend'], [])?.mapping.recencyDays // → 'recency_days'
 */
export function guessSummaryMapping(
	header: string[],
	rows: string[][],
	decimalSeparator: DecimalSeparator = '.'
): SummaryGuess | null {
	const normalised = header.map(normaliseHeader);
	const found: Partial<Record<SummaryRole, ColumnGuess>> = {};
	const used = new Set<number>();
	// Specific roles first, so 'customer' does not take what a longer alias names better.
	const ordered: Record<SummaryRole, Aliases> = {
		lastPurchaseDate: SUMMARY_ALIASES.lastPurchaseDate,
		firstPurchaseDate: SUMMARY_ALIASES.firstPurchaseDate,
		recencyDays: SUMMARY_ALIASES.recencyDays,
		frequency: SUMMARY_ALIASES.frequency,
		monetary: SUMMARY_ALIASES.monetary,
		customerId: SUMMARY_ALIASES.customerId
	};
	matchHeaders(normalised, header, ordered, used, found);
	if (!found.customerId || !found.frequency || !found.monetary) return null;
	if (!found.lastPurchaseDate && !found.recencyDays) return null;
	checkValues(found, header, columnValues(header, rows), decimalSeparator);
	const column = (role: SummaryRole) => found[role]?.column ?? null;
	const attributeGuesses = suggestAttributes(normalised, header, used);
	return {
		mapping: {
			kind: 'customer_summary',
			customerId: column('customerId'),
			lastPurchaseDate: column('lastPurchaseDate'),
			recencyDays: found.lastPurchaseDate ? null : column('recencyDays'),
			frequency: column('frequency'),
			monetary: column('monetary'),
			firstPurchaseDate: column('firstPurchaseDate'),
			attributes: attributeGuesses.map((g) => g.column)
		},
		guesses: found,
		attributeGuesses,
		preset: null,
		missing: []
	};
}

/**
 * Problems that stop an import with this mapping and header: unknown columns and missing
 * required roles. Empty when the mapping can be used.
 * @example mappingProblems({ kind: 'transactions', customerId: 'id', orderDate: null, amount: 'x',
 *   quantity: null, unitPrice: null, orderId: null, attributes: [] }, ['id', 'x'])
 * // → ['orderDate is not mapped']
 */
export function mappingProblems(mapping: ColumnMapping, header: string[]): string[] {
	const problems: string[] = [];
	const columns = new Set(header);
	const check = (role: string, column: string | null, required: boolean) => {
		if (column === null) {
			if (required) problems.push(`${role} is not mapped`);
		} else if (!columns.has(column))
			problems.push(`column "${column}" (${role}) is not in the file`);
	};
	if (mapping.kind === 'transactions') {
		check('customerId', mapping.customerId, true);
		check('orderDate', mapping.orderDate, true);
		const pair = mapping.quantity !== null && mapping.unitPrice !== null;
		if (mapping.amount === null && !pair)
			problems.push('amount (or quantity and unitPrice) is not mapped');
		check('amount', mapping.amount, false);
		check('quantity', mapping.quantity, false);
		check('unitPrice', mapping.unitPrice, false);
		check('orderId', mapping.orderId, false);
		check('productId', mapping.productId ?? null, false);
		check('productName', mapping.productName ?? null, false);
		check('productCategory', mapping.productCategory ?? null, false);
	} else {
		check('customerId', mapping.customerId, true);
		check('frequency', mapping.frequency, true);
		check('monetary', mapping.monetary, true);
		if (mapping.lastPurchaseDate === null && mapping.recencyDays === null) {
			problems.push('lastPurchaseDate (or recencyDays) is not mapped');
		}
		check('lastPurchaseDate', mapping.lastPurchaseDate, false);
		check('recencyDays', mapping.recencyDays, false);
		check('firstPurchaseDate', mapping.firstPurchaseDate, false);
	}
	for (const name of mapping.attributes) check('attribute', name, false);
	return problems;
}
