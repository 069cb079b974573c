/**
 * Excel import benchmark (issue 13): the same demo rows as an .xlsx (shared strings, date-styled
 * serials, numbers — the way Excel writes them) and as a CSV, each taken from file bytes to
 * figures: read (the .xlsx through its adapter), import, orders, RFM analysis. Node, one thread:
 * the worker runs the same code. Prints times and memory; asserts nothing.
 *
 *   npx tsx scripts/bench/xlsx.ts [--rows 100000] [--runs 3]
 *
 * `--rows 1000000` shows the memory a million-row workbook needs (the README quotes it).
 */
import { performance } from 'node:perf_hooks';
import { strToU8, zipSync } from 'fflate';
import { analyze } from '../../src/lib/core/analytics/analyze';
import { prepare } from '../../src/lib/core/analytics/prepare';
import { DEFAULT_SETTINGS } from '../../src/lib/core/analytics/types';
import { isoFromDay } from '../../src/lib/core/calendar';
import type { ImportResult } from '../../src/lib/core/csv/importer';
import { importBytes, sniffFile } from '../../src/lib/core/csv/importer';
import { concatBytes } from '../../src/lib/core/backup/bytes';
import { generateDemoColumns } from '../../src/lib/core/demo/generate';
import { buildOrders } from '../../src/lib/core/orders';
import { importGuessed, sniffWorkbook } from '../../src/lib/core/xlsx/source';

const argument = (flag: string, fallback: number) => {
	const at = process.argv.indexOf(flag);
	return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const rows = argument('--rows', 100_000);
const runs = argument('--runs', 3);
const SAMPLE = 512 * 1024;
/** Excel's serial of 1970-01-01 (day number 0). */
const SERIAL_1970 = 25_569;

/** The demo's first `rows` lines as CSV text and as an .xlsx, cell for cell the same values. */
function files(): { csv: Uint8Array; xlsx: Uint8Array } {
	const demo = generateDemoColumns({ rows });
	const encoder = new TextEncoder();
	const csv: Uint8Array[] = [encoder.encode('customer,date,amount\n')];
	const sheet: Uint8Array[] = [
		strToU8(
			'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
				'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
		)
	];
	const shared = ['customer', 'date', 'amount'];
	const sharedIndex = new Map<number, number>();
	let r = 1;
	for (const chunk of demo.chunks) {
		let csvBlock = '';
		let xmlBlock = '';
		for (let i = 0; i < chunk.customer.length && r <= rows; i++) {
			r++;
			const customer = chunk.customer[i];
			let s = sharedIndex.get(customer);
			if (s === undefined) {
				s = shared.push(demo.customerIds[customer]) - 1;
				sharedIndex.set(customer, s);
			}
			const amount = String(chunk.amountCents[i] / 100);
			csvBlock += `${demo.customerIds[customer]},${isoFromDay(chunk.day[i])},${amount}\n`;
			xmlBlock +=
				`<row r="${r}"><c r="A${r}" t="s"><v>${s}</v></c>` +
				`<c r="B${r}" s="1"><v>${chunk.day[i] + SERIAL_1970}</v></c>` +
				`<c r="C${r}"><v>${amount}</v></c></row>`;
		}
		csv.push(encoder.encode(csvBlock));
		sheet.push(encoder.encode(xmlBlock));
	}
	sheet.push(strToU8('</sheetData></worksheet>'));
	const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
	const xlsx = zipSync({
		'[Content_Types].xml': strToU8('<Types/>'),
		'xl/workbook.xml': strToU8(
			`<workbook xmlns:r="${rel}"><sheets><sheet name="Orders" sheetId="1" r:id="rId1"/></sheets></workbook>`
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			`<Relationships><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
		),
		'xl/styles.xml': strToU8(
			'<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>'
		),
		'xl/sharedStrings.xml': strToU8(
			`<sst>${shared.map((text) => `<si><t>${text}</t></si>`).join('')}</sst>`
		),
		'xl/worksheets/sheet1.xml': concatBytes(sheet)
	});
	return { csv: concatBytes(csv), xlsx };
}

/** File bytes → figures: sniff, import, orders, analysis. */
function toFigures(
	bytes: Uint8Array,
	kind: 'xlsx' | 'csv'
): { result: ImportResult; customers: number } {
	const today = 30_000;
	let result: ImportResult;
	if (kind === 'xlsx') {
		const sniffed = sniffWorkbook(bytes, {}, SAMPLE);
		if (!sniffed) throw new Error('not a workbook');
		result = importGuessed(bytes, sniffed, today);
	} else {
		const sniff = sniffFile(bytes.subarray(0, SAMPLE), bytes.length);
		result = importBytes(bytes, {
			encoding: sniff.encoding.encoding,
			delimiter: sniff.delimiter.delimiter,
			mapping: sniff.mapping,
			dateFormat: { dayOrder: sniff.dateFormat.dayOrder, excelEpoch: 1900 },
			decimalSeparator: sniff.decimalSeparator.decimalSeparator,
			asOfDay: today,
			todayDay: today
		});
	}
	const customers = result.customerIds.length;
	analyze(prepare(buildOrders(result.chunks, result.orderCount), customers), DEFAULT_SETTINGS, []);
	return { result, customers };
}

const { csv, xlsx } = files();
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
console.log(
	`Excel import: ${rows.toLocaleString('en')} rows — .xlsx ${mb(xlsx.length)}, CSV ${mb(csv.length)}`
);
const seen: Record<string, string> = {};
for (const kind of ['xlsx', 'csv'] as const) {
	const times: number[] = [];
	let peak = 0;
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		const { result, customers } = toFigures(kind === 'xlsx' ? xlsx : csv, kind);
		times.push(performance.now() - t0);
		peak = Math.max(peak, process.memoryUsage().rss);
		seen[kind] =
			`${result.report.imported} lines, ${customers} customers, ${result.orderCount} orders`;
	}
	times.sort((a, b) => a - b);
	console.log(
		`  ${kind.padEnd(5)} file → figures  median ${times[Math.floor(times.length / 2)].toFixed(0).padStart(6)} ms` +
			`   best ${times[0].toFixed(0).padStart(6)} ms   rss ${mb(peak)}   (${seen[kind]})`
	);
}
if (seen.xlsx !== seen.csv)
	throw new Error(`the .xlsx and the CSV differ: ${seen.xlsx} vs ${seen.csv}`);
