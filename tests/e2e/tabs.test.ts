/**
 * Issue 10, "Tabs in step" and the presentation defects of point 7. Two pages of one browser
 * context are two tabs of one browser: they share IndexedDB, localStorage and BroadcastChannel.
 * The fixtures fail every test on a console error, an uncaught page error or an off-origin request.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { formatBytes } from '../../src/lib/i18n/format';
import { expect, storedDatasets, test, waitForFigures } from './fixtures';

const small = (prefix: string, rows: number, sign = 1) =>
	['customer,date,amount']
		.concat(
			Array.from(
				{ length: rows },
				(_, i) =>
					`${prefix}${i % 9},2024-03-${String((i % 28) + 1).padStart(2, '0')},${sign * (i + 5)}`
			)
		)
		.join('\n') + '\n';

/** Import a small CSV under `name` through the import page; ends on the overview. */
async function importCsv(page: Page, name: string, text: string) {
	await page.goto('./import');
	await page
		.getByTestId('file-input')
		.setInputFiles({ name: 'shop.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
	await expect(page.getByTestId('column-mapping')).toBeVisible();
	await page.getByTestId('dataset-name').fill(name);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await waitForFigures(page);
}

async function openTab(context: BrowserContext, path: string) {
	const tab = await context.newPage();
	await tab.goto('./');
	await waitForFigures(tab);
	if (path !== './') await tab.goto(path);
	return tab;
}

/** Keys of a store of the app's database, read straight from IndexedDB. */
function storedKeys(page: Page, store: string) {
	return page.evaluate(
		(name) =>
			new Promise<string[]>((resolve, reject) => {
				const open = indexedDB.open('strata');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const keys = open.result.transaction(name, 'readonly').objectStore(name).getAllKeys();
					keys.onsuccess = () => {
						resolve(keys.result as string[]);
						open.result.close();
					};
				};
			}),
		store
	);
}

async function deleteInDatasets(page: Page, name: string) {
	await page.goto('./datasets');
	const row = page.getByTestId('dataset-row').filter({ hasText: name });
	page.once('dialog', (dialog) => dialog.accept());
	await row.getByRole('button', { name: 'Delete' }).click();
	await expect(row).toHaveCount(0);
}

const shown: [string, string, (tab: Page) => Promise<void>][] = [
	[
		'overview',
		'./',
		async (tab) => await expect(tab.getByTestId('kpi-customers')).toHaveText('4,000')
	],
	[
		'customers page',
		'./customers',
		async (tab) => await expect(tab.getByTestId('customers-count')).toContainText('4,000')
	],
	[
		'settings page',
		'./settings',
		async (tab) =>
			await expect(tab.getByTestId('settings-effect')).toContainText('4,000 customers scored')
	]
];

for (const [where, path, showsDemo] of shown) {
	test(`a dataset deleted in another tab while this one shows the ${where}: it switches with a notice`, async ({
		page,
		context
	}) => {
		await page.goto('./');
		await waitForFigures(page);
		await importCsv(page, 'Second shop', small('S', 60));
		const second = (await storedDatasets(page)).find((d) => d.name === 'Second shop')!;
		// The other tab opens on the dataset the first one made active (shared localStorage).
		const other = await openTab(context, path);
		await expect(other.getByTestId('dataset-switcher')).toHaveValue(second.id);

		await deleteInDatasets(page, 'Second shop');

		await expect(other.getByTestId('tab-notice')).toContainText(
			'“Second shop” was deleted in another tab. Now showing “Demo shop”.'
		);
		await expect(other.getByTestId('dataset-switcher')).not.toHaveValue(second.id);
		await showsDemo(other);
		await expect(other.getByText('No dataset yet')).toHaveCount(0);
		// Nothing was written for the deleted dataset afterwards (no orphan settings record).
		expect(await storedKeys(other, 'settings')).not.toContain(second.id);
		await other.getByRole('button', { name: 'Dismiss' }).click();
		await expect(other.getByTestId('tab-notice')).toHaveCount(0);
	});
}

test('the last dataset deleted in another tab leaves the empty state, not stale figures', async ({
	page,
	context
}) => {
	await page.goto('./');
	await waitForFigures(page);
	const other = await openTab(context, './');
	await deleteInDatasets(page, 'Demo shop');
	await expect(other.getByTestId('tab-notice')).toContainText(
		'“Demo shop” was deleted in another tab. No dataset is left.'
	);
	await expect(other.getByTestId('kpis')).toHaveCount(0);
});

test('a rename and a settings change in one tab reach the other', async ({ page, context }) => {
	await page.goto('./');
	await waitForFigures(page);
	const other = await openTab(context, './settings');
	await expect(other.getByTestId('settings-effect')).toContainText('4,000 customers scored');

	await page.goto('./datasets');
	await page.getByRole('button', { name: 'Rename' }).click();
	await page.getByLabel(/New name for/).fill('Renamed in the first tab');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(other.getByTestId('dataset-switcher')).toContainText('Renamed in the first tab');

	await page.goto('./settings');
	await page.getByLabel('A chosen day').check();
	await page.getByTestId('as-of-input').fill('2024-06-30');
	await page.getByTestId('as-of-input').dispatchEvent('change');
	await expect(page.getByTestId('settings-effect')).not.toContainText('4,000 customers scored');
	const applied = await page.getByTestId('settings-effect').innerText();
	// The other tab shows the same figures and reloads its form from the new settings.
	await expect(other.getByTestId('settings-effect')).toHaveText(applied);
	await expect(other.getByTestId('as-of-input')).toHaveValue('2024-06-30');
	await other.getByRole('link', { name: 'Overview' }).click();
	await expect(other.getByTestId('as-of')).toContainText('30 Jun 2024');
});

test('the storage total on /datasets is the sum of the datasets after another tab imports', async ({
	page,
	context
}) => {
	await page.goto('./');
	await waitForFigures(page);
	const other = await openTab(context, './datasets');
	await expect(other.getByTestId('dataset-row')).toHaveCount(1);
	await importCsv(page, 'Imported elsewhere', small('I', 300));
	await expect(other.getByTestId('dataset-row')).toHaveCount(2);
	const datasets = (await storedDatasets(page)) as unknown as { byteSize: number }[];
	const sum = datasets.reduce((total, d) => total + d.byteSize, 0);
	expect(sum).toBeGreaterThan(0);
	await expect(other.getByTestId('storage-usage')).toContainText(
		`This site uses ${formatBytes(sum, 'en')} of`
	);
});

test('a database upgraded by another tab asks for a reload instead of leaving the page stuck', async ({
	page
}) => {
	await page.goto('./');
	await waitForFigures(page);
	// A newer Strata in another tab opens the database at a higher version.
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('strata', 10_000);
				open.onsuccess = () => {
					open.result.close();
					resolve();
				};
				open.onerror = () => reject(open.error);
			})
	);
	await expect(page.getByTestId('tab-notice')).toContainText('Reload this page to go on.');
	await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
});

