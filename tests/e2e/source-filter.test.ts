import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, seriousViolations, test, waitForFigures } from './fixtures';

/**
 * Two sources of one shop in one dataset: a shop POS export (customers C2–C25) and a web store
 * export (C16–C35); C16–C25 buy in both. Lines: customer, order, date, amount (whole yuan).
 */
type Line = [customer: string, order: string, date: string, amount: number];

const day2 = (n: number) => String(n).padStart(2, '0');
const shopLines = (): Line[] =>
	Array.from({ length: 36 }, (_, i) => {
		const k = i + 1;
		return [
			`C${(k % 24) + 2}`,
			`S${k}`,
			`2024-0${1 + (k % 3)}-${day2(((k * 5) % 28) + 1)}`,
			((k * 13) % 70) + 5
		];
	});
const webLines = (): Line[] =>
	Array.from({ length: 30 }, (_, i) => {
		const k = i + 1;
		return [
			`C${(k % 20) + 16}`,
			`W${k}`,
			`2024-0${2 + (k % 3)}-${day2(((k * 7) % 28) + 1)}`,
			((k * 17) % 90) + 8
		];
	});

function csvFile(name: string, lines: Line[]): string {
	const folder = join(tmpdir(), 'strata-e2e');
	mkdirSync(folder, { recursive: true });
	const path = join(folder, name);
	const text = ['customer_id,order_id,order_date,amount', ...lines.map((l) => l.join(','))];
	writeFileSync(path, text.join('\n') + '\n');
	return path;
}

/** The default R × FM grid of the README, rows R = 5 … 1, columns FM = 1 … 5. */
const GRID = [
	['new_customers', 'potential_loyalist', 'potential_loyalist', 'champions', 'champions'],
	['promising', 'potential_loyalist', 'potential_loyalist', 'loyal', 'champions'],
	['about_to_sleep', 'need_attention', 'need_attention', 'loyal', 'loyal'],
	['hibernating', 'hibernating', 'at_risk', 'at_risk', 'cant_lose_them'],
	['lost', 'lost', 'at_risk', 'cant_lose_them', 'cant_lose_them']
];

/**
 * Segment and tier of every customer under the default settings, restated from the README's
 * definitions (5 quantile bins; tiers on monetary: Gold ≥ 0.8, Silver ≥ 0.5, Regular).
 */
function layering(files: Line[][]) {
	const orders = new Map<string, { customer: string; day: number; cents: number }>();
	for (const [customer, order, date, amount] of files.flat()) {
		const day = Date.parse(`${date}T00:00:00Z`) / 86_400_000;
		const known = orders.get(`${customer}|${order}`);
		if (known) {
			known.day = Math.min(known.day, day);
			known.cents += amount * 100;
		} else orders.set(`${customer}|${order}`, { customer, day, cents: amount * 100 });
	}
	const asOf = Math.max(...[...orders.values()].filter((o) => o.cents > 0).map((o) => o.day));
	const stats = new Map<string, { last: number; f: number; m: number }>();
	for (const o of orders.values()) {
		const s = stats.get(o.customer) ?? { last: -Infinity, f: 0, m: 0 };
		s.m += o.cents;
		if (o.cents > 0) {
			s.f++;
			s.last = Math.max(s.last, o.day);
		}
		stats.set(o.customer, s);
	}
	const scored = [...stats].filter(([, s]) => s.f > 0);
	const n = scored.length;
	const below = (worse: (a: (typeof scored)[number][1]) => boolean) =>
		scored.filter(([, s]) => worse(s)).length;
	const score = (count: number) => 1 + Math.floor((5 * count) / n);
	const result = new Map<string, { segment: string; tier: string; cents: number }>();
	for (const [customer, s] of scored) {
		const r = score(below((o) => asOf - o.last > asOf - s.last));
		const f = score(below((o) => o.f < s.f));
		const mBelow = below((o) => o.m < s.m);
		const fm = Math.ceil((f + score(mBelow)) / 2);
		const rank = mBelow / n;
		const tier = rank >= 0.8 ? 'gold' : rank >= 0.5 ? 'silver' : 'regular';
		result.set(customer, { segment: GRID[5 - r][fm - 1], tier, cents: s.m });
	}
	return result;
}

