import { demoCsv } from './data';
import { expect, test, waitForFigures } from './fixtures';

/** Every page, with something on it that only shows once the active dataset's figures are in. */
const PAGES: [path: string, testId: string, pattern: RegExp][] = [
	['./', 'kpi-customers', /\d/],
	['./segments', 'scatter-canvas', /./],
	['./lifecycle', 'as-of', /\d/],
	['./tiers', 'tier-row', /\d/],
	['./customers', 'customers-count', /\d/],
	['./settings', 'settings-effect', /\d/],
	['./datasets', 'dataset-row', /\d/],
	['./import', 'file-input', /^$/]
];

/** Every URL in this origin's Cache Storage. */
function cachedUrls(page: import('@playwright/test').Page) {
	return page.evaluate(async () => {
		const urls: string[] = [];
		for (const name of await caches.keys()) {
			for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
		}
		return urls;
	});
}

test('after one visit every page loads and shows figures with the network off', async ({
	page,
	context,
	baseURL
}) => {
	await page.goto('./');
	await waitForFigures(page);
	// The first install claims the page once the whole app is precached.
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
		timeout: 30_000
	});
	// A file the app did not build (here: served beside it) passes the service worker by and is
	// never cached; blob: URLs of imported files never reach it (unit test of precacheKey).
	const status = await page.evaluate(
		async () => (await fetch('./robots.txt?file=sales.csv')).status
	);
	expect(status).toBe(200);

	const cached = await cachedUrls(page);
	expect(
		cached.some((url) => /\/_app\/immutable\/workers\/analysis\.worker-[\w-]+\.js$/.test(url))
	).toBe(true);
	// … the parse worker it starts for a large file (worker/parallel.ts) …
	expect(
		cached.some((url) => /\/_app\/immutable\/workers\/parse\.worker-[\w-]+\.js$/.test(url))
	).toBe(true);
	// … and the chunks the worker loads lazily (the Parquet reader), so Parquet imports work offline.
	expect(cached.some((url) => /\/_app\/immutable\/workers\/chunks\/[\w-]+\.js$/.test(url))).toBe(
		true
	);
	expect(cached).toContain(`${baseURL}manifest.webmanifest`);
	expect(cached.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
	expect(cached.filter((url) => /\?|\.csv|^blob:/.test(url))).toEqual([]);

	await context.setOffline(true);
	for (const [path, testId, pattern] of PAGES) {
		await page.goto(path);
		const marker = page.getByTestId(testId).first();
		await expect(marker, path).toBeAttached();
		if (testId === 'scatter-canvas') {
			await expect(marker).toHaveAttribute('data-points', /^[1-9]\d*$/);
		} else if (testId !== 'file-input') await expect(marker, path).toHaveText(pattern);
	}
	// An import with the network off: its code is a chunk the analysis worker loads on first use.
	await page.getByTestId('file-input').setInputFiles(await demoCsv(2_000));
	await expect(page.getByTestId('column-mapping')).toBeVisible();
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByTestId('import-done')).toContainText('Imported 2,000 rows');
	await page.goto('./');
	await page.reload();
	await waitForFigures(page);
	await context.setOffline(false);
});

test('the manifest makes Strata installable under the base path', async ({ page, baseURL }) => {
	await page.goto('./');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const url = new URL(href!, page.url()).href;
	expect(url).toBe(`${baseURL}manifest.webmanifest`);
	const manifest = await (await page.request.get(url)).json();
	expect(manifest.name).toBe('Strata');
	expect(new URL(manifest.start_url, url).href).toBe(baseURL);
	expect(new URL(manifest.scope, url).href).toBe(baseURL);
	expect(manifest.display).toBe('standalone');
	const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
	expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
	for (const icon of manifest.icons) {
		const response = await page.request.get(new URL(icon.src, url).href);
		expect(response.ok(), icon.src).toBe(true);
	}
});
