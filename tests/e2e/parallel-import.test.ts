import { demoCsv, demoCsvAnalysis } from './data';
import { expect, expectHeadline, storedDatasets, test, waitForFigures } from './fixtures';

/**
 * A file above the size from which the analysis worker parses the second half in a nested parse
 * worker (`worker/parallel.ts`: 64 MB on two cores, 8 MB on more; this one is ~72 MB): the
 * figures are the engine's in Node for the same lines, so the two parts were merged exactly, and
 * the parse worker really ran.
 */
test('a file of 900,000 lines is parsed by two workers and shows the Node engine’s figures', async ({
	page
}) => {
	test.setTimeout(120_000);
	const rows = 900_000;
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
	await expect(page.getByTestId('import-done')).toContainText('Imported 900,000 rows');
	await expect(page.getByTestId('report-skipped')).toHaveText('0');
	expect(workers.some((url) => /\/workers\/parse\.worker-[\w-]+\.js$/.test(url))).toBe(true);
	const datasets = await storedDatasets(page);
	expect(datasets.map((d) => d.status)).toEqual(['complete', 'complete']);
	// Every line is stored, in chunks numbered from 0: the parse worker, once done parsing, wrote
	// the absorbed part's chunks itself (`IdleWriters`).
	const imported = datasets.find((d) => d.name === 'Two workers');
	const chunks = await page.evaluate(
		(datasetId) =>
			new Promise<{ index: number; lines: number }[]>((resolve, reject) => {
				const open = indexedDB.open('strata');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const all = open.result.transaction('chunks').objectStore('chunks').getAll();
					all.onsuccess = () => {
						resolve(
							all.result
								.filter((chunk) => chunk.datasetId === datasetId)
								// A stored column: a typed array or { base, offsets } (`core/stored-columns.ts`).
								.map((chunk) => ({
									index: chunk.index,
									lines: ArrayBuffer.isView(chunk.day) ? chunk.day.length : chunk.day.offsets.length
								}))
						);
						open.result.close();
					};
					all.onerror = () => reject(all.error);
				};
			}),
		imported?.id
	);
	expect(chunks.map((chunk) => chunk.index)).toEqual(chunks.map((_, i) => i));
	expect(chunks.reduce((sum, chunk) => sum + chunk.lines, 0)).toBe(rows);
});
