/**
 * Which column plays which role, guessed from header names (English and Chinese, known exports)
 * and from the values, each guess with a confidence and a reason the UI can show and override.
 * Mappings name columns by their (made unique) header text, so they are plain serialisable
 * objects that can be saved with a dataset and applied again to a file with the same header.
 *
 * This file holds the mapping types and `mappingProblems`; the guesses live in `mapping-guess.ts`
 * (from the header) and `mapping-values.ts` (from sampled values), re-exported here.
 */
import type { ImportMessage } from './messages';
import type { IdType } from './id-types';

export {
	guessSummaryMapping,
	guessTransactionMapping,
	matchHeaders,
	normaliseHeader
} from './mapping-guess';

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
	/** Order status (订单状态, Financial Status): rows whose status is not a sale are skipped. */
	status?: string | null;
	/** Refunded amount, subtracted from the amount (net = paid − refunded, see `netCents`). */
	refund?: string | null;
	/** The date read when the order date is empty (淘宝: 订单创建时间 when 订单付款时间 is empty). */
	orderDateFallback?: string | null;
	/**
	 * The user's verdict per status value as written, trimmed (true: the rows count as sales);
	 * other values follow `statusCountsByDefault`.
	 */
	statusCounts?: Record<string, boolean>;
	/** How customer ids are normalised (see `normaliseId`); absent: `text`. */
	customerIdType?: IdType;
	/** Attribute columns kept as their first part (an address's province, `addressFirstPart`). */
	attributeFirstPart?: string[];
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
	/** How customer ids are normalised (see `normaliseId`); absent: `text`. */
	customerIdType?: IdType;
}

export type ColumnMapping = TransactionMapping | SummaryMapping;
/** Settings of a mapping that are not a column. */
type MappingSettings =
	'kind' | 'attributes' | 'statusCounts' | 'customerIdType' | 'attributeFirstPart';
export type TransactionRole = Exclude<keyof TransactionMapping, MappingSettings>;
export type SummaryRole = Exclude<keyof SummaryMapping, MappingSettings>;
/** Kinds of file an import reads: the two mappings, and scored customers (`core/scored`: no mapping). */
export type MappingKind = ColumnMapping['kind'] | 'scored';

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
export type Preset =
	| 'uci_online_retail'
	| 'shopify'
	| 'woocommerce'
	| 'taobao'
	| 'douyin'
	| 'pinduoduo'
	| 'youzan'
	| 'jd';

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
 * Problems that stop an import with this mapping and header: missing required roles and columns
 * not in the file, as coded messages (roles in `field`, the file's header text in `params.column`).
 * Empty when the mapping can be used.
 * @example mappingProblems({ kind: 'transactions', customerId: 'id', orderDate: null, amount: 'x',
 *   quantity: null, unitPrice: null, orderId: null, attributes: [] }, ['id', 'x'])
 * // → [{ code: 'role_not_mapped', field: 'orderDate', params: {} }]
 */
export function mappingProblems(mapping: ColumnMapping, header: string[]): ImportMessage[] {
	const problems: ImportMessage[] = [];
	const columns = new Set(header);
	const check = (role: string, column: string | null, required: boolean) => {
		if (column === null) {
			if (required) problems.push({ code: 'role_not_mapped', field: role, params: {} });
		} else if (!columns.has(column))
			problems.push({ code: 'column_not_in_file', field: role, params: { column } });
	};
	if (mapping.kind === 'transactions') {
		check('customerId', mapping.customerId, true);
		check('orderDate', mapping.orderDate, true);
		const pair = mapping.quantity !== null && mapping.unitPrice !== null;
		if (mapping.amount === null && !pair) problems.push({ code: 'amount_not_mapped', params: {} });
		check('amount', mapping.amount, false);
		check('quantity', mapping.quantity, false);
		check('unitPrice', mapping.unitPrice, false);
		check('orderId', mapping.orderId, false);
		check('productId', mapping.productId ?? null, false);
		check('productName', mapping.productName ?? null, false);
		check('productCategory', mapping.productCategory ?? null, false);
		check('status', mapping.status ?? null, false);
		check('refund', mapping.refund ?? null, false);
		check('orderDateFallback', mapping.orderDateFallback ?? null, false);
	} else {
		check('customerId', mapping.customerId, true);
		check('frequency', mapping.frequency, true);
		check('monetary', mapping.monetary, true);
		if (mapping.lastPurchaseDate === null && mapping.recencyDays === null) {
			problems.push({ code: 'summary_date_not_mapped', params: {} });
		}
		check('lastPurchaseDate', mapping.lastPurchaseDate, false);
		check('recencyDays', mapping.recencyDays, false);
		check('firstPurchaseDate', mapping.firstPurchaseDate, false);
	}
	for (const column of mapping.attributes) {
		if (!columns.has(column)) problems.push({ code: 'attribute_not_in_file', params: { column } });
	}
	return problems;
}
