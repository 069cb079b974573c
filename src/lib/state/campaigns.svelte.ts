/**
 * The campaigns page's state: the draft list's preview, the dataset's saved campaigns and the
 * measurement being shown. Answers to older preview requests are dropped.
 */
import type { CampaignDraft, CampaignResult, CampaignSummary, DraftPreview } from '$lib/worker/api';
import { analysis, CancelledError } from '$lib/worker/client.svelte';

class CampaignsState {
	preview = $state.raw<DraftPreview | null>(null);
	saved = $state.raw<CampaignSummary[]>([]);
	measured = $state.raw<CampaignResult | null>(null);
	error = $state<string | null>(null);

	#requested = 0;

	async loadPreview(datasetId: string, draft: CampaignDraft, language: 'en' | 'zh') {
		const request = ++this.#requested;
		this.error = null;
		try {
			const preview = await analysis.campaignDraft(datasetId, { ...draft }, language);
			if (request === this.#requested) this.preview = preview;
		} catch (error) {
			if (request !== this.#requested || error instanceof CancelledError) return;
			this.error = error instanceof Error ? error.message : String(error);
		}
	}

	async loadSaved(datasetId: string) {
		this.saved = await analysis.campaigns(datasetId);
		if (this.measured && !this.saved.some((c) => c.id === this.measured?.campaign.id)) {
			this.measured = null;
		}
	}

	async save(datasetId: string, draft: CampaignDraft & { name: string; day: number }) {
		this.saved = await analysis.saveCampaign(datasetId, { ...draft });
	}

	async remove(datasetId: string, campaignId: string) {
		this.saved = await analysis.deleteCampaign(datasetId, campaignId);
		if (this.measured?.campaign.id === campaignId) this.measured = null;
	}

	async measure(datasetId: string, campaignId: string) {
		this.measured = await analysis.measureCampaign(datasetId, campaignId);
	}
}

/** The one campaigns state of the page. */
export const campaigns = new CampaignsState();
