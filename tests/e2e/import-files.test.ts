/**
 * Issue 10, points 2–6 of "What a first real use found": odd files get a precise answer in the
 * user's language, skipped rows leave no trace, future dates are skipped, fields of megabytes
 * read, Excel's sep= line and garbled headers are handled, and the skipped-rows download is
 * injection-safe. Every import checks that the report's customers are the customers page's
 * scored customers plus the unscored ones.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, seriousViolations, storedDatasets, test, waitForFigures } from './fixtures';

interface Upload {
	name: string;
	mimeType: string;
	buffer: Buffer;
}

const csv = (name: string, text: string): Upload => ({
	name,
	mimeType: 'text/csv',
	buffer: Buffer.from(text, 'utf8')
});

async function openImport(page: Page) {
	await page.goto('./');
	await waitForFigures(page);
	await page.goto('./import');
}

async function choose(page: Page, file: Upload) {
	await page.getByTestId('file-input').setInputFiles(file);
}

async function chooseTable(page: Page, file: Upload) {
	await choose(page, file);
	await expect(page.getByTestId('column-mapping')).toBeVisible();
}

const importButton = (page: Page) => page.getByRole('button', { name: 'Import', exact: true });

const int = (text: string) => Number(text.replace(/[^\d]/g, ''));

/** Import, then check the report's customers against the customers page plus unscored ones. */
async function importAndCount(page: Page): Promise<number> {
	await importButton(page).click();
	await waitForFigures(page);
	const reported = int(await page.getByTestId('report-customers').innerText());
	const unscoredText = await page
		.getByText(/(customer has|customers have) no purchase up to the as-of date/)
		.allInnerTexts();
	const unscored = unscoredText.length ? int(unscoredText[0].split(/\s/)[0]) : 0;
	await page.getByRole('link', { name: 'Customers', exact: true }).first().click();
	const count = page.getByTestId('customers-count');
	await expect(count).toBeVisible();
	const scored = int((await count.innerText()).split(' of ')[1]);
	expect(scored + unscored, 'report customers = scored + unscored').toBe(reported);
	return reported;
}

/** A minimal ZIP local header naming one entry (what the first bytes of an .xlsx look like). */
function zipWith(...names: string[]): Buffer {
	return Buffer.concat(
		names.map((name) => {
			const header = Buffer.alloc(30);
			header.writeUInt32LE(0x04034b50, 0);
			header.writeUInt16LE(name.length, 26);
			return Buffer.concat([header, Buffer.from(name, 'latin1'), Buffer.alloc(16)]);
		})
	);
}

const NOT_TABLES: [string, Upload, string, string][] = [
	[
		'an image',
		{
			name: 'chart.png',
			mimeType: 'image/png',
			buffer: Buffer.concat([
				Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
				Buffer.alloc(200, 7)
			])
		},
		'This is an image, not a table',
		'这是一张图片，不是表格'
	],
	[
		'a PDF',
		{
			name: 'orders.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n')
		},
		'This is a PDF document',
		'这是 PDF 文档'
	],
	[
		'an Excel workbook',
		{
			name: 'orders.xlsx',
			mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			buffer: zipWith('[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml')
		},
		'This Excel workbook could not be read',
		'无法读取这个 Excel 工作簿'
	],
	[
		'a JSON file',
		{
			name: 'orders.json',
			mimeType: 'application/json',
			buffer: Buffer.from('[{"customer": "A", "date": "2024-01-05", "amount": 1}]\n')
		},
		'This is a JSON file',
		'这是 JSON 文件'
	]
];

