/**
 * The demo dataset straight into columns: `LineChunk`s of `CHUNK_ROWS` lines plus dictionaries,
 * without one object per line. Attribute dictionaries list values in order of first appearance,
 * exactly as an importer reading the same data as CSV would build them.
 */
import { CHUNK_ROWS } from '../columns';
import type { DatasetColumns, DatasetDictionaries, LineChunk, ProductDictionary } from '../columns';
import type { DayNumber } from '../calendar';
import { DEMO_PRODUCTS, demoNames } from './catalog';
import type { DemoLanguage, DemoNames } from './catalog';
import { openDemoLines } from './stream';
import type { DemoOptions } from './stream';

/** Attribute columns of the demo, in the order of `LineChunk.attributes`. */
export const DEMO_ATTRIBUTES = ['country', 'city', 'channel', 'category', 'product'] as const;

/** What a finished generation produced besides its chunks. */
export interface DemoSummary extends DatasetDictionaries {
	orderCount: number;
	lineCount: number;
	/** Lines with a negative amount. */
	returnLineCount: number;
	chunkCount: number;
	/** First and last calendar day of the window (the data may start or end a little inside). */
	firstDay: DayNumber;
	lastDay: DayNumber;
}

/**
 * Generate the demo into columnar chunks, handing each full chunk (and the final partial one) to
 * `onChunk` as soon as it is filled; returns dictionaries and counts. Arrays of a chunk are fresh
 * and exactly sized, so a worker can transfer them.
 * @example
 * const chunks: LineChunk[] = [];
 * const summary = generateDemo({ customers: 100, seed: 7 }, (chunk) => chunks.push(chunk));
 * // summary.customerIds[0] → 'C00001'; summary.attributes[0] → { name: 'country', values: [...] }
 */
export function generateDemo(
	options: DemoOptions & { language?: DemoLanguage },
	onChunk: (chunk: LineChunk) => void
): DemoSummary {
	const stream = openDemoLines(options);
	const line = stream.line;
	const names = demoNames(options.language);
	const country = new FirstSeen(names.countries);
	const city = new FirstSeen(names.cities);
	const channel = new FirstSeen(names.channels);
	const category = new FirstSeen(names.categories);
	const product = new FirstSeen(names.products);
	const dictionaries = [country, city, channel, category, product];
	// The product column (issue 12): catalogue codes as ids, numbered in order of first sight.
	const productCode = new FirstSeen(DEMO_PRODUCTS.map((p) => p.code));

	let chunkCount = 0;
	let returnLineCount = 0;
	let lineCount = 0;
	let remaining = stream.totalLines;
	while (remaining > 0) {
		const size = Math.min(CHUNK_ROWS, remaining);
		const chunk: LineChunk = {
			customer: new Int32Array(size),
			day: new Int32Array(size),
			amountCents: new Float64Array(size),
			order: new Int32Array(size),
			attributes: DEMO_ATTRIBUTES.map(() => new Int32Array(size)),
			product: new Int32Array(size),
			quantity: new Float64Array(size)
		};
		const productColumn = chunk.product as Int32Array;
		const quantityColumn = chunk.quantity as Float64Array;
		const [countries, cities, channels, categories, products] = chunk.attributes;
		for (let i = 0; i < size; i++) {
			if (!stream.next()) throw new Error('demo stream ended before its announced length');
			chunk.customer[i] = line.customer;
			chunk.day[i] = line.day;
			chunk.amountCents[i] = line.amountCents;
			chunk.order[i] = line.order;
			if (line.amountCents < 0) returnLineCount++;
			countries[i] = country.indexOf(line.country);
			cities[i] = city.indexOf(line.city);
			channels[i] = channel.indexOf(line.channel);
			categories[i] = category.indexOf(line.category);
			products[i] = product.indexOf(line.product);
			productColumn[i] = productCode.indexOf(line.product);
			quantityColumn[i] = line.quantity;
		}
		remaining -= size;
		lineCount += size;
		chunkCount++;
		onChunk(chunk);
	}
	return {
		customerIds: [...stream.customerIds],
		attributes: DEMO_ATTRIBUTES.map((name, a) => ({ name, values: dictionaries[a].values })),
		products: demoProductDictionary(productCode.values, names),
		orderCount: stream.orderCount,
		lineCount,
		returnLineCount,
		chunkCount,
		firstDay: stream.firstDay,
		lastDay: stream.lastDay
	};
}

/**
 * The whole demo as one in-memory dataset (chunks collected from `generateDemo`).
 * @example generateDemoColumns({ customers: 50 }).customerIds.length // → 50
 */
export function generateDemoColumns(
	options: DemoOptions & { language?: DemoLanguage } = {}
): DatasetColumns & DemoSummary {
	const chunks: LineChunk[] = [];
	const summary = generateDemo(options, (chunk) => chunks.push(chunk));
	return { ...summary, chunks };
}

/**
 * The product dictionary of the demo's codes (in first-seen order), with names and categories in
 * the shop's language.
 */
function demoProductDictionary(codes: string[], names: DemoNames): ProductDictionary {
	const byCode = new Map(DEMO_PRODUCTS.map((p, i) => [p.code, i]));
	const products = codes.map((code) => byCode.get(code) as number);
	return {
		ids: codes,
		names: products.map((i) => names.products[i]),
		category: Int32Array.from(products, (i) => DEMO_PRODUCTS[i].category),
		categories: [...names.categories]
	};
}

/** A dictionary that numbers catalog values in order of first appearance. */
class FirstSeen {
	readonly values: string[] = [];
	private readonly index: Int32Array;

	constructor(private readonly catalog: readonly string[]) {
		this.index = new Int32Array(catalog.length).fill(-1);
	}

	/** Dictionary index of catalog entry `value`, adding it on first sight. */
	indexOf(value: number): number {
		let index = this.index[value];
		if (index < 0) {
			index = this.index[value] = this.values.length;
			this.values.push(this.catalog[value]);
		}
		return index;
	}
}
