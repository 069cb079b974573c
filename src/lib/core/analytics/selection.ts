/**
 * Summaries of a hand-picked set of customers (a scatterplot brush): totals, means and the
 * breakdown by segment or tier.
 */
import { mean, share } from './metrics';
import type { CustomerTable } from './types';

/** Customers and net revenue of one group inside a selection. */
export interface GroupTally {
	customers: number;
	revenueCents: number;
}

/** What the selection panel shows. */
export interface SelectionSummary {
	count: number;
	/** count / scored customers (0 when nobody is scored). */
	share: number;
	revenueCents: number;
	/** Means over the selection (0 for an empty one). */
	meanRecencyDays: number;
	meanFrequency: number;
	meanMonetaryCents: number;
	/** By group index of the current colouring. */
	groups: GroupTally[];
}

/**
 * Totals and means of the selected customers (customer indexes), broken down by group.
 * @example summarizeSelection(table, new Int32Array([0, 2]), table.segment, 2, 4).share // → 0.5
 */
export function summarizeSelection(
	customers: CustomerTable,
	selected: Int32Array,
	groupOf: Uint8Array,
	groupCount: number,
	scoredCount: number
): SelectionSummary {
	const groups: GroupTally[] = Array.from({ length: groupCount }, () => ({
		customers: 0,
		revenueCents: 0
	}));
	let revenue = 0;
	let recency = 0;
	let frequency = 0;
	for (let i = 0; i < selected.length; i++) {
		const c = selected[i];
		const money = customers.monetaryCents[c];
		revenue += money;
		recency += customers.recencyDays[c];
		frequency += customers.frequency[c];
		const g = groupOf[c];
		if (g < groupCount) {
			groups[g].customers++;
			groups[g].revenueCents += money;
		}
	}
	const count = selected.length;
	return {
		count,
		share: share(count, scoredCount),
		revenueCents: revenue,
		meanRecencyDays: mean(recency, count),
		meanFrequency: mean(frequency, count),
		meanMonetaryCents: mean(revenue, count),
		groups
	};
}