test('files that are not tables get a sentence in the user’s language and no preview', async ({
	page
}) => {
	await openImport(page);
	const before = await storedDatasets(page);
	for (const [, file, english] of NOT_TABLES) {
		await choose(page, file);
		await expect(page.getByTestId('import-message')).toContainText(english);
		await expect(page.getByTestId('import-preview')).toHaveCount(0);
		await expect(page.getByTestId('column-mapping')).toHaveCount(0);
	}
	expect(await seriousViolations(page)).toEqual([]);
	await page.getByLabel('Language').selectOption('zh');
	for (const [, file, , chinese] of NOT_TABLES) {
		await choose(page, file);
		const message = page.getByTestId('import-message');
		await expect(message).toContainText(chinese);
		await expect(message).not.toContainText(/customerId|orderDate|mapping/);
	}
	// A table whose columns cannot be recognised: the problems are Chinese sentences too.
	await chooseTable(page, csv('unknown.csv', 'foo,bar\nx,y\n'));
	const problems = page.getByTestId('import-problems');
	await expect(problems).toContainText('请选择客户编号所在的列');
	await expect(problems).not.toContainText(/customerId|orderDate|[A-Za-z]{6,}/);
	expect(await storedDatasets(page)).toEqual(before);
});

test('Excel’s sep=; line names the delimiter and is not the header', async ({ page }) => {
	await openImport(page);
	await chooseTable(
		page,
		csv(
			'excel.csv',
			'sep=;\r\ncustomer;date;amount\r\nA;2024-01-05;1,50\r\nB;2024-01-06;2,00\r\nR;2024-01-07;-3,00\r\n'
		)
	);
	await expect(page.getByTestId('delimiter-select')).toHaveValue(';');
	await expect(page.getByTestId('map-customerId')).toHaveValue('customer');
	await expect(page.getByTestId('sep-line')).toBeVisible();
	// R has only a return: a customer, but not scored.
	expect(await importAndCount(page)).toBe(3);
});

test('a garbled header offers the encoding that reads it right', async ({ page }) => {
	await openImport(page);
	await chooseTable(page, csv('utf8.csv', '客户编号,下单时间,实付金额\nA,2024-01-05,1\n'));
	await expect(page.getByTestId('encoding-hint')).toHaveCount(0);
	await page.getByTestId('encoding-select').selectOption('windows-1252');
	const hint = page.getByTestId('encoding-hint');
	await expect(hint).toContainText('probably written in UTF-8');
	expect(await seriousViolations(page)).toEqual([]);
	await page.getByTestId('use-encoding').click();
	await expect(page.getByTestId('encoding-select')).toHaveValue('utf-8');
	await expect(page.getByTestId('map-customerId')).toHaveValue('客户编号');
	await expect(hint).toHaveCount(0);
});

test('one unreadable date among ISO dates asks no day-order question', async ({ page }) => {
	await openImport(page);
	await chooseTable(
		page,
		csv(
			'iso.csv',
			'customer,date,amount\nA,2024-01-05,1\nB,31/31/2024,1\nC,2024-02-01,1\nD,2024-03-09,2\n'
		)
	);
	await expect(page.getByTestId('import-problems')).toHaveCount(0);
	await expect(importButton(page)).toBeEnabled();
	await expect(
		page.locator('[data-testid="skip-reason"][data-reason="unparseable_date"]')
	).toHaveAttribute('data-count', '1');
	// The trial counts the customers of imported rows only: A, C, D (not B).
	await expect(page.getByTestId('report-customers')).toHaveText('3');
	expect(await importAndCount(page)).toBe(3);
});

test('rows dated in the future are skipped with examples; the as-of date stays in the past', async ({
	page
}) => {
	await openImport(page);
	await chooseTable(
		page,
		csv(
			'future.csv',
			'customer,date,amount\nA,2024-01-05,10\nB,2024-02-01,20\nC,2099-06-15,30\nA,2099-06-16,5\n'
		)
	);
	const future = page.locator('[data-testid="skip-reason"][data-reason="future_date"]');
	await expect(future).toHaveAttribute('data-count', '2');
	await expect(future).toContainText('Date in the future');
	await expect(future).toContainText('2099-06-15');
	// C only has a future row: not a customer.
	expect(await importAndCount(page)).toBe(2);
	await page.getByRole('link', { name: 'Overview', exact: true }).first().click();
	await expect(page.getByTestId('as-of')).toContainText('2024');
	await expect(page.getByTestId('as-of')).not.toContainText('2099');
});

