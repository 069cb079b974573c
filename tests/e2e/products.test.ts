/**
 * Products (issue 12): import a small file with products, open /products, export the pairs and
 * check a pair's figures against the table and a hand computation.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, seriousViolations, test, waitForFigures } from './fixtures';

const PAIRS_HEADER =
	'product_a,product_a_name,product_b,product_b_name,baskets_a,baskets_b,baskets_both,support,confidence_a_to_b,confidence_b_to_a,lift';

/**
 * Baskets: O1 {A, B}, O2 {A, B, C}, O3 {A, C}, O4 {B} (C bought and returned in the order),
 * O5 {A, B}; R6 is a refund, no basket. 5 baskets; A in 4, B in 4, C in 2; A+B in 3, A+C in 2,
 * B+C in 1.
 */
function basketsCsv(): string {
	const folder = join(tmpdir(), 'strata-e2e');
	mkdirSync(folder, { recursive: true });
	const path = join(folder, 'products-baskets.csv');
	const rows = [
		'order_id,customer_id,order_date,sku,product_name,category,quantity,unit_price',
		'O1,C1,2024-01-05,SKU-A,Mug,Kitchen,1,8.00',
		'O1,C1,2024-01-05,SKU-B,Bowl,Kitchen,2,5.00',
		'O2,C2,2024-01-06,SKU-A,Mug,Kitchen,1,8.00',
		'O2,C2,2024-01-06,SKU-B,Bowl,Kitchen,1,5.00',
		'O2,C2,2024-01-06,SKU-C,=Candle,Home,1,4.00',
		'O3,C3,2024-01-07,SKU-A,Mug,Kitchen,1,8.00',
		'O3,C3,2024-01-07,SKU-C,=Candle,Home,3,4.00',
		'O4,C1,2024-02-01,SKU-B,Bowl,Kitchen,1,5.00',
		'O4,C1,2024-02-01,SKU-C,=Candle,Home,1,4.00',
		'O4,C1,2024-02-01,SKU-C,=Candle,Home,-1,4.00',
		'O5,C4,2024-02-03,SKU-A,Mug,Kitchen,2,8.00',
		'O5,C4,2024-02-03,SKU-B,Bowl,Kitchen,1,5.00',
		'R6,C2,2024-02-10,SKU-A,Mug,Kitchen,-1,8.00'
	];
	writeFileSync(path, rows.join('\n') + '\n');
	return path;
}

