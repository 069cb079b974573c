/**
 * Feedback follows its dataset's customers. Responses are stored by customer index (or as an id
 * with no purchase, `−1 − k` into `unknownIds`); when the dataset's customer list changes — an
 * append adds customers, removing a source drops and renumbers them — every response is joined
 * again by its customer id, so it keeps pointing at the same person.
 */
import type { FeedbackStore } from './read';

type Joined = Pick<FeedbackStore, 'customer' | 'unknownIds'>;

/**
 * Join stored responses again after the dataset's customer ids changed from `oldIds` to `newIds`:
 * a response whose id is in `newIds` points at its new index; any other becomes (or stays) an id
 * with no purchase. Ids with no purchase that now have one are joined.
 * @example rejoinFeedback({ customer: Int32Array.of(0, 1, -1), unknownIds: ['Z'] },
 *   ['A', 'B'], ['B', 'Z'])
 * // → { customer: Int32Array [-1, 0, 1], unknownIds: ['A'] }
 */
export function rejoinFeedback<T extends Joined>(
	store: T,
	oldIds: readonly string[],
	newIds: readonly string[]
): T {
	const index = new Map<string, number>();
	for (let i = 0; i < newIds.length; i++) index.set(newIds[i], i);
	const unknownIds: string[] = [];
	const unknownIndex = new Map<string, number>();
	const customer = new Int32Array(store.customer.length);
	for (let i = 0; i < customer.length; i++) {
		const c = store.customer[i];
		const id = c >= 0 ? oldIds[c] : store.unknownIds[-1 - c];
		const joined = index.get(id);
		if (joined !== undefined) {
			customer[i] = joined;
			continue;
		}
		let k = unknownIndex.get(id);
		if (k === undefined) {
			k = unknownIds.length;
			unknownIds.push(id);
			unknownIndex.set(id, k);
		}
		customer[i] = -1 - k;
	}
	return { ...store, customer, unknownIds };
}
