import { pathToFileURL } from 'node:url';
import { expect, test, waitForFigures } from './fixtures';

const KPIS = ['kpi-customers', 'kpi-orders', 'kpi-revenue', 'kpi-aov', 'kpi-repeat'];

test('Download report writes one .html that opens from file: with no network and the overview figures', async ({
	page,
	browser
}, testInfo) => {
	await page.goto('./');
	await waitForFigures(page);
	const onScreen: Record<string, string> = {};
	for (const id of KPIS) onScreen[id] = (await page.getByTestId(id).innerText()).trim();

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download report' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/-report\.html$/);
	// Saved under its own name: a browser opens a file: URL as HTML by its extension.
	const path = testInfo.outputPath(download.suggestedFilename());
	await download.saveAs(path);
	const html = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
	// Self-contained: no script, no stylesheet link, no external URL (SVG namespaces aside).
	expect(html).not.toMatch(/<script|<link|\bsrc=|@import/i);
	expect(html.replace(/http:\/\/www\.w3\.org\/[\w/]+/g, '')).not.toMatch(/https?:\/\//);
	// No customer-level rows unless asked.
	expect(html).not.toContain('data-testid="report-customers"');

	// A fresh browser context with the network off opens the file like a client would.
	const context = await browser.newContext();
	const requests: string[] = [];
	context.on('request', (request) => {
		if (!request.url().startsWith('file:') && !request.url().startsWith('data:'))
			requests.push(request.url());
	});
	await context.setOffline(true);
	const reader = await context.newPage();
	await reader.goto(pathToFileURL(path).href);
	for (const id of KPIS) await expect(reader.getByTestId(id)).toHaveText(onScreen[id]);
	await expect(reader.locator('figure.chart svg')).not.toHaveCount(0);
	await expect(reader.getByRole('heading', { name: 'Segments and playbooks' })).toBeVisible();
	await expect(reader.getByRole('heading', { name: 'Definitions in force' })).toBeVisible();
	// Forecast and products, asked of the worker while the report is built (the demo has products).
	for (const id of ['report-forecast-segments', 'report-top-products', 'report-top-pairs'])
		await expect(reader.getByTestId(id).locator('tbody tr')).not.toHaveCount(0);
	// The print stylesheet applies; the figures stay.
	await reader.emulateMedia({ media: 'print' });
	await expect(reader.getByTestId('kpi-customers')).toHaveText(onScreen['kpi-customers']);
	expect(requests).toEqual([]);
	await context.close();
});

test('the report holds the customer list only when asked, one row per scored customer', async ({
	page
}) => {
	await page.goto('./');
	await waitForFigures(page);
	const customers = Number(
		(await page.getByTestId('kpi-customers').innerText()).replace(/\D/g, '')
	);
	await page.getByLabel('Include customer lists').check();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download report' }).click();
	const html = Buffer.concat(
		await (await (await downloading).createReadStream()).toArray()
	).toString('utf8');
	const table = html.slice(html.indexOf('data-testid="report-customers"'));
	const body = table.slice(table.indexOf('<tbody>'), table.indexOf('</tbody>'));
	expect(body.match(/<tr>/g)?.length).toBe(customers);
	await expect(page.getByTestId('report-status')).toContainText('Saved');
});
