/**
 * Scored rows from delimited text, streamed: the header decides where each scored column is,
 * every later record goes to a `ScoredReader` in `SCORED_COLUMNS` order.
 */
import { RecordScanner, type Delimiter } from '../csv/records';
import { SCORED_COLUMNS, scoredColumnIndexes } from './columns';
import { ScoredReader } from './reader';

/**
 * Feeds text pieces (decoded, in order) to a `ScoredReader`.
 * @example
 * const text = new ScoredText(',');
 * text.push('customer_id,first_purchase_date,…\nc1,2024-01-01,…\n');
 * text.finish().report.imported // → 1
 */
export class ScoredText {
	readonly reader = new ScoredReader();
	private readonly scanner: RecordScanner;
	private carry = '';
	private indexes: number[] | null = null;
	private readonly values: string[] = new Array<string>(SCORED_COLUMNS.length).fill('');

	constructor(delimiter: Delimiter) {
		this.scanner = new RecordScanner(delimiter, 64);
	}

	/** Read the complete records of `piece` (with what was left over from the last piece). */
	push(piece: string, final = false): void {
		const text = this.carry + piece;
		const scanner = this.scanner;
		let pos = 0;
		while (pos < text.length) {
			const next = scanner.scan(text, pos, final);
			if (next < 0) break;
			pos = next;
			if (scanner.isBlank()) continue;
			if (this.indexes === null) {
				const header: string[] = [];
				for (let i = 0; i < scanner.fieldCount; i++) header.push(scanner.value(i));
				header[0] = header[0]?.replace(/^\uFEFF/, '') ?? '';
				const at = scoredColumnIndexes(header);
				this.indexes = SCORED_COLUMNS.map((c) => at[c]);
				continue;
			}
			for (let k = 0; k < this.indexes.length; k++) {
				const i = this.indexes[k];
				this.values[k] = i >= 0 && i < scanner.fieldCount ? scanner.value(i) : '';
			}
			this.reader.push(this.values);
		}
		this.carry = text.slice(pos);
	}

	/** Read what is left and hand over the reader's columns and report. */
	finish() {
		this.push('', true);
		return this.reader.finish();
	}
}
