/**
 * The forecast page's state: the active dataset's forecast from the worker, recomputed when the
 * options or the dataset's analysis settings change. The previous forecast stays on screen while
 * a new one is computed, so a settings change never blanks the page.
 */
import type { ForecastOptions } from '$lib/core/clv/forecast';
import type { ForecastResponse } from '$lib/worker/api';
import { analysis, CancelledError } from '$lib/worker/client.svelte';

class ForecastState {
	response = $state.raw<ForecastResponse | null>(null);
	/** True while a forecast is being computed. */
	computing = $state(false);
	error = $state<string | null>(null);

	#requested = 0;

	/**
	 * Load the forecast of a dataset under `options` (saved with the dataset) or its saved options.
	 * Answers to older requests are dropped.
	 */
	async load(datasetId: string, options?: Partial<ForecastOptions>) {
		const request = ++this.#requested;
		if (this.response && this.response.datasetId !== datasetId) this.response = null;
		this.computing = true;
		this.error = null;
		try {
			const plain = options ? ($state.snapshot(options) as Partial<ForecastOptions>) : undefined;
			const response = await analysis.run((api) => api.forecast(datasetId, plain));
			if (request !== this.#requested) return;
			this.response = response;
		} catch (error) {
			if (request !== this.#requested || error instanceof CancelledError) return;
			this.error = error instanceof Error ? error.message : String(error);
		} finally {
			if (request === this.#requested) this.computing = false;
		}
	}
}

/** The one forecast state of the page. */
export const forecast = new ForecastState();
