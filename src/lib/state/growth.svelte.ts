/**
 * The growth page's state: the simulation of the active dataset under the page's levers, and the
 * dataset's saved scenarios. The previous simulation stays on screen while a new one is computed;
 * answers to older requests are dropped.
 */
import type { GrowthLevers, GrowthResponse, GrowthScenario } from '$lib/worker/api';
import { analysis, CancelledError } from '$lib/worker/client.svelte';

class GrowthState {
	response = $state.raw<GrowthResponse | null>(null);
	scenarios = $state.raw<GrowthScenario[]>([]);
	computing = $state(false);
	error = $state<string | null>(null);

	#requested = 0;

	async simulate(datasetId: string, levers: GrowthLevers, horizon: number) {
		const request = ++this.#requested;
		if (this.response && this.response.datasetId !== datasetId) this.response = null;
		this.computing = true;
		this.error = null;
		try {
			const response = await analysis.growth(datasetId, { ...levers }, horizon);
			if (request !== this.#requested) return;
			this.response = response;
		} catch (error) {
			if (request !== this.#requested || error instanceof CancelledError) return;
			this.error = error instanceof Error ? error.message : String(error);
		} finally {
			if (request === this.#requested) this.computing = false;
		}
	}

	async loadScenarios(datasetId: string) {
		this.scenarios = await analysis.growthScenarios(datasetId);
	}

	async saveScenario(datasetId: string, name: string, levers: GrowthLevers, horizon: number) {
		this.scenarios = await analysis.saveGrowthScenario(datasetId, {
			name,
			horizon,
			levers: { ...levers }
		});
	}

	async deleteScenario(datasetId: string, id: string) {
		this.scenarios = await analysis.deleteGrowthScenario(datasetId, id);
	}
}

/** The one growth state of the page. */
export const growth = new GrowthState();
