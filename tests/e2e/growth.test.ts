/**
 * 客户倍增 simulator (issue 17): on the demo, neutral levers give a scenario equal to the baseline
 * (the four totals' unrounded data-values), and moving a lever changes the scenario only.
 */
import { expect, seriousViolations, test, waitForFigures } from './fixtures';

const value = async (page: import('@playwright/test').Page, testid: string) =>
	Number(await page.getByTestId(testid).getAttribute('data-value'));

test('neutral levers equal the baseline; a lever moves the scenario', async ({ page }) => {
	await page.goto('./');
	await waitForFigures(page);
	await page.getByRole('link', { name: 'Growth' }).click();
	await expect(page.getByTestId('sim-baseline-revenue')).toHaveAttribute('data-value', /\d/);
	await expect(page.getByTestId('growth-source')).toHaveAttribute('data-source', 'cohorts');

	const baselineRevenue = await value(page, 'sim-baseline-revenue');
	const baselineActive = await value(page, 'sim-baseline-active');
	expect(baselineRevenue).toBeGreaterThan(0);
	expect(baselineActive).toBeGreaterThan(0);
	expect(await value(page, 'sim-scenario-revenue')).toBe(baselineRevenue);
	expect(await value(page, 'sim-scenario-active')).toBe(baselineActive);

	await page.getByTestId('lever-newCustomers').fill('20');
	await expect(page.getByTestId('sim-scenario-revenue')).not.toHaveAttribute(
		'data-value',
		String(baselineRevenue)
	);
	expect(await value(page, 'sim-scenario-revenue')).toBeGreaterThan(baselineRevenue);
	expect(await value(page, 'sim-scenario-active')).toBeGreaterThan(baselineActive);
	expect(await value(page, 'sim-baseline-revenue')).toBe(baselineRevenue);
	// One lever moved: it carries the whole gain.
	await expect(
		page.getByTestId('growth-contributions').locator('tr[data-lever="newCustomers"] td').nth(1)
	).toHaveText(/100/);

	// Back to neutral: equal again, exactly.
	await page.getByRole('button', { name: 'Reset the levers' }).click();
	await expect(page.getByTestId('sim-scenario-revenue')).toHaveAttribute(
		'data-value',
		String(baselineRevenue)
	);
	expect(await value(page, 'sim-scenario-active')).toBe(baselineActive);

	expect(await seriousViolations(page)).toEqual([]);
});
