import { analyzeOrders } from '../../src/lib/core/analytics/analyze';
import { DEFAULT_SETTINGS } from '../../src/lib/core/analytics/types';
import { generateDemoColumns } from '../../src/lib/core/demo/generate';
import { buildOrders } from '../../src/lib/core/orders';
import { demoCsv } from './data';
import { expect, storedDatasets, test, waitForFigures } from './fixtures';

/**
 * A file above the size from which the analysis worker parses the second half in a nested parse
 * worker (`worker/parallel.ts`, 8 MB): the figures are the engine's in Node for the same lines,
 * so the two parts were merged exactly, and the parse worker really ran.
 */
test('a file of 150,000 lines is parsed by two workers and shows the Node engine’s figures', async ({
	page
}) => {
	test.setTimeout(120_000);
	const rows = 150_000;
	const path = await demoCsv(rows);
	const columns = generateDemoColumns({ rows, seed: 7 });
	const expected = analyzeOrders(
		buildOrders(columns.chunks, columns.orderCount),
		columns.customerIds.length,
		DEFAULT_SETTINGS
	);
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));

	await page.goto('./');
	await waitForFigures(page);
	await page.goto('./import');
	await page.getByTestId('file-input').setInputFiles(path);
	await expect(page.getByTestId('column-mapping')).toBeVisible();
	await page.getByTestId('dataset-name').fill('Two workers');
	await page.getByRole('button', { name: 'Import', exact: true }).click();

	await expect(page).toHaveURL(/\/strata\/$/);
	await waitForFigures(page);
	await expect(page.getByTestId('kpi-customers')).toHaveText(
		expected.headline.customers.toLocaleString('en-GB')
	);
	await expect(page.getByTestId('kpi-orders')).toHaveText(
		expected.headline.orders.toLocaleString('en-GB')
	);
	await expect(page.getByTestId('import-done')).toContainText('Imported 150,000 rows');
	await expect(page.getByTestId('report-skipped')).toHaveText('0');
	expect(workers.some((url) => /\/workers\/parse\.worker-[\w-]+\.js$/.test(url))).toBe(true);
	const datasets = await storedDatasets(page);
	expect(datasets.map((d) => d.status)).toEqual(['complete', 'complete']);
});
