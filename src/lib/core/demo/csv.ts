/**
 * The demo dataset as CSV text, written in blocks so files of any size stream through a small
 * buffer. Three shapes: `uci` mimics the UCI Online Retail export (the benchmark's reference),
 * `simple` is one tidy row per line with ISO dates and line amounts, and `shop` is a web-shop
 * export (the benchmark's second shape): e-mail addresses as customer ids, quoted product names
 * with commas and `""` quotes, quantity × unit price, eight columns of which five are used.
 */
import { isoFromDay, ymdFromDay } from '../calendar';
import type { DayNumber } from '../calendar';
import {
	DEMO_CATEGORIES,
	DEMO_CHANNELS,
	DEMO_CITIES,
	DEMO_COUNTRIES,
	DEMO_PRODUCTS
} from './catalog';
import { INVOICE_BASE, openDemoLines } from './stream';
import type { DemoOptions } from './stream';

export type DemoCsvFormat = 'uci' | 'simple' | 'shop';

/** Header row of each format. */
export const DEMO_CSV_HEADERS: Record<DemoCsvFormat, string> = {
	uci: 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country',
	simple: 'order_id,customer_id,order_date,amount,country,city,channel,category',
	shop: 'Order ID,Email,Created At,Product,SKU,Quantity,Unit Price,Channel'
};

/** Counts of a written file. */
export interface DemoCsvSummary {
	/** Data rows, without the header. */
	rows: number;
	customers: number;
	orders: number;
	/** Characters written; equal to bytes, as all demo text is ASCII. */
	characters: number;
	firstDay: DayNumber;
	lastDay: DayNumber;
}

/**
 * Write the demo as CSV: the header and then blocks of up to `blockRows` rows, each handed to
 * `write` (which may write it to a file synchronously). Returns the counts.
 * @example
 * let text = '';
 * writeDemoCsv({ rows: 2, seed: 1 }, 'simple', (block) => (text += block));
 * // text → 'order_id,customer_id,order_date,amount,country,city,channel,category\n' +
 * //   'O500001,C00001,2024-05-17,22.50,United Kingdom,Bristol,Marketplace,Candles and Scents\n' +
 * //   'O500001,C00001,2024-05-17,11.00,United Kingdom,Bristol,Marketplace,Kitchen\n'
 */
