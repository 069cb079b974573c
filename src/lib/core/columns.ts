/**
 * The columnar shape of a dataset, shared by the importer, the demo generator, storage and the
 * analytics engine. One *line* is one row of the source file (an invoice line, an order, a return).
 */
import type { DayNumber } from './calendar';

/** Rows per stored chunk: large enough that IndexedDB writes few records, small enough to stream. */
export const CHUNK_ROWS = 65_536;

/** One block of lines. All arrays have the same length. */
export interface LineChunk {
	/** Index into the dataset's customer-id dictionary. */
	customer: Int32Array;
	/** Calendar day of the line (see `calendar.ts`). */
	day: Int32Array;
	/** Line amount in integer cents; negative for returns. Float64 holds any cent total exactly up to 2^53. */
	amountCents: Float64Array;
	/** Dense order index within the dataset (see `orders.ts` for what an order is). */
	order: Int32Array;
	/** One column per kept attribute: index into that attribute's dictionary, −1 when empty. */
	attributes: Int32Array[];
	/**
	 * Index into `DatasetDictionaries.products`, −1 when the line names no product. Absent when
	 * the dataset has no product column (datasets imported before products were kept).
	 */
	product?: Int32Array;
	/** Units on the line (negative on returns), NaN when empty. Absent without a quantity column. */
	quantity?: Float64Array;
}

/**
 * The products of a dataset, by the index `LineChunk.product` holds. A product's name and
 * category are the first non-empty ones seen on its lines; with only a name column the name is
 * also the id.
 */
export interface ProductDictionary {
	ids: string[];
	/** Per product: its name, '' when the file names none. */
	names: string[];
	/** Per product: index into `categories`, −1 when none. */
	category: Int32Array;
	categories: string[];
}

/** Dictionaries that turn indexes back into text. */
export interface DatasetDictionaries {
	customerIds: string[];
	/** Kept attribute columns, in the order of `LineChunk.attributes`. */
	attributes: { name: string; values: string[] }[];
	/** Present when lines carry products (`LineChunk.product`). */
	products?: ProductDictionary;
}

/** Everything the engine needs about a dataset, assembled from stored chunks. */
export interface DatasetColumns extends DatasetDictionaries {
	chunks: LineChunk[];
	orderCount: number;
}

/** Number of lines in a chunk. */
export function chunkLength(chunk: LineChunk): number {
	return chunk.customer.length;
}

/** Day range covered by some lines, or null when there are none. */
export function dayRange(chunks: LineChunk[]): { first: DayNumber; last: DayNumber } | null {
	let first = Infinity;
	let last = -Infinity;
	for (const chunk of chunks) {
		const days = chunk.day;
		for (let i = 0; i < days.length; i++) {
			const d = days[i];
			if (d < first) first = d;
			if (d > last) last = d;
		}
	}
	return first === Infinity ? null : { first, last };
}