test('a date 100 years before the rest is flagged in the preview', async ({ page }) => {
	await openImport(page);
	await chooseTable(
		page,
		csv('typo.csv', 'customer,date,amount\nA,2024-01-05,10\nB,1924-02-01,20\nC,2024-02-01,5\n')
	);
	const suspicious = page.getByTestId('suspicious-dates');
	await expect(suspicious).toContainText('more than 50 years before');
	await expect(suspicious).toContainText('1924-02-01');
});

test('fields of megabytes: never "empty", and a row is imported or skipped for its true reason', async ({
	page
}) => {
	const big = 'X'.repeat(5 * 1024 * 1024);
	await openImport(page);
	await chooseTable(page, csv('one-field.csv', big));
	await expect(page.getByTestId('import-problems')).not.toContainText('The file is empty');

	await chooseTable(
		page,
		csv('long-id.csv', `customer,date,amount\n${big},2024-01-05,10\nB,2024-01-06,20\nC,${big},5\n`)
	);
	await expect(page.getByTestId('map-orderDate')).toHaveValue('date');
	await importButton(page).click();
	await waitForFigures(page);
	await expect(page.getByTestId('report-imported')).toHaveText('2');
	await expect(
		page.locator('[data-testid="skip-reason"][data-reason="unparseable_date"]')
	).toHaveAttribute('data-count', '1');
	await expect(page.locator('[data-testid="skip-reason"]')).toHaveCount(1);
	await expect(page.getByTestId('report-customers')).toHaveText('2');
});

test('skipped rows leave no customer behind, and their download is injection-safe', async ({
	page
}) => {
	const lines = ['customer,date,amount'];
	for (let i = 0; i < 9; i++) lines.push(`C${i},2024-01-0${i + 1},${i + 10}`);
	lines.push('R,2024-01-05,-4');
	lines.push('"=HYPERLINK(""http://evil.example"",""x"")",,5');
	lines.push(`"+cmd|' /C calc'!A0",someday,6`);
	await openImport(page);
	await chooseTable(page, csv('phantoms.csv', lines.join('\n') + '\n'));
	await expect(page.getByTestId('report-skipped')).toHaveText('2');
	// 9 buyers and R (returns only); the two skipped rows add nobody.
	expect(await importAndCount(page)).toBe(10);

	await page.getByRole('link', { name: 'Overview', exact: true }).first().click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download skipped rows (CSV)' }).click()
	]);
	const text = readFileSync((await download.path())!, 'utf8');
	const records = text.trim().split('\r\n');
	expect(records[0]).toBe('customer,date,amount,line,reason');
	expect(records[1]).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")",,5,12,missing_date`);
	expect(records[2]).toBe(`'+cmd|' /C calc'!A0,someday,6,13,unparseable_date`);
});

test('two tabs importing at once both store complete datasets, with no console error', async ({
	page,
	context
}) => {
	const rows = (prefix: string, n: number) =>
		['customer,date,amount']
			.concat(
				Array.from({ length: n }, (_, i) => `${prefix}${i % 7},2024-01-${(i % 28) + 1},${i + 1}`)
			)
			.join('\n') + '\n';
	await openImport(page);
	const before = await storedDatasets(page);
	const other = await context.newPage();
	await other.goto('./import');
	await chooseTable(page, csv('first.csv', rows('A', 400)));
	await chooseTable(other, csv('second.csv', rows('B', 300)));
	await Promise.all([importButton(page).click(), importButton(other).click()]);
	await Promise.all([waitForFigures(page), waitForFigures(other)]);
	await expect(page.getByTestId('report-customers')).toHaveText('7');
	await expect(other.getByTestId('report-customers')).toHaveText('7');
	await expect(page.getByTestId('report-imported')).toHaveText('400');
	await expect(other.getByTestId('report-imported')).toHaveText('300');
	const after = await storedDatasets(page);
	expect(after.length).toBe(before.length + 2);
	expect(after.every((d) => d.status === 'complete')).toBe(true);
});
