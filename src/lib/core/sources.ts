/**
 * Sources (channels): every import names where its lines came from (a shop, a platform, a till),
 * and each line carries that name in the `source` attribute column. A dataset built from several
 * imports (appends) thus knows, per line, its channel.
 */
import type { DayNumber } from './calendar';
import type { DatasetColumns, DatasetDictionaries, LineChunk } from './columns';

/** Name of the attribute column that holds each line's source. */
export const SOURCE_ATTRIBUTE = 'source';

/** Name a file's own attribute column called `source` is kept under (the channel takes the name). */
export const FILE_SOURCE_ATTRIBUTE = 'source (file)';

/** One source of a dataset, with what it brought. */
export interface SourceSummary {
	name: string;
	/** Lines of this source. */
	rows: number;
	/** Distinct customers with at least one line of this source. */
	customers: number;
	firstDay: DayNumber | null;
	lastDay: DayNumber | null;
}

/** Per-source figures and the channel mix of a dataset's customers. */
export interface SourceOverview {
	sources: SourceSummary[];
	/** Customers whose lines all come from one source. */
	singleChannel: number;
	/** Customers with lines from two sources or more (全渠道 customers). */
	multiChannel: number;
}

/**
 * The index of the source column among a dataset's attributes, −1 when it has none (datasets
 * imported before sources were kept).
 * @example sourceColumn({ customerIds: [], attributes: [{ name: 'Country', values: [] }, { name: 'source', values: ['a.csv'] }] }) // → 1
 */
export function sourceColumn(dictionaries: Pick<DatasetDictionaries, 'attributes'>): number {
	return dictionaries.attributes.findIndex((a) => a.name === SOURCE_ATTRIBUTE);
}

/**
 * Rows, customers and first–last day per source, and how many customers bought through one
 * source only vs several. A customer is multi-channel when their lines carry two different
 * sources; a source with no lines left (after a removal) is not listed.
 * @example
 * // A: lines from source 0 and 1; B: source 1 only
 * sourceOverview([{ customer: Int32Array.of(0, 0, 1), day: Int32Array.of(5, 9, 7),
 *   amountCents: new Float64Array(3), order: Int32Array.of(0, 1, 2),
 *   attributes: [Int32Array.of(0, 1, 1)] }], 2, 0, ['shop', 'web'])
 * // → { sources: [{ name: 'shop', rows: 1, customers: 1, firstDay: 5, lastDay: 5 },
 * //               { name: 'web', rows: 2, customers: 2, firstDay: 7, lastDay: 9 }],
 * //     singleChannel: 1, multiChannel: 1 }
 */
export function sourceOverview(
	chunks: readonly LineChunk[],
	customerCount: number,
	column: number,
	names: readonly string[]
): SourceOverview {
	const n = names.length;
	const rows = new Float64Array(n);
	const first = new Float64Array(n).fill(Infinity);
	const last = new Float64Array(n).fill(-Infinity);
	const customers = new Float64Array(n);
	// Per source, which customers were counted already (one byte per customer and source), and
	// each customer's first source.
	const seen = Array.from({ length: n }, () => new Uint8Array(customerCount));
	const firstSource = new Int32Array(customerCount).fill(-1);
	const multi = new Uint8Array(customerCount);
	for (const chunk of chunks) {
		const sources = chunk.attributes[column];
		const { customer, day } = chunk;
		for (let i = 0; i < customer.length; i++) {
			const s = sources[i];
			if (s < 0) continue;
			const c = customer[i];
			rows[s]++;
			const d = day[i];
			if (d < first[s]) first[s] = d;
			if (d > last[s]) last[s] = d;
			const counted = seen[s];
			if (!counted[c]) {
				counted[c] = 1;
				customers[s]++;
				if (firstSource[c] < 0) firstSource[c] = s;
				else if (firstSource[c] !== s) multi[c] = 1;
			}
		}
	}
	let singleChannel = 0;
	let multiChannel = 0;
	for (let c = 0; c < customerCount; c++) {
		if (multi[c]) multiChannel++;
		else if (firstSource[c] >= 0) singleChannel++;
	}
	const list: SourceSummary[] = [];
	for (let s = 0; s < n; s++) {
		if (rows[s] === 0) continue;
		list.push({
			name: names[s],
			rows: rows[s],
			customers: customers[s],
			firstDay: first[s],
			lastDay: last[s]
		});
	}
	return { sources: list, singleChannel, multiChannel };
}

/**
 * `sourceOverview` of lines that all come from one source (a new import's): rows, customers and
 * first–last day in one pass over customers and days, without reading the source column.
 * @example
 * oneSourceOverview([{ customer: Int32Array.of(0, 0, 2), day: Int32Array.of(5, 9, 7),
 *   amountCents: new Float64Array(3), order: Int32Array.of(0, 1, 2), attributes: [] }], 3, 'shop')
 * // → { sources: [{ name: 'shop', rows: 3, customers: 2, firstDay: 5, lastDay: 9 }],
 * //     singleChannel: 2, multiChannel: 0 }
 */
/**
 * `oneSourceOverview` of a transaction import, from the counts its importer kept, without a pass
 * over its lines: the import's lines are `lines`, each of its `customers` has one at least (only
 * an imported row adds its customer; a further line of an order takes that order's customer and
 * day) and their days run from `firstDay` to `lastDay`. At 1M lines the pass took 14–25 ms at
 * the end of the import (issue 18).
 * @example oneSourceOfCounts('shop', { lines: 3, customers: 2, firstDay: 5, lastDay: 9 })
 * // → { sources: [{ name: 'shop', rows: 3, customers: 2, firstDay: 5, lastDay: 9 }],
 * //     singleChannel: 2, multiChannel: 0 }
 */
