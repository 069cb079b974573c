/** How much this origin stores in the browser, and whether the browser may evict it. */
export class StorageInfo {
	usage = $state<number | null>(null);
	quota = $state<number | null>(null);
	persisted = $state<boolean | null>(null);

	async refresh() {
		if (!navigator.storage) return;
		const estimate = await navigator.storage.estimate();
		this.usage = estimate.usage ?? null;
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
