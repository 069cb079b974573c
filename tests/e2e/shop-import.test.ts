/**
 * A Taobao order report (GBK) through the import page: the preset is named, the status values are
 * listed with their rows and can be toggled, and skipped orders show as "cancelled or unpaid".
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { encodeGbk } from '../../src/lib/core/csv/gbk.fixture';
import { expect, test, waitForFigures } from './fixtures';

function taobaoCsv(): string {
	const folder = join(tmpdir(), 'strata-e2e');
	mkdirSync(folder, { recursive: true });
	const path = join(folder, 'taobao-orders.csv');
	const rows = [
		'订单编号,买家会员名,买家实际支付金额,订单状态,收货地址 ,订单创建时间,订单付款时间 ,宝贝标题 ,宝贝总数量,退款金额',
		'2024030112345,小王,99.00,交易成功,浙江省 杭州市 西湖区,2024-03-01 10:00:00,2024-03-02 10:05:00,龙井茶,2,0.00',
		'2024030512345,小王,50.00,交易成功,浙江省 杭州市 西湖区,2024-03-05 09:00:00,,茶杯,1,20.00',
		'2024030612345,小李,30.00,交易关闭,广东省 深圳市 南山区,2024-03-06 09:00:00,2024-03-06 09:01:00,茶盘,1,30.00',
		'2024030712345,小李,10.00,等待买家付款,广东省 深圳市 南山区,2024-03-07 09:00:00,,茶盘,1,',
		'2024030812345,小张,88.00,已发货,广东省 深圳市 南山区,2024-03-08 09:00:00,2024-03-08 09:30:00,普洱茶,3,'
	];
	writeFileSync(path, encodeGbk(rows.join('\r\n') + '\r\n'));
	return path;
}

test('a Taobao order report: preset named, status values toggled, cancelled or unpaid skipped', async ({
	page
}) => {
	await page.goto('./');
	await waitForFigures(page);
	await page.goto('./import');
	await page.getByTestId('file-input').setInputFiles(taobaoCsv());
	await expect(page.getByTestId('column-mapping')).toBeVisible();
	await expect(page.getByTestId('import-preset')).toContainText('Taobao / Tmall order report');
	await expect(page.getByTestId('map-status')).toHaveValue('订单状态');
	await expect(page.getByTestId('map-refund')).toHaveValue('退款金额');
	await expect(page.getByTestId('map-orderDateFallback')).toHaveValue('订单创建时间');

	const statuses = page.getByTestId('status-value');
	await expect(statuses).toHaveCount(4);
	await expect(statuses.first()).toContainText('交易成功');
	await expect(statuses.first()).toContainText('2');
	const skipped = page.locator('[data-testid="skip-reason"][data-reason="cancelled_or_unpaid"]');
	await expect(skipped).toHaveAttribute('data-count', '2');
	await expect(skipped).toContainText('cancelled or unpaid');

	// The status list, id type and roles pass axe (serious and critical rules).
	const axe = await new AxeBuilder({ page })
		.include('[data-testid="column-mapping"]')
		.include('[data-testid="status-values"]')
		.options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
		.analyze();
	expect(
		axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
	).toEqual([]);

	// Counting 等待买家付款 leaves one order skipped; unticking it again restores two.
	const unpaid = page.getByRole('checkbox', { name: '等待买家付款: counts as a sale' });
	await expect(unpaid).not.toBeChecked();
	await unpaid.check();
	await expect(skipped).toHaveAttribute('data-count', '1');
	await unpaid.uncheck();
	await expect(skipped).toHaveAttribute('data-count', '2');

	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await waitForFigures(page);
	await expect(page.getByTestId('import-done')).toContainText('cancelled or unpaid');
	// 小王 (99.00; 50.00 − 20.00 on the creation day) and 小张 (88.00): 2 customers, 3 orders.
	await expect(page.getByTestId('kpi-customers')).toHaveText('2');
	await expect(page.getByTestId('kpi-orders')).toHaveText('3');
});
