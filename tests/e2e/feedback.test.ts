/**
 * Customer feedback (issue 16): import transactions, then a survey file into the same dataset
 * through the import-target picker, and download the NPS CSV. Its rows are checked against a
 * short independent script below: the latest response per customer and the NPS bands are computed
 * here from the survey rows, and each customer's segment, tier and lifecycle stage is read from the
 * customers CSV export (the engine's layering is tested elsewhere; this test checks the join and
 * the NPS arithmetic, not the RFM segmentation again).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, seriousViolations, test, waitForFigures } from './fixtures';

const folder = join(tmpdir(), 'strata-e2e');
mkdirSync(folder, { recursive: true });

const pad = (n: number) => String(n).padStart(3, '0');
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const LAST = Date.UTC(2024, 5, 30);
const DAY = 86_400_000;

/** 60 customers, 1–5 purchases each, the last between 2023-12 and 2024-06-30. */
function transactionsCsv(): string {
	const lines = ['customer_id,order_date,amount'];
	for (let i = 1; i <= 60; i++) {
		const purchases = 1 + (i % 5);
		const last = LAST - ((i * 37) % 200) * DAY;
		for (let k = 0; k < purchases; k++) {
			lines.push(`C${pad(i)},${iso(last - k * 30 * DAY)},${10 + ((i * 13 + k * 7) % 90)}.50`);
		}
	}
	const path = join(folder, 'feedback-shop.csv');
	writeFileSync(path, lines.join('\n') + '\n');
	return path;
}

/** Survey rows: [id, date, score, comment]; C001 answers twice, C002 twice on one day, X999 has no purchase. */
function surveyRows(): [string, string, string, string][] {
	const rows: [string, string, string, string][] = [];
	for (let i = 1; i <= 50; i++) {
		const comment = i % 3 === 0 ? '物流很快，质量很好' : i % 3 === 1 ? '' : 'too slow delivery';
		rows.push([`C${pad(i)}`, iso(Date.UTC(2024, 4, 1 + (i % 28))), String((i * 7) % 11), comment]);
	}
	rows.push(['C001', '2024-06-20', '2', '太差了']);
	rows.push(['C002', iso(Date.UTC(2024, 4, 3)), '10', '']);
	rows.push(['X999', '2024-06-01', '9', '']);
	rows.push(['C003', '2024-06-02', 'eleven', '']);
	return rows;
}

function surveyCsv(rows: [string, string, string, string][]): string {
	const text = ['会员号,评价时间,推荐意愿,评价内容', ...rows.map((r) => r.join(','))].join('\n');
	const path = join(folder, 'feedback-survey.csv');
	writeFileSync(path, text + '\n');
	return path;
}

async function readDownload(download: Download): Promise<string> {
	const chunks = await (await download.createReadStream()).toArray();
	return Buffer.concat(chunks).toString('utf8');
}

async function exportCustomers(page: Page) {
	await page.goto('./customers');
	await expect(page.getByTestId('customer-row').first()).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export CSV' }).click();
	const text = await readDownload(await download);
	return Papa.parse<Record<string, string>>(text.slice(1).trim(), { header: true }).data;
}

/** The independent script: latest response per customer, bands, counts and NPS per group. */
function expectedRows(
	rows: [string, string, string, string][],
	customers: Record<string, string>[]
): string[][] {
	const latest = new Map<string, { date: string; score: number }>();
	for (const [id, date, score] of rows) {
		if (!/^\d+$/.test(score) || Number(score) > 10) continue;
		const previous = latest.get(id);
		if (!previous || date >= previous.date) latest.set(id, { date, score: Number(score) });
	}
	const out: string[][] = [];
	for (const [type, column] of [
		['segment', 'segment'],
		['tier', 'tier'],
		['stage', 'lifecycle_stage']
	] as const) {
		const keys = [...new Set(customers.map((c) => c[column]))];
		for (const key of keys) {
			const members = customers.filter((c) => c[column] === key);
			let p = 0;
			let pa = 0;
			let d = 0;
			for (const c of members) {
				const r = latest.get(c.customer_id);
				if (!r) continue;
				if (r.score >= 9) p++;
				else if (r.score >= 7) pa++;
				else d++;
			}
			const n = p + pa + d;
			// Tenths rounded half away from zero, in integers.
			const tenths =
				n === 0 ? 0 : Math.sign(p - d) * Math.floor((Math.abs(1000 * (p - d)) * 2 + n) / (2 * n));
			const nps =
				n === 0
					? ''
					: `${tenths < 0 ? '-' : ''}${Math.floor(Math.abs(tenths) / 10)}.${Math.abs(tenths) % 10}`;
			out.push([
				type,
				key,
				String(members.length),
				String(n),
				String(p),
				String(pa),
				String(d),
				nps
			]);
		}
	}
	return out;
}

