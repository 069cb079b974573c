/**
 * The import page's plain vocabulary, apart from the rune class that holds one visit
 * (`import-session.svelte.ts`): its phases, the notices it shows, the column roles of each kind
 * of file, the problems that stop an import, and today in the browser's calendar. No state here:
 * the mapping form and the report download read these without a session.
 */
import type { DayNumber } from '$lib/core/calendar';
import type { ImportMessage } from '$lib/core/csv';
import type { ShippedDataProblemCode } from '$lib/core/shipped-data';
import type { ImportOutcome } from '$lib/worker/api';

export type ImportPhase = 'choose' | 'reading' | 'preview' | 'importing';

/** What the page says above everything, kept as data so it follows a change of language. */
export type ImportNotice =
	| { kind: 'problem'; problem: ImportMessage }
	| { kind: 'outcome'; outcome: Exclude<ImportOutcome, { ok: true }> }
	| { kind: 'cancelled' }
	| { kind: 'shipped'; code: ShippedDataNotice; params: Record<string, string | number> };

/** Why a file named by `?data=` was not opened (`data.problem.*` in the catalogs). */
export type ShippedDataNotice = ShippedDataProblemCode | 'fetchFailed' | 'network';

export const TRANSACTION_ROLES = [
	'customerId',
	'orderDate',
	'amount',
	'quantity',
	'unitPrice',
	'orderId',
	'productId',
	'productName',
	'productCategory',
	'status',
	'refund',
	'orderDateFallback'
] as const;

export const SUMMARY_ROLES = [
	'customerId',
	'lastPurchaseDate',
	'recencyDays',
	'frequency',
	'monetary',
	'firstPurchaseDate'
] as const;

export const REQUIRED_ROLES: readonly string[] = [
	'customerId',
	'orderDate',
	'frequency',
	'monetary'
];

/** A problem that stops the import, as an i18n key of the page (`import.problem.*`). */
export type StartProblem = 'empty' | 'customerId' | 'orderDate' | 'amount' | 'summary' | 'dayOrder';

/**
 * Today in the browser's calendar as a day number: the as-of default of a summary's recency and
 * the latest date an import accepts (core never reads the clock).
 */
export function browserToday(): DayNumber {
	// A one-off read of the clock, not state: nothing should react to it.
	const now = new Date();
	return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000);
}
