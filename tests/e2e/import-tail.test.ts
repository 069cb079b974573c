/**
 * The end of an import (issue 18): the overview draws the figures sent with the import's outcome
 * at once and the rest when the whole analysis arrives; a reload straight after the figures, before
 * that analysis may be cached, shows the same figures (kept with the import) and then the rest.
 */
import type { Page } from '@playwright/test';
import { analyzeOrders } from '../../src/lib/core/analytics/analyze';
import { DEFAULT_SETTINGS } from '../../src/lib/core/analytics/types';
import { generateDemoColumns } from '../../src/lib/core/demo/generate';
import { buildOrders } from '../../src/lib/core/orders';
import { demoCsv } from './data';
import { expect, test, waitForFigures, waitForOverview } from './fixtures';

async function expectFigures(page: Page, expected: ReturnType<typeof analyzeOrders>) {
	await expect(page.getByTestId('kpi-customers')).toHaveText(
		expected.headline.customers.toLocaleString('en-GB')
	);
	await expect(page.getByTestId('kpi-orders')).toHaveText(
		expected.headline.orders.toLocaleString('en-GB')
	);
}

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
	const columns = generateDemoColumns({ rows, seed: 7 });
	const expected = analyzeOrders(
		buildOrders(columns.chunks, columns.orderCount),
		columns.customerIds.length,
		DEFAULT_SETTINGS
	);

	await page.goto('./');
	await waitForFigures(page);
	await page.goto('./import');
	await page.getByTestId('file-input').setInputFiles(path);
	await expect(page.getByTestId('column-mapping')).toBeVisible();
	await page.getByRole('button', { name: 'Import', exact: true }).click();

	await expect(page).toHaveURL(/\/strata\/$/);
	await expectFigures(page, expected);
	await page.reload();
	await expectFigures(page, expected);
	await expectSegments(page, expected);
	await expect(page.getByTestId('kpi-customers')).toHaveText(
		expected.headline.customers.toLocaleString('en-GB')
	);
});
