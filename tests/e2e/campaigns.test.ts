/**
 * Campaign lists and measurement (issue 17): the demo's draft list exports twice with identical
 * pseudonyms and groups; a campaign on a small file built here, where only the target group
 * bought after the campaign date, measures the figures worked out by hand.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Download, Page } from '@playwright/test';
import { controlGroup } from '../../src/lib/core/campaigns/split';
import { expect, seriousViolations, test, waitForFigures } from './fixtures';

const HEADER = 'customer_id,segment,tier,lifecycle_stage,action,recommended_products,group';

async function text(download: Promise<Download>) {
	const file = await download;
	const chunks = await (await file.createReadStream()).toArray();
	return Buffer.concat(chunks).toString('utf8');
}

async function exportList(page: Page) {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export list CSV' }).click();
	return text(download);
}

test('exports the same campaign twice with identical pseudonyms and groups', async ({ page }) => {
	await page.goto('./');
	await waitForFigures(page);
	await page.getByRole('link', { name: 'Campaigns' }).click();
	await expect(page.getByTestId('control-share')).toHaveValue('10');
	await page.getByTestId('campaign-seed').fill('12345');
	const size = page.getByTestId('campaign-size');
	await expect(size).toHaveAttribute('data-customers', /\d/);
	const customers = Number(await size.getAttribute('data-customers'));
	expect(customers).toBeGreaterThan(100);

	await page.getByTestId('pseudonymise').check();
	const first = await exportList(page);
	const second = await exportList(page);
	expect(first.charCodeAt(0)).toBe(0xfeff);
	expect(first.slice(1).split('\r\n')[0]).toBe(HEADER);
	expect(second).toBe(first);

	const rows = Papa.parse<Record<string, string>>(first.slice(1).trim(), { header: true });
	expect(rows.errors).toEqual([]);
	expect(rows.data).toHaveLength(customers);
	expect(rows.data.every((r) => /^[0-9a-f]{64}$/.test(r.customer_id))).toBe(true);
	expect(new Set(rows.data.map((r) => r.customer_id)).size).toBe(customers);
	expect(new Set(rows.data.map((r) => r.group))).toEqual(new Set(['target', 'control']));
	const control = rows.data.filter((r) => r.group === 'control').length;
	expect(Math.abs(control - 0.1 * customers)).toBeLessThanOrEqual(1);
	expect(rows.data.every((r) => r.action.length > 0)).toBe(true);

	// Without pseudonyms: real ids, the same groups row by row.
	await page.getByTestId('pseudonymise').uncheck();
	const plain = Papa.parse<Record<string, string>>((await exportList(page)).slice(1).trim(), {
		header: true
	});
	expect(plain.data.map((r) => r.group)).toEqual(rows.data.map((r) => r.group));
	expect(plain.data.some((r) => /^[0-9a-f]{64}$/.test(r.customer_id))).toBe(false);

	// Inside Strata, a pseudonym maps back to its customer (same list order with and without).
	await page.getByTestId('pseudonym-input').fill(rows.data[3].customer_id);
	await page.getByRole('button', { name: 'Find the customer' }).click();
	await expect(page.getByTestId('pseudonym-found')).toHaveText(
		`Customer ${plain.data[3].customer_id}`
	);

	expect(await seriousViolations(page)).toEqual([]);
});

/**
 * 40 customers C01…C40, each one order of 50.00 on 2024-01-10. With seed 7 and a 50 % control
 * group, the 20 target customers (found with the split) buy twice after the campaign date
 * 2024-03-01: 20 + i on 2024-03-05 and 30 on 2024-03-20 (i = 0…19); the control group does not.
 */
function campaignCsv(): { path: string; targets: number } {
	const ids = Array.from({ length: 40 }, (_, i) => `C${String(i + 1).padStart(2, '0')}`);
	const control = controlGroup(ids, 0.5, 7);
	const rows = ['order_id,customer_id,order_date,amount'];
	ids.forEach((id, i) => rows.push(`H${i},${id},2024-01-10,50.00`));
	let target = 0;
	ids.forEach((id, i) => {
		if (control[i]) return;
		rows.push(`A${i},${id},2024-03-05,${(20 + target).toFixed(2)}`);
		rows.push(`B${i},${id},2024-03-20,30.00`);
		target++;
	});
	const folder = join(tmpdir(), 'strata-e2e');
	mkdirSync(folder, { recursive: true });
	const path = join(folder, 'campaign-measure.csv');
	writeFileSync(path, rows.join('\n') + '\n');
	return { path, targets: target };
}

test('measures a saved campaign where the target group bought more', async ({ page }) => {
	const { path, targets } = campaignCsv();
	expect(targets).toBe(20);
	await page.goto('./');
	await waitForFigures(page);
	await page.goto('./import');
	await page.getByTestId('file-input').setInputFiles(path);
	await expect(page.getByTestId('map-amount')).toHaveValue('amount');
	await page.getByTestId('dataset-name').fill('Campaign test');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page).toHaveURL(/\/strata\/$/);
	await waitForFigures(page);

	await page.getByRole('link', { name: 'Campaigns' }).click();
	await page.getByTestId('control-share').fill('50');
	await page.getByTestId('campaign-seed').fill('7');
	await expect(page.getByTestId('campaign-size')).toHaveAttribute('data-control', '20');
	await expect(page.getByTestId('campaign-size')).toHaveAttribute('data-customers', '40');
	await page.getByTestId('campaign-name').fill('Spring mail');
	await page.getByTestId('campaign-day').fill('2024-03-01');
	await page.getByRole('button', { name: 'Save campaign' }).click();
	await expect(page.getByTestId('saved-campaign')).toHaveCount(1);
	await page.getByRole('button', { name: 'Measure' }).click();

	// By hand: every target bought, no control did; revenue per target (50 + i) for i = 0…19 →
	// mean 59.50, control 0; incremental revenue 59.50 × 20 targets = 1,190.00.
	await expect(page.getByTestId('measure-target-rate')).toHaveAttribute('data-value', '1');
	await expect(page.getByTestId('measure-control-rate')).toHaveAttribute('data-value', '0');
	const incremental = Number(
		await page.getByTestId('measure-incremental').getAttribute('data-value')
	);
	expect(incremental).toBeCloseTo(119000, 6);
	await expect(page.getByTestId('measure-verdict')).toHaveAttribute('data-significant', 'true');

	// The saved campaign's list downloads with the same groups as the split computed above.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download again' }).click();
	const saved = Papa.parse<Record<string, string>>((await text(download)).slice(1).trim(), {
		header: true
	});
	expect(saved.data.filter((r) => r.group === 'control')).toHaveLength(20);
});
