/** Shared by the append and sources tests: hand-made CSV files and the options to read them. */
import type { ImportOptions } from '$lib/core/csv';

/** Comma-separated UTF-8 with `customer`, `date`, `amount` and, when named, an order id column. */
export const csvOptions = (orderId: string | null): ImportOptions => ({
	encoding: 'utf-8',
	delimiter: ',',
	decimalSeparator: '.',
	dateFormat: { dayOrder: 'dmy', excelEpoch: 1900 },
	mapping: {
		kind: 'transactions',
		customerId: 'customer',
		orderDate: 'date',
		amount: 'amount',
		quantity: null,
		unitPrice: null,
		orderId,
		attributes: []
	}
});

/** A file of the given lines. */
export const csvFile = (name: string, lines: string[]) => new File([lines.join('\n') + '\n'], name);
