/**
 * The streaming core of the importer (`importer.ts`): bytes → text → records, the header, and the
 * hooks of an import in two parts (`parts.ts`); each record goes to `row`, which the transaction
 * and the summary importers define (`transaction-rows.ts`, `summary-rows.ts`).
 *
 * Bytes go through one streaming `TextDecoder`, so a character split between two chunks is never
 * corrupted; the scanner keeps an incomplete last record until more text arrives.
 */
import type { LineChunk } from '../columns';
import { createDecoder } from './encoding';
import { LineBuilder } from './lines';
import { mappingProblems } from './mapping';
import { excelSepLine, uniqueHeader } from './record-texts';
import { detectFileKind } from './file-kind';
import { ImportError } from './messages';
import { DEFAULT_REJECTED_CAP, SkipLog } from './report';
import type { ImportReport } from './report';
import type { ImportPart } from './parts';
import type { Importer, ImportOptions, ImportResult, PartImporter } from './importer';
import { RowFields } from './import-fields';

/**
 * Bytes decoded and scanned at a time. A worker's slice of the file is 4 MB; decoded whole, its
 * text is a large object that likely outlives a scavenge (it is scanned for tens of ms) and is
 * freed only by a full garbage collection, so every slice takes fresh memory; in pieces, each
 * text can die young (not verified in a heap trace). 1M uci lines, `tail.ts`, four alternating
 * rounds of 4 imports per build (load 0.8–3.5): median click → figures 1,329 / 1,191 / 1,354 /
 * 1,243 ms against 1,386 / 1,232 / 1,416 / 1,326 ms whole, the workers' CPU lower in three
 * rounds of the four.
 */
const DECODE_BYTES = 64 * 1024;

/** Leading bytes that decide whether a file is a text table at all (see `detectFileKind`). */
const HEAD_BYTES = 8192;

export abstract class StreamingImporter extends RowFields implements Importer, PartImporter {
	private readonly decoder: TextDecoder;
	private pending = '';
	private line = 1;
	private pastSepLine = false;
	private head: Uint8Array | null = new Uint8Array(HEAD_BYTES);
	private headLength = 0;
	/** Day-order conflicts of an absorbed part (its own `DateReader` counted them). */
	private absorbedConflicts = 0;
	/** The last byte pushed (a record boundary is only checked after a line feed). */
	private lastByte = -1;
	/** A part importer still before its first row; line feeds passed over so far. */
	private leading = false;
	private leadingFeeds = 0;
	private afterLineFeed = true;

	constructor(options: ImportOptions, partHeader?: string[]) {
		super(options);
		this.decoder = createDecoder(options.encoding);
		if (partHeader) {
			this.head = null;
			this.pastSepLine = true;
			this.leading = true;
			this.useHeader(partHeader);
		}
	}

	/** Import the current record, numbered `line` in the file. */
	protected abstract row(line: number): void;

	/** Whether the current row may be a further line of an order (`TransactionImporter.row`). */
	protected abstract dependentRow(): boolean;

	push(bytes: Uint8Array): LineChunk[] {
		this.checkHead(bytes, false);
		this.progress.bytes += bytes.length;
		if (bytes.length > 0) this.lastByte = bytes[bytes.length - 1];
		for (let at = 0; at < bytes.length;) {
			// A record longer than a piece (a huge quoted text) is scanned again with every piece
			// that does not end it: then the rest of the slice goes at once (characters pending
			// against bytes: a rough measure is enough here).
			const end = this.pending.length > DECODE_BYTES ? bytes.length : at + DECODE_BYTES;
			const piece = bytes.subarray(at, Math.min(end, bytes.length));
			at += piece.length;
			this.consume(this.decoder.decode(piece, { stream: true }), false);
		}
		return this.builder ? this.builder.takeChunks() : [];
	}

