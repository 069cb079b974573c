import { i18n } from '$lib/i18n/i18n.svelte';
import type { DatasetSummary } from '$lib/worker/api';

/** The name to show for a dataset: the demo's untouched name follows the interface language. */
export function datasetName(dataset: Pick<DatasetSummary, 'name' | 'isDemo'>): string {
	return dataset.isDemo && dataset.name === 'Demo shop' ? i18n.t('dataset.demoName') : dataset.name;
}
