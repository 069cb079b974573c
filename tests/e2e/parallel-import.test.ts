import { demoCsv, demoCsvAnalysis } from './data';
import { expect, expectHeadline, storedDatasets, test, waitForFigures } from './fixtures';

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
	const expected = demoCsvAnalysis(rows);
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
	await expectHeadline(page, expected);
	await expect(page.getByTestId('import-done')).toContainText('Imported 150,000 rows');
	await expect(page.getByTestId('report-skipped')).toHaveText('0');
	expect(workers.some((url) => /\/workers\/parse\.worker-[\w-]+\.js$/.test(url))).toBe(true);
	const datasets = await storedDatasets(page);
	expect(datasets.map((d) => d.status)).toEqual(['complete', 'complete']);
});
