/**
 * The source (channel) filter of /segments and /tiers (issue 13): the worker's segment and tier
 * figures over the customers with a line of the chosen source, following the dataset and its
 * analysis. The page owns the URL; this class only loads what the chosen source shows.
 */
import type { SourceProfilesResponse } from '$lib/worker/api';
import { analysis } from '$lib/worker/client.svelte';
import { app } from './app.svelte';

export class SourceFilter {
	readonly #source: () => string;
	/** The figures of the last source loaded (check `source` before showing them). */
	profiles = $state.raw<SourceProfilesResponse | null>(null);
	/** The source whose figures could not be computed, '' when none failed. */
	failed = $state('');

	constructor(source: () => string) {
		this.#source = source;
	}

	/** The chosen source's figures once loaded for the current analysis; null otherwise. */
	readonly view = $derived.by(() => {
		const source = this.#source();
		return source && this.profiles?.source === source ? this.profiles : null;
	});

	/** Load the chosen source's figures; run in an effect, so a new analysis reloads them. */
	sync() {
		const id = app.activeId;
		const result = app.result;
		const source = this.#source();
		this.profiles = null;
		this.failed = '';
		if (!id || !result || !source) return;
		const current = () => app.activeId === id && app.result === result && this.#source() === source;
		analysis.sourceProfiles(id, source).then(
			(profiles) => {
				if (current()) this.profiles = profiles;
			},
			() => {
				if (current()) this.failed = source;
			}
		);
	}
}
