import { demoCustomersBuyingBy } from './demo-figures';
import { expect, seriousViolations, test, waitForFigures } from './fixtures';

async function openSettings(page: import('@playwright/test').Page) {
	await page.goto('./');
	await waitForFigures(page);
	await page.goto('./settings');
	await expect(page.getByTestId('settings-effect')).toBeVisible();
}

test('an earlier as-of date applies live, persists and changes the overview', async ({ page }) => {
	await openSettings(page);
	await expect(page.getByTestId('settings-effect')).toContainText('4,000 customers scored');
	await page.getByLabel('A chosen day').check();
	await page.getByTestId('as-of-input').fill('2024-06-30');
	await page.getByTestId('as-of-input').dispatchEvent('change');
	// Fewer customers had bought by mid-2024 than by the end of 2025.
	await expect(page.getByTestId('settings-effect')).not.toContainText('4,000 customers scored');
	const scored = Number(
		(await page.getByTestId('settings-effect').innerText())
			.match(/([\d,]+)\s+customers scored/)![1]
			.replace(/,/g, '')
	);
	// Counted independently from the generator's lines (tests/e2e/demo-figures.ts).
	expect(scored).toBe(demoCustomersBuyingBy('2024-06-30'));

	await page.getByRole('link', { name: 'Overview' }).click();
	await expect(page.getByTestId('kpi-customers')).toHaveText(scored.toLocaleString('en-GB'));
	await expect(page.getByTestId('as-of')).toContainText('30 Jun 2024');
	await page.reload();
	await expect(page.getByTestId('kpi-customers')).toHaveText(scored.toLocaleString('en-GB'));
});

test('a custom scheme shows coverage errors and applies only when it tiles the grid', async ({
	page
}) => {
	await openSettings(page);
	await page.getByLabel('Custom segments').check();
	const cells = page.getByTestId('coverage-cell');
	await expect(cells).toHaveCount(25);
	await expect(page.locator('[data-testid="coverage-cell"][data-state="ok"]')).toHaveCount(25);
	await expect(page.getByTestId('settings-effect')).toBeVisible();

	// Widen "Dormant" from R 1 to R 1–2: R 2 is now covered twice.
	await page.getByLabel('R max 4').selectOption('2');
	await expect(page.locator('[data-testid="coverage-cell"][data-state="overlap"]')).toHaveCount(5);
	await expect(page.getByTestId('settings-status')).toContainText('covered twice');

	// Remove "Growing": R 4–5 × FM 1–3 becomes a gap.
	await page.getByRole('button', { name: /Remove Growing/ }).click();
	await expect(page.locator('[data-testid="coverage-cell"][data-state="gap"]')).toHaveCount(6);
	await expect(page.getByTestId('settings-status')).toContainText('not covered');
	expect(await seriousViolations(page)).toEqual([]);
});

test('suggest lifecycle windows from the data', async ({ page }) => {
	await openSettings(page);
	await page.getByRole('button', { name: 'Suggest from my data' }).click();
	const text = await page.getByTestId('lifecycle-suggestion').innerText();
	const [, active, churn] = text.match(/A = (\d+)\s+days, W = (\d+)\s+days/)!;
	expect(Number(active) % 7).toBe(0);
	expect(Number(churn)).toBeGreaterThanOrEqual(Number(active));
	await page.getByRole('button', { name: 'Use these windows' }).click();
	await expect(page.getByTestId('active-days')).toHaveValue(active);
	await expect(page.getByTestId('churn-days')).toHaveValue(churn);
});
