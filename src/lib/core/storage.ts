/**
 * How much Strata stores: the one storage total every page shows. It is the sum of the datasets'
 * stored bytes (chunks and dictionaries, measured when they were written), not
 * `navigator.storage.estimate()`: the browser's estimate is per origin, lags behind writes and
 * differs between tabs (Chromium refreshes it lazily), so two tabs showed two totals.
 */

/**
 * Bytes stored for these datasets.
 * @example storedBytes([{ byteSize: 1000 }, { byteSize: 24 }]) // → 1024
 * @example storedBytes([]) // → 0
 */
export function storedBytes(datasets: readonly { byteSize: number }[]): number {
	let bytes = 0;
	for (const dataset of datasets) bytes += dataset.byteSize;
	return bytes;
}