export function oneSourceOfCounts(
	name: string,
	counts: { lines: number; customers: number; firstDay: number; lastDay: number }
): SourceOverview {
	const { lines, customers, firstDay, lastDay } = counts;
	if (lines === 0) return { sources: [], singleChannel: 0, multiChannel: 0 };
	return {
		sources: [{ name, rows: lines, customers, firstDay, lastDay }],
		singleChannel: customers,
		multiChannel: 0
	};
}

export function oneSourceOverview(
	chunks: readonly LineChunk[],
	customerCount: number,
	name: string
): SourceOverview {
	const seen = new Uint8Array(customerCount);
	let rows = 0;
	let customers = 0;
	let first = Infinity;
	let last = -Infinity;
	for (const { customer, day } of chunks) {
		rows += customer.length;
		for (let i = 0; i < customer.length; i++) {
			const d = day[i];
			if (d < first) first = d;
			if (d > last) last = d;
			const c = customer[i];
			if (seen[c] === 0) {
				seen[c] = 1;
				customers++;
			}
		}
	}
	if (rows === 0) return { sources: [], singleChannel: 0, multiChannel: 0 };
	return {
		sources: [{ name, rows, customers, firstDay: first, lastDay: last }],
		singleChannel: customers,
		multiChannel: 0
	};
}

/**
 * Per customer, 1 when they have at least one line of the source `value` (an index into the
 * source column's dictionary): the customers a source filter keeps.
 * @example customersOfSource([{ customer: Int32Array.of(0, 1), day: Int32Array.of(1, 1),
 *   amountCents: new Float64Array(2), order: Int32Array.of(0, 1), attributes: [Int32Array.of(0, 1)] }], 3, 0, 1)
 * // → Uint8Array [0, 1, 0]
 */
export function customersOfSource(
	chunks: readonly LineChunk[],
	customerCount: number,
	column: number,
	value: number
): Uint8Array {
	const mask = new Uint8Array(customerCount);
	for (const chunk of chunks) {
		const sources = chunk.attributes[column];
		const customer = chunk.customer;
		for (let i = 0; i < customer.length; i++) if (sources[i] === value) mask[customer[i]] = 1;
	}
	return mask;
}

/**
 * The share of a dataset's customers who bought through two sources or more (0 without customers).
 * @example multiChannelShare({ sources: [], singleChannel: 3, multiChannel: 1 }) // → 0.25
 */
export function multiChannelShare(overview: SourceOverview): number {
	const customers = overview.singleChannel + overview.multiChannel;
	return customers === 0 ? 0 : overview.multiChannel / customers;
}

/**
 * Per customer, 1 when they have a line of the source called `name` (all 0 when the dataset has
 * no such source): the customers a source filter keeps.
 * @example sourceCustomers({ customerIds: ['A', 'B'], orderCount: 2,
 *   attributes: [{ name: 'source', values: ['shop', 'web'] }],
 *   chunks: [{ customer: Int32Array.of(0, 1), day: Int32Array.of(1, 1), amountCents: new Float64Array(2),
 *     order: Int32Array.of(0, 1), attributes: [Int32Array.of(1, 1)] }] }, 'web') // → Uint8Array [1, 1]
 */
export function sourceCustomers(columns: DatasetColumns, name: string): Uint8Array {
	const column = sourceColumn(columns);
	const value = column < 0 ? -1 : columns.attributes[column].values.indexOf(name);
	if (value < 0) return new Uint8Array(columns.customerIds.length);
	return customersOfSource(columns.chunks, columns.customerIds.length, column, value);
}

/**
 * The members of a list who have a line of source `name`; all of them when `name` is empty.
 * @example keepSource(Int32Array.of(0, 1), columns, '') // → Int32Array [0, 1]
 */
export function keepSource(members: Int32Array, columns: DatasetColumns, name: string | null) {
	if (!name) return members;
	const mask = sourceCustomers(columns, name);
	return members.filter((c) => mask[c] === 1);
}

/** Customers per group (segment, tier…) among each source's customers. */
export interface SourceSplit {
	/** `counts[s][g]`: customers of source `s` in group `g`. */
	counts: number[][];
	/** `shares[s][g]`: that count ÷ the source's customers in any group (0 when none). */
	shares: number[][];
}

/**
 * Split groups by source: for each source's customer mask, how many of its customers fall in each
 * group (customers without a group, `NONE` = 255, are left out). A customer of two sources counts
 * in both.
 * @example groupsBySource(Uint8Array.of(0, 1, 1, 255), 2, [Uint8Array.of(1, 1, 0, 1), Uint8Array.of(0, 1, 1, 0)])
 * // → { counts: [[1, 1], [0, 2]], shares: [[0.5, 0.5], [0, 1]] }
 */
export function groupsBySource(
	group: ArrayLike<number>,
	groupCount: number,
	masks: readonly Uint8Array[]
): SourceSplit {
	const counts = masks.map((mask) => {
		const row = new Array<number>(groupCount).fill(0);
		for (let c = 0; c < group.length; c++) if (mask[c] && group[c] < groupCount) row[group[c]]++;
		return row;
	});
	const shares = counts.map((row) => {
		const total = row.reduce((a, b) => a + b, 0);
		return row.map((n) => (total === 0 ? 0 : n / total));
	});
	return { counts, shares };
}
