/**
 * The overview's first figures of a dataset just imported, sent along with the import's outcome
 * (`ImportOutcome.figures`) and shown until the dataset's analysis reaches `app`: the KPIs are
 * drawn at once, the scores, segments and other views when the whole analysis arrives. A reopen
 * whose analysis was never cached (the tab closed right after the import) shows the figures the
 * import kept in the same way.
 */
import type { OverviewFigures } from '$lib/core/analytics/types';
import { analysis } from '$lib/worker/client.svelte';

export interface FirstFigures {
	datasetId: string;
	/** The dataset's currency, for a page drawn before the dataset list has the new record. */
	currency: string;
	figures: OverviewFigures;
}

class FirstFiguresState {
	current = $state.raw<FirstFigures | null>(null);

	/** The first figures of `datasetId` when they are the ones kept, else null. */
	of(datasetId: string | null): FirstFigures | null {
		return datasetId !== null && this.current?.datasetId === datasetId ? this.current : null;
	}

	/**
	 * Show the figures kept by `datasetId`'s import, unless `analysed()` says they are late; true
	 * when they are shown.
	 */
	async showStored(datasetId: string, currency: string, analysed: () => boolean): Promise<boolean> {
		const figures = await analysis.storedFigures(datasetId).catch(() => null);
		if (!figures || analysed()) return false;
		this.current = { datasetId, currency, figures };
		return true;
	}
}

export const firstFigures = new FirstFiguresState();
