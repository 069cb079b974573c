/**
 * The rows of a transaction file (one line of an order each): the importer of
 * `mapping.kind === 'transactions'` (`createImporter` in `importer.ts`).
 */
import type { LineBuilder } from './lines';
import type { ProductDictionaryBuilder } from '../products/dictionary';
import { netCents } from './status';
import type { StatusTally } from './status';
import { sameText } from './import-fields';
import { StreamingImporter } from './import-stream';

export class TransactionImporter extends StreamingImporter {
	private prevProduct = '';
	private prevProductIndex = -1;
	private prevStatus = '';
	/** The quantity of the current row, read with its amount when that is quantity × unit price. */
	private units = NaN;

	/**
	 * One transaction row. Only a *dependent* row looks at the rows above it: an amount column is
	 * mapped, the row has an order id and its amount is empty. It may be a further line of an order
	 * — a line directly below that order's row (after the order's other further lines): of an
	 * order skipped for its status (skipped too) or of the order imported last (a continuation
	 * row). Every other non-blank row sets that state afresh from itself alone, so the outcome of
	 * an *independent* row, and the state after it, depend on no earlier row: a file can be cut
	 * before any independent row and its parts parsed apart (`parts.ts`). The `prev…` texts are
	 * only caches.
	 */
	protected row(line: number): void {
		const total = this.cAmount >= 0;
		let hasOrder = false;
		let orderSame = false;
		// The order and customer fields, kept from their first reading for the end of the row.
		let orderText = '';
		let orderStart = 0;
		let orderEnd = 0;
		if (this.cOrder >= 0 && this.field(this.cOrder)) {
			hasOrder = true;
			orderText = this.fs;
			orderStart = this.fa;
			orderEnd = this.fb;
			orderSame = sameText(this.fs, this.fa, this.fb, this.prevOrder);
			// A further line of an order skipped for its status, without its own amount.
			if (
				total &&
				this.skippedOrder !== '' &&
				sameText(this.fs, this.fa, this.fb, this.skippedOrder) &&
				!this.field(this.cAmount)
			) {
				return this.logSkip('cancelled_or_unpaid', line, this.cStatus);
			}
			// A further line of the order imported last, without its own amount (Shopify).
			if (orderSame && total && this.lastHadOrder && !this.field(this.cAmount)) {
				return this.continuationRow();
			}
		}
		if (this.statusTally !== null && !this.statusCounts()) return this.skipStatus(line, hasOrder);
		if (!this.field(this.cCustomer)) return this.skip('missing_customer_id', line, this.cCustomer);
		const customerText = this.fs;
		const customerStart = this.fa;
		const customerEnd = this.fb;
		const dateColumn = this.dateColumn();
		if (dateColumn < 0) return this.skip('missing_date', line, this.cDate);
		const day = this.dates.read(this.fs, this.fa, this.fb);
		if (day !== day) return this.skip('unparseable_date', line, dateColumn);
		if (day > this.latestDay) return this.skip('future_date', line, dateColumn);

		let cents: number;
		if (total) {
			if (!this.field(this.cAmount)) return this.skip('missing_amount', line, this.cAmount);
			if (!this.first.read(this.fs, this.fa, this.fb)) {
				return this.skip('unparseable_amount', line, this.cAmount);
			}
			cents = this.first.cents();
			if (cents !== cents) return this.skip('unparseable_amount', line, this.cAmount);
		} else {
			if (!this.field(this.cQuantity)) return this.skip('missing_amount', line, this.cQuantity);
			if (!this.first.read(this.fs, this.fa, this.fb)) {
				return this.skip('unparseable_quantity', line, this.cQuantity);
			}
			this.units = this.first.cents() / 100;
			if (!this.field(this.cPrice)) return this.skip('missing_amount', line, this.cPrice);
			if (!this.second.read(this.fs, this.fa, this.fb)) {
				return this.skip('unparseable_price', line, this.cPrice);
			}
			cents = this.first.timesCents(this.second);
			if (cents !== cents) return this.skip('unparseable_amount', line, this.cPrice);
		}
		if (this.cRefund >= 0) cents = this.refunded(cents);

		// Only a row that is imported adds its customer id (nothing of a skipped row is kept).
		const customer = this.customer(customerText, customerStart, customerEnd);
		const builder = this.builder as LineBuilder;
		let order: number;
		if (hasOrder) {
			if (orderSame && this.prevOrderCustomer === customer) order = this.prevOrderIndex;
			else {
				order = builder.orderIndexIn(customer, orderText, orderStart, orderEnd, day);
				this.prevOrder = builder.lastOrderId;
				this.prevOrderCustomer = customer;
				this.prevOrderIndex = order;
			}
			this.lastHadOrder = true;
		} else {
			order = builder.orderIndex(customer, '', day);
			this.lastHadOrder = false;
		}
		this.skippedOrder = '';
		this.prevDay = day;
		builder.addLine(
			customer,
			day,
			cents,
			order,
			this.attributes(),
			this.product(),
			this.quantity()
		);
		this.countImported(day, cents, line);
	}

