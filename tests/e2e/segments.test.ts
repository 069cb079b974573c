import type { Page } from '@playwright/test';
import { expect, seriousViolations, test, waitForFigures } from './fixtures';

async function openSegments(page: Page) {
	await page.goto('./');
	await waitForFigures(page);
	await page.goto('./segments');
	await expect(page.getByTestId('scatter-canvas')).toHaveAttribute('data-points', /^[1-9]\d*$/);
}

async function noHorizontalOverflow(page: Page) {
	return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

test('the scatterplot draws every scored customer and a legend entry hides its points', async ({
	page
}) => {
	await openSegments(page);
	const canvas = page.getByTestId('scatter-canvas');
	expect(Number(await canvas.getAttribute('data-points'))).toBe(4000);
	const groups = JSON.parse((await canvas.getAttribute('data-groups'))!) as Record<string, number>;
	const champions = groups.champions;
	expect(champions).toBeGreaterThan(0);

	await page.locator('[data-testid="scatter-legend-item"][data-key="champions"]').click();
	await expect(canvas).toHaveAttribute('data-points', String(4000 - champions));
	const after = JSON.parse((await canvas.getAttribute('data-groups'))!) as Record<string, number>;
	expect(after.champions).toBe(0);
	await expect(page).toHaveURL(/hidden=champions/);
	// The hidden group survives a reload (view state in the URL).
	await page.reload();
	await expect(page.getByTestId('scatter-canvas')).toHaveAttribute(
		'data-points',
		String(4000 - champions)
	);
});

test('hovering the scatterplot names the nearest customer, drawn under the pointer', async ({
	page
}) => {
	await openSegments(page);
	const plot = page.getByTestId('scatter-plot');
	const box = (await plot.boundingBox())!;
	const tooltip = page.getByTestId('scatter-tooltip');
	// Sweep a row of positions until one is within reach of a point.
	for (let i = 1; i < 40 && !(await tooltip.isVisible()); i++)
		await page.mouse.move(box.x + (box.width * i) / 40, box.y + box.height * 0.5);
	await expect(tooltip).toBeVisible();
	await expect(tooltip).toContainText(/Customer C\d{5}\b/);
	// The marked point (the hover ring) sits on painted canvas pixels.
	const ring = page.locator('circle.hover');
	const centre = {
		x: Number(await ring.getAttribute('cx')),
		y: Number(await ring.getAttribute('cy'))
	};
	const alpha = await page
		.getByTestId('scatter-canvas')
		.evaluate((canvas: HTMLCanvasElement, at) => {
			const ratio = canvas.width / canvas.getBoundingClientRect().width;
			// The overlay's plot group is translated by the chart's margins, which the surface shows.
			const surface = document.querySelector<HTMLElement>('[data-testid="scatter-plot"]')!;
			const x = Math.round((surface.offsetLeft + at.x) * ratio);
			const y = Math.round((surface.offsetTop + at.y) * ratio);
			return canvas.getContext('2d')!.getImageData(x - 1, y - 1, 3, 3).data[4 * 4 + 3];
		}, centre);
	expect(alpha).toBeGreaterThan(0);
	await page.mouse.move(box.x - 20, box.y - 20);
	await expect(tooltip).toBeHidden();
});

test('a brush on the scatterplot filters the customers page', async ({ page }) => {
	await openSegments(page);
	const plot = page.getByTestId('scatter-plot');
	const box = (await plot.boundingBox())!;
	await page.keyboard.down('Shift');
	await page.mouse.move(box.x + box.width * 0.05, box.y + box.height * 0.1);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5, { steps: 8 });
	await page.mouse.up();
	await page.keyboard.up('Shift');
	const count = page.getByTestId('scatter-selection-count');
	await expect(count).toBeVisible();
	const selected = Number((await count.innerText()).match(/[\d,]+/)![0].replace(/,/g, ''));
	expect(selected).toBeGreaterThan(0);

	await page.getByTestId('scatter-show-customers').click();
	await expect(page).toHaveURL(/\/customers\?.*recency=.*monetary=/);
	await expect(page.getByTestId('customer-row').first()).toBeVisible();
	const shown = Number(await page.getByTestId('customers-count').getAttribute('data-shown'));
	expect(shown).toBe(selected);
	await expect(page.getByTestId('filter-chip')).toHaveCount(2);
});

