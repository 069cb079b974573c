/**
 * Where the forecast is used beyond its page, on the demo shop: member tiers ranked on predicted
 * CLV (checked against the exported CLV and the forecast page's tier table), the warehouse SQL's
 * refusal, CLV and P(alive) scatter axes, and the model check's split-date control.
 */
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { isoFromDay } from '../../src/lib/core/calendar';
import { expect, seriousViolations, test, waitForFigures } from './fixtures';

const TIERS = ['gold', 'silver', 'regular'];

/** The customers export as rows (every scored customer, no filter). */
async function exportedCustomers(page: Page): Promise<Record<string, string>[]> {
	await page.getByRole('link', { name: 'Customers', exact: true }).click();
	await expect(page.getByTestId('customer-row').first()).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export CSV' }).click();
	const chunks = await (await (await download).createReadStream()).toArray();
	const text = Buffer.concat(chunks).toString('utf8').slice(1);
	const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
	expect(parsed.errors).toEqual([]);
	return parsed.data;
}

async function tierCounts(page: Page): Promise<number[]> {
	await page.goto('./tiers');
	const rows = page.getByTestId('tier-row');
	await expect(rows).toHaveCount(3);
	return rows.evaluateAll((list) => list.map((r) => Number(r.getAttribute('data-customers'))));
}

