/**
 * Issue 13, items 1 and 6: an .xlsx imports through the page like a CSV (a sheet picker when the
 * workbook has several sheets), an old .xls gets its own sentence in both languages, and a text
 * aligned with spaces (CDNOW's shape, compact dates) imports with no hand mapping.
 */
import type { Page } from '@playwright/test';
import { buildXlsx } from '../../src/lib/core/xlsx/xlsx.fixture';
import type { FixtureCell } from '../../src/lib/core/xlsx/xlsx.fixture';
import { expect, seriousViolations, storedDatasets, test, waitForFigures } from './fixtures';

// 2024-01-05 as an Excel serial (days since 1899-12-30).
const JAN_5_2024 = 45_296;

/** 30 orders of 7 customers (C0…C6), dates as date-styled serials, amounts as numbers. */
function ordersSheet(): FixtureCell[][] {
	const rows: FixtureCell[][] = [[{ s: '客户ID' }, { s: '下单日期' }, { s: '实付金额' }]];
	for (let i = 0; i < 30; i++) {
		rows.push([{ s: `C${i % 7}` }, { n: JAN_5_2024 + i * 3, style: 1 }, { n: 10 + i / 4 }]);
	}
	return rows;
}

const workbook = () =>
	Buffer.from(
		buildXlsx([
			{ name: '说明', rows: [[{ inline: '本工作簿第二张表是订单明细' }]] },
			{ name: '订单', rows: ordersSheet() }
		])
	);

async function openImport(page: Page) {
	await page.goto('./');
	await waitForFigures(page);
	await page.goto('./import');
}

test('the file picker accepts CSV, TSV, text, Excel and Parquet files', async ({ page }) => {
	await openImport(page);
	await expect(page.getByTestId('file-input')).toHaveAttribute(
		'accept',
		'.csv,.tsv,.txt,.xlsx,.parquet'
	);
});

test('an .xlsx with two sheets imports from the sheet picked, with its customers', async ({
	page
}) => {
	await openImport(page);
	await page.getByTestId('file-input').setInputFiles({
		name: 'orders.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: workbook()
	});
	const picker = page.getByTestId('sheet-select');
	await expect(picker).toBeVisible();
	await expect(page.getByTestId('import-preview')).toContainText('本工作簿第二张表是订单明细');
	await picker.selectOption({ label: '订单' });
	await expect(page.getByTestId('import-preview')).toContainText('2024-01-05');
	await expect(page.getByTestId('column-mapping')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await waitForFigures(page);
	await expect(page.getByTestId('report-customers')).toHaveText('7');
});

test('an Excel 97–2003 .xls gets its own sentence in English and Chinese', async ({ page }) => {
	await openImport(page);
	const before = await storedDatasets(page);
	const xls = {
		name: 'orders.xls',
		mimeType: 'application/vnd.ms-excel',
		buffer: Buffer.concat([
			Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
			Buffer.alloc(504)
		])
	};
	await page.getByTestId('file-input').setInputFiles(xls);
	await expect(page.getByTestId('import-message')).toContainText(
		'This is an Excel 97–2003 .xls workbook'
	);
	await page.getByLabel('Language').selectOption('zh');
	await page.getByTestId('file-input').setInputFiles(xls);
	await expect(page.getByTestId('import-message')).toContainText('Excel 97–2003 格式的旧版工作簿');
	expect(await storedDatasets(page)).toEqual(before);
});

test('a text aligned with spaces in CDNOW’s shape imports with no hand mapping', async ({
	page
}) => {
	// 12 lines of 5 customers, no header line: id, yyyymmdd, count, dollars.
	const lines: string[] = [];
	for (let i = 0; i < 12; i++) {
		const id = String((i % 5) + 1).padStart(5, '0');
		lines.push(` ${id} 199701${String(i + 10)}  1   ${(10 + i).toFixed(2)}`);
	}
	await openImport(page);
	await page.getByTestId('file-input').setInputFiles({
		name: 'CDNOW_sample.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(lines.join('\r\n') + '\r\n')
	});
	await expect(page.getByTestId('whitespace-note')).toContainText('customer_id, date');
	await expect(page.getByTestId('import-problems')).toHaveCount(0);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await waitForFigures(page);
	await expect(page.getByTestId('report-customers')).toHaveText('5');
});
