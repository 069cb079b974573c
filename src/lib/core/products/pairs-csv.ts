/**
 * The product-pairs export (stable contract): one row per listed pair, UTF-8, CRLF records,
 * support and confidences with 6 decimals, lift with 4, text cells injection-guarded.
 */
import type { ProductDictionary } from '../columns';
import { textCell } from '../export/customers-csv';
import { confidence, lift, support, type PairTable } from './pairs';

/** The exact header line of the export. */
export const PAIRS_CSV_HEADER =
	'product_a,product_a_name,product_b,product_b_name,baskets_a,baskets_b,baskets_both,' +
	'support,confidence_a_to_b,confidence_b_to_a,lift';

/** The pairs of a table a list shows: every index of `rows` (into the table), in that order. */
export interface PairRowsCsv {
	table: PairTable;
	products: ProductDictionary;
	/** Indexes into the table's pairs; all of them when omitted. */
	rows?: ArrayLike<number>;
}

/**
 * CSV text of product pairs (no BOM; prepend `UTF8_BOM` for Excel).
 * @example
 * pairsCsv({ table: { baskets: 20, basketsOf: Int32Array.of(4, 5), a: Int32Array.of(0),
 *   b: Int32Array.of(1), both: Int32Array.of(3) }, products: { ids: ['A', '=B'], names: ['', 'Bee'],
 *   category: Int32Array.of(-1, -1), categories: [] } })
 * // → PAIRS_CSV_HEADER + '\r\nA,,\'=B,Bee,4,5,3,0.150000,0.750000,0.600000,3.0000\r\n'
 */
export function pairsCsv({ table, products, rows }: PairRowsCsv): string {
	const lines = [PAIRS_CSV_HEADER];
	const count = rows ? rows.length : table.a.length;
	for (let k = 0; k < count; k++) {
		const i = rows ? rows[k] : k;
		const a = table.a[i];
		const b = table.b[i];
		const both = table.both[i];
		const basketsA = table.basketsOf[a];
		const basketsB = table.basketsOf[b];
		lines.push(
			[
				textCell(products.ids[a] ?? ''),
				textCell(products.names[a] ?? ''),
				textCell(products.ids[b] ?? ''),
				textCell(products.names[b] ?? ''),
				String(basketsA),
				String(basketsB),
				String(both),
				support(both, table.baskets).toFixed(6),
				confidence(both, basketsA).toFixed(6),
				confidence(both, basketsB).toFixed(6),
				lift(both, basketsA, basketsB, table.baskets).toFixed(4)
			].join(',')
		);
	}
	return lines.join('\r\n') + '\r\n';
}