test('clicking an RFM-grid cell lists exactly that cell’s customers', async ({ page }) => {
	await openSegments(page);
	const cell = page.locator('[data-testid="rfm-cell"][data-r="5"][data-fm="5"]');
	const customers = Number(await cell.getAttribute('data-customers'));
	expect(customers).toBeGreaterThan(0);
	await cell.click();
	await expect(page).toHaveURL(/\/customers\?cell=5-5/);
	await expect(page.getByTestId('customers-count')).toHaveAttribute(
		'data-shown',
		String(customers)
	);
	// Every listed customer has R 5 (and FM 5 by its scores).
	const r = await page.getByTestId('customer-row').locator('td:nth-child(9)').allInnerTexts();
	expect(new Set(r)).toEqual(new Set(['5']));
});

test('a segment playbook can be edited and the edit is kept', async ({ page }) => {
	await openSegments(page);
	const card = page.locator('[data-testid="segment-card"][data-key="lost"]');
	await card.getByRole('button', { name: 'Edit' }).click();
	await page.getByLabel('Goal').fill('Send one last-chance offer');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(card.getByTestId('playbook-goal')).toHaveText('Send one last-chance offer');
	await page.reload();
	await expect(
		page.locator('[data-testid="segment-card"][data-key="lost"]').getByTestId('playbook-goal')
	).toHaveText('Send one last-chance offer');
});

test('segments page: Chinese labels, accessibility, no horizontal overflow', async ({
	page
}, testInfo) => {
	await openSegments(page);
	await page.screenshot({ path: testInfo.outputPath('segments-en.png'), fullPage: true });
	expect(await seriousViolations(page)).toEqual([]);
	expect(await noHorizontalOverflow(page)).toBe(true);
	await page.getByLabel('Language').selectOption('zh');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('客群分析');
	await expect(page.getByRole('heading', { name: '各客群的运营策略' })).toBeVisible();
	await expect(page.locator('[data-testid="segment-card"][data-key="champions"] h3')).toHaveText(
		'核心客户'
	);
	await expect(page.getByTestId('playbook-goal').first()).toContainText('无需打折');
	await page.screenshot({ path: testInfo.outputPath('segments-zh.png'), fullPage: true });
	expect(await noHorizontalOverflow(page)).toBe(true);
});

test('overview: segment summary, share chart, funnel and growth render and add up', async ({
	page
}, testInfo) => {
	await page.goto('./');
	await waitForFigures(page);
	const rows = page.getByTestId('summary-row');
	await expect(rows).toHaveCount(11);
	const counts = await rows.evaluateAll((els) => els.map((el) => Number(el.dataset.customers)));
	expect(counts.reduce((a, b) => a + b, 0)).toBe(4000);
	await expect(page.getByTestId('share-row')).toHaveCount(11);
	await expect(page.getByTestId('funnel-step').first()).toHaveAttribute('data-customers', '4000');
	expect(await page.getByTestId('growth-mark').count()).toBeGreaterThan(0);
	expect(await noHorizontalOverflow(page)).toBe(true);
	expect(await seriousViolations(page)).toEqual([]);
	await page.screenshot({ path: testInfo.outputPath('overview-en.png'), fullPage: true });
	await page.getByLabel('Language').selectOption('zh');
	await expect(page.getByRole('heading', { name: '客群概览' })).toBeVisible();
	await expect(rows.first().locator('th')).toHaveText('核心客户');
	await page.screenshot({ path: testInfo.outputPath('overview-zh.png'), fullPage: true });
});
