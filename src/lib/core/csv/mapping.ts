/**
 * Which column plays which role, guessed from header names (English and Chinese, known exports)
 * and from the values, each guess with a confidence and a reason the UI can show and override.
 * Mappings name columns by their (made unique) header text, so they are plain serialisable
 * objects that can be saved with a dataset and applied again to a file with the same header.
 */
import { DecimalReader } from './amounts';
import type { DecimalSeparator } from './amounts';
import { detectDateFormat, isCompactDateColumn } from './dates';
import { ATTRIBUTE_ALIASES, SUMMARY_ALIASES, TRANSACTION_ALIASES } from './mapping-aliases';
import type { Aliases } from './mapping-aliases';
import { PRESETS } from './mapping-presets';
import type { ImportMessage } from './messages';
import type { IdType } from './id-types';

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

const CONFIDENCE: Record<MatchReason, number> = {
	preset: 1,
	header: 0.9,
	header_partial: 0.6,
	values: 0.4
};

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
		case 'orderDateFallback':
		case 'lastPurchaseDate':
		case 'firstPurchaseDate':
			return dateShare(values);
		case 'amount':
		case 'refund':
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
			productCategory: found.productCategory?.column,
			status: found.status?.column,
			refund: found.refund?.column,
			orderDateFallback: found.orderDateFallback?.column,
			customerIdType: preset?.idType,
			attributeFirstPart: presetFirstParts(preset?.firstPart, normalised, header)
		},
		guesses: found,
		attributeGuesses,
		preset: preset?.preset ?? null,
		missing
	};
}

/** The columns of a preset's first-part attributes present in the header (undefined: none). */
function presetFirstParts(
	names: string[] | undefined,
	normalised: string[],
	header: string[]
): string[] | undefined {
	const columns = (names ?? []).flatMap((name) => {
		const c = normalised.indexOf(name);
		return c < 0 ? [] : [header[c]];
	});
	return columns.length > 0 ? columns : undefined;
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
		// Text dates only (and compact yyyymmdd ones): plain numbers are too often something else.
		take(
			'orderDate',
			free.find((c) => {
				const guess = detectDateFormat(values[c]);
				return (
					(guess.counts.number === 0 && guess.parseable >= 0.9) || isCompactDateColumn(values[c])
				);
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