test('tiers ranked on predicted CLV follow the forecast, and the SQL says it cannot', async ({
	page
}) => {
	test.setTimeout(240_000);
	await page.goto('./');
	await waitForFigures(page);
	const byMonetary = await exportedCustomers(page);

	await page.goto('./settings');
	await expect(page.getByTestId('settings-effect')).toBeVisible();
	await expect(page.getByTestId('sql-text')).toBeVisible();
	await page.getByTestId('tier-metric').selectOption('clv');
	await expect(page.getByTestId('tier-clv-help')).toBeVisible();
	await expect(page.getByTestId('sql-limit')).toHaveAttribute('data-code', 'tierMetricClv');
	await expect(page.getByTestId('sql-text')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Copy' })).toBeDisabled();

	await page.goto('./tiers');
	await expect(page.getByTestId('tier-rules')).toContainText(
		'Ranked on predicted customer lifetime value (CLV)',
		{ timeout: 120_000 }
	);
	await expect(page.getByTestId('tier-clv-unavailable')).toHaveCount(0);
	const counts = await tierCounts(page);

	// Independent check on the export: each tier's CLVs lie above the next tier's, and the
	// export's tiers are the page's counts.
	const rows = await exportedCustomers(page);
	expect(rows).toHaveLength(counts.reduce((a, b) => a + b, 0));
	const clvOf = (tier: string) =>
		rows.filter((r) => r.tier === tier && r.clv !== '').map((r) => Number(r.clv));
	const [gold, silver, regular] = TIERS.map(clvOf);
	expect(Math.min(...gold)).toBeGreaterThanOrEqual(Math.max(...silver));
	expect(Math.min(...silver)).toBeGreaterThanOrEqual(Math.max(...regular));
	expect(TIERS.map((t) => rows.filter((r) => r.tier === t).length)).toEqual(counts);
	// Customers without a CLV are counted in the lowest tier.
	for (const row of rows.filter((r) => r.clv === '')) expect(row.tier).toBe('regular');
	// Ranking on CLV, not on net spend, moves customers between tiers.
	const before = new Map(byMonetary.map((r) => [r.customer_id, r.tier]));
	expect(rows.filter((r) => before.get(r.customer_id) !== r.tier).length).toBeGreaterThan(0);

	// The forecast page's tier table counts the same customers (those with a CLV) and its mean
	// CLV falls from gold to regular.
	await page.goto('./forecast');
	const stake = page.getByTestId('forecast-tiers-row');
	await expect(stake).toHaveCount(3, { timeout: 120_000 });
	const withClv = TIERS.map((_, t) => [gold, silver, regular][t].length);
	await expect
		.poll(() => stake.evaluateAll((l) => l.map((r) => Number(r.getAttribute('data-customers')))))
		.toEqual(withClv);
	const means = await stake.evaluateAll((l) =>
		l.map((r) => Number(r.getAttribute('data-mean-clv')))
	);
	expect(means[0]).toBeGreaterThan(means[1]);
	expect(means[1]).toBeGreaterThan(means[2]);

	// A shorter horizon is another CLV: the tiers follow it, still in CLV order.
	await page.getByTestId('forecast-horizon-days').fill('30');
	await page.getByTestId('forecast-horizon-days').dispatchEvent('change');
	await expect(page.getByTestId('forecast-kpis')).toHaveAttribute('data-horizon-days', '30');
	await expect(page.getByTestId('forecast-recomputing')).toHaveCount(0);
	const shorter = await exportedCustomers(page);
	const short = TIERS.map((tier) =>
		shorter.filter((r) => r.tier === tier && r.clv !== '').map((r) => Number(r.clv))
	);
	expect(Math.min(...short[0])).toBeGreaterThanOrEqual(Math.max(...short[1]));
	expect(Math.min(...short[1])).toBeGreaterThanOrEqual(Math.max(...short[2]));

	// CLV and P(alive) as scatter axes, from the loaded forecast.
	await page.goto('./segments?x=clv&y=p_alive');
	await expect(page.getByTestId('scatter-x')).toHaveValue('clv');
	const canvas = page.getByTestId('scatter-canvas');
	await expect
		.poll(async () => Number(await canvas.getAttribute('data-points')), { timeout: 60_000 })
		.toBe(gold.length + silver.length + regular.length);
	expect(await seriousViolations(page)).toEqual([]);
});

test('the model check follows the chosen split date', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto('./');
	await waitForFigures(page);
	await page.goto('./forecast');
	await expect(page.getByTestId('forecast-params')).toBeVisible({ timeout: 120_000 });
	await expect(page.getByTestId('forecast-holdout-mode')).toHaveValue('auto');
	const asOfText = await page.getByTestId('as-of').innerText();
	// Automatic: the demo's as-of date is its latest purchase, so nothing is held out.
	await expect(page.getByTestId('forecast-check-none')).toBeVisible();

	await page.getByTestId('forecast-holdout-mode').selectOption('date');
	const check = page.getByTestId('forecast-check');
	await expect(check).toHaveAttribute('data-split-day', /\d+/, { timeout: 120_000 });
	const firstSplit = Number(await check.getAttribute('data-split-day'));
	await expect(page.getByTestId('forecast-mae')).toBeVisible();
	const firstMae = Number(await page.getByTestId('forecast-mae').getAttribute('data-value'));

	// An earlier split: a longer held-out period, another check.
	const earlier = firstSplit - 120;
	await page.getByTestId('forecast-holdout-date').fill(isoFromDay(earlier));
	await page.getByTestId('forecast-holdout-date').dispatchEvent('change');
	await expect(check).toHaveAttribute('data-split-day', String(earlier), { timeout: 120_000 });
	await expect(page.getByTestId('forecast-holdout-date-shown')).not.toBeEmpty();
	expect(Number(await page.getByTestId('forecast-mae').getAttribute('data-value'))).not.toBe(
		firstMae
	);
	expect(await seriousViolations(page)).toEqual([]);

	// The split is saved with the dataset.
	await page.reload();
	await expect(page.getByTestId('forecast-holdout-mode')).toHaveValue('date', { timeout: 60_000 });
	await expect(check).toHaveAttribute('data-split-day', String(earlier), { timeout: 120_000 });

	// A split on or after the as-of date is refused with a message, the check unchanged.
	await page.getByTestId('forecast-holdout-date').fill(isoFromDay(firstSplit + 365));
	await page.getByTestId('forecast-holdout-date').dispatchEvent('change');
	await expect(page.getByTestId('forecast-holdout-invalid')).toBeVisible();
	await expect(check).toHaveAttribute('data-split-day', String(earlier));

	// Back to automatic.
	await page.getByTestId('forecast-holdout-mode').selectOption('auto');
	await expect(page.getByTestId('forecast-check-none')).toBeVisible({ timeout: 120_000 });
	expect(await page.getByTestId('as-of').innerText()).toBe(asOfText);

	// The control's labels in Chinese.
	await page.evaluate(() => localStorage.setItem('strata.lang', 'zh'));
	await page.reload();
	await expect(page.getByTestId('forecast-holdout')).toContainText('模型检验切分日期');
	await expect(page.getByTestId('forecast-holdout-mode').locator('option').first()).toHaveText(
		'自动'
	);
});
