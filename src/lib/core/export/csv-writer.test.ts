import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { dayFromYmd } from '../calendar';
import { analyzeOrders } from '../analytics/analyze';
import { orderTable } from '../analytics/order-table.fixture';
import { DEFAULT_SETTINGS } from '../analytics/types';
import { importBytes, importOptionsFromSniff, sniffFile } from '../csv/importer';
import { rejectedRowsCsv } from '../csv/report';
import { customersCsv } from './customers-csv';
import { csvCell, csvRow, csvText, writeCsv } from './csv-writer';

/** OWASP CSV-injection triggers, each alone, after spaces, and in a payload. */
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];
const PAYLOADS = TRIGGERS.flatMap((t) => [
	`${t}1+1`,
	`  ${t}cmd|' /C calc'!A0`,
	`${t}HYPERLINK("http://evil.example","x")`
]).concat(['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '＝1+1']);

/**
 * Independent check: a cell a spreadsheet would run as a formula is one whose first
 * non-space character, after CSV unquoting, is a trigger.
 */
function runsAsFormula(cell: string): boolean {
	return /^[\s]*[=+\-@\t\r＝＋－＠]/.test(cell);
}

/** Parse CSV text back (papaparse: an independent reader) and list every cell. */
function cells(text: string): string[] {
	const parsed = Papa.parse<string[]>(text.replace(/\r\n$/, ''), {
		header: false,
		delimiter: ',',
		newline: '\r\n'
	});
	return parsed.data.flat();
}

describe('csvText / csvCell / csvRow / writeCsv', () => {
	it.each(PAYLOADS)('guards %j so no cell starts a formula, and reads back to the text', (p) => {
		const written = csvText(p);
		const back = cells(written)[0];
		expect(runsAsFormula(back)).toBe(false);
		expect(back).toBe("'" + p);
	});

	it('leaves harmless text alone and quotes per RFC 4180', () => {
		expect(csvText('C-1')).toBe('C-1');
		expect(csvText('Lee, "Jo"')).toBe('"Lee, ""Jo"""');
		expect(csvText('a\nb')).toBe('"a\nb"');
	});

	it('writes numbers and plain decimals as numbers, everything else as guarded text', () => {
		expect(csvRow([-12.5, { decimal: '-12.50' }, { decimal: '-1+1' }, null, NaN, '@x'])).toBe(
			"-12.5,-12.50,'-1+1,,,'@x"
		);
		expect(csvCell(undefined)).toBe('');
	});

	it('ends every record with CRLF', () => {
		expect(writeCsv(['a', 'b'], [['=1', 2]])).toBe("a,b\r\n'=1,2\r\n");
	});
});

describe('every CSV Strata writes is injection-safe', () => {
	it('the skipped-rows download guards every trigger', () => {
		// Each payload as the customer id of a row skipped for its date.
		const text =
			'customer,date,amount\r\n' +
			PAYLOADS.map((p) => `"${p.replaceAll('"', '""')}",not a date,1`).join('\r\n') +
			'\r\n';
		const clean = new TextEncoder().encode('customer,date,amount\nA,2024-01-05,1\n');
		const options = importOptionsFromSniff(sniffFile(clean, clean.length));
		const result = importBytes(new TextEncoder().encode(text), options);
		expect(result.rejected.records).toHaveLength(PAYLOADS.length);
		const written = cells(rejectedRowsCsv(result.rejected));
		for (const cell of written) expect(runsAsFormula(cell), cell).toBe(false);
		for (const p of PAYLOADS) expect(written).toContain("'" + p);
	});

	it('the customers export guards every trigger in ids', () => {
		const d = dayFromYmd(2024, 1, 5);
		const result = analyzeOrders(
			orderTable(PAYLOADS.map((_, i) => [i, d, 100 + i] as [number, number, number])),
			PAYLOADS.length,
			DEFAULT_SETTINGS
		);
		const written = cells(customersCsv(result, PAYLOADS, 'en'));
		for (const cell of written) expect(runsAsFormula(cell), cell).toBe(false);
		for (const p of PAYLOADS) expect(written).toContain("'" + p);
	});
});
