/**
 * Micro-benchmark of the import core against a bare papaparse parse of the same text.
 * Run: `npx tsx src/lib/core/csv/bench.local.ts [rows]` (default 1,000,000 UCI-like lines).
 * The importer gets the bytes in 8 MB slices, as the worker does; its time includes decoding.
 */
import Papa from 'papaparse';
import { createImporter, importOptionsFromSniff, sniffFile } from './index';

const rows = Number(process.argv[2] ?? 1_000_000);
const descriptions = [
	'WHITE HANGING HEART T-LIGHT HOLDER',
	'WHITE METAL LANTERN',
	'"SET 7 BABUSHKA NESTING BOXES, RED"',
	'CREAM CUPID HEARTS COAT HANGER',
	'KNITTED UNION FLAG HOT WATER BOTTLE'
];
const countries = ['United Kingdom', 'France', 'Germany', 'EIRE', 'Spain', 'Netherlands'];

function generate(n: number): string {
	const parts = [
		'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n'
	];
	let seed = 1;
	// mulberry32: a small seeded generator, so every run sees the same text.
	const random = () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
	let invoice = 536_365;
	let customer = '';
	let cancelled = false;
	for (let i = 0; i < n; i++) {
		// About eight lines per invoice, one customer per invoice (a quarter without an id).
		if (i === 0 || random() < 0.125) {
			invoice++;
			customer = random() < 0.25 ? '' : `${12_346 + Math.floor(random() * 4_300)}.0`;
			cancelled = random() < 0.02;
		}
		const day = 1 + (Math.floor(i / 3000) % 28);
		const month = 1 + (Math.floor(i / 84_000) % 12);
		const price = (Math.floor(random() * 2_000) / 100).toFixed(2);
		const quantity = (cancelled ? -1 : 1) * (1 + Math.floor(random() * 24));
		parts.push(
			`${cancelled ? 'C' : ''}${invoice},${85_000 + (i % 4_000)}A,` +
				`${descriptions[i % descriptions.length]},${quantity},` +
				`${month}/${day}/2011 ${8 + (i % 10)}:${10 + (i % 50)},${price},${customer},` +
				`${countries[Math.floor(random() * random() * countries.length)]}\n`
		);
	}
	return parts.join('');
}

/** Wall-clock and CPU milliseconds of a run (CPU time is steadier on a busy machine). */
function time(label: string, run: () => void): { wall: number; cpu: number } {
	const cpuStart = process.cpuUsage();
	const start = performance.now();
	run();
	const wall = performance.now() - start;
	const used = process.cpuUsage(cpuStart);
	const cpu = (used.user + used.system) / 1000;
	console.log(`${label}: ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU`);
	return { wall, cpu };
}

const text = generate(rows);
const bytes = new TextEncoder().encode(text);
console.log(`${rows.toLocaleString('en')} rows, ${(bytes.length / 1e6).toFixed(1)} MB`);

const sniff = sniffFile(bytes.subarray(0, 1 << 20), bytes.length);
// The first megabyte only has days ≤ 12: ambiguous, so choose as a user would.
const options = {
	...importOptionsFromSniff(sniff),
	dateFormat: { dayOrder: 'mdy', excelEpoch: 1900 }
} as const;
const slice = 8 << 20;
const papa: { wall: number; cpu: number }[] = [];
const ours: { wall: number; cpu: number }[] = [];
const rounds = Number(process.argv[3] ?? 5);
for (let round = 0; round < rounds; round++) {
	papa.push(
		time('papaparse (string, header: false)', () => void Papa.parse(text, { header: false }))
	);
	ours.push(
		time('import pipeline (bytes → chunks)  ', () => {
			const importer = createImporter(options);
			let chunks = 0;
			for (let at = 0; at < bytes.length; at += slice) {
				chunks += importer.push(bytes.subarray(at, at + slice)).length;
			}
			const result = importer.finish();
			chunks += result.chunks.length;
			if (round === 0) {
				const { report } = result;
				console.log(
					`  ${report.imported} imported, ${report.skipped} skipped, ` +
						`${result.customerIds.length} customers, ${result.orderCount} orders, ${chunks} chunks, ` +
						JSON.stringify(Object.keys(report.skippedByReason))
				);
			}
		})
	);
}
const best = (runs: { wall: number; cpu: number }[], key: 'wall' | 'cpu') =>
	Math.min(...runs.map((run) => run[key]));
for (const key of ['wall', 'cpu'] as const) {
	console.log(
		`best of ${rounds} (${key}): papaparse ${best(papa, key).toFixed(0)} ms, ` +
			`pipeline ${best(ours, key).toFixed(0)} ms, ratio ${(best(ours, key) / best(papa, key)).toFixed(2)}`
	);
}
