/**
 * Customer summaries (one row per customer: last purchase or recency, frequency, monetary) turned
 * into synthetic lines that give the same metrics under the order definition of `orders.ts`.
 */
import type { DayNumber } from '../calendar';

/** Synthetic lines of one customer; each line is an order of its own. */
export interface SummaryLines {
	days: DayNumber[];
	cents: number[];
}

/** Most purchases one summary row may stand for. */
export const MAX_SUMMARY_FREQUENCY = 100_000;

/**
 * Synthetic lines for one customer summary, or null when it cannot be reproduced (frequency 0 with
 * a positive total, or a frequency that is not a whole number from 0 to 100,000).
 *
 * - `frequency` purchases, the last one on `lastDay`, the first on `firstDay` when given (else on
 *   `lastDay` too), the others spread evenly between them (rounded down to whole days).
 * - When `monetaryCents ≥ frequency`, the purchases split the total evenly in whole cents, the
 *   remainder going to the last one.
 * - Otherwise (a total of zero, negative, or under one cent per purchase) each purchase is 1 cent
 *   and one extra line on `lastDay` — a return, not a purchase — brings the sum to the total.
 * - Frequency 0: one line of `monetaryCents` (zero or negative, so no purchase) on `lastDay`, so
 *   the customer is still in the dataset.
 * @example summaryLines(3, 1000, 20, 10) // → { days: [10, 15, 20], cents: [333, 333, 334] }
 * @example summaryLines(2, -500, 20, null) // → { days: [20, 20, 20], cents: [1, 1, -502] }
 */
export function summaryLines(
	frequency: number,
	monetaryCents: number,
	lastDay: DayNumber,
	firstDay: DayNumber | null
): SummaryLines | null {
	if (!Number.isInteger(frequency) || frequency < 0 || frequency > MAX_SUMMARY_FREQUENCY) {
		return null;
	}
	if (frequency === 0) {
		return monetaryCents > 0 ? null : { days: [lastDay], cents: [monetaryCents] };
	}
	const first = firstDay === null || firstDay > lastDay || frequency === 1 ? lastDay : firstDay;
	const span = lastDay - first;
	const days: DayNumber[] = [];
	const cents: number[] = [];
	const even = monetaryCents >= frequency;
	const base = even ? Math.floor(monetaryCents / frequency) : 1;
	for (let k = 0; k < frequency; k++) {
		days.push(k === frequency - 1 ? lastDay : first + Math.floor((k * span) / (frequency - 1)));
		cents.push(base);
	}
	if (even) cents[frequency - 1] = monetaryCents - base * (frequency - 1);
	else {
		days.push(lastDay);
		cents.push(monetaryCents - frequency);
	}
	return { days, cents };
}
