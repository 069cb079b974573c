/** How much this origin stores in the browser, and whether the browser may evict it. */
import { storedBytes } from '$lib/core/storage';
import { app } from './app.svelte';

export class StorageInfo {
	quota = $state<number | null>(null);
	persisted = $state<boolean | null>(null);

	/**
	 * Bytes Strata stores, from the live dataset list (`storedBytes`, the one total of the app): it
	 * follows imports and deletes of every tab at once, without waiting for the browser's estimate.
	 */
	get usage(): number | null {
		return this.quota === null ? null : storedBytes(app.datasets);
	}

	async refresh() {
		if (!navigator.storage) return;
		const estimate = await navigator.storage.estimate();
		this.quota = estimate.quota ?? null;
		this.persisted = (await navigator.storage.persisted?.()) ?? null;
	}

	/** Ask the browser to keep our data under storage pressure; returns whether it agreed. */
	async requestPersistence(): Promise<boolean> {
		const granted = (await navigator.storage?.persist?.()) ?? false;
		await this.refresh();
		return granted;
	}
}