test('imports products, lists pairs and exports them with the agreed figures', async ({ page }) => {
	await page.goto('./');
	await waitForFigures(page);
	await page.goto('./import');
	await page.getByTestId('file-input').setInputFiles(basketsCsv());
	await expect(page.getByTestId('map-productId')).toHaveValue('sku');
	await expect(page.getByTestId('map-productName')).toHaveValue('product_name');
	await expect(page.getByTestId('map-productCategory')).toHaveValue('category');
	await page.getByTestId('dataset-name').fill('Baskets');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page).toHaveURL(/\/strata\/$/);
	await waitForFigures(page);

	await page.getByRole('link', { name: 'Products' }).click();
	await expect(page.getByTestId('products-baskets')).toHaveText('5');
	const minBaskets = page.getByTestId('pairs-min-baskets');
	await minBaskets.fill('2');
	await minBaskets.press('Tab');
	const rows = page.getByTestId('pair-row');
	await expect(rows).toHaveCount(2);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export pairs CSV' }).click();
	const file = await download;
	const text = await (
		await file.createReadStream()
	)
		.toArray()
		.then((chunks) => Buffer.concat(chunks).toString('utf8'));
	expect(text.charCodeAt(0)).toBe(0xfeff);
	expect(text.slice(1).split('\r\n')[0]).toBe(PAIRS_HEADER);
	const parsed = Papa.parse<Record<string, string>>(text.slice(1).trim(), { header: true });
	expect(parsed.errors).toEqual([]);
	expect(parsed.data).toHaveLength(2);

	// By hand: A+B 3 of 5 baskets, A in 4, B in 4 → support 0.6, confidence 0.75 both ways,
	// lift 3 × 5 / (4 × 4) = 0.9375. A+C: 2, A in 4, C in 2 → 0.4, 0.5, 1, lift 1.25.
	expect(parsed.data).toEqual([
		{
			product_a: 'SKU-A',
			product_a_name: 'Mug',
			product_b: 'SKU-B',
			product_b_name: 'Bowl',
			baskets_a: '4',
			baskets_b: '4',
			baskets_both: '3',
			support: '0.600000',
			confidence_a_to_b: '0.750000',
			confidence_b_to_a: '0.750000',
			lift: '0.9375'
		},
		{
			product_a: 'SKU-A',
			product_a_name: 'Mug',
			product_b: 'SKU-C',
			product_b_name: "'=Candle",
			baskets_a: '4',
			baskets_b: '2',
			baskets_both: '2',
			support: '0.400000',
			confidence_a_to_b: '0.500000',
			confidence_b_to_a: '1.000000',
			lift: '1.2500'
		}
	]);

	// The table shows the same pairs and counts.
	for (const [i, row] of parsed.data.entries()) {
		const tableRow = rows.nth(i);
		await expect(tableRow).toHaveAttribute('data-a', row.product_a);
		await expect(tableRow).toHaveAttribute('data-b', row.product_b);
		for (const column of ['baskets_a', 'baskets_b', 'baskets_both'] as const) {
			await expect(tableRow.locator(`[data-col="${column}"]`)).toHaveText(row[column]);
		}
		await expect(tableRow.locator('[data-col="lift"]')).toHaveText(Number(row.lift).toFixed(2));
	}

	// A product's profile: Mug has 4 buyers; C1, C2, C3 and C4 all had it in their first purchase.
	await page.getByTestId('top-product').getByRole('button', { name: 'Show who buys Mug' }).click();
	await expect(page.getByTestId('profile-buyers')).toHaveText('4');

	expect(await seriousViolations(page)).toEqual([]);

	// Next products: never one the customer already has in a basket. C1's candle was returned
	// within O4, so it may be offered; C2 has bought everything.
	const bought: Record<string, string[]> = {
		C1: ['SKU-A', 'SKU-B'],
		C2: ['SKU-A', 'SKU-B', 'SKU-C'],
		C3: ['SKU-A', 'SKU-C'],
		C4: ['SKU-A', 'SKU-B']
	};
	await page.getByRole('link', { name: 'Customers' }).click();
	await expect(page.getByTestId('customer-row').first()).toBeVisible();
	const customersDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export CSV' }).click();
	const customersText = await (
		await (await customersDownload).createReadStream()
	)
		.toArray()
		.then((chunks) => Buffer.concat(chunks).toString('utf8'));
	const customers = Papa.parse<Record<string, string>>(customersText.slice(1).trim(), {
		header: true
	}).data;
	expect(customers.map((c) => c.customer_id).sort()).toEqual(['C1', 'C2', 'C3', 'C4']);
	for (const row of customers) {
		const next = row.recommended_products ? row.recommended_products.split(';') : [];
		expect(next.length).toBeLessThanOrEqual(3);
		for (const product of next) expect(bought[row.customer_id]).not.toContain(product);
	}
	expect(customers.find((c) => c.customer_id === 'C2')?.recommended_products).toBe('');
	// Customers who bought the candle: C2 and C3 (C1 returned it within the same order).
	const boughtFilter = page.getByTestId('filter-bought-product');
	await boughtFilter.fill('SKU-C');
	await boughtFilter.press('Tab');
	await expect(page.getByTestId('filter-chip')).toHaveText(/Bought SKU-C/);
	await expect(page.getByTestId('customer-row')).toHaveCount(2);
	expect(
		(await page.getByTestId('customer-row').locator('td:first-child').allInnerTexts()).sort()
	).toEqual(['C2', 'C3']);
	await page.getByTestId('filter-bought-category').selectOption('Home');
	await expect(page.getByTestId('customer-row')).toHaveCount(2);
	await page.getByRole('button', { name: 'Open the profile of C2' }).click();
	await expect(page.getByTestId('profile-next-products')).toContainText('Nothing to suggest');
	await page.keyboard.press('Escape');

	// Playbook tokens: every basket holds a Kitchen product, so Kitchen is each segment's top category.
	await page.getByRole('link', { name: 'Segments' }).click();
	const card = page.locator(`[data-testid="segment-card"][data-key="${customers[0].segment}"]`);
	await card.getByRole('button', { name: 'Edit' }).click();
	await page.getByLabel('Goal').fill('Offer {top_category} at 10 % off');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(card.getByTestId('playbook-goal')).toHaveText('Offer Kitchen at 10 % off');
});
