import { readFile, writeFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, seriousViolations, storedDatasets, test, waitForFigures } from './fixtures';

async function bytesOf(download: Download): Promise<Buffer> {
	return Buffer.concat(await (await download.createReadStream()).toArray());
}

/** The customers CSV of the active dataset, as the Export button writes it. */
async function customersCsv(page: Page): Promise<Buffer> {
	await page.goto('./customers');
	await expect(page.getByTestId('customer-row').first()).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export CSV' }).click();
	return bytesOf(await download);
}

/** Back the demo up from /datasets and save the file; returns its path. */
async function backUpDemo(page: Page, password = ''): Promise<string> {
	await page.goto('./datasets');
	await page.getByTestId('backup-password').fill(password);
	const download = page.waitForEvent('download');
	await page.getByTestId('dataset-row').getByRole('button', { name: 'Back up' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('Demo shop.strata');
	const path = test.info().outputPath(`demo${password ? '-encrypted' : ''}.strata`);
	await file.saveAs(path);
	await expect(page.getByTestId('backup-status')).toContainText('Saved Demo shop.strata');
	return path;
}

/** Delete all data through the page's confirmation dialog; returns the databases left. */
async function deleteAll(page: Page) {
	await page.getByRole('button', { name: 'Delete all data' }).click();
	const dialog = page.getByTestId('wipe-dialog');
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('every dataset (1)');
	await dialog.getByRole('button', { name: 'Delete everything' }).click();
	await expect(page.getByTestId('wipe-result')).toContainText('Everything is deleted');
	return page.evaluate(async () => ({
		databases: (await indexedDB.databases()).map((d) => d.name),
		localStorage: localStorage.length,
		caches: await caches.keys()
	}));
}

async function restore(page: Page, file: string | { name: string; buffer: Buffer }, password = '') {
	await page.getByTestId('restore-password').fill(password);
	await page
		.getByTestId('restore-input')
		.setInputFiles(
			typeof file === 'string' ? file : { ...file, mimeType: 'application/octet-stream' }
		);
}

async function openDemo(page: Page) {
	await page.goto('./');
	await waitForFigures(page);
}

for (const password of ['', 'correct horse battery staple']) {
	test(`back up, delete all data, restore${password ? ' with a password' : ''}: the same customers export`, async ({
		page
	}) => {
		await openDemo(page);
		const before = await customersCsv(page);
		const file = await backUpDemo(page, password);

		const left = await deleteAll(page);
		await expect(page.getByTestId('dataset-row')).toHaveCount(0);
		// The page reopens an empty database to list datasets; nothing is in it.
		expect(left.databases.filter((name) => name !== 'strata')).toEqual([]);
		expect(await storedDatasets(page)).toEqual([]);
		expect(left.localStorage).toBe(0);
		// Only the app shell (Strata's code) may remain.
		expect(left.caches.filter((name) => !name.startsWith('strata-app-'))).toEqual([]);

		if (password) {
			await restore(page, file, 'wrong password');
			await expect(page.getByTestId('restore-status')).toHaveText(
				'The password is wrong. Nothing was restored.'
			);
			expect(await storedDatasets(page)).toEqual([]);
		}
		await restore(page, file, password);
		await expect(page.getByTestId('restore-status')).toContainText('Restored “Demo shop”');
		const active = page.locator('[data-testid="dataset-row"][aria-current="true"]');
		await expect(active).toContainText('Demo shop');
		const stored = await storedDatasets(page);
		expect(stored).toHaveLength(1);
		expect(stored[0].status).toBe('complete');

		const after = await customersCsv(page);
		expect(after.equals(before)).toBe(true);
	});
}

test('a truncated or foreign file stores nothing and says why', async ({ page }) => {
	await openDemo(page);
	const path = await backUpDemo(page);
	const bytes = await readFile(path);
	const cut = test.info().outputPath('cut.strata');
	await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
	const before = await storedDatasets(page);

	await restore(page, cut);
	await expect(page.getByTestId('restore-status')).toContainText('This backup is incomplete');
	await restore(page, { name: 'sales.strata', buffer: Buffer.from('customer,amount\nC1,10\n') });
	await expect(page.getByTestId('restore-status')).toHaveText(
		'This file is not a Strata backup (.strata).'
	);
	expect(await storedDatasets(page)).toEqual(before);
	expect(await seriousViolations(page)).toEqual([]);
});

test('in Chinese: 备份, 恢复 and 清除全部数据', async ({ page }) => {
	await openDemo(page);
	await page.evaluate(() => localStorage.setItem('strata.lang', 'zh'));
	await page.goto('./datasets');
	await expect(page.getByTestId('dataset-row').getByRole('button', { name: '备份' })).toBeVisible();
	await expect(page.getByText('恢复备份（.strata）')).toBeVisible();
	await page.getByRole('button', { name: '清除全部数据' }).click();
	await expect(page.getByTestId('wipe-dialog')).toContainText('全部数据集（共 1 个）');
	expect(await seriousViolations(page)).toEqual([]);
	await page.getByTestId('wipe-dialog').getByRole('button', { name: '取消' }).click();
	await expect(page.getByTestId('wipe-dialog')).toBeHidden();
	expect(await storedDatasets(page)).toHaveLength(1);
});
