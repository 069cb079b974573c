/**
 * Test files for the browser tests, written to a temporary folder: demo-shop CSVs of any size
 * (from the same generator the app uses), a GBK file with Chinese headers, and the UCI Online
 * Retail data from ../shared/data when it is there.
 */
import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { analyzeOrders } from '../../src/lib/core/analytics/analyze';
import { DEFAULT_SETTINGS } from '../../src/lib/core/analytics/types';
import { writeDemoCsv } from '../../src/lib/core/demo/csv';
import { generateDemoColumns } from '../../src/lib/core/demo/generate';
import { buildOrders } from '../../src/lib/core/orders';
import { encodeGbk } from '../../src/lib/core/csv/gbk.fixture';

const folder = join(tmpdir(), 'strata-e2e');
mkdirSync(folder, { recursive: true });

/** The Node engine's analysis (default settings) of the lines of `demoCsv(rows, seed)`. */
export function demoCsvAnalysis(rows: number, seed = 7): ReturnType<typeof analyzeOrders> {
	const columns = generateDemoColumns({ rows, seed });
	return analyzeOrders(
		buildOrders(columns.chunks, columns.orderCount),
		columns.customerIds.length,
		DEFAULT_SETTINGS
	);
}

/** A UCI-shaped demo CSV with exactly `rows` data rows (cached across runs). */
export async function demoCsv(rows: number, seed = 7): Promise<string> {
	const path = join(folder, `demo-${rows}-${seed}.csv`);
	if (existsSync(path) && statSync(path).size > 0) return path;
	const out = createWriteStream(path + '.part');
	writeDemoCsv({ rows, seed }, 'uci', (block) => {
		out.write(block);
	});
	out.end();
	await once(out, 'finish');
	const { renameSync } = await import('node:fs');
	renameSync(path + '.part', path);
	return path;
}

/** A small GBK-encoded export of a Chinese shop: Chinese headers, ￥ amounts, 2024/1/5 dates. */
export function gbkCsv(): string {
	const path = join(folder, 'gbk-shop.csv');
	const rows = [
		'订单编号,会员ID,下单时间,实付金额,省份',
		'A001,会员001,2024/1/5 10:20,￥1,280.00,广东',
		'A002,会员002,2024/1/6,￥99.50,浙江',
		'A003,会员001,2024/2/1,"￥2,000.00",广东',
		'A004,会员003,2024/2/3,-￥99.50,北京',
		'A005,会员003,2024/3/9,￥45.00,北京',
		'A006,,2024/3/9,￥45.00,北京'
	];
	// The unquoted ￥1,280.00 would split at the comma: quote every amount like Excel does.
	const text = rows
		.map((row, i) =>
			i === 0 ? row : row.replace(/,(-?￥[\d,]+\.\d\d),/, ',"$1",').replace(/"+/g, '"')
		)
		.join('\r\n');
	writeFileSync(path, encodeGbk(text + '\r\n'));
	return path;
}

/** A CSV where most rows have unreadable dates. */
export function mostlyBadCsv(): string {
	const path = join(folder, 'mostly-bad.csv');
	const lines = ['customer_id,order_date,amount'];
	for (let i = 0; i < 30; i++) lines.push(`C${i},not a date,10.00`);
	for (let i = 0; i < 10; i++) lines.push(`C${i},2024-01-0${(i % 9) + 1},10.00`);
	writeFileSync(path, lines.join('\n') + '\n');
	return path;
}

/** The UCI Online Retail CSV, decompressed once, or null when ../shared/data is absent. */
export async function uciCsv(): Promise<string | null> {
	const source = join(
		process.cwd(),
		'..',
		'shared',
		'data',
		'uci-online-retail',
		'online_retail.csv.gz'
	);
	if (!existsSync(source)) return null;
	const path = join(folder, 'online_retail.csv');
	if (!existsSync(path)) {
		await pipeline(createReadStream(source), createGunzip(), createWriteStream(path + '.part'));
		const { renameSync } = await import('node:fs');
		renameSync(path + '.part', path);
	}
	return path;
}
