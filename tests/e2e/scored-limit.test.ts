/**
 * How many scored customers a tab imports and shows (README "Bringing warehouse results back").
 * A measurement, not a check: runs only with SCORED_LIMIT=<customers> (e.g. 1000000) and prints
 * the import time and the tab's heap; the test fails only if the overview never shows the count.
 *
 *   SCORED_LIMIT=3000000 E2E_PORT=4184 npx playwright test scored-limit
 */
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, waitForFigures } from './fixtures';

const customers = Number(process.env.SCORED_LIMIT ?? 0);
const SEGMENTS = ['champions', 'loyal', 'potential_loyalist', 'at_risk', 'hibernating', 'lost'];
const TIERS = ['gold', 'silver', 'regular'];
const STAGES = ['new', 'repeat', 'loyal', 'at_risk', 'lost'];

/** A valid scored CSV of `n` synthetic customers, D = 2024-12-31 (cached across runs). */
async function scoredFile(n: number): Promise<string> {
	const path = join(tmpdir(), `strata-scored-${n}.csv`);
	if (existsSync(path) && statSync(path).size > 0) return path;
	const out = createWriteStream(path);
	out.write(
		'customer_id,first_purchase_date,last_purchase_date,recency_days,frequency,monetary,' +
			'r_score,f_score,m_score,fm_score,segment,tier,lifecycle_stage\n'
	);
	const asOf = Date.UTC(2024, 11, 31);
	let block: string[] = [];
	for (let i = 0; i < n; i++) {
		const recency = (i * 7919) % 700;
		const last = new Date(asOf - recency * 86_400_000).toISOString().slice(0, 10);
		const f = 1 + (i % 5);
		const m = 1 + ((i >> 3) % 5);
		block.push(
			`C${i},2022-01-01,${last},${recency},${1 + (i % 9)},${(i % 100000) / 100},` +
				`${1 + (i % 5)},${f},${m},${Math.ceil((f + m) / 2)},${SEGMENTS[i % 6]},${TIERS[i % 3]},${STAGES[i % 5]}`
		);
		if (block.length === 10_000) {
			if (!out.write(block.join('\n') + '\n')) await once(out, 'drain');
			block = [];
		}
	}
	out.write(block.join('\n') + (block.length ? '\n' : ''));
	out.end();
	await once(out, 'finish');
	return path;
}

test('scored customers: import and show at SCORED_LIMIT', async ({ page }) => {
	test.skip(!customers, 'set SCORED_LIMIT=<customers> to measure');
	test.setTimeout(30 * 60_000);
	const path = await scoredFile(customers);
	await page.goto('./');
	await waitForFigures(page);
	await page.goto('./import');
	await page.getByTestId('file-input').setInputFiles(path);
	await expect(page.getByTestId('scored-import')).toBeVisible({ timeout: 120_000 });
	const t0 = Date.now();
	await page.getByTestId('scored-start').click();
	await expect(page.getByTestId('kpi-customers')).toHaveText(customers.toLocaleString('en-GB'), {
		timeout: 25 * 60_000
	});
	const seconds = (Date.now() - t0) / 1000;
	await page.goto('./segments');
	await expect(page.getByTestId('scatter-canvas')).toHaveAttribute(
		'data-points',
		String(customers),
		{
			timeout: 10 * 60_000
		}
	);
	const heap = await page.evaluate(
		() =>
			(performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
			0
	);
	console.log(
		`scored ${customers}: import + overview ${seconds.toFixed(1)} s, page heap ${(heap / 1e6).toFixed(0)} MB`
	);
});
