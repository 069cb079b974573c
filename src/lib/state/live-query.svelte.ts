/**
 * The one store of the app: a thin rune adapter over Dexie `liveQuery`, so the page sees
 * changes the worker writes (Dexie broadcasts them across workers and tabs).
 */
import { liveQuery } from 'dexie';

export class LiveQuery<T> {
	current = $state.raw<T>() as T;
	#subscription: { unsubscribe(): void } | null = null;

	constructor(query: () => Promise<T>, initial: T) {
		this.current = initial;
		this.#subscription = liveQuery(query).subscribe({
			next: (value) => (this.current = value),
			error: (error) => console.warn('live query failed', error)
		});
	}

	stop() {
		this.#subscription?.unsubscribe();
		this.#subscription = null;
	}
}
