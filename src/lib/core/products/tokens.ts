/**
 * Product tokens in segment playbooks: an action such as "Offer {top_category} at 10 % off" names
 * each segment's own top category when shown. A segment's **top category** (**top product**) is
 * the one in most of its customers' baskets (ties: the lower index).
 */
import type { AffinityTable } from './stats';

/** Tokens a playbook may use. */
export const PLAYBOOK_TOKENS = ['top_category', 'top_product'] as const;
export type PlaybookToken = (typeof PLAYBOOK_TOKENS)[number];

/**
 * Per row (group) of a table, the column in most of the group's baskets; −1 for a group without
 * baskets.
 * @example topColumns({ rows: 2, columns: 2, counts: Int32Array.of(3, 5, 0, 0), … }) // → [1, -1]
 */
export function topColumns(table: AffinityTable): Int32Array {
	const top = new Int32Array(table.rows).fill(-1);
	for (let r = 0; r < table.rows; r++) {
		let best = 0;
		for (let c = 0; c < table.columns; c++) {
			const count = table.counts[r * table.columns + c];
			if (count > best) {
				best = count;
				top[r] = c;
			}
		}
	}
	return top;
}

/**
 * Put values in place of `{top_category}` and `{top_product}`; a token without a value is left
 * as written.
 * @example fillPlaybookTokens('Offer {top_category} at 10 % off', { top_category: 'Candles' })
 * // → 'Offer Candles at 10 % off'
 */
export function fillPlaybookTokens(
	text: string,
	values: Partial<Record<PlaybookToken, string>>
): string {
	return text.replace(/\{(top_category|top_product)\}/g, (token, name: PlaybookToken) => {
		const value = values[name];
		return value === undefined || value === '' ? token : value;
	});
}
