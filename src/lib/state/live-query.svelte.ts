/**
 * The one store of the app: a thin rune adapter over Dexie `liveQuery`, so the page sees
 * changes the worker writes. Dexie 4 posts the changed keys of every committed write transaction
 * on a BroadcastChannel, so writes of this tab's worker, other tabs and their workers all re-run
 * the queries they touch (see README, "Several tabs").
 */
import { liveQuery } from 'dexie';

export interface LiveQueryOptions<T> {
	/** Called with every value read (after a change here or in another tab) and the one before. */
	onValue?: (value: T, previous: T) => void;
	/** Called when the query fails (a closed or upgraded database). */
	onError?: (error: unknown) => void;
}

export class LiveQuery<T> {
	current = $state.raw<T>() as T;
	#subscription: { unsubscribe(): void } | null = null;

	constructor(query: () => Promise<T>, initial: T, { onValue, onError }: LiveQueryOptions<T> = {}) {
		this.current = initial;
		this.#subscription = liveQuery(query).subscribe({
			next: (value) => {
				const previous = this.current;
				this.current = value;
				onValue?.(value, previous);
			},
			error: (error) => (onError ? onError(error) : console.warn('live query failed', error))
		});
	}

	stop() {
		this.#subscription?.unsubscribe();
		this.#subscription = null;
	}
}