	/**
	 * Whether the current row's status counts as a sale (an empty status does), tallied for the
	 * report's list of status values.
	 */
	private statusCounts(): boolean {
		const tally = this.statusTally as StatusTally;
		if (!this.field(this.cStatus)) return true;
		if (sameText(this.fs, this.fa, this.fb, this.prevStatus)) return tally.again();
		this.prevStatus = this.fs.slice(this.fa, this.fb);
		return tally.counts(this.prevStatus);
	}

	/** Skip a row whose status is not a sale, remembering its order for its further lines. */
	private skipStatus(line: number, hasOrder: boolean): void {
		const order = hasOrder && this.field(this.cOrder) ? this.fs.slice(this.fa, this.fb) : '';
		this.skip('cancelled_or_unpaid', line, this.cStatus);
		this.skippedOrder = order;
	}

	/**
	 * Find the current row's date: the order date, or the fallback date when that is empty. Returns
	 * the column read (−1: both empty).
	 */
	private dateColumn(): number {
		let column = this.cDate;
		if (!this.field(column)) {
			column = this.cDateFallback;
			if (column < 0 || !this.field(column)) return -1;
		}
		this.cDateRead = column;
		return column;
	}

	/** An amount less the current row's refund (net = paid − refunded); unreadable: nothing off. */
	private refunded(cents: number): number {
		if (!this.field(this.cRefund) || !this.second.read(this.fs, this.fa, this.fb)) return cents;
		return netCents(cents, this.second.cents());
	}

	/**
	 * A further line of the order imported last, without an amount of its own (Shopify writes the
	 * total on the first line only): its product and quantity join that order as a line of 0, so
	 * the order's amount stays its total. Counted as a continuation row, not as imported.
	 */
	private continuationRow(): void {
		this.rowsRead++;
		this.continuationRows++;
		if (this.cProduct < 0) return;
		const product = this.product();
		if (product < 0) return;
		(this.builder as LineBuilder).addLine(
			this.prevOrderCustomer,
			this.prevDay,
			0,
			this.prevOrderIndex,
			this.attributeScratch,
			product,
			this.quantity()
		);
	}

	private countImported(day: number, cents: number, line: number): void {
		this.rowsRead++;
		this.imported++;
		if (cents < 0) this.returns++;
		else if (cents === 0) this.zeroAmount++;
		if (day < this.firstDay) this.firstDay = day;
		if (day > this.lastDay) this.lastDay = day;
		this.years.count(day, line, this.dateText);
	}

	/** The current row's product index, −1 without one; names and categories as first seen. */
	private product(): number {
		if (this.cProduct < 0 || !this.field(this.cProduct)) return -1;
		const products = (this.builder as LineBuilder).products as ProductDictionaryBuilder;
		let index = this.prevProductIndex;
		if (sameText(this.fs, this.fa, this.fb, this.prevProduct)) {
			// Only a cache: a repeated product still takes the first name and category on its lines.
			if (!products.lacksDetails(index, this.cProductCategory >= 0)) return index;
		} else {
			index = products.indexIn(this.fs, this.fa, this.fb);
			this.prevProduct = products.id(index);
			this.prevProductIndex = index;
		}
		// Without a category column only a missing name is worth reading the row again for.
		if (products.lacksDetails(index, this.cProductCategory >= 0)) {
			const name =
				this.cProductName < 0
					? this.prevProduct
					: this.field(this.cProductName)
						? this.fs.slice(this.fa, this.fb)
						: '';
			const category =
				this.cProductCategory >= 0 && this.field(this.cProductCategory)
					? this.fs.slice(this.fa, this.fb)
					: '';
			products.describe(index, name, category);
		}
		return index;
	}

	/** The current row's quantity, NaN when the column is absent, empty or unreadable. */
	private quantity(): number {
		if (this.cQuantity < 0) return NaN;
		// Without an amount column the row's amount read it already: quantity × unit price.
		if (this.cAmount < 0) return this.units;
		if (!this.field(this.cQuantity)) return NaN;
		return this.second.read(this.fs, this.fa, this.fb) ? this.second.cents() / 100 : NaN;
	}

	/** Whether the current row may be a further line of an order (`row`). */
	protected dependentRow(): boolean {
		return (
			this.cAmount >= 0 && this.cOrder >= 0 && this.field(this.cOrder) && !this.field(this.cAmount)
		);
	}
}
