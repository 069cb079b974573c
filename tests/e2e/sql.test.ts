/**
 * "Run it in your warehouse" on /settings: the SQL follows the chosen dialect and the settings in
 * force, downloads as the text shown, and reads in Chinese.
 */
import { expect, seriousViolations, test, waitForFigures } from './fixtures';

const DIALECTS = ['duckdb', 'postgres', 'bigquery', 'spark'];

/** How each dialect spells the 5-bin frequency score (see core/sql/dialects.ts). */
const FREQUENCY_SCORE: Record<string, (bins: number) => string> = {
	duckdb: (b) => `(${b} * (RANK() OVER (ORDER BY frequency) - 1)) // (n)`,
	postgres: (b) => `(${b} * (RANK() OVER (ORDER BY frequency) - 1)) / (n)`,
	bigquery: (b) => `DIV(${b} * (RANK() OVER (ORDER BY frequency) - 1), n)`,
	spark: (b) => `(${b} * (RANK() OVER (ORDER BY frequency) - 1)) DIV (n)`
};

test('the warehouse SQL follows the dialect and the settings in force', async ({ page }) => {
	await page.goto('./');
	await waitForFigures(page);
	await page.goto('./settings');
	await expect(page.getByTestId('settings-effect')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Run it in your warehouse' })).toBeVisible();

	const dialect = page.getByTestId('sql-dialect');
	const sql = page.getByTestId('sql-text');
	expect(
		await dialect.locator('option').evaluateAll((o) => o.map((e) => e.getAttribute('value')))
	).toEqual(DIALECTS);

	const texts = new Map<string, string>();
	for (const value of DIALECTS) {
		await dialect.selectOption(value);
		await expect(sql).toContainText(`customer layering (${value})`);
		await expect(sql).toContainText(FREQUENCY_SCORE[value](5));
		texts.set(value, await sql.innerText());
	}
	expect(new Set(texts.values()).size).toBe(4);
	for (const text of texts.values()) {
		expect(text).toMatch(/lifecycle_stage\nFROM ranked$/);
		expect(text).not.toMatch(/\bNTILE\b/);
	}

	// A setting changes the SQL of the chosen dialect: 3 quantile bins instead of 5.
	await dialect.selectOption('bigquery');
	await page.getByTestId('bins-select').selectOption('3');
	await expect(sql).toContainText(FREQUENCY_SCORE.bigquery(3));
	await expect(sql).not.toContainText(FREQUENCY_SCORE.bigquery(5));
	await expect(page.getByTestId('sql-note')).toContainText('DATE_DIFF');

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download .sql' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('strata-customers-bigquery.sql');
	const saved = Buffer.concat(await (await file.createReadStream()).toArray()).toString('utf8');
	expect(saved).toBe((await sql.innerText()) + '\n');

	await page.getByRole('button', { name: 'Copy SQL' }).click();
	await expect(page.getByRole('status').filter({ hasText: /Copied|refused/ })).toBeVisible();

	expect(await seriousViolations(page)).toEqual([]);

	await page.getByLabel('Language').first().selectOption('zh');
	await expect(page.getByRole('heading', { name: '在数据仓库中运行' })).toBeVisible();
	await expect(sql).toContainText(FREQUENCY_SCORE.bigquery(3));
});
