import { describe, expect, it } from 'vitest';
import { reportHtml } from '$lib/core/report/html';
import type { ForecastResponse, ProductsResponse } from '$lib/worker/api';
import { forecastSection, productsSection, type ReportFormat } from './report-extras';

/** A plain formatter: keys come back as themselves, numbers in a fixed, easy-to-read form. */
const f: ReportFormat = {
	t: (key, params) => (params ? `${key} ${JSON.stringify(params)}` : key),
	label: (label) => label.en,
	int: (value) => String(value),
	decimal: (value, digits = 1) => value.toFixed(digits),
	percent: (value, digits = 1) => `${(value * 100).toFixed(digits)}%`,
	money: (cents, currency) => `${currency} ${(cents / 100).toFixed(2)}`
};

/** The rows of the table with `data-testid=id` in the report HTML, cells as text. */
function tableRows(html: string, id: string): string[][] {
	const table = html.match(new RegExp(`<table data-testid="${id}">([\\s\\S]*?)</table>`))?.[1];
	if (!table) throw new Error(`no table ${id}`);
	const body = table.split('<tbody>')[1];
	return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
		[...row[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => cell[1])
	);
}

const page = (sections: Parameters<typeof reportHtml>[0]['sections']) =>
	reportHtml({ lang: 'en', title: 'T', subtitle: 'S', footer: 'F', sections });

const group = (key: string, customers: number, totalClv: number, purchases: number) => ({
	key,
	label: { en: key, zh: key },
	customers,
	totalClv,
	meanClv: customers ? totalClv / customers : NaN,
	expectedPurchases: purchases
});

const fit = <P>(params: P) => ({
	params,
	diagnostics: { logLikelihood: -100, iterations: 10, evaluations: 20, converged: true }
});

describe('report forecast section', () => {
	const response = {
		options: { unit: 'week', horizonDays: 365, discountMonthly: 0.01, holdoutDay: null },
		model: {
			bgnbd: fit({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }),
			gammaGamma: { ...fit({ p: 6.25, q: 3.74, v: 15.44 }), customers: 946 }
		},
		segments: [group('vip', 4, 1000, 6), group('new', 0, 0, 0)],
		total: group('all', 10, 1250.5, 9.25)
	} as unknown as ForecastResponse;

	it('lists the fitted parameters and CLV by segment with the total', () => {
		const html = page([forecastSection(f, response, 'EUR')!]);
		// Parameters as fitted (the CDNOW figures of Fader, Hardie and Lee, 2005), four decimals.
		expect(tableRows(html, 'report-forecast-params').map((r) => r[2])).toEqual([
			'0.2430',
			'4.4140',
			'0.7930',
			'2.4260',
			'6.2500',
			'3.7400',
			'15.4400'
		]);
		expect(html).toContain('forecast.params.alpha {&quot;symbol&quot;:&quot;α&quot;');
		// CLV is in currency units: 1,000 over 4 customers is 250 each; an empty group shows —.
		expect(tableRows(html, 'report-forecast-segments')).toEqual([
			['vip', '4', 'EUR 1000.00', 'EUR 250.00', '6.0'],
			['new', '0', 'EUR 0.00', '—', '0.0'],
			['clientReport.total', '10', 'EUR 1250.50', 'EUR 125.05', '9.3']
		]);
	});

	it('is left out when no model could be fitted', () => {
		const none = { ...response, model: { bgnbd: null, gammaGamma: null } } as ForecastResponse;
		expect(forecastSection(f, none, 'EUR')).toBeNull();
	});
});

describe('report products section', () => {
	const response = {
		hasProducts: true,
		products: {
			ids: ['P0', 'P1', 'P2'],
			names: ['Tea', '', 'Cup'],
			category: Int32Array.from([0, -1, 1]),
			categories: ['Drinks', 'Kitchen']
		},
		productStats: {
			baskets: Int32Array.from([5, 4, 2]),
			buyers: Int32Array.from([3, 4, 2]),
			repeatBuyers: Int32Array.from([1, 0, 0]),
			revenueCents: Float64Array.from([1000, 5000, 3000])
		},
		pairs: {
			baskets: 10,
			basketsOf: Int32Array.from([5, 4, 2]),
			a: Int32Array.from([0, 0]),
			b: Int32Array.from([1, 2]),
			both: Int32Array.from([3, 1])
		}
	} as unknown as ProductsResponse;

	it('ranks products by revenue and lists pairs with support, confidence and lift', () => {
		const html = page([productsSection(f, response, 'CNY')!]);
		// P1 has no name: its id is shown; it has no category.
		expect(tableRows(html, 'report-top-products')).toEqual([
			['P1', '', '4', '4', 'CNY 50.00'],
			['Cup', 'Kitchen', '2', '2', 'CNY 30.00'],
			['Tea', 'Drinks', '5', '3', 'CNY 10.00']
		]);
		// Tea+P1: 3 of 10 baskets = 30 %; 3 of Tea's 5 = 60 %; lift 0.3 ÷ (0.5 × 0.4) = 1.5.
		// Tea+Cup: 1 of 10 = 10 %; 1 of 5 = 20 %; lift 0.1 ÷ (0.5 × 0.2) = 1.
		expect(tableRows(html, 'report-top-pairs')).toEqual([
			['Tea', 'P1', '3', '30.0%', '60.0%', '1.50'],
			['Tea', 'Cup', '1', '10.0%', '20.0%', '1.00']
		]);
	});

	it('is left out without a product column', () => {
		expect(productsSection(f, { ...response, hasProducts: false }, 'CNY')).toBeNull();
	});
});