	/** Refuse files that are not text tables, from their first bytes (gathered over pushes). */
	private checkHead(bytes: Uint8Array, final: boolean): void {
		if (this.head === null) return;
		const room = HEAD_BYTES - this.headLength;
		this.head.set(bytes.subarray(0, room), this.headLength);
		this.headLength += Math.min(room, bytes.length);
		if (this.headLength < HEAD_BYTES && !final) return;
		const kind = detectFileKind(this.head.subarray(0, this.headLength));
		this.head = null;
		if (kind !== null && kind !== 'file_empty') throw new ImportError({ code: kind, params: {} });
	}

	finish(): ImportResult {
		this.checkHead(new Uint8Array(0), true);
		this.consume(this.decoder.decode(), true);
		const header = this.header ?? [];
		const builder = this.builder ?? new LineBuilder(this.options.mapping.attributes);
		const log = this.log ?? new SkipLog(header, this.options.delimiter, 0);
		const built = builder.finish();
		const report: ImportReport = {
			kind: this.options.mapping.kind,
			rowsRead: this.rowsRead,
			imported: this.imported,
			skipped: log.total,
			skippedByReason: log.byReason,
			returns: this.returns,
			zeroAmount: this.zeroAmount,
			continuationRows: this.continuationRows,
			blankLines: this.blankLines,
			lines: built.lineCount,
			customers: built.customerIds.length,
			orders: built.orderCount,
			firstDay: this.firstDay === Infinity ? null : this.firstDay,
			lastDay: this.lastDay === -Infinity ? null : this.lastDay,
			dayOrderConflicts: this.dates.otherOrderOnly + this.absorbedConflicts,
			tooManySkipped: log.total * 2 > this.rowsRead,
			suspiciousDates: this.years.suspicious(header[this.cDate] ?? ''),
			...(this.statusTally ? { statuses: this.statusTally.list() } : {})
		};
		return {
			chunks: built.chunks,
			customerIds: built.customerIds,
			attributes: built.attributes,
			...(built.products ? { products: built.products } : {}),
			orderCount: built.orderCount,
			orderIds: built.orderIds,
			header,
			report,
			rejected: log.rejected
		};
	}

	private consume(piece: string, final: boolean): void {
		// join, not +: a cons string made every charCodeAt of the hot helpers go through it in
		// Chromium (1M lines: worker CPU −15% with join, which copies once as flattening did).
		const text = this.pending === '' ? piece : [this.pending, piece].join('');
		const scanner = this.scanner;
		let pos = 0;
		while (pos < text.length) {
			const next = scanner.scan(text, pos, final);
			if (next < 0) break;
			const line = this.line;
			this.line += 1 + scanner.innerLineBreaks;
			this.recordStart = pos;
			this.recordEnd = next;
			pos = next;
			if (this.header === null) this.readHeader();
			else if (this.leading && this.leadingRow()) this.line = 1;
			else this.row(line);
		}
		this.pending = pos < text.length ? text.slice(pos) : '';
		this.progress.rows = this.rowsRead;
	}

	private readHeader(): void {
		const scanner = this.scanner;
		if (scanner.isBlank()) return;
		if (!this.pastSepLine) {
			this.pastSepLine = true;
			if (excelSepLine(this.recordText())) return;
		}
		const names: string[] = [];
		for (let i = 0; i < Math.min(scanner.fieldCount, scanner.capacity); i++) {
			names.push(scanner.raw(i));
		}
		this.useHeader(uniqueHeader(names));
	}

	/**
	 * Take the file's header: the columns of the roles, the line builder and the skip log. Runs in
	 * this class's constructor for a part: it sets only fields of this class and the layers below.
	 */
	private useHeader(header: string[]): void {
		const scanner = this.scanner;
		const { mapping } = this.options;
		const problems = mappingProblems(mapping, header);
		if (problems.length > 0) throw new ImportError(problems[0]);
		this.header = header;
		scanner.resize(header.length);
		this.readColumns(mapping, header);
		this.attributeScratch = new Int32Array(mapping.attributes.length);
		this.prevAttribute = mapping.attributes.map(() => '');
		this.prevAttributeIndex = mapping.attributes.map(() => -1);
		// Fields past the last mapped column are never read: the scanner may skip them.
		scanner.scanOnly(1 + Math.max(...this.mappedColumns()));
		this.builder = new LineBuilder(mapping.attributes, {
			product: this.cProduct >= 0,
			quantity: mapping.kind === 'transactions' && this.cQuantity >= 0
		});
		this.log = new SkipLog(
			header,
			this.options.delimiter,
			this.options.rejectedRowsCap ?? DEFAULT_REJECTED_CAP
		);
	}

