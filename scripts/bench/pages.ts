/**
 * Page benchmarks: the extension point for dashboard benchmarks (scatterplot, tables, …).
 *
 * After each Strata import the harness hands every benchmark below a page showing the overview
 * at the app's base URL, with the freshly imported dataset active, in the context that did the
 * import (so IndexedDB holds the dataset). A benchmark does its thing, measures what it wants and
 * returns seconds; the harness samples peak memory around it and prints a table of the results.
 * Relative URLs resolve against the base URL: `page.goto('segments')` opens `/strata/segments`.
 *
 * To add one, append an object to `pageBenchmarks`. Return timings measured in the page where
 * you can (e.g. `performance.now()` after a navigation), not Node's clock around Playwright calls.
 */
import type { Page } from '@playwright/test';

export interface PageBenchmark {
	/** Short name for the results table. */
	name: string;
	/** Seconds, for a page at the app's base URL with the imported dataset active. */
	run(page: Page): Promise<number>;
}

/** Seconds since the current document's navigation started, read in the page. */
export async function secondsSinceNavigation(page: Page): Promise<number> {
	return page.evaluate(() => performance.now() / 1000);
}

export const pageBenchmarks: PageBenchmark[] = [
	{
		name: 'datasets page: open → table rows',
		async run(page) {
			await page.goto('datasets');
			await page.getByTestId('dataset-row').first().waitFor({ timeout: 60_000 });
			return secondsSinceNavigation(page);
		}
	}
];
