import type { Page } from '@playwright/test';
import { expect, seriousViolations, test, waitForFigures } from './fixtures';

async function openSettings(page: Page) {
	await page.getByRole('link', { name: 'Settings', exact: true }).click();
	await expect(page.getByTestId('settings-effect')).toBeVisible();
}

async function openSegments(page: Page) {
	await page.getByRole('link', { name: 'Segments', exact: true }).click();
	return page.locator('[data-testid="segment-card"][data-key="lost"]');
}

/** Edit the "Lost" playbook's goal on the segments page. */
async function editLostGoal(page: Page, goal: string) {
	const card = await openSegments(page);
	await card.getByRole('button', { name: 'Edit' }).click();
	await page.getByLabel('Goal').fill(goal);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(card.getByTestId('playbook-goal')).toHaveText(goal);
}

test('bins and a playbook go out in strata-presets.json and come back after a reset', async ({
	page
}) => {
	await page.goto('./');
	await waitForFigures(page);
	const customers = await page.getByTestId('kpi-customers').innerText();

	await openSettings(page);
	await page.getByTestId('bins-select').selectOption('3');
	// The warehouse SQL is written from the applied settings, so it shows when they are in force.
	await expect(page.getByTestId('sql-text')).toContainText('3 tie-safe quantile bins');
	await editLostGoal(page, 'Send one last-chance offer');

	await openSettings(page);
	await expect(page.getByTestId('bins-select')).toHaveValue('3');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export presets' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('strata-presets.json');
	const file = await download.path();
	const written = JSON.parse(
		Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8')
	);
	expect(written.format).toBe('strata-presets');
	expect(written.version).toBe(1);
	expect(written.settings.binning).toEqual({ kind: 'quantile', bins: 3 });
	expect(written.settings).not.toHaveProperty('asOfDay');
	expect(written.playbooks.lost.goal.en).toBe('Send one last-chance offer');

	// Back to the defaults: bins and the playbook.
	await page.getByRole('button', { name: 'Restore the defaults' }).click();
	await expect(page.getByTestId('bins-select')).toHaveValue('5');
	await expect(page.getByTestId('sql-text')).toContainText('5 tie-safe quantile bins');
	const card = await openSegments(page);
	await card.getByRole('button', { name: 'Edit' }).click();
	await page.getByRole('button', { name: 'Restore the default' }).click();
	await expect(card.getByTestId('playbook-goal')).not.toHaveText('Send one last-chance offer');

	await openSettings(page);
	await expect(page.getByTestId('bins-select')).toHaveValue('5');
	await page.getByTestId('presets-input').setInputFiles(file);
	await expect(page.getByTestId('presets-status')).toContainText('Applied the presets');
	await expect(page.getByTestId('bins-select')).toHaveValue('3');
	await expect(page.getByTestId('sql-text')).toContainText('3 tie-safe quantile bins');
	expect(await seriousViolations(page)).toEqual([]);

	await page.reload();
	await expect(page.getByTestId('bins-select')).toHaveValue('3');
	await expect((await openSegments(page)).getByTestId('playbook-goal')).toHaveText(
		'Send one last-chance offer'
	);
	// Bins change scores, not who is a customer.
	await page.getByRole('link', { name: 'Overview', exact: true }).click();
	await expect(page.getByTestId('kpi-customers')).toHaveText(customers);
});

test('a presets file from a newer Strata is refused with its message, in English and Chinese', async ({
	page
}) => {
	await page.goto('./');
	await waitForFigures(page);
	await openSettings(page);
	const newer = JSON.stringify({
		format: 'strata-presets',
		version: 2,
		settings: {},
		playbooks: {}
	});
	const file = { name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(newer) };
	await page.getByTestId('presets-input').setInputFiles(file);
	await expect(page.getByTestId('presets-status')).toContainText('were not applied');
	await expect(page.getByTestId('presets-problems')).toContainText('format version 2');
	await page.getByTestId('presets-input').setInputFiles({
		...file,
		name: 'bad.json',
		buffer: Buffer.from(
			JSON.stringify({
				format: 'strata-presets',
				version: 1,
				settings: { binning: { kind: 'quantile', bins: 9 } }
			})
		)
	});
	await expect(page.getByTestId('presets-problems')).toContainText('missing or has the wrong type');
	await page.getByTestId('language-switcher').selectOption('zh');
	await expect(page.getByTestId('presets-problems')).toContainText('类型不正确');
	await expect(page.getByTestId('bins-select')).toHaveValue('5');
});
