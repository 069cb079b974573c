/**
 * The end of an import (issue 18): the overview draws the figures sent with the import's outcome
 * at once and the rest when the whole analysis arrives; a reload straight after the figures, before
 * that analysis may be cached, shows the same figures (kept with the import) and then the rest.
 */
import type { Page } from '@playwright/test';
import type { analyzeOrders } from '../../src/lib/core/analytics/analyze';
import { demoCsv, demoCsvAnalysis } from './data';
import { expect, expectHeadline, test, waitForFigures, waitForOverview } from './fixtures';

async function expectSegments(page: Page, expected: ReturnType<typeof analyzeOrders>) {
	await waitForOverview(page);
	for (const segment of expected.segments.filter((s) => s.customers > 0))
		await expect(
			page.getByTestId('summary-row').and(page.locator(`[data-key="${segment.key}"]`))
		).toHaveAttribute('data-customers', String(segment.customers));
}

test('figures first, then the whole overview, also after a reload straight after them', async ({
	page
}) => {
	const rows = 20_000;
	const path = await demoCsv(rows);
	const expected = demoCsvAnalysis(rows);

	await page.goto('./');
	await waitForFigures(page);
	await page.goto('./import');
	await page.getByTestId('file-input').setInputFiles(path);
	await expect(page.getByTestId('column-mapping')).toBeVisible();
	await page.getByRole('button', { name: 'Import', exact: true }).click();

	await expect(page).toHaveURL(/\/strata\/$/);
	await expectHeadline(page, expected);
	await page.reload();
	await expectHeadline(page, expected);
	await expectSegments(page, expected);
	await expect(page.getByTestId('kpi-customers')).toHaveText(
		expected.headline.customers.toLocaleString('en-GB')
	);
});
