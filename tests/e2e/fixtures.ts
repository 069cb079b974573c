/**
 * Shared Playwright fixture: every request is routed, and anything outside the app's own origin
 * and base path fails the test; console errors and uncaught exceptions fail it too.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export interface Guard {
	/** Requests that tried to leave the app (another origin, or outside the base path). */
	foreign: string[];
	consoleErrors: string[];
}

export const test = base.extend<{ guard: Guard }>({
	guard: [
		async ({ context, baseURL }, use) => {
			const app = new URL(baseURL!);
			const guard: Guard = { foreign: [], consoleErrors: [] };
			await context.route('**/*', (route) => {
				const url = new URL(route.request().url());
				const inside =
					url.protocol === 'data:' ||
					url.protocol === 'blob:' ||
					(url.origin === app.origin && url.pathname.startsWith(app.pathname.replace(/\/$/, '')));
				if (inside) return route.continue();
				guard.foreign.push(url.href);
				return route.abort('blockedbyclient');
			});
			context.on('console', (message) => {
				if (message.type() === 'error') guard.consoleErrors.push(message.text());
			});
			context.on('weberror', (error) => guard.consoleErrors.push(String(error.error())));
			await use(guard);
			expect(guard.foreign, 'requests that left the app').toEqual([]);
			expect(guard.consoleErrors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** The overview's customer and order KPIs read `expected`'s headline (en-GB digits). */
export async function expectHeadline(
	page: Page,
	expected: { headline: { customers: number; orders: number } }
) {
	await expect(page.getByTestId('kpi-customers')).toHaveText(
		expected.headline.customers.toLocaleString('en-GB')
	);
	await expect(page.getByTestId('kpi-orders')).toHaveText(
		expected.headline.orders.toLocaleString('en-GB')
	);
}

/** Wait until the overview shows its figures. */
export async function waitForFigures(page: Page) {
	await expect(page.getByTestId('kpi-customers')).toHaveText(/\d/, { timeout: 60_000 });
}

/**
 * The figures and then every part of the overview: it draws its charts in the frames after the
 * figures, so a check of the whole page (axe) waits for the last one, the growth chart.
 */
export async function waitForOverview(page: Page) {
	await waitForFigures(page);
	await expect(page.getByTestId('growth-chart')).toBeVisible();
}

/** Serious or critical accessibility violations found by axe on the current page. */
export async function seriousViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Read the stored datasets straight from IndexedDB. */
export async function storedDatasets(page: Page) {
	return page.evaluate(
		() =>
			new Promise<{ id: string; created: number; status: string; name: string }[]>(
				(resolve, reject) => {
					const open = indexedDB.open('strata');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const tx = open.result.transaction('datasets', 'readonly');
						const all = tx.objectStore('datasets').getAll();
						all.onsuccess = () => {
							resolve(all.result);
							open.result.close();
						};
						all.onerror = () => reject(all.error);
					};
				}
			)
	);
}
