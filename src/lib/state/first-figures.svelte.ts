/**
 * The overview's first figures of a dataset just imported, sent along with the import's outcome
 * (`ImportOutcome.figures`) and shown until the dataset's analysis reaches `app`: the KPIs are
 * drawn at once, the scores, segments and other views when the whole analysis arrives. A reopen
 * whose analysis was never cached (the tab closed right after the import) shows the figures the
 * import kept in the same way.
 */
import type { OverviewFigures } from '$lib/core/analytics/types';
import { analysis } from '$lib/worker/client.svelte';
import { afterPaint } from './database-watch.svelte';

export interface FirstFigures {
	datasetId: string;
	/** The dataset's currency, for a page drawn before the dataset list has the new record. */
	currency: string;
	figures: OverviewFigures;
}

/**
 * How long `painted` waits for the overview at most: it is drawn within a few frames of an import
 * (the import page goes there at once), unless the person has gone to another page meanwhile.
 */
const PAINT_WAIT_MS = 1000;

class FirstFiguresState {
	current = $state.raw<FirstFigures | null>(null);
	/** What each `painted` waits for: its figures, and what ends the wait. */
	#waiting = new Map<FirstFigures, () => void>();

	/**
	 * Resolves once the overview has drawn `figures` and the browser has painted them (`drawn`),
	 * or after `wait` milliseconds. An import asks for its dataset's analysis then, not before:
	 * on two cores the analysis took the CPU of the task that draws the figures, which then ran
	 * 34–61 ms for 10–20 ms of its own work (issue 18).
	 */
	painted(figures: FirstFigures, wait = PAINT_WAIT_MS): Promise<void> {
		return new Promise((done) => {
			const end = () => {
				clearTimeout(timer);
				if (this.#waiting.get(figures) === end) this.#waiting.delete(figures);
				done();
			};
			const timer = setTimeout(end, wait);
			this.#waiting.set(figures, end);
		});
	}

	/** The overview has drawn `figures` (its DOM is updated): `painted` ends after the next paint. */
	drawn(figures: FirstFigures): void {
		const end = this.#waiting.get(figures);
		if (end) void afterPaint().then(end);
	}

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
