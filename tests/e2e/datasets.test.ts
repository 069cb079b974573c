import { expect, storedDatasets, test, waitForFigures } from './fixtures';

test('rename and delete a dataset; the demo returns when storage is empty', async ({ page }) => {
	await page.goto('./');
	await waitForFigures(page);
	await page.goto('./datasets');
	const row = page.getByTestId('dataset-row');
	await expect(row).toHaveCount(1);
	await expect(row).toContainText('Built-in demo');

	await row.getByRole('button', { name: 'Rename' }).click();
	await page.getByLabel(/New name for/).fill('Strata & Leaf (demo)');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(row).toContainText('Strata & Leaf (demo)');
	await expect(page.getByTestId('dataset-switcher')).toContainText('Strata & Leaf (demo)');
	expect((await storedDatasets(page))[0].name).toBe('Strata & Leaf (demo)');

	page.once('dialog', (dialog) => dialog.accept());
	await row.getByRole('button', { name: 'Delete' }).click();
	await expect(row).toHaveCount(0);
	expect(await storedDatasets(page)).toEqual([]);

	await page.goto('./');
	await waitForFigures(page);
	expect(await storedDatasets(page)).toHaveLength(1);
});
