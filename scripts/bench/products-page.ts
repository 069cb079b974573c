/**
 * Products page benchmark (issue 12), on its own: the app in build/ (BASE_PATH=/strata) served on
 * 127.0.0.1, system Chromium, a fresh profile. Opens the demo, or imports `--file` (e.g. the 1M-line
 * `.bench/uci-1000000.csv`), then times `openProductsCached`: navigation → first pair row with
 * the results cached (a new document; a click on the Products link). Prints seconds and the load average; asserts nothing.
 *
 *   BASE_PATH=/strata npx vite build && npx tsx scripts/bench/products-page.ts [--port 4216] [--file path]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { BASE_PATH } from './app-server';
import { openProductsCached } from './pages';
import { serveFolders } from './server';

const argument = (flag: string) => {
	const at = process.argv.indexOf(flag);
	return at >= 0 ? process.argv[at + 1] : undefined;
};
const port = Number(argument('--port') ?? 4216);
const file = argument('--file');
const load = () =>
	loadavg()
		.map((v) => v.toFixed(1))
		.join(' ');

const root = join(import.meta.dirname, '../..');
const server = await serveFolders([[`${BASE_PATH}/`, join(root, 'build')]], port);
const profile = mkdtempSync(join(tmpdir(), 'strata-products-bench-'));
const context = await chromium.launchPersistentContext(profile, {
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
	baseURL: `${server.origin}${BASE_PATH}/`
});
try {
	const page = context.pages()[0] ?? (await context.newPage());
	const figures = () =>
		page.getByTestId('kpi-customers').filter({ hasText: /\d/ }).waitFor({ timeout: 600_000 });
	await page.goto('./');
	await figures();
	if (file) {
		await page.goto('import');
		await page.getByTestId('file-input').setInputFiles(file);
		const button = page.getByRole('button', { name: 'Import', exact: true });
		await button.waitFor({ timeout: 120_000 });
		await button.click();
		await page.waitForURL(/\/strata\/$/, { timeout: 600_000 });
		await figures();
	}
	const { document, link } = await openProductsCached(page, 600_000);
	const baskets = await page.getByTestId('products-baskets').textContent();
	const ms = (seconds: number) => `${(seconds * 1000).toFixed(0)} ms`;
	console.log(
		`products page, ${file ?? 'demo'} (${baskets} baskets), results cached: navigation (new document) → pairs table ` +
			`visible ${ms(document)}; Products link click → pairs table visible ${ms(link)}; ` +
			`load average ${load()}`
	);
} finally {
	await context.close();
	await server.close();
	rmSync(profile, { recursive: true, force: true });
}
