import Papa from 'papaparse';
import { expect, seriousViolations, test, waitForFigures } from './fixtures';

const HEADER =
	'customer_id,first_purchase_date,last_purchase_date,recency_days,frequency,monetary,average_order_value,r_score,f_score,m_score,fm_score,segment,segment_label,tier,tier_label,lifecycle_stage,lifecycle_label,p_alive,expected_purchases,expected_order_value,clv,recommended_products';

async function openCustomers(page: import('@playwright/test').Page, search = '') {
	await page.goto('./');
	await waitForFigures(page);
	await page.goto(`./customers${search}`);
	await expect(page.getByTestId('customer-row').first()).toBeVisible();
}

test('lists the scored customers and exports exactly what the table shows', async ({ page }) => {
	await openCustomers(page, '?segment=champions&sort=customer_id&dir=asc');
	const shown = Number(await page.getByTestId('customers-count').getAttribute('data-shown'));
	expect(shown).toBeGreaterThan(10);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export CSV' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/customers\.csv$/);
	const text = await (
		await file.createReadStream()
	)
		.toArray()
		.then((c) => Buffer.concat(c).toString('utf8'));
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const lines = text.slice(1).split('\r\n');
	expect(lines[0]).toBe(HEADER);
	const parsed = Papa.parse<Record<string, string>>(text.slice(1).trim(), { header: true });
	expect(parsed.errors).toEqual([]);
	expect(parsed.data).toHaveLength(shown);
	expect(new Set(parsed.data.map((r) => r.segment))).toEqual(new Set(['champions']));
	expect(parsed.data.every((r) => r.segment_label === 'Champions')).toBe(true);

	// The first rows of the table match the first rows of the file, cell by cell.
	const rows = page.getByTestId('customer-row');
	for (let i = 0; i < 5; i++) {
		const cells = await rows.nth(i).locator('td').allInnerTexts();
		const record = parsed.data[i];
		expect(cells[0]).toBe(record.customer_id);
		expect(cells[4]).toBe(record.recency_days);
		expect(cells[5]).toBe(record.frequency);
		expect(cells[6].replace(/[£,]/g, '')).toBe(record.monetary);
		expect(cells[8]).toBe(record.r_score);
		expect(record.last_purchase_date).toMatch(/^\d{4}-\d\d-\d\d$/);
	}
});

test('filters live in the URL and survive a reload', async ({ page }) => {
	await openCustomers(page);
	const all = Number(await page.getByTestId('customers-count').getAttribute('data-shown'));
	await page.getByTestId('filter-stage').locator('summary').click();
	await page.getByTestId('filter-stage').getByLabel('Churned').check();
	await expect(page).toHaveURL(/stage=lost/);
	const lost = Number(await page.getByTestId('customers-count').getAttribute('data-shown'));
	expect(lost).toBeGreaterThan(0);
	expect(lost).toBeLessThan(all);
	await page.reload();
	await expect(page.getByTestId('customer-row').first()).toBeVisible();
	await expect(page.getByTestId('customers-count')).toHaveAttribute('data-shown', String(lost));
	await expect(page.getByTestId('customer-row').first().locator('td').nth(3)).toHaveText('Churned');
});

test('search, sort and the customer profile', async ({ page }) => {
	await openCustomers(page, '?q=C0000&sort=customer_id&dir=asc');
	const ids = await page.getByTestId('customer-row').locator('td:first-child').allInnerTexts();
	expect(ids.length).toBeGreaterThan(0);
	expect(ids.every((id) => id.startsWith('C0000'))).toBe(true);
	expect([...ids].sort()).toEqual(ids);

	await page.getByRole('button', { name: `Open the profile of ${ids[0]}` }).click();
	const profile = page.getByTestId('customer-profile');
	await expect(profile).toBeVisible();
	await expect(profile.getByRole('heading', { level: 2 })).toHaveText(`Customer ${ids[0]}`);
	await expect(profile.getByTestId('profile-timeline').locator('circle').first()).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
	await profile.getByRole('button', { name: 'Close' }).click();
	await expect(profile).toHaveCount(0);
});

test('the virtualised table scrolls through every customer', async ({ page }) => {
	await openCustomers(page, '?sort=customer_id&dir=asc');
	const table = page.getByTestId('customers-table');
	const total = Number(await table.getAttribute('data-rows'));
	expect(total).toBeGreaterThan(3000);
	// Only a window of rows is in the DOM.
	expect(await page.getByTestId('customer-row').count()).toBeLessThan(60);
	await table.evaluate((el) => (el.scrollTop = el.scrollHeight));
	await expect(page.getByTestId('customer-row').last().locator('td').first()).toHaveText('C04000');
	// Rows hand their elements on as they scroll: after small steps and a jump back to the
	// middle the rows still read in order, one after another.
	for (const top of [0.5, 0.5004, 0.501, 0.3]) {
		await table.evaluate((el, share) => (el.scrollTop = el.scrollHeight * share), top);
		await page.waitForTimeout(50);
	}
	await expect
		.poll(async () => {
			const ids = await page.getByTestId('customer-row').locator('td:first-child').allInnerTexts();
			const numbers = ids.map((id) => Number(id.slice(1)));
			return numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1) && numbers[0] > 1000;
		})
		.toBe(true);
});

test('forecast columns: sort by CLV, filter by P(alive), the P(alive) curve in the profile', async ({
	page
}) => {
	await openCustomers(page, '?sort=clv&dir=desc');
	const rows = page.getByTestId('customer-row');
	const values = async (testid: string) =>
		(await rows.getByTestId(testid).evaluateAll((cells) => cells.map((c) => c.dataset.value)))
			.map(Number)
			.slice(0, 20);
	// The forecast loads after the table: wait for the first CLV.
	await expect.poll(async () => Number.isFinite((await values('cell-clv'))[0])).toBe(true);
	await expect(page.getByRole('columnheader', { name: 'CLV' })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	const clv = await values('cell-clv');
	expect(clv.length).toBeGreaterThan(5);
	for (let i = 1; i < clv.length; i++) expect(clv[i]).toBeLessThanOrEqual(clv[i - 1]);

	await page.goto('./customers?palive=0-0.3');
	await expect(page.getByTestId('filter-chip')).toContainText('P(alive)');
	await expect(rows.first()).toBeVisible();
	const alive = await values('cell-p-alive');
	expect(alive.length).toBeGreaterThan(0);
	for (const p of alive) {
		expect(p).toBeGreaterThanOrEqual(0);
		expect(p).toBeLessThanOrEqual(0.3);
	}

	await rows.first().getByRole('button').first().click();
	const curve = page.getByTestId('customer-profile').getByTestId('profile-alive-curve');
	await expect(curve).toBeVisible();
	const points = Number(await curve.getAttribute('data-points'));
	expect(points).toBeGreaterThan(1);
	await expect(curve.locator('circle')).toHaveCount(points);
	expect(await seriousViolations(page)).toEqual([]);
});
