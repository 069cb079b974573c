/**
 * The customers page's state: the query kept in the URL (filters, sort and the "bought product /
 * category" filter), the rows it selects, the CSV export, and the opened customer profile with
 * its history, forecast and next products. The page passes in how to read and write the URL, so
 * this class knows nothing of the router.
 */
import type { AlivePoint } from '$lib/core/clv/history';
import type { CustomerHistory } from '$lib/core/customer-history';
import {
	emptyQuery,
	paramsFromQuery,
	queryFromParams,
	runQuery,
	type CustomerQuery,
	type ForecastColumns,
	type ScoreKey,
	type SortKey
} from '$lib/core/customer-query';
import { i18n } from '$lib/i18n/i18n.svelte';
import { downloadCsv, fileStem } from '$lib/ui/download';
import { analysis } from '$lib/worker/client.svelte';
import { app } from './app.svelte';
import { forecast } from './forecast.svelte';
import { loadNextProducts, loadProductBuyers } from './products.svelte';
import { loadFeedbackMask } from '$lib/ui/feedback/feedback-page.svelte';
import type { ScoreScale } from '$lib/core/feedback';
import type { ResponseRow } from '$lib/worker/api';

/** "Bought product X / bought from category Y" (issue 12); '' = no filter. */
export interface Bought {
	product: string;
	category: string;
}

/**
 * The URL search string of a query and a bought filter ('' when everything is at its default).
 * @example customersSearch({ ...emptyQuery(), stages: ['lost'] }, { product: 'P1', category: '' })
 * // → 'stage=lost&product=P1'
 */
export function customersSearch(
	query: CustomerQuery,
	bought: Bought,
	source = '',
	feedback = ''
): string {
	const params = paramsFromQuery(query);
	if (bought.product) params.set('product', bought.product);
	if (bought.category) params.set('category', bought.category);
	if (source) params.set('source', source);
	if (feedback) params.set('feedback', feedback);
	return params.toString();
}

/**
 * Score ranges after one end of one score's range changed to `value`: ends out of order are
 * swapped, and a range covering 1…5 (or more) is no filter at all.
 * @example withScore({}, 'r', 0, 3) // → { r: [3, 5] }
 * @example withScore({ r: [3, 5] }, 'r', 0, 1) // → {}
 */
export function withScore(
	scores: CustomerQuery['scores'],
	key: ScoreKey,
	end: 0 | 1,
	value: number
): CustomerQuery['scores'] {
	const next: [number, number] = [...(scores[key] ?? [1, 5])];
	next[end] = value;
	const result = { ...scores };
	if (next[0] <= 1 && next[1] >= 5) delete result[key];
	else result[key] = next[0] <= next[1] ? next : [next[1], next[0]];
	return result;
}

/** The open profile's forecast figures. */
export interface ProfileForecast {
	pAlive: number;
	expectedPurchases: number;
	clv: number;
	horizonDays: number;
	/** P(alive) at each purchase day up to the as-of date and at it; null while the history loads. */
	curve: AlivePoint[] | null;
}

