/**
 * The Feedback page's state (issue 16): the worker's figures for the active dataset and settings,
 * the comment search, and the NPS export. The page reaches the worker only through this class.
 */
import { UTF8_BOM } from '$lib/core/export/csv-writer';
import { scoreFilterMask, type ScoreScale } from '$lib/core/feedback';
import type { AnalysisResponse, FeedbackResponse, ResponseRow } from '$lib/worker/api';
import { analysis, CancelledError } from '$lib/worker/client.svelte';
import { downloadCsv, fileStem } from '$lib/ui/download';

/** Comments listed at once. */
const COMMENT_LIMIT = 50;

export class FeedbackPage {
	response = $state.raw<FeedbackResponse | null>(null);
	loading = $state(false);
	error = $state<string | null>(null);
	query = $state('');
	comments = $state.raw<{ total: number; rows: ResponseRow[] } | null>(null);
	exporting = $state(false);
	#for = '';
	#requested = 0;
	#searched = 0;

	/**
	 * Load the figures of a dataset under the settings of its analysis (once per both), and the
	 * newest comments unless `withComments` is false.
	 */
	async load(datasetId: string, analysisResponse: AnalysisResponse, withComments = true) {
		const key = `${datasetId}|${JSON.stringify(analysisResponse.settings)}`;
		if (key === this.#for) return;
		this.#for = key;
		const request = ++this.#requested;
		this.loading = true;
		this.error = null;
		try {
			const response = await analysis.feedback(datasetId);
			if (request !== this.#requested) return;
			this.response = response;
			if (response.hasFeedback && withComments) await this.search(datasetId);
		} catch (error) {
			if (!(error instanceof CancelledError) && request === this.#requested) {
				this.error = error instanceof Error ? error.message : String(error);
				this.#for = '';
			}
		} finally {
			if (request === this.#requested) this.loading = false;
		}
	}

	/** Comments containing the query, newest first. */
	async search(datasetId: string) {
		const request = ++this.#searched;
		const found = await analysis.searchComments(datasetId, this.query, COMMENT_LIMIT);
		if (request === this.#searched) this.comments = found;
	}

	/** Download the NPS export (stable contract) with a BOM, so Excel reads it as UTF-8. */
	async exportNps(datasetId: string, datasetName: string) {
		this.exporting = true;
		try {
			const text = await analysis.feedbackNpsCsv(datasetId);
			downloadCsv(UTF8_BOM + text, `${fileStem(datasetName)}-nps.csv`);
		} finally {
			this.exporting = false;
		}
	}
}

/**
 * The customers page's feedback filter: the dataset's feedback scale (null without feedback) and
 * the customers a filter value keeps (null: no filter).
 */
export async function loadFeedbackMask(
	datasetId: string,
	filter: string
): Promise<{ scale: ScoreScale | null; mask: Uint8Array | null }> {
	const found = await analysis.feedbackBands(datasetId);
	if (!found) return { scale: null, mask: null };
	if (filter === 'valuable') {
		const mask = new Uint8Array(found.bands.length);
		for (const c of await analysis.valuableDetractors(datasetId)) mask[c] = 1;
		return { scale: found.scale, mask };
	}
	return {
		scale: found.scale,
		mask: scoreFilterMask(filter, found.scale, found.bands, found.scores)
	};
}
