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
	// The demo has enough repeat buyers for the BG/NBD fit, which then gives the baseline.
	await expect(page.getByTestId('growth-source')).toHaveAttribute('data-source', 'forecast');
	await expect(page.getByTestId('growth-source')).toContainText('BG/NBD');

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

test('compares D with D − 90 on the demo', async ({ page }) => {
	await page.goto('./');
	await waitForFigures(page);
	const customersAtD = await page.getByTestId('kpi-customers').innerText();
	await page.getByRole('link', { name: 'Growth' }).click();
	await page.getByRole('link', { name: 'Compare two dates' }).click();
	await expect(page.getByTestId('compare-summary')).toHaveText(/\w/);
	const later = page.getByTestId('compare-customers-later');
	await expect(later).toHaveText(customersAtD);

	const number = (text: string) => Number(text.replace(/[^\d-]/g, ''));
	const laterCount = number(await later.innerText());
	const earlierCount = number(await page.getByTestId('compare-customers-earlier').innerText());
	expect(earlierCount).toBeLessThan(laterCount);
	// Every customer scored at D has a tier: up + down + stayed + new = customers at D, and the new
	// ones are those not yet scored 90 days earlier.
	const moves = Object.fromEntries(
		await Promise.all(
			['up', 'down', 'same', 'newcomers'].map(async (key) => [
				key,
				Number(await page.getByTestId(`moves-${key}`).getAttribute('data-value'))
			])
		)
	);
	expect(moves.up + moves.down + moves.same + moves.newcomers).toBe(laterCount);
	expect(moves.newcomers).toBe(laterCount - earlierCount);
	// Segment sizes at the later date add up to the customers at D.
	const laterSizes = await page
		.getByTestId('compare-segments')
		.locator('tbody tr td:nth-child(3)')
		.allInnerTexts();
	expect(laterSizes.map(number).reduce((a, b) => a + b, 0)).toBe(laterCount);
	await expect(
		page.getByRole('heading', { name: 'Where each segment’s customers went' })
	).toBeVisible();

	expect(await seriousViolations(page)).toEqual([]);
});
