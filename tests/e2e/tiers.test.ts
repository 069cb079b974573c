import type { Locator, Page } from '@playwright/test';
import { expect, seriousViolations, test, waitForFigures } from './fixtures';

/** Scored customers from the overview's KPI, then the tiers page. */
async function openTiers(page: Page): Promise<number> {
	await page.goto('./');
	await waitForFigures(page);
	const customers = Number(
		(await page.getByTestId('kpi-customers').innerText()).replace(/\D/g, '')
	);
	await page.goto('./tiers');
	await expect(page.getByTestId('tier-row').first()).toBeVisible();
	return customers;
}

async function numbers(elements: Locator, attribute: string): Promise<number[]> {
	return elements.evaluateAll(
		(list, name) => list.map((e) => Number(e.getAttribute(name))),
		attribute
	);
}

const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);

test('the tier table states its rules and adds up to every scored customer', async ({ page }) => {
	const customers = await openTiers(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Member tiers');
	await expect(page.getByTestId('as-of')).toContainText('Demo shop');
	await expect(page.getByTestId('tier-rules')).toContainText(
		'Ranked on net spend: Gold = customers who beat at least 80% of scored customers, Silver ≥ 50%, Regular = everyone else.'
	);

	const rows = page.getByTestId('tier-row');
	await expect(rows).toHaveCount(3);
	expect(await rows.evaluateAll((list) => list.map((r) => r.getAttribute('data-key')))).toEqual([
		'gold',
		'silver',
		'regular'
	]);
	const counts = await numbers(rows, 'data-customers');
	expect(sum(counts)).toBe(customers);
	expect(sum(await numbers(rows, 'data-share'))).toBeCloseTo(1, 6);
	await expect(page.getByTestId('tier-total')).toHaveAttribute('data-customers', String(customers));
	await expect(page.getByTestId('tier-total').locator('td').nth(1)).toHaveText('100.0%');
	// Quantile tiers: gold is the top ~20%, regular the bottom ~half.
	expect(counts[0] / customers).toBeGreaterThan(0.1);
	expect(counts[0] / customers).toBeLessThan(0.3);

	// The share chart draws one row per tier, customers and revenue bars.
	await expect(page.getByTestId('tier-share').getByTestId('share-row')).toHaveCount(3);
	await expect(page.locator('[data-testid="share-bar"][data-kind="revenue"]')).toHaveCount(3);

	// Cross-table: row totals are the tier counts, the grand total every scored customer.
	const cross = page.getByTestId('tier-segment-table');
	expect(await numbers(cross.getByTestId('cross-row-total'), 'data-value')).toEqual(counts);
	const columns = await numbers(cross.getByTestId('cross-column-total'), 'data-value');
	expect(sum(columns)).toBe(customers);
	await expect(cross.getByTestId('cross-grand-total')).toHaveAttribute(
		'data-value',
		String(customers)
	);
});

test('the cross-table switches between customers and revenue', async ({ page }) => {
	await openTiers(page);
	const cross = page.getByTestId('tier-segment-table');
	const toggle = page.getByTestId('tier-segment-metric');
	await expect(toggle.getByRole('radio', { name: 'Customers' })).toBeChecked();
	await expect(cross.getByTestId('cross-grand-total')).not.toContainText('£');

	await toggle.getByRole('radio', { name: 'Net revenue' }).check();
	await expect(cross).toHaveAttribute('data-metric', 'revenue');
	await expect(cross.getByTestId('cross-grand-total')).toContainText('£');
	const revenue = await numbers(cross.getByTestId('cross-row-total'), 'data-value');
	const tierRevenue = await page
		.getByTestId('tier-row')
		.evaluateAll((list) => list.map((r) => r.querySelectorAll('td')[2].textContent));
	expect(revenue).toHaveLength(3);
	expect(tierRevenue.every((text) => text?.includes('£'))).toBe(true);
	expect(sum(revenue)).toBeGreaterThan(0);
});

test("clicking a tier's count opens the customers filtered to that tier", async ({ page }) => {
	await openTiers(page);
	const gold = page.locator('[data-testid="tier-row"][data-key="gold"]');
	const count = await gold.getAttribute('data-customers');
	await gold.getByTestId('tier-customers-link').click();
	await expect(page).toHaveURL(/\/customers\?tier=gold$/);
	await expect(page.getByTestId('customer-row').first()).toBeVisible();
	await expect(page.getByTestId('customers-count')).toHaveAttribute('data-shown', count!);
});

test('the tiers page in Chinese', async ({ page }) => {
	await openTiers(page);
	await page.getByLabel('Language').selectOption('zh');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('会员等级');
	const headers = await page.getByTestId('tier-table').locator('thead th').allInnerTexts();
	expect(headers).toEqual([
		'等级',
		'客户数',
		'客户占比',
		'净销售额',
		'销售额占比',
		'笔单价',
		'人均购买次数',
		'复购率',
		'平均距上次购买天数'
	]);
	await expect(page.getByTestId('tier-row').first().locator('th')).toHaveText('金牌会员');
	await expect(page.getByTestId('tier-rules')).toContainText('按净消费额定级');
	await expect(page.getByTestId('tier-segment-table').locator('thead th').last()).toHaveText(
		'合计'
	);
	await expect(page.getByTestId('tier-segment-table').locator('thead th').first()).toHaveText(
		'核心客户'
	);
});

test('the tiers page is accessible, fits 1280 px and looks right in both languages', async ({
	page
}, testInfo) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openTiers(page);
	expect(await seriousViolations(page)).toEqual([]);
	const overflow = () =>
		page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(await overflow()).toBeLessThanOrEqual(0);
	await page.screenshot({ path: testInfo.outputPath('tiers-en.png'), fullPage: true });

	await page.getByLabel('Language').selectOption('zh');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('会员等级');
	expect(await seriousViolations(page)).toEqual([]);
	expect(await overflow()).toBeLessThanOrEqual(0);
	await page.screenshot({ path: testInfo.outputPath('tiers-zh.png'), fullPage: true });
});
