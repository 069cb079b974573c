/**
 * Every page in both languages and both colour themes, checked by axe for serious and critical
 * violations, with the experimental label-in-name rule switched on (a control's visible text must
 * be part of its accessible name, so speech users can say what they see).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForFigures, waitForOverview } from './fixtures';

/** Each page and what shows that it has finished drawing. */
const pages: { path: string; ready: (page: Page) => Promise<void> }[] = [
	{ path: './', ready: (page) => waitForOverview(page) },
	{
		path: 'segments',
		ready: (page) => expect(page.getByTestId('rfm-cell').first()).toBeVisible()
	},
	{
		path: 'lifecycle',
		ready: (page) => expect(page.getByTestId('funnel-step').first()).toBeVisible()
	},
	{ path: 'tiers', ready: (page) => expect(page.getByTestId('tier-row').first()).toBeVisible() },
	{
		path: 'customers',
		ready: (page) => expect(page.getByTestId('customer-row').first()).toBeVisible()
	},
	{
		path: 'import',
		ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible()
	},
	{
		path: 'datasets',
		ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible()
	},
	{ path: 'settings', ready: (page) => expect(page.getByTestId('as-of-input')).toBeVisible() },
	{
		path: 'forecast',
		ready: (page) => expect(page.getByTestId('param-bgnbd-r')).toBeVisible()
	},
	{
		path: 'products',
		ready: (page) => expect(page.getByTestId('pairs-min-baskets')).toBeVisible()
	},
	{
		path: 'growth',
		ready: (page) => expect(page.getByTestId('sim-scenario-revenue')).toBeVisible()
	},
	{
		path: 'campaigns',
		ready: (page) => expect(page.getByTestId('control-share')).toBeVisible()
	}
];

async function violations(page: Page) {
	const results = await new AxeBuilder({ page })
		.options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
		.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const language of ['en', 'zh'] as const) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`every page is axe-clean in ${language}, ${colorScheme} theme`, async ({ page }) => {
			test.setTimeout(180_000);
			await page.emulateMedia({ colorScheme });
			await page.addInitScript((lang) => localStorage.setItem('strata.lang', lang), language);
			const found: string[] = [];
			for (const { path, ready } of pages) {
				await page.goto(path);
				await ready(page);
				await expect(page.locator('html')).toHaveAttribute(
					'lang',
					language === 'zh' ? 'zh-CN' : 'en'
				);
				found.push(...(await violations(page)).map((v) => `${path}: ${v}`));
			}
			expect(found).toEqual([]);
		});
	}
}

test('a Chinese first visit gets the demo shop in yuan, its revenue in 万 with the exact amount', async ({
	page
}) => {
	await page.addInitScript(() => localStorage.setItem('strata.lang', 'zh'));
	await page.goto('./');
	await waitForFigures(page);
	const revenue = page.getByTestId('kpi-revenue');
	await expect(revenue).toHaveText(/^¥\d+(\.\d{1,2})?万$/);
	await expect(revenue).toHaveAttribute('data-exact', /^¥\d{1,3}(,\d{3})+\.\d\d$/);
	await expect(revenue).toHaveAttribute('title', /^¥/);
	// The dates of the page and of the as-of picker read alike.
	await page.goto('settings');
	const shown = page.getByTestId('as-of-input-shown');
	await expect(shown).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/);
	await expect(page.getByText(`最后购买日（${await shown.innerText()}）`)).toBeVisible();
});
