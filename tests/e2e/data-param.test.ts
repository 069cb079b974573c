import { expect, test, waitForFigures } from './fixtures';

// Three customers, four purchases, 42.75 in all (counted by hand).
const SAMPLE = [
	'customer_id,order_date,amount',
	'C1,2024-01-05,10.00',
	'C1,2024-02-10,20.00',
	'C2,2024-03-01,5.50',
	'C3,2024-03-15,7.25'
].join('\n');

/**
 * The site serves `data/sample.csv` beside the build, as a team would put `data/sales.csv` next
 * to Strata on GitHub Pages (`vite preview` lists its files at start, so the test serves it on
 * the same origin itself; page routes see what the service worker lets through to the network).
 */
test.beforeEach(async ({ page }) => {
	await page.route('**/strata/data/sample.csv', (route) =>
		route.fulfill({ status: 200, contentType: 'text/csv', body: SAMPLE })
	);
});

test('?data= opens a CSV served beside the build in the import preview; the service worker keeps no copy', async ({
	page,
	baseURL
}) => {
	// A first visit installs the service worker, so the fetch below passes by it.
	await page.goto('./');
	await waitForFigures(page);
	await page.goto('./import?data=data/sample.csv');
	await expect(page.getByTestId('column-mapping')).toBeVisible();
	await expect(page.getByRole('heading', { name: /sample\.csv/ })).toBeVisible();
	await expect(page.getByTestId('dataset-name')).toHaveValue('sample');
	await expect(page.getByTestId('map-customerId')).toHaveValue('customer_id');
	await page.getByRole('button', { name: 'Import', exact: true }).click();

	await expect(page).toHaveURL(/\/strata\/$/);
	await waitForFigures(page);
	await expect(page.getByTestId('kpi-customers')).toHaveText('3');
	await expect(page.getByTestId('kpi-orders')).toHaveText('4');

	const url = new URL('data/sample.csv', baseURL).href;
	const cached = await page.evaluate(async (url) => {
		const hits: string[] = [];
		for (const name of await caches.keys()) {
			if (await (await caches.open(name)).match(url, { ignoreSearch: true })) hits.push(name);
		}
		return { caches: (await caches.keys()).length, hits };
	}, url);
	expect(cached.caches, 'the service worker precached the app').toBeGreaterThan(0);
	expect(cached.hits).toEqual([]);
});

test('/?data= goes to the import preview', async ({ page }) => {
	await page.goto('./?data=data/sample.csv');
	await expect(page).toHaveURL(
		/\/strata\/import\?data=data%2Fsample\.csv$|\/strata\/import\?data=data\/sample\.csv$/
	);
	await expect(page.getByTestId('map-customerId')).toHaveValue('customer_id');
});

for (const value of ['https://example.com/sales.csv', '//example.com/sales.csv']) {
	test(`?data=${value} is refused with a message and never fetched`, async ({ page }) => {
		await page.goto(`./import?data=${encodeURIComponent(value)}`);
		await expect(page.getByTestId('import-message')).toContainText(
			'Only files from this site can be opened'
		);
		await expect(page.getByTestId('column-mapping')).toHaveCount(0);
		await page.getByTestId('language-switcher').selectOption('zh');
		await expect(page.getByTestId('import-message')).toContainText('只能指定本站的文件');
	});
}
