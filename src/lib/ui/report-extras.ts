/**
 * The forecast and products sections of the Download report: compact tables built from the
 * worker's responses (fitted parameters and CLV by segment; top products and top pairs). Plain
 * functions over a formatter, so the HTML they make is unit-tested without a page.
 */
import { confidence, lift, support } from '$lib/core/products/pairs';
import type { ReportSection, ReportTable } from '$lib/core/report/html';
import type { MessageKey } from '$lib/i18n/en';
import type { ForecastResponse, ProductsResponse } from '$lib/worker/api';

/** The formatting the sections need (the page passes `i18n`). */
export interface ReportFormat {
	t(key: MessageKey, params?: Record<string, string | number>): string;
	label(label: { en: string; zh: string }): string;
	int(value: number): string;
	decimal(value: number, digits?: number): string;
	percent(value: number, digits?: number): string;
	money(cents: number, currency: string, style?: 'exact' | 'whole' | 'headline'): string;
}

/** Rows of the top-products and top-pairs tables. */
export const REPORT_TOP_ROWS = 10;

/** CLV is in currency units; '—' where not enough data. */
const clvMoney = (f: ReportFormat, value: number, currency: string) =>
	Number.isFinite(value) ? f.money(value * 100, currency, 'whole') : '—';

function paramsTable(f: ReportFormat, model: ForecastResponse['model'], unit: string) {
	const rows: string[][] = [];
	const unitName = f.t(`forecast.params.unit.${unit}` as MessageKey);
	const add = (model: string, key: string, symbol: string, value: number) =>
		rows.push([
			model,
			f.t(`forecast.params.${key}` as MessageKey, { symbol, unit: unitName }),
			f.decimal(value, 4)
		]);
	if (model.bgnbd) {
		const { r, alpha, a, b } = model.bgnbd.params;
		const name = f.t('forecast.params.bgnbd');
		add(name, 'r', 'r', r);
		add(name, 'alpha', 'α', alpha);
		add(name, 'a', 'a', a);
		add(name, 'b', 'b', b);
	}
	if (model.gammaGamma) {
		const { p, q, v } = model.gammaGamma.params;
		const name = f.t('forecast.params.gg');
		add(name, 'p', 'p', p);
		add(name, 'q', 'q', q);
		add(name, 'v', 'v', v);
	}
	return {
		caption: f.t('forecast.params.title'),
		columns: ['', f.t('forecast.params.name'), f.t('forecast.params.value')],
		numeric: [false, false, true],
		rows,
		id: 'report-forecast-params'
	} satisfies ReportTable;
}

/**
 * The forecast section: fitted parameters and CLV by segment with the total; null when no model
 * could be fitted.
 */
export function forecastSection(
	f: ReportFormat,
	response: ForecastResponse,
	currency: string
): ReportSection | null {
	if (!response.model.bgnbd) return null;
	const stake = (first: string, g: ForecastResponse['total']) => [
		first,
		f.int(g.customers),
		clvMoney(f, g.totalClv, currency),
		clvMoney(f, g.meanClv, currency),
		f.decimal(g.expectedPurchases, 1)
	];
	const segments: ReportTable = {
		caption: f.t('forecast.stake.segments'),
		columns: [
			f.t('forecast.stake.group'),
			f.t('forecast.stake.customers'),
			f.t('forecast.stake.totalClv'),
			f.t('forecast.stake.meanClv'),
			f.t('forecast.stake.purchases')
		],
		numeric: [false, true, true, true, true],
		rows: [
			...response.segments.map((g) => stake(f.label(g.label), g)),
			stake(f.t('clientReport.total'), response.total)
		],
		id: 'report-forecast-segments'
	};
	return {
		title: f.t('forecast.title'),
		intro: f.t('forecast.stake.caption', { days: response.options.horizonDays }),
		tables: [paramsTable(f, response.model, response.options.unit), segments]
	};
}

/** Product indexes, most revenue first (ties: lower index first). */
function topByRevenue(revenueCents: Float64Array, count: number): number[] {
	return Array.from(revenueCents.keys())
		.sort((a, b) => revenueCents[b] - revenueCents[a] || a - b)
		.slice(0, count);
}

/** The products section: top products by revenue and top pairs; null without a product column. */
export function productsSection(
	f: ReportFormat,
	response: ProductsResponse,
	currency: string
): ReportSection | null {
	if (!response.hasProducts) return null;
	const { products, productStats: stats, pairs } = response;
	const name = (p: number) => products.names[p] || products.ids[p];
	const top: ReportTable = {
		caption: f.t('products.top.products'),
		columns: [
			f.t('products.col.product'),
			f.t('products.col.category'),
			f.t('products.col.baskets'),
			f.t('products.metric.buyers'),
			f.t('products.metric.revenue')
		],
		numeric: [false, false, true, true, true],
		rows: topByRevenue(stats.revenueCents, REPORT_TOP_ROWS).map((p) => [
			name(p),
			products.categories[products.category[p]] ?? '',
			f.int(stats.baskets[p]),
			f.int(stats.buyers[p]),
			f.money(stats.revenueCents[p], currency)
		]),
		id: 'report-top-products'
	};
	const pairRows: string[][] = [];
	for (let k = 0; k < Math.min(pairs.a.length, REPORT_TOP_ROWS); k++) {
		const [a, b, both] = [pairs.a[k], pairs.b[k], pairs.both[k]];
		const [basketsA, basketsB] = [pairs.basketsOf[a], pairs.basketsOf[b]];
		pairRows.push([
			name(a),
			name(b),
			f.int(both),
			f.percent(support(both, pairs.baskets)),
			f.percent(confidence(both, basketsA)),
			f.decimal(lift(both, basketsA, basketsB, pairs.baskets), 2)
		]);
	}
	const together: ReportTable = {
		caption: f.t('products.pairs.title'),
		columns: [
			f.t('products.col.productA'),
			f.t('products.col.productB'),
			f.t('products.col.both'),
			f.t('products.col.support'),
			f.t('products.col.confidenceAB'),
			f.t('products.col.lift')
		],
		numeric: [false, false, true, true, true, true],
		rows: pairRows,
		id: 'report-top-pairs'
	};
	return { title: f.t('products.title'), tables: pairRows.length ? [top, together] : [top] };
}