export function writeDemoCsv(
	options: DemoOptions,
	format: DemoCsvFormat,
	write: (block: string) => void,
	blockRows = 16_384
): DemoCsvSummary {
	const stream = openDemoLines(options);
	const line = stream.line;
	const uci = format === 'uci';
	const shop = format === 'shop';
	// Every repeated text is built once: dates per day, times per minute, names per index.
	const dayTexts: string[] = [];
	for (let day = stream.firstDay; day <= stream.lastDay; day++) {
		dayTexts.push(uci ? uciDayText(day) + ' ' : isoFromDay(day) + (shop ? ' ' : ''));
	}
	const minuteTexts =
		uci || shop
			? Array.from({ length: 1440 }, (_, m) =>
					uci
						? `${Math.floor(m / 60)}:${pad2(m % 60)}`
						: `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}:00`
				)
			: [];
	const shopProducts = shop ? DEMO_PRODUCTS.map(shopProductCells) : [];
	const emails: string[] = [];
	const countries = DEMO_COUNTRIES;
	const cities = DEMO_CITIES.map((c) => c.name);
	const channels = DEMO_CHANNELS.map((c) => c.name);
	const productCells = DEMO_PRODUCTS.map((p) => `${p.code},${p.name},`);
	const priceCells = DEMO_PRODUCTS.map((p) => ',' + centsText(p.priceCents) + ',');

	let characters = 0;
	let rows = 0;
	let block = DEMO_CSV_HEADERS[format] + '\n';
	let blockCount = 0;
	while (stream.next()) {
		const invoice = INVOICE_BASE + line.order;
		const customerId = stream.customerIds[line.customer];
		if (shop) {
			const email = (emails[line.customer] ??= shopEmail(customerId));
			block +=
				'#' +
				invoice +
				(line.isReturn ? '-R' : '') +
				',' +
				email +
				',' +
				dayTexts[line.day - stream.firstDay] +
				minuteTexts[line.minute] +
				shopProducts[line.product] +
				line.quantity +
				',' +
				centsText(line.unitPriceCents) +
				',' +
				channels[line.channel] +
				'\n';
		} else if (uci) {
			block +=
				(line.isReturn ? 'C' : '') +
				invoice +
				',' +
				productCells[line.product] +
				line.quantity +
				',' +
				dayTexts[line.day - stream.firstDay] +
				minuteTexts[line.minute] +
				priceCells[line.product] +
				customerId +
				',' +
				countries[line.country] +
				'\n';
		} else {
			block +=
				(line.isReturn ? 'R' : 'O') +
				invoice +
				',' +
				customerId +
				',' +
				dayTexts[line.day - stream.firstDay] +
				',' +
				centsText(line.amountCents) +
				',' +
				countries[line.country] +
				',' +
				cities[line.city] +
				',' +
				channels[line.channel] +
				',' +
				DEMO_CATEGORIES[line.category] +
				'\n';
		}
		rows++;
		if (++blockCount === blockRows) {
			characters += block.length;
			write(block);
			block = '';
			blockCount = 0;
		}
	}
	if (block.length > 0) {
		characters += block.length;
		write(block);
	}
	return {
		rows,
		customers: stream.customerIds.length,
		orders: stream.orderCount,
		characters,
		firstDay: stream.firstDay,
		lastDay: stream.lastDay
	};
}

/**
 * The whole demo CSV as one string — for tests and small files only.
 * @example demoCsvText({ rows: 2 }, 'uci').split('\n').length // → 4 (header, 2 rows, final '')
 */
export function demoCsvText(options: DemoOptions, format: DemoCsvFormat): string {
	const blocks: string[] = [];
	writeDemoCsv(options, format, (block) => blocks.push(block));
	return blocks.join('');
}

/**
 * UCI-style invoice date `M/D/YYYY H:MM` of a day and a minute of the day.
 * @example uciDateText(14944, 506) // → '12/1/2010 8:26'
 */
export function uciDateText(day: DayNumber, minute: number): string {
	return `${uciDayText(day)} ${Math.floor(minute / 60)}:${pad2(minute % 60)}`;
}

/**
 * Integer cents as a decimal text with two places, exactly (no floating point).
 * @example centsText(-1250) // → '-12.50'
 * @example centsText(5) // → '0.05'
 */
export function centsText(cents: number): string {
	const magnitude = Math.abs(cents);
	const whole = Math.floor(magnitude / 100);
	return (cents < 0 ? '-' : '') + whole + '.' + pad2(magnitude - whole * 100);
}

/**
 * The `shop` shape's e-mail address of a demo customer id.
 * @example shopEmail('C00042') // → 'c00042.buyer@example.com'
 */
export function shopEmail(customerId: string): string {
	return `${customerId.toLowerCase()}.buyer@example.com`;
}

/**
 * The `shop` shape's product and SKU cells (with the commas around them): the name quoted, with
 * a comma and a `""`-escaped quote in it, as shop exports write long product titles.
 * @example shopProductCells({ code: '85123A', name: 'Candle' }) // → ',"Candle ""Classic"", 1 pc",85123A,'
 */
export function shopProductCells(product: { code: string; name: string }): string {
	return `,"${product.name.replaceAll('"', '""')} ""Classic"", 1 pc",${product.code},`;
}

function uciDayText(day: DayNumber): string {
	const { year, month, day: dayOfMonth } = ymdFromDay(day);
	return `${month}/${dayOfMonth}/${year}`;
}

function pad2(value: number): string {
	return value < 10 ? '0' + value : String(value);
}
