import {
	expect,
	seriousViolations,
	storedDatasets,
	test,
	waitForFigures,
	waitForOverview
} from './fixtures';

function figures(page: import('@playwright/test').Page) {
	return Promise.all(
		['kpi-customers', 'kpi-orders', 'kpi-revenue', 'kpi-aov', 'kpi-repeat', 'kpi-range'].map((id) =>
			page.getByTestId(id).innerText()
		)
	);
}

test('first visit generates the demo shop into IndexedDB and shows its figures', async ({
	page
}) => {
	await page.goto('./');
	await waitForFigures(page);
	await expect(page.getByTestId('demo-banner')).toBeVisible();
	// The demo shop has exactly 4,000 customers, every one of them with a purchase.
	await expect(page.getByTestId('kpi-customers')).toHaveText('4,000');
	const [, orders, revenue, aov, repeat, range] = await figures(page);
	expect(orders).toMatch(/^\d{1,3}(,\d{3})+$/);
	expect(revenue).toMatch(/^£[\d,]+$/);
	expect(aov).toMatch(/^£\d+\.\d\d$/);
	expect(repeat).toMatch(/^\d+\.\d%$/);
	expect(range).toContain('2025');
	const datasets = await storedDatasets(page);
	expect(datasets).toHaveLength(1);
	expect(datasets[0]).toMatchObject({ status: 'complete', name: 'Demo shop' });
});

test.describe('in a browser set to Chinese', () => {
	test.use({ locale: 'zh-CN' });

	test('the HTML starts the worker and its first start, in the browser language', async ({
		page
	}) => {
		const marks = () =>
			page.evaluate(() =>
				['strata:html-worker', 'strata:worker-from-html', 'strata:early-start'].map(
					(name) => performance.getEntriesByName(name).length
				)
			);
		await page.goto('./');
		await waitForFigures(page);
		// The demo shop a Chinese visitor gets: in yuan.
		await expect(page.getByTestId('kpi-revenue')).toHaveText(/^¥/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		expect(await marks()).toEqual([1, 1, 1]);
		// A reopen: the HTML's worker starts with the stored demo.
		await page.reload();
		await waitForFigures(page);
		expect(await marks()).toEqual([1, 1, 1]);
		expect(await storedDatasets(page)).toHaveLength(1);
	});
});

test('a reload shows the same figures from IndexedDB without regenerating', async ({ page }) => {
	await page.goto('./');
	await waitForFigures(page);
	const before = await figures(page);
	const [stored] = await storedDatasets(page);

	await page.reload();
	await waitForFigures(page);
	expect(await figures(page)).toEqual(before);
	const after = await storedDatasets(page);
	expect(after).toHaveLength(1);
	// The record was not rewritten: a regenerated demo would carry a new creation time.
	expect(after[0].created).toBe(stored.created);
	await expect(page.getByText('Preparing the demo shop')).toHaveCount(0);
});

test('switching to 简体中文 changes the interface text and persists', async ({ page }) => {
	await page.goto('./');
	await waitForFigures(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
	await page.getByLabel('Language').selectOption('zh');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');
	await expect(page.getByText('复购率')).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	// Dates follow the language too.
	await expect(page.getByTestId('kpi-range')).toContainText('年');

	await page.reload();
	await waitForFigures(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');
	await expect(page.getByLabel('语言')).toHaveValue('zh');
});

test('the overview has no serious or critical accessibility violations', async ({ page }) => {
	await page.goto('./');
	await waitForOverview(page);
	expect(await seriousViolations(page)).toEqual([]);
});

test('the overview honours the base path and requests nothing outside it', async ({
	page,
	guard
}) => {
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await page.goto('./');
	await waitForFigures(page);
	expect(requested.length).toBeGreaterThan(3);
	expect(requested.filter((path) => !path.startsWith('/strata/'))).toEqual([]);
	// A worker script was loaded from the app itself.
	expect(requested.some((path) => /analysis\.worker/.test(path))).toBe(true);
	expect(guard.foreign).toEqual([]);
});
