/**
 * Real data: the UCI Online Retail dataset (541,909 invoice lines, 2010-12-01 … 2011-12-09), run
 * through the engine and checked against hand-known customers and an independent, deliberately
 * naive object-based computation written here.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dayFromIso, dayFromYmd } from '../calendar';
import type { LineChunk } from '../columns';
import { buildOrders } from '../orders';
import { analyzeOrders } from './analyze';
import { customerAttributeValues } from './attributes';
import { RFM_GRID } from './labels';
import { DEFAULT_SETTINGS } from './types';
import { sharedData } from '../../../../tests/shared-data';

const { path: FILE, present } = sharedData('uci-online-retail/online_retail.csv.gz');
if (!present) console.warn(`SKIPPED real-data test: ${FILE} is absent`);

/** Exact cents of quantity × unit price: the price in thousandths, rounded half away from zero. */
function lineCents(quantity: string, price: string): number {
	const negative = price.startsWith('-');
	const [whole, fraction = ''] = price.replace('-', '').split('.');
	const mills =
		(Number(whole) * 1000 + Number((fraction + '000').slice(0, 3))) * (negative ? -1 : 1);
	const product = Number(quantity) * mills;
	return Math.sign(product) * Math.floor((Math.abs(product) + 5) / 10);
}

describe.skipIf(!present)('UCI Online Retail', () => {
	const text = present ? gunzipSync(readFileSync(FILE)).toString('utf8') : '';
	const rows = (Papa.parse<string[]>(text, { skipEmptyLines: true }).data as string[][]).slice(1);
	// Columns: InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country
	const kept = rows.filter((r) => r[6] !== '');

	// --- engine input: columns, as the importer would build them --------------------------------
	const customerIds: string[] = [];
	const customerIndex = new Map<string, number>();
	const orderIndex = new Map<string, number>();
	const countries: string[] = [];
	const countryIndex = new Map<string, number>();
	const chunk: LineChunk = {
		customer: new Int32Array(kept.length),
		day: new Int32Array(kept.length),
		amountCents: new Float64Array(kept.length),
		order: new Int32Array(kept.length),
		attributes: [new Int32Array(kept.length)]
	};
	kept.forEach((r, i) => {
		const id = r[6].replace(/\.0$/, '');
		if (!customerIndex.has(id)) customerIndex.set(id, customerIds.push(id) - 1);
		const c = customerIndex.get(id)!;
		const orderKey = id + '|' + r[0];
		if (!orderIndex.has(orderKey)) orderIndex.set(orderKey, orderIndex.size);
		if (!countryIndex.has(r[7])) countryIndex.set(r[7], countries.push(r[7]) - 1);
		chunk.customer[i] = c;
		chunk.day[i] = dayFromIso(r[4]);
		chunk.amountCents[i] = lineCents(r[3], r[5]);
		chunk.order[i] = orderIndex.get(orderKey)!;
		chunk.attributes[0][i] = countryIndex.get(r[7])!;
	});
	const country = customerAttributeValues([chunk], customerIds.length, 0);
	const result = analyzeOrders(
		buildOrders([chunk], orderIndex.size),
		customerIds.length,
		DEFAULT_SETTINGS,
		[{ name: 'Country', values: country }]
	);
	const at = (id: string) => customerIndex.get(id)!;

	// --- independent computation: one object per order and per customer -----------------------
	const orders = new Map<string, { id: string; day: number; cents: number }>();
	for (const r of kept) {
		const id = r[6].replace(/\.0$/, '');
		const key = id + '|' + r[0];
		const day = dayFromIso(r[4]);
		const order = orders.get(key) ?? { id, day, cents: 0 };
		order.day = Math.min(order.day, day);
		order.cents += lineCents(r[3], r[5]);
		orders.set(key, order);
	}
	const asOf = Math.max(...[...orders.values()].filter((o) => o.cents > 0).map((o) => o.day));
	const naive = new Map<string, { f: number; m: number; last: number }>();
	for (const o of orders.values()) {
		const c = naive.get(o.id) ?? { f: 0, m: 0, last: -Infinity };
		c.m += o.cents;
		if (o.cents > 0) {
			c.f++;
			c.last = Math.max(c.last, o.day);
		}
		naive.set(o.id, c);
	}
	const scored = [...naive.entries()].filter(([, c]) => c.f > 0);

	it('finds the as-of date, totals and unscored customers', () => {
		expect(rows).toHaveLength(541_909);
		expect(customerIds).toHaveLength(4372);
		expect(asOf).toBe(dayFromYmd(2011, 12, 9));
		expect(result.asOfDay).toBe(asOf);
		expect(result.scoredCount).toBe(4338);
		expect(result.scoredCount).toBe(scored.length);
		expect(result.unscoredCount).toBe(34);
		const sumF = result.customers.frequency.reduce((a, b) => a + b, 0);
		let sumM = 0;
		result.customers.monetaryCents.forEach((m, c) => (sumM += result.customers.scored[c] ? m : 0));
		expect(sumF).toBe(18_532);
		expect(sumM).toBe(831_047_705);
		expect(sumF).toBe(scored.reduce((a, [, c]) => a + c.f, 0));
		expect(sumM).toBe(scored.reduce((a, [, c]) => a + c.m, 0));
		expect(result.headline).toMatchObject({
			customers: 4338,
			orders: 22_190,
			revenueCents: 830_006_581,
			firstDay: dayFromYmd(2010, 12, 1),
			lastDay: dayFromYmd(2011, 12, 9)
		});
	});

	it.each([
		// 12346: 74,215 × 1.04 = 77,183.60 on 2011-01-18, returned in full the same day
		['12346', 1, 0, 325, 'United Kingdom'],
		// 12347: seven invoices, 4,310.00 in total, last on 2011-12-07
		['12347', 7, 431_000, 2, 'Iceland'],
		// 17850: 34 purchases, net 5,288.63 after returns, last purchase 2010-12-02
		['17850', 34, 528_863, 372, 'United Kingdom']
	])('customer %s: F %i, M %i cents, recency %i days, %s', (id, f, m, recency, place) => {
		const c = at(id);
		expect(result.customers.frequency[c]).toBe(f);
		expect(result.customers.monetaryCents[c]).toBe(m);
		expect(result.customers.recencyDays[c]).toBe(recency);
		expect(countries[country[c]]).toBe(place);
	});

	it('matches the naive computation for every customer, scores and segments included', () => {
		const values = scored.map(([id, c]) => ({ id, r: asOf - c.last, f: c.f, m: c.m }));
		const score = (worse: (other: (typeof values)[number]) => boolean) =>
			1 + Math.floor((5 * values.filter(worse).length) / values.length);
		let mismatches = 0;
		for (const v of values) {
			const c = at(v.id);
			const r = score((o) => o.r > v.r);
			const f = score((o) => o.f < v.f);
			const m = score((o) => o.m < v.m);
			const fm = Math.ceil((f + m) / 2);
			const t = result.customers;
			const same =
				t.recencyDays[c] === v.r &&
				t.frequency[c] === v.f &&
				t.monetaryCents[c] === v.m &&
				t.rScore[c] === r &&
				t.fScore[c] === f &&
				t.mScore[c] === m &&
				t.fmScore[c] === fm &&
				result.segments[t.segment[c]].key === RFM_GRID[r - 1][fm - 1];
			if (!same) mismatches++;
		}
		expect(mismatches).toBe(0);
		expect(result.segments.reduce((a, s) => a + s.customers, 0)).toBe(4338);
	});
});
