/**
 * Test helper: the CDNOW sample (../shared/data/cdnow, Fader & Hardie) as prepared orders, read
 * straight from the published text file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepare, type PreparedOrders } from '../analytics/prepare';
import { dayFromYmd } from '../calendar';

const DIR = fileURLToPath(new URL('../../../../../shared/data/cdnow/', import.meta.url));

/** Path of a file of the CDNOW folder. */
export const cdnowFile = (name: string) => DIR + name;

/** True when the CDNOW sample is on this machine. */
export const cdnowPresent = existsSync(cdnowFile('CDNOW_sample.txt'));

/** The end of the calibration period of the published fits. */
export const CDNOW_CALIBRATION_END = dayFromYmd(1997, 9, 30);

/** Customer index = sample id − 1; one order per line (amount in cents). */
export function cdnowPrepared(): PreparedOrders {
	const lines = readFileSync(cdnowFile('CDNOW_sample.txt'), 'utf8').trim().split('\n');
	const customer = new Int32Array(lines.length);
	const day = new Int32Array(lines.length);
	const amountCents = new Float64Array(lines.length);
	let customers = 0;
	lines.forEach((line, i) => {
		const [, id, date, , dollars] = line.trim().split(/\s+/);
		customer[i] = Number(id) - 1;
		day[i] = dayFromYmd(
			Number(date.slice(0, 4)),
			Number(date.slice(4, 6)),
			Number(date.slice(6, 8))
		);
		amountCents[i] = Math.round(Number(dollars) * 100);
		customers = Math.max(customers, customer[i] + 1);
	});
	return prepare({ customer, day, amountCents, length: lines.length }, customers);
}

/** Rows of cdnow_customers_summary_with_transactions.csv: [ID, x, t_x, T, zbar]. */
export function cdnowPublishedSummary(): number[][] {
	return readFileSync(cdnowFile('cdnow_customers_summary_with_transactions.csv'), 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => line.split(',').map(Number));
}