test('a long dataset name keeps the header as it was; every page has its own title', async ({
	page
}) => {
	await page.goto('./');
	await waitForFigures(page);
	const header = page.locator('header.app-header');
	const before = await header.boundingBox();
	const long = 'A very long dataset name '.repeat(4).trim();
	await importCsv(page, long, small('L', 40));
	const switcher = page.getByTestId('dataset-switcher');
	await expect(switcher).toHaveAttribute('title', long);
	expect((await switcher.boundingBox())!.width).toBeLessThanOrEqual(171);
	expect((await header.boundingBox())!.height).toBe(before!.height);
	const overflow = await page.evaluate(() => {
		const bar = document.querySelector('header .bar')!;
		return bar.scrollWidth - bar.clientWidth;
	});
	expect(overflow).toBeLessThanOrEqual(0);

	const titles: string[] = [];
	const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
	const count = await links.count();
	for (let i = 0; i < count; i++) {
		const label = (await links.nth(i).innerText()).trim();
		await links.nth(i).click();
		await expect(page).toHaveTitle(`${label} · Strata`);
		titles.push(await page.title());
	}
	expect(new Set(titles).size).toBe(count);
});

test('customers table: no header or date is cut, in English and in Chinese', async ({ page }) => {
	await page.goto('./');
	await waitForFigures(page);
	await page.goto('./customers');
	await expect(page.getByTestId('customer-row').first()).toBeVisible();
	const cut = () =>
		page.getByTestId('customers-table').evaluate(
			(table) =>
				new Promise<string[]>((resolve) =>
					// The table fits its columns shortly after the rows render.
					setTimeout(() => {
						const cells = Array.from(table.querySelectorAll('th, tr[data-testid] td'));
						resolve(
							cells
								.filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
								.map((cell) => cell.textContent!.trim())
						);
					}, 600)
				)
		);
	expect(await cut()).toEqual([]);
	await page.getByTestId('language-switcher').selectOption('zh');
	await expect(
		page.getByTestId('customers-table').locator('th', { hasText: '最近购买' })
	).toBeVisible();
	expect(await cut()).toEqual([]);
});

test('a dataset with only returns shows the average order value as “—”', async ({ page }) => {
	await page.goto('./');
	await waitForFigures(page);
	await importCsv(page, 'Only returns', small('R', 20, -1));
	await expect(page.getByTestId('kpi-aov')).toContainText('—');
	await expect(page.getByTestId('kpi-aov')).not.toContainText('0.00');
});

test('a playbook saved in one tab shows in the other', async ({ page, context }) => {
	await page.goto('./');
	await waitForFigures(page);
	const other = await openTab(context, './segments');
	await page.goto('./segments');
	const card = (tab: Page) => tab.locator('[data-testid="segment-card"][data-key="lost"]');
	await card(page).getByRole('button', { name: 'Edit' }).click();
	await page.getByLabel('Goal').fill('Win them back before summer');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(card(other).getByTestId('playbook-goal')).toHaveText('Win them back before summer');
});
