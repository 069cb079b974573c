import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, seriousViolations, test, waitForFigures } from './fixtures';

/**
 * Two monthly exports of one shop that overlap: February's file repeats January's orders J41–J60
 * and adds orders F1–F40 (customers C1–C45, C31–C45 new). Lines: customer, order, date, amount;
 * every order has one or two lines, all amounts whole yuan so nothing is rounded on screen.
 */
type Line = [customer: string, order: string, date: string, amount: number];

function januaryLines(): Line[] {
	const lines: Line[] = [];
	for (let k = 1; k <= 60; k++) {
		const line: Line = [
			`C${(k % 30) + 1}`,
			`J${k}`,
			`2024-01-${String((k % 28) + 1).padStart(2, '0')}`,
			((k * 7) % 50) + 5
		];
		lines.push(line);
		if (k % 3 === 0) lines.push([line[0], line[1], line[2], 3]);
	}
	return lines;
}

function februaryLines(): Line[] {
	const repeated = januaryLines().filter(([, order]) => Number(order.slice(1)) > 40);
	const fresh: Line[] = [];
	for (let k = 1; k <= 40; k++) {
		fresh.push([
			`C${(k % 45) + 1}`,
			`F${k}`,
			`2024-02-${String((k % 28) + 1).padStart(2, '0')}`,
			((k * 11) % 60) + 10
		]);
	}
	return [...repeated, ...fresh];
}

function csvFile(name: string, lines: Line[]): string {
	const folder = join(tmpdir(), 'strata-e2e');
	mkdirSync(folder, { recursive: true });
	const path = join(folder, name);
	const text = ['customer_id,order_id,order_date,amount', ...lines.map((l) => l.join(','))];
	writeFileSync(path, text.join('\n') + '\n');
	return path;
}

/**
 * Customers, orders and revenue of files read in turn, each (customer, order) counted with the
 * lines of the first file that has it: the dedupe rule, restated by hand.
 */
function expectedFigures(files: Line[][]) {
	const firstFile = new Map<string, number>();
	const customers = new Set<string>();
	let revenue = 0;
	files.forEach((lines, f) => {
		for (const [customer, order, , amount] of lines) {
			const key = `${customer}|${order}`;
			if ((firstFile.get(key) ?? f) !== f) continue;
			firstFile.set(key, f);
			customers.add(customer);
			revenue += amount;
		}
	});
	return { customers: customers.size, orders: firstFile.size, revenue };
}

async function importFile(page: Page, path: string, target: string | null, source: string) {
	await page.goto('./import');
	await page.getByTestId('file-input').setInputFiles(path);
	await expect(page.getByTestId('column-mapping')).toBeVisible();
	if (target) {
		await page.getByTestId('import-target').selectOption({ label: target });
		await expect(page.getByTestId('dataset-name')).toHaveCount(0);
		await expect(page.getByTestId('append-note')).toContainText(target);
	} else {
		await page.getByTestId('dataset-name').fill(source === 'union' ? 'Union' : 'Channels');
	}
	await page.getByTestId('import-source').fill(source);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
}

async function figures(page: Page) {
	await waitForFigures(page);
	const read = async (id: string) => {
		const el = page.getByTestId(id);
		const text = (await el.getAttribute('data-exact')) ?? (await el.textContent()) ?? '';
		return Number(text.replace(/[^\d.-]/g, ''));
	};
	return {
		customers: await read('kpi-customers'),
		orders: await read('kpi-orders'),
		revenue: await read('kpi-revenue')
	};
}

/** Everything stored for a dataset (record, chunks, dictionaries), as JSON, read in the page. */
async function storedDataset(page: Page, name: string) {
	return page.evaluate(
		(wanted) =>
			new Promise<string>((resolve, reject) => {
				const open = indexedDB.open('strata');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(['datasets', 'chunks', 'dictionaries'], 'readonly');
					const all = tx.objectStore('datasets').getAll();
					all.onsuccess = () => {
						const record = all.result.find((d: { name: string }) => d.name === wanted);
						const chunks = tx.objectStore('chunks').index('datasetId').getAll(record.id);
						const dictionaries = tx.objectStore('dictionaries').get(record.id);
						tx.oncomplete = () => {
							const plain = (value: unknown) =>
								JSON.stringify(value, (_, v) =>
									ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v
								);
							resolve(plain({ record, chunks: chunks.result, dictionaries: dictionaries.result }));
							db.close();
						};
					};
				};
			}),
		name
	);
}

test('appending an overlapping export equals importing the union once', async ({ page }) => {
	const january = januaryLines();
	const february = februaryLines();
	const expected = expectedFigures([january, february]);
	// By hand as well: 60 + 40 orders; customers C1–C30 and C2–C41 → C1–C41.
	expect(expected).toMatchObject({ customers: 41, orders: 100 });

	await page.goto('./');
	await waitForFigures(page);
	await importFile(page, csvFile('jan.csv', january), null, '天猫旗舰店');
	await waitForFigures(page);
	await importFile(page, csvFile('feb.csv', february), 'Channels', '门店 POS');
	const appended = await figures(page);
	expect(appended).toEqual(expected);

	// The union of both files (February's repeats left out), imported once as its own dataset.
	const union = [...january, ...february.filter(([, order]) => order.startsWith('F'))];
	await importFile(page, csvFile('union.csv', union), null, 'union');
	expect(await figures(page)).toEqual(expected);

	// Sources of the appended dataset, and its channel mix.
	await page.goto('./datasets');
	const rows = page.getByRole('table', { name: /Channels/ }).getByTestId('source-row');
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(0)).toHaveAttribute('data-source', '天猫旗舰店');
	await expect(rows.nth(0).getByTestId('source-rows')).toHaveText(String(january.length));
	await expect(rows.nth(1).getByTestId('source-rows')).toHaveText('40');
	await page.goto('./');
	await page.getByTestId('dataset-switcher').selectOption({ label: 'Channels' });
	await waitForFigures(page);
	const janCustomers = new Set(january.map((l) => l[0]));
	const febCustomers = new Set(february.filter((l) => l[1].startsWith('F')).map((l) => l[0]));
	const both = [...janCustomers].filter((c) => febCustomers.has(c)).length;
	await expect(page.getByTestId('kpi-multi-channel')).toHaveText(String(both));

	// The customers page filtered by source keeps the customers with a line of it: C2–C41 in POS.
	await page.goto('./customers');
	await page.getByTestId('source-filter').selectOption('门店 POS');
	await expect(page).toHaveURL(/source=/);
	await expect(page.getByTestId('customers-count')).toHaveAttribute(
		'data-shown',
		String(febCustomers.size)
	);
	expect(await seriousViolations(page)).toEqual([]);
	await page.goto('./datasets');
	expect(await seriousViolations(page)).toEqual([]);
	await page.goto('./segments');
	await expect(page.getByTestId('source-split-segments')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});

test('appending a file whose rows are all bad leaves the dataset unchanged', async ({ page }) => {
	await page.goto('./');
	await waitForFigures(page);
	await importFile(page, csvFile('jan.csv', januaryLines()), null, '天猫旗舰店');
	await waitForFigures(page);
	const before = await storedDataset(page, 'Channels');
	const bad = csvFile('bad.csv', [
		['C1', 'X1', 'not a date', 10],
		['C2', 'X2', '2024-13-45', 20],
		['', 'X3', '2024-02-01', 30]
	]);
	await importFile(page, bad, 'Channels', 'bad');
	await expect(page.getByTestId('import-message')).toContainText('Nothing was stored');
	expect(await storedDataset(page, 'Channels')).toEqual(before);
});
