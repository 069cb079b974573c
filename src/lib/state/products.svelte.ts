/**
 * The products page's state: the worker's products figures for the active dataset and settings,
 * the pair filters, the opened product profile, and the pairs export. Pages reach the worker only
 * through this class.
 */
import type { PlaybookToken, ProductProfile } from '$lib/core/products';
import { pairsCsv } from '$lib/core/products';
import { UTF8_BOM } from '$lib/core/export/customers-csv';
import type { AnalysisResponse } from '$lib/worker/api';
import { analysis, CancelledError } from '$lib/worker/client.svelte';
import type { BoughtFilter, ProductsResponse } from '$lib/worker/products';

/** Most pairs listed (and exported) at once: the strongest by baskets in common. */
export const PAIR_LIMIT = 500;

export class ProductsState {
	response = $state.raw<ProductsResponse | null>(null);
	profile = $state.raw<ProductProfile | null>(null);
	loading = $state(false);
	error = $state<string | null>(null);
	/** Pairs of one segment's baskets (index into the analysis' segments), or of all. */
	segment = $state<number | null>(null);
	/** Minimum baskets in common of a listed pair. */
	minBaskets = $state(2);
	#for = '';
	#requested = 0;

	/** Load (or reload after a filter changed) for a dataset's analysis. */
	async load(datasetId: string, analysisResponse: AnalysisResponse | null, force = false) {
		const key = `${datasetId}|${JSON.stringify(analysisResponse?.settings ?? null)}`;
		if (!force && key === this.#for && this.response) return;
		if (key !== this.#for) {
			this.profile = null;
			// A segment index means nothing under another dataset or scheme.
			if (this.#for !== '') this.segment = null;
		}
		this.#for = key;
		const request = ++this.#requested;
		const query = { segment: this.segment, minBaskets: this.minBaskets, limit: PAIR_LIMIT };
		this.loading = true;
		this.error = null;
		try {
			const response = await analysis.run((api) => api.products(datasetId, query));
			if (request === this.#requested) this.response = response;
		} catch (error) {
			if (!(error instanceof CancelledError) && request === this.#requested)
				this.error = error instanceof Error ? error.message : String(error);
		} finally {
			if (request === this.#requested) this.loading = false;
		}
	}

	/** Open the profile of a product. */
	async openProfile(datasetId: string, product: number) {
		this.profile = await analysis.run((api) => api.productProfile(datasetId, product));
	}

	/** The listed pairs as the export CSV (with a BOM, so Excel reads it as UTF-8). */
	pairsCsv(): string {
		const response = this.response;
		if (!response) return '';
		return UTF8_BOM + pairsCsv({ table: response.pairs, products: response.products });
	}
}

/** A customer's next products for the customer profile (empty without products). */
export function loadNextProducts(
	datasetId: string,
	customer: number
): Promise<{ id: string; name: string }[]> {
	return analysis.run((api) => api.nextProducts(datasetId, customer));
}

/** Per customer: 1 when they bought the product or a product of the category (customers page). */
export function loadProductBuyers(datasetId: string, filter: BoughtFilter): Promise<Uint8Array> {
	return analysis.run((api) => api.productBuyers(datasetId, filter));
}

/**
 * Values of the playbook tokens for one segment (index into the analysis' segments): its top
 * category and product by name; empty until the products figures are in.
 */
export function playbookTokens(
	response: ProductsResponse | null,
	segment: number
): Partial<Record<PlaybookToken, string>> {
	if (!response?.hasProducts) return {};
	const { products, segmentTop } = response;
	const category = segmentTop.category[segment] ?? -1;
	const product = segmentTop.product[segment] ?? -1;
	return {
		top_category: category >= 0 ? products.categories[category] : '',
		top_product: product >= 0 ? products.names[product] || products.ids[product] : ''
	};
}
