/**
 * Backup and restore speed of the `.strata` format, printed (never asserted): the demo shop and a
 * 1M-line demo-shaped dataset, with and without a password. Runs the same core/backup code the
 * worker runs, in Node (Web Crypto and CompressionStream as in the browser), reading chunks one at
 * a time as the worker reads them from IndexedDB; IndexedDB itself is not timed.
 *
 *   npx tsx scripts/bench/backup.ts [--sizes demo,1m]
 */
import type { LineChunk } from '../../src/lib/core/columns';
import { readBackup, writeBackup, type BackupPlatform } from '../../src/lib/core/backup';
import { generateDemo } from '../../src/lib/core/demo/generate';

const platform: BackupPlatform = {
	subtle: crypto.subtle,
	randomBytes: (count) => crypto.getRandomValues(new Uint8Array(count)),
	gzip: () => new CompressionStream('gzip') as unknown as ReturnType<BackupPlatform['gzip']>,
	gunzip: () => new DecompressionStream('gzip') as unknown as ReturnType<BackupPlatform['gunzip']>
};

function dataset(label: string) {
	const chunks: LineChunk[] = [];
	const rows = label === 'demo' ? undefined : Number(label.replace(/m$/i, '')) * 1e6;
	const summary = generateDemo(rows ? { rows } : {}, (chunk) => chunks.push(chunk));
	return { chunks, summary };
}

async function run(label: string, password: string) {
	const { chunks, summary } = dataset(label);
	const t0 = performance.now();
	const stream = await writeBackup(
		{
			dataset: { name: label, rowCount: summary.lineCount, currency: 'GBP' },
			settings: { settings: {}, extras: {} },
			dictionaries: { customerIds: summary.customerIds, attributes: summary.attributes },
			chunkCount: chunks.length,
			chunk: async (index) => ({ index, ...chunks[index] })
		},
		{ platform, app: 'bench', password }
	);
	const file = await new Response(stream).blob();
	const backupSeconds = (performance.now() - t0) / 1000;
	const t1 = performance.now();
	let lines = 0;
	await readBackup(
		file.stream(),
		{ platform, password },
		{
			dataset: async () => undefined,
			settings: async () => undefined,
			loop: async () => undefined,
			dictionaries: async () => undefined,
			chunk: async (record) => void (lines += (record.customer as Int32Array).length)
		}
	);
	const restoreSeconds = (performance.now() - t1) / 1000;
	if (lines !== summary.lineCount)
		throw new Error(`restored ${lines} of ${summary.lineCount} lines`);
	const raw = chunks.reduce(
		(sum, c) =>
			sum +
			c.customer.byteLength +
			c.day.byteLength +
			c.amountCents.byteLength +
			c.order.byteLength +
			c.attributes.reduce((s, a) => s + a.byteLength, 0),
		0
	);
	console.log(
		[
			label.padEnd(5),
			String(summary.lineCount).padStart(9),
			(password ? 'password' : 'plain').padEnd(9),
			`${backupSeconds.toFixed(2)} s`.padStart(8),
			`${restoreSeconds.toFixed(2)} s`.padStart(8),
			`${(file.size / 1e6).toFixed(1)} MB`.padStart(9),
			`${(raw / 1e6).toFixed(1)} MB`.padStart(9)
		].join('  ')
	);
}

const sizesArg = process.argv.indexOf('--sizes');
const sizes = sizesArg > 0 ? process.argv[sizesArg + 1].split(',') : ['demo', '1m'];
console.log('size       lines  mode       backup   restore       file  columns');
for (const size of sizes) {
	for (const password of ['', 'correct horse battery staple']) await run(size, password);
}
