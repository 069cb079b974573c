import type { Locator, Page } from '@playwright/test';
import { expect, seriousViolations, test, waitForFigures } from './fixtures';

/** Scored customers from the overview's KPI, then the lifecycle page. */
async function openLifecycle(page: Page, search = ''): Promise<number> {
	await page.goto('./');
	await waitForFigures(page);
	const customers = Number(
		(await page.getByTestId('kpi-customers').innerText()).replace(/\D/g, '')
	);
	await page.goto(`./lifecycle${search}`);
	await expect(page.getByTestId('funnel-step').first()).toBeVisible();
	return customers;
}

async function values(marks: Locator, attribute = 'data-value'): Promise<number[]> {
	return marks.evaluateAll(
		(elements, name) => elements.map((e) => Number(e.getAttribute(name))),
		attribute
	);
}

const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);

test('every lifecycle chart renders and the counts agree with the overview', async ({ page }) => {
	const customers = await openLifecycle(page);
	expect(customers).toBeGreaterThan(0);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lifecycle');
	await expect(page.getByTestId('as-of')).toContainText('Demo shop');
	await expect(page.getByTestId('as-of')).toContainText(/as of .*20\d\d/);
	// The windows in force are written out (defaults: A = 90, W = 180, offset 90).
	await expect(page.getByTestId('lifecycle-definitions')).toContainText('within 90 days');
	await expect(page.getByTestId('lifecycle-definitions')).toContainText('more than 180 days');

	// Funnel: the first step (1+ purchase) is every scored customer, split in three statuses.
	const steps = page.getByTestId('funnel-step');
	expect(await steps.count()).toBeGreaterThanOrEqual(2);
	const first = page.locator('[data-testid="funnel-step"][data-min-purchases="1"]');
	await expect(first).toHaveAttribute('data-customers', String(customers));
	expect(sum(await values(first.locator('[data-status]')))).toBe(customers);
	const counts = await values(steps, 'data-customers');
	expect([...counts].sort((a, b) => b - a)).toEqual(counts);

	// Stages cover every scored customer once.
	const stages = page.getByTestId('stage-bar');
	await expect(stages).toHaveCount(5);
	expect(sum(await values(stages))).toBe(customers);

	expect(await page.getByTestId('cohort-cell').count()).toBeGreaterThan(10);
	expect(await page.getByTestId('growth-mark').count()).toBeGreaterThan(3);
});

test('the Sankey flows add up to the customers at both dates and to every scored customer', async ({
	page
}) => {
	const customers = await openLifecycle(page);
	const links = page.getByTestId('sankey-link');
	await expect(links.first()).toBeAttached();
	const all = await links.evaluateAll((elements) =>
		elements.map((e) => ({
			from: e.getAttribute('data-from'),
			value: Number(e.getAttribute('data-value'))
		}))
	);
	// Zero-count flows are not drawn.
	expect(all.every((link) => link.value > 0)).toBe(true);

	const present = page.getByTestId('migration-present');
	await expect(present).toBeVisible();
	const presentAtBoth = Number(await present.getAttribute('data-value'));
	expect(presentAtBoth).toBeGreaterThan(0);
	await expect(present).toContainText(
		`${presentAtBoth.toLocaleString('en-GB')} customers had bought by both dates`
	);
	expect(sum(all.filter((l) => l.from !== 'none').map((l) => l.value))).toBe(presentAtBoth);
	// Every customer scored at D is in exactly one flow, "not yet a customer" included.
	expect(sum(all.map((l) => l.value))).toBe(customers);
	expect(all.some((l) => l.from === 'none')).toBe(true);

	// The matrix shows the same transitions: one row per earlier segment plus "not yet".
	const matrix = page.getByTestId('migration-matrix');
	await expect(matrix.locator('tbody tr[data-from="none"]')).toHaveCount(1);
	await expect(matrix.locator('tfoot td').last()).toHaveText(customers.toLocaleString('en-GB'));
});

