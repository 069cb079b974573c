/**
 * The customer export: one CSV row per scored customer with raw values, scores, segment, tier and
 * lifecycle stage, then the customer's next products (ids joined by `;`, see `core/products`).
 * The header is a stable contract; do not rename or reorder its columns.
 */
import { isoFromDay } from '../calendar';
import { customerAov } from '../analytics/metrics';
import type { AnalysisResult, Language } from '../analytics/types';
import { CRLF, csvRow, csvText } from './csv-writer';
import type { CsvValue } from './csv-writer';

/** The exact header line of the export. */
export const CUSTOMERS_CSV_HEADER =
	'customer_id,first_purchase_date,last_purchase_date,recency_days,frequency,monetary,' +
	'average_order_value,r_score,f_score,m_score,fm_score,segment,segment_label,tier,tier_label,' +
	'lifecycle_stage,lifecycle_label,p_alive,expected_purchases,expected_order_value,clv,' +
	'recommended_products';

/**
 * The forecast columns of the export (core/clv), per customer index; NaN leaves a cell empty.
 * Money in money units (not cents).
 */
export interface ForecastColumns {
	pAlive: Float64Array;
	expectedPurchases: Float64Array;
	expectedAov: Float64Array;
	clv: Float64Array;
}

export { UTF8_BOM } from './csv-writer';

/**
 * CSV text of the scored customers: all of them in index order, or those of `indexes` in the
 * given order (unscored ones skipped). Every record, the header included, ends with CRLF. No BOM:
 * prepend `UTF8_BOM` when saving for Excel.
 * @example
 * // one customer, +10.00 on 2024-01-05 and +15.55 on 2024-03-01, defaults (alone: all scores 1)
 * customersCsv(result, ['C1'], 'en')
 * // → 'customer_id,first_purchase_date,…,lifecycle_label,recommended_products\r\n' +
 * //   'C1,2024-01-05,2024-03-01,0,2,25.55,12.78,1,1,1,1,lost,Lost,regular,Regular,repeat,Repeat,\r\n'
 */
export function customersCsv(
	result: AnalysisResult,
	customerIds: readonly string[],
	language: Language,
	indexes?: ArrayLike<number>,
	forecast?: ForecastColumns,
	recommended?: (customer: number) => readonly string[]
): string {
	const t = result.customers;
	const label = (s: { key: string; label: Record<Language, string> }) => [s.key, s.label[language]];
	const segmentLabels = result.segments.map(label);
	const tierLabels = result.tiers.map(label);
	const stageLabels = result.stages.map(label);
	const rows: string[] = [CUSTOMERS_CSV_HEADER];
	const count = indexes ? indexes.length : t.scored.length;
	for (let k = 0; k < count; k++) {
		const c = indexes ? indexes[k] : k;
		if (!t.scored[c]) continue;
		const [segment, segmentLabel] = segmentLabels[t.segment[c]];
		const [tier, tierLabel] = tierLabels[t.tier[c]];
		const [stage, stageLabel] = stageLabels[t.stage[c]];
		rows.push(
			csvRow([
				customerIds[c] ?? '',
				isoFromDay(t.firstPurchaseDay[c]),
				isoFromDay(t.lastPurchaseDay[c]),
				t.recencyDays[c],
				t.frequency[c],
				{ decimal: formatCents(t.monetaryCents[c]) },
				{ decimal: formatCents(customerAov(t, c, roundedQuotient)) },
				t.rScore[c],
				t.fScore[c],
				t.mScore[c],
				t.fmScore[c],
				segment,
				segmentLabel,
				tier,
				tierLabel,
				stage,
				stageLabel,
				...forecastCells(forecast, c),
				recommended ? recommended(c).join(';') : ''
			])
		);
	}
	return rows.join(CRLF) + CRLF;
}

/**
 * The four forecast cells of a customer: P(alive) and expected purchases with 6 decimals, order
 * value and CLV with 2; empty without a value.
 * @example forecastCells(undefined, 0) // → ['', '', '', '']
 */
function forecastCells(forecast: ForecastColumns | undefined, c: number): CsvValue[] {
	if (!forecast) return ['', '', '', ''];
	// Numbers as CsvDecimal: the writer keeps a plain decimal as it is (a text cell could be guarded).
	const fixed = (value: number) => (Number.isFinite(value) ? { decimal: value.toFixed(6) } : '');
	const money = (value: number) =>
		Number.isFinite(value) ? { decimal: formatCents(value * 100) } : '';
	return [
		fixed(forecast.pAlive[c]),
		fixed(forecast.expectedPurchases[c]),
		money(forecast.expectedAov[c]),
		money(forecast.clv[c])
	];
}

/**
 * Integer cents as a decimal amount with exactly 2 decimals, `.` separator, no grouping.
 * @example formatCents(-1250) // → '-12.50'
 * @example formatCents(7) // → '0.07'
 */
export function formatCents(cents: number): string {
	const whole = Math.round(cents);
	const sign = whole < 0 ? '-' : '';
	const abs = Math.abs(whole);
	const units = Math.floor(abs / 100);
	return `${sign}${units}.${String(abs - units * 100).padStart(2, '0')}`;
}

/**
 * a / b rounded to the nearest integer, halves away from zero, exact for integers below 2^53.
 * @example roundedQuotient(1000, 3) // → 333
 * @example roundedQuotient(-5, 2) // → -3
 */
export function roundedQuotient(a: number, b: number): number {
	if (b === 0) return 0;
	const sign = a < 0 !== b < 0 ? -1 : 1;
	const num = Math.abs(a);
	const den = Math.abs(b);
	let q = Math.floor(num / den);
	let r = num - q * den;
	// The float division may land one off near large integers; the remainder puts it right.
	if (r < 0) {
		q--;
		r += den;
	} else if (r >= den) {
		q++;
		r -= den;
	}
	if (2 * r >= den) q++;
	return sign * q;
}

/**
 * A text cell of the export: the shared injection-safe writer's `csvText`.
 * @example textCell('=SUM(A1)') // → "'=SUM(A1)"
 */
export const textCell = csvText;