test('a survey joins its dataset and the NPS CSV matches an independent count', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('./');
	await waitForFigures(page);

	// 1. Transactions as a new dataset.
	await page.goto('./import');
	await page.getByTestId('file-input').setInputFiles(transactionsCsv());
	await expect(page.getByTestId('column-mapping')).toBeVisible();
	await page.getByTestId('dataset-name').fill('Feedback shop');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page).toHaveURL(/\/strata\/$/);
	await waitForFigures(page);
	const customers = await exportCustomers(page);
	expect(customers).toHaveLength(60);

	// 2. The survey, into that dataset through the target picker.
	const rows = surveyRows();
	await page.goto('./import');
	await page.getByTestId('file-input').setInputFiles(surveyCsv(rows));
	await expect(page.getByTestId('feedback-detected')).toBeVisible();
	await expect(page.getByTestId('feedback-role-score')).toHaveValue('推荐意愿');
	await expect(page.getByTestId('feedback-scale')).toHaveValue('0');
	expect(await seriousViolations(page)).toEqual([]);
	// Read as transactions and back: the panel comes back with its guesses.
	await page.getByRole('button', { name: 'Read it as transactions instead' }).click();
	await expect(page.getByTestId('column-mapping')).toBeVisible();
	await page.getByRole('button', { name: 'Read it as customer feedback' }).click();
	await expect(page.getByTestId('feedback-role-score')).toHaveValue('推荐意愿');
	const picker = page.getByTestId('import-target');
	await picker.selectOption('new');
	await expect(page.getByTestId('feedback-new-not-allowed')).toBeVisible();
	await expect(page.getByTestId('feedback-import-start')).toBeDisabled();
	const target = await picker.locator('option', { hasText: 'Feedback shop' }).getAttribute('value');
	await picker.selectOption(target!);
	await page.getByTestId('feedback-import-start').click();
	await expect(page.getByTestId('feedback-import-outcome')).toContainText('53 responses added');
	await expect(page.getByTestId('feedback-report-skipped')).toHaveText('1');
	await expect(page.getByTestId('feedback-report-unmatched')).toContainText('X999');
	await expect(page.getByTestId('feedback-report')).toContainText('Line 55, column “推荐意愿”');

	// 3. The Feedback page and its export.
	await page.getByTestId('feedback-open').click();
	await expect(page.getByTestId('feedback-by-segment')).toBeVisible();
	await expect(page.getByTestId('feedback-unmatched')).toContainText('1 response');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export NPS CSV' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/nps\.csv$/);
	const text = await readDownload(file);
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const lines = text.slice(1).trimEnd().split('\r\n');
	expect(lines[0]).toBe('group_type,group,customers,responses,promoters,passives,detractors,nps');
	const exported = lines.slice(1).map((line) => line.split(','));
	// Groups without customers are exported too (0 customers, empty NPS); the script only knows the
	// groups it saw in the customers CSV, so compare those and check the rest are empty.
	const expected = expectedRows(rows, customers);
	const seen = new Set(expected.map((r) => `${r[0]}|${r[1]}`));
	expect(exported.filter((r) => seen.has(`${r[0]}|${r[1]}`)).sort()).toEqual(expected.sort());
	for (const row of exported.filter((r) => !seen.has(`${r[0]}|${r[1]}`))) {
		expect(row.slice(2)).toEqual(['0', '0', '0', '0', '0', '']);
	}
	// Segments first, then tiers, then stages.
	const types = exported.map((r) => r[0]);
	expect(types.join(',')).toMatch(/^(segment,)+(tier,)+(stage,)*stage$/);
	expect(await seriousViolations(page)).toEqual([]);

	// 4. The customers page filters by latest response: promoters = the script's segment rows' sum.
	const promoters = expected
		.filter((r) => r[0] === 'segment')
		.reduce((sum, r) => sum + Number(r[4]), 0);
	await page.goto('./customers?feedback=promoter');
	await expect(page.getByTestId('filter-feedback')).toHaveValue('promoter');
	await expect(page.getByTestId('customers-count')).toHaveAttribute(
		'data-shown',
		String(promoters)
	);

	// 5. C001's two answers are on their profile's timeline, the later one listed last.
	await page.goto('./customers?q=C001');
	await page.getByRole('button', { name: 'Open the profile of C001' }).click();
	const profile = page.getByTestId('customer-profile');
	await expect(profile.getByTestId('profile-response-mark')).toHaveCount(2);
	await expect(profile.getByTestId('profile-responses').locator('li').last()).toContainText(
		'2/10 — 太差了'
	);
	await profile.getByRole('button', { name: 'Close' }).click();

	// 6. Playbook cards suggest a referral ask where a segment has promoters.
	await page.goto('./segments');
	const hinted = expected.filter((r) => r[0] === 'segment' && Number(r[4]) > 0).map((r) => r[1]);
	for (const key of hinted) {
		await expect(
			page.locator(`[data-testid="segment-card"][data-key="${key}"] [data-code="referral"]`)
		).toBeVisible();
	}

	// 7. In Chinese: the page's title, the export button (stable name) and the by-source table (every
	// import now records its source, so the dataset has one).
	await page.evaluate(() => localStorage.setItem('strata.lang', 'zh'));
	await page.goto('./feedback');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('客户反馈');
	await expect(page.getByRole('button', { name: '导出 NPS CSV' })).toBeVisible();
	await expect(page.getByRole('heading', { name: '按来源' })).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});

test('a dataset without feedback says how to add some', async ({ page }) => {
	await page.goto('./');
	await waitForFigures(page);
	await page.getByRole('link', { name: 'Feedback', exact: true }).click();
	await expect(page.getByTestId('feedback-empty')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Export NPS CSV' })).toHaveCount(0);
});
