/**
 * The first layer of the importer (`importer.ts`): the header → the column index of each mapped
 * role (−1: not mapped), read once when the header is known. The row layers above read these
 * fields on every row, so they stay plain numbers on the importer itself.
 */
import type { ColumnMapping, TransactionMapping } from './mapping';
import type { IdType } from './id-types';
import { StatusTally } from './status';

export abstract class ImportColumns {
	// Column indexes of the roles (−1: not mapped).
	protected cCustomer = -1;
	protected cDate = -1;
	protected cAmount = -1;
	protected cQuantity = -1;
	protected cPrice = -1;
	protected cOrder = -1;
	protected cRecency = -1;
	protected cFirst = -1;
	protected cAttributes: number[] = [];
	protected cProduct = -1;
	/** The product column is the name column (no id column mapped): then no separate name. */
	protected cProductName = -1;
	protected cProductCategory = -1;
	protected cStatus = -1;
	protected cRefund = -1;
	protected cDateFallback = -1;
	/** The date column of the current row (the fallback when the order date is empty). */
	protected cDateRead = -1;
	/** Present with a status column: the verdict and row count of each status value. */
	protected statusTally: StatusTally | null = null;
	/** Customer ids are normalised unless `text` (then `customer()` costs one check more). */
	protected idType: IdType = 'text';
	/** Per kept attribute: keep only its first part (`addressFirstPart`). */
	protected attributeFirstPart: boolean[] = [];

	/** Set the columns of the roles from the header (the mapping fits it: `mappingProblems`). */
	protected readColumns(mapping: ColumnMapping, header: string[]): void {
		const at = (column: string | null) => (column === null ? -1 : header.indexOf(column));
		this.cCustomer = at(mapping.customerId);
		this.idType = mapping.customerIdType ?? 'text';
		if (mapping.kind === 'transactions') {
			this.readStatusColumns(mapping, at);
			this.cDate = at(mapping.orderDate);
			this.cAmount = at(mapping.amount);
			this.cQuantity = at(mapping.quantity);
			this.cPrice = at(mapping.unitPrice);
			this.cOrder = at(mapping.orderId);
			const id = at(mapping.productId ?? null);
			const name = at(mapping.productName ?? null);
			this.cProduct = id >= 0 ? id : name;
			this.cProductName = id >= 0 ? name : -1;
			this.cProductCategory = this.cProduct >= 0 ? at(mapping.productCategory ?? null) : -1;
		} else {
			this.cDate = at(mapping.lastPurchaseDate);
			this.cRecency = this.cDate < 0 ? at(mapping.recencyDays) : -1;
			this.cQuantity = at(mapping.frequency);
			this.cAmount = at(mapping.monetary);
			this.cFirst = at(mapping.firstPurchaseDate);
		}
		this.cDateRead = this.cDate;
		this.cAttributes = mapping.attributes.map(at);
		const firstPart = mapping.kind === 'transactions' ? (mapping.attributeFirstPart ?? []) : [];
		this.attributeFirstPart = mapping.attributes.map((column) => firstPart.includes(column));
	}

	/** Column indexes of every mapped role (−1 for those not mapped). */
	protected mappedColumns(): number[] {
		return [
			this.cCustomer,
			this.cDate,
			this.cAmount,
			this.cQuantity,
			this.cPrice,
			this.cOrder,
			this.cRecency,
			this.cFirst,
			this.cProduct,
			this.cProductName,
			this.cProductCategory,
			this.cStatus,
			this.cRefund,
			this.cDateFallback,
			...this.cAttributes
		];
	}

	/** Columns of the status, refund and fallback date roles, and the status verdicts. */
	private readStatusColumns(
		mapping: TransactionMapping,
		at: (column: string | null) => number
	): void {
		this.cStatus = at(mapping.status ?? null);
		this.cRefund = at(mapping.refund ?? null);
		this.cDateFallback = at(mapping.orderDateFallback ?? null);
		this.statusTally = this.cStatus >= 0 ? new StatusTally(mapping.statusCounts ?? {}) : null;
	}
}