test('the cohort toggle switches to revenue and keeps the choice in the URL', async ({ page }) => {
	await openLifecycle(page);
	const toggle = page.getByTestId('cohort-metric');
	await expect(toggle.getByLabel('Retention %')).toBeChecked();
	const retention = await values(page.getByTestId('cohort-cell'));
	expect(Math.max(...retention)).toBeLessThanOrEqual(1);

	await toggle.getByLabel('Revenue').check();
	await expect(page).toHaveURL(/[?&]cohort=revenue/);
	await expect
		.poll(async () => Math.max(...(await values(page.getByTestId('cohort-cell')))))
		.toBeGreaterThan(100);

	await page.reload();
	await expect(page.getByTestId('cohort-cell').first()).toBeVisible({ timeout: 60_000 });
	await expect(page.getByTestId('cohort-metric').getByLabel('Revenue')).toBeChecked();

	await page.getByTestId('cohort-metric').getByLabel('Retention %').check();
	await expect(page).not.toHaveURL(/cohort=/);
});

test('the lifecycle page in Chinese', async ({ page }) => {
	await openLifecycle(page);
	await page.getByLabel('Language').selectOption('zh');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('客户生命周期');
	await expect(page.getByRole('heading', { name: '生命周期漏斗' })).toBeVisible();
	await expect(page.getByRole('heading', { name: '迁移矩阵' })).toBeVisible();
	await expect(page.getByTestId('migration-present')).toContainText('两个日期都已是客户');
	await expect(page.getByTestId('migration-matrix').locator('thead th').last()).toHaveText('合计');
});

test('the lifecycle page is accessible, fits 1280 px and looks right in both languages', async ({
	page
}, testInfo) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openLifecycle(page);
	await expect(page.getByTestId('sankey-link').first()).toBeAttached();
	expect(await seriousViolations(page)).toEqual([]);
	const overflow = () =>
		page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(await overflow()).toBeLessThanOrEqual(0);
	await page.screenshot({ path: testInfo.outputPath('lifecycle-en.png'), fullPage: true });

	await page.getByLabel('Language').selectOption('zh');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('客户生命周期');
	expect(await seriousViolations(page)).toEqual([]);
	expect(await overflow()).toBeLessThanOrEqual(0);
	await page.screenshot({ path: testInfo.outputPath('lifecycle-zh.png'), fullPage: true });
});

test('chart marks show tooltips on hover and focus, and arrow keys move between them', async ({
	page
}) => {
	await openLifecycle(page);
	const stages = page.getByTestId('stage-bars');
	const bars = stages.getByTestId('stage-bar');
	const tooltip = stages.getByTestId('chart-tooltip');
	// One bar in the tab order.
	expect(await bars.evaluateAll((all) => all.map((bar) => bar.getAttribute('tabindex')))).toEqual([
		'0',
		'-1',
		'-1',
		'-1',
		'-1'
	]);
	await bars.nth(1).hover();
	await expect(tooltip).toBeVisible();
	const second = await tooltip.innerText();
	await page.mouse.move(0, 0);
	await expect(tooltip).toBeHidden();

	await bars.first().focus();
	await expect(tooltip).toBeVisible();
	const first = await tooltip.innerText();
	await page.keyboard.press('ArrowDown');
	await expect(bars.nth(1)).toBeFocused();
	await expect(bars.nth(1)).toHaveAttribute('tabindex', '0');
	await expect(bars.first()).toHaveAttribute('tabindex', '-1');
	await expect(tooltip).toHaveText(second);
	expect(first).not.toBe(second);
	await page.keyboard.press('Tab');
	await expect(tooltip).toBeHidden();

	// The migration flows: a focused flow gets a halo and a tooltip naming both segments.
	const sankey = page.getByTestId('sankey');
	await sankey.getByTestId('sankey-link').first().focus();
	await expect(sankey.getByTestId('chart-tooltip')).toContainText('→');
	await expect(sankey.locator('.focus-halo')).toHaveCount(1);
	await page.keyboard.press('End');
	await expect(sankey.getByTestId('sankey-link').last()).toBeFocused();

	// The growth chart: a focused month shows its rule and figures.
	const growth = page.getByTestId('growth-chart');
	await growth.getByTestId('growth-month').last().focus();
	await expect(growth.getByTestId('chart-tooltip')).toBeVisible();
	await expect(growth.locator('.rule')).toHaveCount(1);
});
