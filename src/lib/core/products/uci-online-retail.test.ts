/**
 * Real data: UCI Online Retail imported by the real importer (UCI preset: StockCode is the
 * product, Description its name), against a short independent count written here — plain string
 * splitting, a Map per invoice, no engine code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { LineChunk } from '../columns';
import { createImporter, importOptionsFromSniff, sniffFile } from '../csv/importer';
import { latestPurchaseDay, buildOrders } from '../orders';
import { buildBaskets } from './baskets';
import { countPairs, MAX_BASKET_PRODUCTS } from './pairs';

const root = resolve(fileURLToPath(import.meta.url), '../../../../..');
const FILE = resolve(root, '../shared/data/uci-online-retail/online_retail.csv.gz');
const present = existsSync(FILE);
if (!present) console.warn(`SKIPPED UCI Online Retail products test: ${FILE} is absent`);

/** Fields of a CSV line; quotes only matter in descriptions here. */
function fields(line: string): string[] {
	if (!line.includes('"')) return line.split(',');
	const out: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i];
		if (quoted && ch === '"' && line[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (ch === '"') quoted = !quoted;
		else if (ch === ',' && !quoted) {
			out.push(cell);
			cell = '';
		} else cell += ch;
	}
	out.push(cell);
	return out;
}

/** Independent: baskets (invoice × customer with a positive total) and their products. */
function independentBaskets(text: string): string[][] {
	const invoices = new Map<string, { cents: number; net: Map<string, number> }>();
	for (const line of text.split('\n').slice(1)) {
		if (line === '') continue;
		const [invoice, code, , quantity, , price, customer] = fields(line);
		if (customer.trim() === '') continue;
		const key = invoice + '|' + customer;
		let entry = invoices.get(key);
		if (!entry) invoices.set(key, (entry = { cents: 0, net: new Map() }));
		entry.cents += Math.round(Number(quantity) * Number(price) * 100);
		const product = code.trim();
		entry.net.set(product, (entry.net.get(product) ?? 0) + Number(quantity));
	}
	const baskets: string[][] = [];
	for (const { cents, net } of invoices.values()) {
		if (cents > 0) baskets.push([...net].filter(([, q]) => q > 0).map(([p]) => p));
	}
	return baskets;
}

describe.skipIf(!present)('UCI Online Retail baskets and pairs', () => {
	const bytes = present ? new Uint8Array(gunzipSync(readFileSync(FILE))) : new Uint8Array(0);
	const sniff = sniffFile(bytes.subarray(0, 1 << 20), bytes.length);
	const importer = createImporter(importOptionsFromSniff(sniff));
	const chunks: LineChunk[] = [...importer.push(bytes)];
	const result = importer.finish();
	chunks.push(...result.chunks);
	const products = result.products ?? {
		ids: [],
		names: [],
		category: new Int32Array(0),
		categories: []
	};
	const asOf = latestPurchaseDay(buildOrders(chunks, result.orderCount));
	const baskets = buildBaskets(chunks, result.orderCount, products.ids.length, asOf);
	const pairs = countPairs(baskets, { minBaskets: 1 });
	const expected = present ? independentBaskets(new TextDecoder().decode(bytes)) : [];

	it('maps StockCode as the product and Description as its name', () => {
		expect(sniff.transactions.mapping).toMatchObject({
			productId: 'StockCode',
			productName: 'Description'
		});
		expect(products.names[products.ids.indexOf('85123A')]).toBe(
			'WHITE HANGING HEART T-LIGHT HOLDER'
		);
	});

	it('counts the purchases with a customer id as baskets', () => {
		expect(baskets.count).toBe(expected.length);
		expect(baskets.count).toBe(18_532);
	});

	it('counts the pairs of the six most-bought products as an independent count does', () => {
		const inBaskets = new Map<string, number>();
		for (const basket of expected)
			for (const p of basket) inBaskets.set(p, (inBaskets.get(p) ?? 0) + 1);
		const six = [...inBaskets]
			.sort((x, y) => y[1] - x[1])
			.slice(0, 6)
			.map(([p]) => p);
		for (let i = 0; i < six.length; i++) {
			for (let j = i + 1; j < six.length; j++) {
				let both = 0;
				for (const basket of expected) {
					if (
						basket.length <= MAX_BASKET_PRODUCTS &&
						basket.includes(six[i]) &&
						basket.includes(six[j])
					)
						both++;
				}
				const [a, b] = [six[i], six[j]].map((id) => products.ids.indexOf(id)).sort((x, y) => x - y);
				const at = pairs.a.findIndex((x, k) => x === a && pairs.b[k] === b);
				expect(pairs.both[at], `${six[i]} + ${six[j]}`).toBe(both);
				expect(pairs.basketsOf[a]).toBe(inBaskets.get(products.ids[a]));
				expect(pairs.basketsOf[b]).toBe(inBaskets.get(products.ids[b]));
			}
		}
	});
});
