import { describe, expect, it } from 'vitest';
import { DEFAULT_DATE_FORMAT, importBytes, type ImportOptions } from '../csv';
import type { TransactionMapping } from '../csv/mapping';
import { generateDemoColumns } from '../demo/generate';
import { DEMO_PRODUCTS, DEMO_CATEGORIES } from '../demo/catalog';

function run(csv: string, roles: Partial<TransactionMapping>) {
	const mapping: TransactionMapping = {
		kind: 'transactions',
		customerId: 'customer',
		orderDate: 'date',
		amount: null,
		quantity: null,
		unitPrice: null,
		orderId: 'order',
		attributes: [],
		...roles
	};
	const options: ImportOptions = {
		encoding: 'utf-8',
		delimiter: ',',
		decimalSeparator: '.',
		dateFormat: DEFAULT_DATE_FORMAT,
		mapping
	};
	return importBytes(new TextEncoder().encode(csv), options);
}

describe('importing products', () => {
	it('keeps id, first non-empty name and category, and quantities per line', () => {
		const csv =
			'order,customer,date,sku,name,type,qty,price\n' +
			'1,C1,2024-01-05,A1,,Mugs,2,3.00\n' +
			'1,C1,2024-01-05,B2,Bowl,,1,5.50\n' +
			'2,C2,2024-01-06,A1,Mug,Cups,-1,3.00\n' +
			'2,C2,2024-01-06,,,,1,1.00\n';
		const result = run(csv, {
			quantity: 'qty',
			unitPrice: 'price',
			productId: 'sku',
			productName: 'name',
			productCategory: 'type'
		});
		expect(result.products).toEqual({
			ids: ['A1', 'B2'],
			names: ['Mug', 'Bowl'],
			category: Int32Array.of(0, -1),
			categories: ['Mugs']
		});
		expect([...(result.chunks[0].product ?? [])]).toEqual([0, 1, 0, -1]);
		expect([...(result.chunks[0].quantity ?? [])]).toEqual([2, 1, -1, 1]);
	});

	it('uses the name as the id when only a name column is mapped, and keeps no quantity without one', () => {
		const csv =
			'order,customer,date,item,total\n1,C1,2024-01-05,Red pen,2\n2,C1,2024-01-07,Red pen,2\n';
		const result = run(csv, { amount: 'total', productName: 'item' });
		expect(result.products?.ids).toEqual(['Red pen']);
		expect(result.products?.names).toEqual(['Red pen']);
		expect(result.chunks[0].quantity).toBeUndefined();
	});

	it('has no product column without a product role (datasets from before)', () => {
		const result = run('order,customer,date,total\n1,C1,2024-01-05,2\n', { amount: 'total' });
		expect(result.products).toBeUndefined();
		expect(result.chunks[0].product).toBeUndefined();
	});
});

describe('the demo keeps its products', () => {
	it('stores catalogue codes, names, categories and quantities', () => {
		const demo = generateDemoColumns({ customers: 60, seed: 3 });
		const dictionary = demo.products;
		expect(dictionary).toBeDefined();
		if (!dictionary) return;
		const chunk = demo.chunks[0];
		const productAttribute = demo.attributes.findIndex((a) => a.name === 'product');
		for (let i = 0; i < 50; i++) {
			const p = (chunk.product as Int32Array)[i];
			const catalogue = DEMO_PRODUCTS.find((d) => d.code === dictionary.ids[p]);
			expect(catalogue?.name).toBe(
				demo.attributes[productAttribute].values[chunk.attributes[productAttribute][i]]
			);
			expect(dictionary.names[p]).toBe(catalogue?.name);
			expect(dictionary.categories[dictionary.category[p]]).toBe(
				DEMO_CATEGORIES[catalogue?.category ?? -1]
			);
			expect((chunk.quantity as Float64Array)[i] * (catalogue?.priceCents ?? 0)).toBe(
				chunk.amountCents[i]
			);
		}
	});
});