export class CustomersPage {
	// Set first (the derivations below are lazy and read it only after construction).
	#params: () => URLSearchParams = () => {
		throw new Error('CustomersPage read before construction');
	};
	#navigate: (search: string) => void = () => {};

	/** Called after each change of the query (the table goes back to its first row). */
	onchange: (() => void) | undefined;

	/**
	 * @param params the URL's search parameters, read reactively
	 * @param navigate replace the URL's search string ('' for none) without scrolling or focus
	 */
	constructor(params: () => URLSearchParams, navigate: (search: string) => void) {
		this.#params = params;
		this.#navigate = navigate;
	}

	readonly query = $derived(queryFromParams(this.#params()));
	readonly bought: Bought = $derived({
		product: this.#params().get('product') ?? '',
		category: this.#params().get('category') ?? ''
	});
	/** Customers who bought the filtered product or category (1 = bought), once loaded. */
	boughtMask = $state.raw<Uint8Array | null>(null);
	/** The source (channel) filter (issue 13): customers with a line of it; '' = every source. */
	readonly source = $derived(this.#params().get('source') ?? '');
	/** Customers with a line of the filtered source, once loaded. */
	sourceMask = $state.raw<Uint8Array | null>(null);
	/** Latest-feedback filter (issue 16): a band, a score, 'none' or 'valuable'; '' = none. */
	readonly feedback = $derived(this.#params().get('feedback') ?? '');
	/** Customers the feedback filter keeps (1 = kept), once loaded. */
	feedbackMask = $state.raw<Uint8Array | null>(null);
	/** The scale of the active dataset's feedback; null without feedback. */
	feedbackScale = $state<ScoreScale | null>(null);

	readonly ids = $derived(app.dictionaries?.customerIds ?? null);
	/** The forecast's columns, when the forecast of this dataset and as-of date is loaded. */
	readonly forecastColumns: ForecastColumns = $derived.by(() => {
		const f = forecast.response;
		if (!f || f.datasetId !== app.activeId || f.asOfDay !== app.result?.asOfDay) return null;
		const { pAlive, expectedPurchases, clv } = f.scores;
		return { p_alive: pAlive, expected_purchases: expectedPurchases, clv };
	});
	readonly #queried = $derived(
		app.result && this.ids
			? runQuery(app.result, this.ids, this.query, this.forecastColumns)
			: new Int32Array(0)
	);
	/** Customer indexes of the rows, in table order. */
	readonly rows = $derived.by(() => {
		const mask = this.boughtMask;
		const { product, category } = this.bought;
		const bought =
			mask && (product || category) ? this.#queried.filter((c) => mask[c] === 1) : this.#queried;
		const sources = this.sourceMask;
		const sourced = sources && this.source ? bought.filter((c) => sources[c] === 1) : bought;
		const scored = this.feedbackMask;
		return scored && this.feedback ? sourced.filter((c) => scored[c] === 1) : sourced;
	});
	readonly hasFilters = $derived.by(() => {
		const q = this.query;
		return (
			q.search !== '' ||
			q.segments.length + q.tiers.length + q.stages.length > 0 ||
			Object.keys(q.scores).length > 0 ||
			this.bought.product !== '' ||
			this.bought.category !== '' ||
			this.source !== '' ||
			this.feedback !== '' ||
			q.cell !== null ||
			Object.keys(q.ranges).length > 0 ||
			Object.keys(q.forecastRanges).length > 0
		);
	});

	exporting = $state(false);
	/** Customer index of the open profile. */
	profileOf = $state<number | null>(null);
	history = $state.raw<CustomerHistory | null>(null);
	/** The open profile's P(alive) curve, computed in the worker; null while it loads. */
	curve = $state.raw<AlivePoint[] | null>(null);
	nextProducts = $state.raw<{ id: string; name: string }[] | null>(null);
	/** The open profile's survey and review responses (issue 16); null while they load. */
	responses = $state.raw<ResponseRow[] | null>(null);

	/** The open profile's forecast, when the forecast of this dataset and as-of date is loaded. */
	readonly profileForecast: ProfileForecast | null = $derived.by(() => {
		const f = forecast.response;
		const c = this.profileOf;
		if (c === null || !f || !this.forecastColumns) return null;
		return {
			curve: this.curve,
			pAlive: f.scores.pAlive[c],
			expectedPurchases: f.scores.expectedPurchases[c],
			clv: f.scores.clv[c],
			horizonDays: f.options.horizonDays
		};
	});

	/** Change the query (and the bought filter) in the URL. */
	update(
		patch: Partial<CustomerQuery>,
		bought: Bought = this.bought,
		source = this.source,
		feedback = this.feedback
	) {
		this.#navigate(customersSearch({ ...this.query, ...patch }, bought, source, feedback));
		this.onchange?.();
	}

	/** Sort by a column; again on the sorted column flips the order. Numbers start descending. */
	sortBy(key: SortKey) {
		const descending = this.query.sort === key ? !this.query.descending : key !== 'customer_id';
		this.update({ sort: key, descending });
	}

	setScore(key: ScoreKey, end: 0 | 1, value: number) {
		this.update({ scores: withScore(this.query.scores, key, end, value) });
	}

	/** Empty every filter, the bought filter too; the sort stays. */
	clearFilters() {
		const { sort, descending } = this.query;
		this.update({ ...emptyQuery(), sort, descending }, { product: '', category: '' }, '');
	}

	/**
	 * Load who bought the filtered product or category; run in an effect, so it follows the
	 * dataset and the filter. An answer for a filter no longer current is dropped.
	 */
	syncBoughtMask() {
		const id = app.activeId;
		const filter = { ...this.bought };
		if (!id || !app.result || (!filter.product && !filter.category)) {
			this.boughtMask = null;
			return;
		}
		void loadProductBuyers(id, filter).then((mask) => {
			const now = this.bought;
			if (filter.product === now.product && filter.category === now.category)
				this.boughtMask = mask;
		});
	}

	/** Load the customers of the filtered source; run in an effect, like `syncBoughtMask`. */
	syncSourceMask() {
		const id = app.activeId;
		const source = this.source;
		if (!id || !app.result || !source) {
			this.sourceMask = null;
			return;
		}
		void analysis.sourceMask(id, source).then((mask) => {
			if (this.source === source && app.activeId === id) this.sourceMask = mask;
		});
	}

	/**
	 * Load the feedback filter's mask (and the dataset's feedback scale); run in an effect, so it
	 * follows the dataset, its analysis and the filter. A stale answer is dropped.
	 */
	syncFeedback() {
		const id = app.activeId;
		const filter = this.feedback;
		if (!id || !app.result) return;
		void loadFeedbackMask(id, filter).then(({ scale, mask }) => {
			if (app.activeId !== id || this.feedback !== filter) return;
			this.feedbackScale = scale;
			this.feedbackMask = mask;
		});
	}

	#forecastRequested = '';

	/**
	 * Load the forecast of the active dataset and as-of date for the forecast columns; run in an
	 * effect. Each dataset and as-of date is asked for once (the worker caches it).
	 */
	syncForecast() {
		const id = app.activeId;
		const asOf = app.result?.asOfDay;
		if (!id || asOf === undefined || this.forecastColumns) return;
		const key = `${id}:${asOf}`;
		if (key === this.#forecastRequested) return;
		this.#forecastRequested = key;
		void forecast.load(id);
	}

	async exportCsv() {
		if (!app.activeId) return;
		this.exporting = true;
		try {
			const id = app.activeId;
			const indexes = this.rows.slice();
			const text = await analysis.exportCustomers(id, i18n.lang, indexes);
			downloadCsv(text, `${fileStem(app.active?.name ?? 'strata')}-customers.csv`);
		} finally {
			this.exporting = false;
		}
	}

	/** Open a customer's profile; its history, then its next products, load after. */
	async openProfile(customer: number) {
		this.profileOf = customer;
		this.syncForecast();
		this.history = null;
		this.curve = null;
		this.nextProducts = null;
		this.responses = null;
		const id = app.activeId;
		if (!id) return;
		const loaded = await analysis.customerHistory(id, customer);
		if (this.profileOf === customer) this.history = loaded;
		const responses = await analysis.customerFeedback(id, customer);
		if (this.profileOf === customer) this.responses = responses;
		const curve = await analysis.aliveHistory(id, customer);
		if (this.profileOf === customer) this.curve = curve;
		const next = await loadNextProducts(id, customer);
		if (this.profileOf === customer) this.nextProducts = next;
	}

	closeProfile() {
		this.profileOf = null;
	}
}
