/**
 * Column roles guessed from header names (`mapping.ts`): known exports (presets), then the English
 * and Chinese aliases, checked against sampled values (`mapping-values.ts`).
 */
import type { DecimalSeparator } from './amounts';
import { ATTRIBUTE_ALIASES, TRANSACTION_ALIASES } from './mapping-aliases';
import type { Aliases } from './mapping-aliases';
import { SUMMARY_ALIASES } from './mapping-summary-aliases';
import { PRESETS } from './mapping-presets';
import type {
	ColumnGuess,
	SummaryGuess,
	SummaryRole,
	TransactionGuess,
	TransactionRole
} from './mapping';
import { CONFIDENCE, checkValues, columnValues, guessFromValues } from './mapping-values';

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
