import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tests/chromium.mjs';

/** The built site is served under this base path, as on GitHub Pages. */
export const BASE_PATH = '/strata';
// E2E_PORT lets several checkouts run their browser tests side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	timeout: 60_000,
	expect: { timeout: 20_000 },
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}/`,
		viewport: { width: 1280, height: 720 },
		screenshot: 'only-on-failure',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: chromiumPath() ?? undefined,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
		env: { BASE_PATH },
		url: `http://127.0.0.1:${PORT}${BASE_PATH}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