	get headerRow(): string[] | null {
		return this.header;
	}

	get leadingLineFeeds(): number | null {
		return this.leading ? null : this.leadingFeeds;
	}

	atRecordBoundary(): boolean {
		return this.header !== null && this.pending === '' && this.lastByte === 10;
	}

	/**
	 * A part importer before its first row: true when the current record is passed over (blank,
	 * dependent, or not right after a line feed), counting its line feeds; nothing else of it is
	 * kept. False at the first independent row, which the part then starts with.
	 */
	private leadingRow(): boolean {
		const text = this.scanner.text;
		const afterLineFeed = this.afterLineFeed;
		this.afterLineFeed = text.charCodeAt(this.recordEnd - 1) === 10;
		if (afterLineFeed && !this.scanner.isBlank() && !this.dependentRow()) {
			this.leading = false;
			return false;
		}
		for (let i = this.recordStart; i < this.recordEnd; i++) {
			if (text.charCodeAt(i) === 10) this.leadingFeeds++;
		}
		return true;
	}

	finishPart(): ImportPart | null {
		const result = this.finish();
		if (this.leading) return null;
		const builder = this.builder as LineBuilder;
		const log = this.log as SkipLog;
		return {
			leadingLineFeeds: this.leadingFeeds,
			lines: this.line - 1,
			built: {
				chunks: result.chunks,
				customerIds: result.customerIds,
				attributes: result.attributes,
				...(result.products ? { products: result.products } : {}),
				orderCount: result.orderCount,
				lineCount: result.report.lines,
				orderIds: result.orderIds,
				hashes: builder.dictionaryHashes()
			},
			categoryOrder: builder.products?.categoryOrder() ?? [],
			counts: {
				rowsRead: this.rowsRead,
				imported: this.imported,
				returns: this.returns,
				zeroAmount: this.zeroAmount,
				continuationRows: this.continuationRows,
				blankLines: this.blankLines,
				firstDay: this.firstDay,
				lastDay: this.lastDay,
				dayOrderConflicts: this.dates.otherOrderOnly
			},
			skips: { total: log.total, byReason: log.byReason, rejected: log.rejected },
			years: this.years.state(),
			statuses: this.statusTally?.inOrder() ?? null
		};
	}

	absorb(part: ImportPart): boolean {
		const tally = this.statusTally;
		if (tally !== null && !tally.canAbsorb(part.statuses ?? [])) return false;
		const kind = this.options.mapping.kind;
		const lineShift = this.line - 1;
		const builder = this.builder as LineBuilder;
		builder.absorb(part.built, part.categoryOrder, kind === 'customer_summary');
		const counts = part.counts;
		this.rowsRead += counts.rowsRead;
		this.imported += counts.imported;
		this.returns += counts.returns;
		this.zeroAmount += counts.zeroAmount;
		this.continuationRows += counts.continuationRows;
		this.blankLines += counts.blankLines;
		this.firstDay = Math.min(this.firstDay, counts.firstDay);
		this.lastDay = Math.max(this.lastDay, counts.lastDay);
		this.absorbedConflicts += counts.dayOrderConflicts;
		(this.log as SkipLog).absorb(part.skips, lineShift);
		this.years.absorb(part.years, lineShift);
		if (tally !== null) tally.absorb(part.statuses ?? []);
		this.line += part.lines;
		this.progress.rows = this.rowsRead;
		return true;
	}
}
