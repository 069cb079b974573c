/**
 * What sampled values say about a column's role (`mapping.ts`): the share of values a role
 * accepts, lowering the confidence of header guesses that do not fit, and the required roles
 * guessed from values alone.
 */
import { DecimalReader } from './amounts';
import type { DecimalSeparator } from './amounts';
import { detectDateFormat, isCompactDateColumn } from './dates';
import type { ColumnGuess, MatchReason, TransactionRole } from './mapping';

/** The confidence of a guess by its reason. */
export const CONFIDENCE: Record<MatchReason, number> = {
	preset: 1,
	header: 0.9,
	header_partial: 0.6,
	values: 0.4
};

/** Sampled values of each column, trimmed. */
export function columnValues(header: string[], rows: string[][]): string[][] {
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

/** Lower the confidence of guesses whose sampled values do not fit their role. */
export function checkValues<R extends string>(
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

/** Fill required roles that no header named from what the sampled values look like. */
export function guessFromValues(
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