/** Customers and revenue (cents) per segment or tier among the customers of one file. */
function expected(files: Line[][], source: Line[], by: 'segment' | 'tier') {
	const members = new Set(source.map((l) => l[0]));
	const groups: Record<string, [number, number]> = {};
	for (const [customer, layer] of layering(files)) {
		if (!members.has(customer)) continue;
		const group = (groups[layer[by]] ??= [0, 0]);
		group[0]++;
		group[1] += layer.cents;
	}
	return groups;
}

async function importFile(page: Page, path: string, target: string | null, source: string) {
	await page.goto('./import');
	await page.getByTestId('file-input').setInputFiles(path);
	await expect(page.getByTestId('column-mapping')).toBeVisible();
	if (target) await page.getByTestId('import-target').selectOption({ label: target });
	else await page.getByTestId('dataset-name').fill('Channels');
	await page.getByTestId('import-source').fill(source);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await waitForFigures(page);
}

/** `[customers, revenue]` per group key shown on the page, groups without customers left out. */
async function shown(page: Page, testid: string) {
	const rows = await page
		.getByTestId(testid)
		.evaluateAll((list) =>
			list.map((e) => [
				e.getAttribute('data-key') ?? '',
				[Number(e.getAttribute('data-customers')), Number(e.getAttribute('data-revenue'))]
			])
		);
	return Object.fromEntries(rows.filter(([, [customers]]) => (customers as number) > 0));
}

test('segments and tiers filtered by source count that source’s customers', async ({ page }) => {
	const shop = shopLines();
	const web = webLines();
	const files = [shop, web];
	await page.goto('./');
	await waitForFigures(page);
	await importFile(page, csvFile('shop.csv', shop), null, '门店 POS');
	await importFile(page, csvFile('web.csv', web), 'Channels', 'web');

	// Segments: pick the web store; the cards count only its customers, with all their purchases.
	await page.goto('./segments');
	await page.getByTestId('source-filter').selectOption('web');
	await expect(page).toHaveURL(/source=web/);
	const webCustomers = new Set(web.map((l) => l[0])).size;
	await expect(page.getByTestId('source-filtered')).toContainText(`only the ${webCustomers}`);
	const webSegments = expected(files, web, 'segment');
	// The fixture spreads the web store's customers over several segments (else the test proves little).
	expect(Object.keys(webSegments).length).toBeGreaterThanOrEqual(3);
	await expect.poll(() => shown(page, 'segment-card')).toEqual(webSegments);
	const showCustomers = page
		.getByTestId('segment-card')
		.first()
		.getByRole('link', { name: 'Show customers' });
	await expect(showCustomers).toHaveAttribute('href', /source=web/);
	expect(await seriousViolations(page)).toEqual([]);

	// The shop's view, then back to every source.
	await page.getByTestId('source-filter').selectOption('门店 POS');
	await expect.poll(() => shown(page, 'segment-card')).toEqual(expected(files, shop, 'segment'));
	await page.getByTestId('source-filter').selectOption('');
	await expect(page.getByTestId('source-filtered')).toHaveCount(0);
	await expect
		.poll(() => shown(page, 'segment-card'))
		.toEqual(expected(files, [...shop, ...web], 'segment'));

	// Tiers: the same for the shop, and its links carry the source into /customers.
	await page.goto('./tiers');
	await page.getByTestId('source-filter').selectOption('门店 POS');
	await expect(page).toHaveURL(/source=/);
	const shopTiers = expected(files, shop, 'tier');
	await expect.poll(() => shown(page, 'tier-row')).toEqual(shopTiers);
	expect(await seriousViolations(page)).toEqual([]);
	const silver = page.locator('[data-testid="tier-row"][data-key="silver"]');
	await silver.getByTestId('tier-customers-link').click();
	await expect(page).toHaveURL(/tier=silver/);
	await expect(page).toHaveURL(/source=/);
	await expect(page.getByTestId('customers-count')).toHaveAttribute(
		'data-shown',
		String(shopTiers.silver[0])
	);
});
