import { expect, test, waitForFigures } from './fixtures';
import { readPdf } from './pdf';

test('present mode hides controls, enlarges text and exits with Escape', async ({ page }) => {
	await page.goto('./');
	await waitForFigures(page);
	const size = () =>
		page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
	const before = await size();
	await page.getByTestId('present-toggle').click();
	expect(await size()).toBeGreaterThan(before);
	await expect(page.getByTestId('dataset-switcher')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Export SVG' }).first()).toBeHidden();
	await expect(page.getByTestId('kpi-customers')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('dataset-switcher')).toBeVisible();
	expect(await size()).toBe(before);
});

test('printing the report pages gives clean multi-page PDFs without controls', async ({
	page
}, testInfo) => {
	await page.goto('./');
	await waitForFigures(page);
	for (const path of ['./', './segments', './lifecycle', './tiers']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.waitForLoadState('networkidle');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
		await expect(page.getByTestId('present-toggle')).toBeHidden();
		for (const button of await page.getByRole('button', { name: 'Export PNG' }).all()) {
			await expect(button).toBeHidden();
		}
		const name = path === './' ? 'overview' : path.slice(2);
		// Every heading of the page (its title and each chart's) must reach the PDF.
		const headings = (await page.getByRole('heading').allInnerTexts()).map((h) => h.trim());
		expect(headings.length, `${name} headings`).toBeGreaterThan(1);
		const pdf = await page.pdf({
			path: testInfo.outputPath(`${name}.pdf`),
			landscape: true,
			outline: true,
			tagged: true
		});
		const { pages, outline } = readPdf(pdf);
		// The overview's KPIs and summary, then its charts on a page of their own.
		expect(pages, `${name} pages`).toBeGreaterThanOrEqual(name === 'overview' ? 2 : 1);
		for (const heading of headings) expect(outline, `${name} PDF outline`).toContain(heading);
		await page.emulateMedia({ media: 'screen' });
	}
});
