/**
 * The per-customer summary the CLV models read: repeat transactions x, recency t_x, age T and mean
 * repeat spend zbar, from the engine's prepared orders up to the as-of date D.
 */
import type { PreparedOrders } from '../analytics/prepare';
import type { DayNumber } from '../calendar';

/** Time units of the models: their length in days. */
export const UNIT_DAYS = { day: 1, week: 7, month: 365.25 / 12 } as const;

/** A time unit of the models. */
export type TimeUnit = keyof typeof UNIT_DAYS;

/** Why a customer has no model values. */
export const CUSTOMER_STATUS = {
	/** At least one transaction day up to D. */
	modeled: 0,
	/** No order up to D (a customer only after D). */
	noOrders: 1,
	/** Orders up to D, but every day nets to a return. */
	returnsOnly: 2
} as const;

/** The models' view of every customer, indexed like the dataset's customers. */
export interface TransactionSummary {
	customerCount: number;
	/** Length of the time unit in days. */
	unitDays: number;
	/** The calibration end D (inclusive). */
	asOfDay: DayNumber;
	/** `CUSTOMER_STATUS` value per customer. */
	status: Uint8Array;
	/** Repeat transactions: transaction days − 1 (0 unless modeled). */
	x: Int32Array;
	/** Day of the first and of the last transaction day. */
	firstDay: Int32Array;
	lastDay: Int32Array;
	/** Last − first transaction day, in units. */
	tx: Float64Array;
	/** D − first transaction day, in units. */
	T: Float64Array;
	/** Mean net amount of the repeat transaction days, in money units (0 when x = 0). */
	zbar: Float64Array;
	/** Transaction days after D up to the holdout end (all 0 without a holdout). */
	holdoutX: Int32Array;
}

/**
 * Summarise every customer's orders up to `asOfDay` (inclusive) for the models. Orders of one
 * calendar day are merged into one transaction (net amounts summed); a *transaction day* is a
 * day whose net is ≥ 0 (a zero-value order is a visit; a day netting to a return is not).
 * x = transaction days − 1, t_x = last − first transaction day, T = D − first transaction day
 * (both divided by `unitDays`), zbar = mean net of the repeat days in money units (cents / 100).
 * Transaction days after D up to `holdoutEnd` (inclusive) are counted in `holdoutX`.
 * @example
 * // one customer: +10.00 on day 0, +5.00 and −1.00 on day 7, −3.00 on day 9, +0 on day 14, D = 28
 * transactionSummary(prepared, 28, 7)
 * // → x [2], tx [2], T [4], zbar [2] ((4.00 + 0) / 2); day 9 nets −3.00 so is not a transaction
 */
export function transactionSummary(
	prepared: PreparedOrders,
	asOfDay: DayNumber,
	unitDays: number,
	holdoutEnd: DayNumber = asOfDay
): TransactionSummary {
	const n = prepared.customerCount;
	const status = new Uint8Array(n);
	const x = new Int32Array(n);
	const firstDay = new Int32Array(n);
	const lastDay = new Int32Array(n);
	const tx = new Float64Array(n);
	const T = new Float64Array(n);
	const zbar = new Float64Array(n);
	const holdoutX = new Int32Array(n);
	const { offsets, day, amountCents } = prepared;
	for (let c = 0; c < n; c++) {
		const end = offsets[c + 1];
		let days = 0;
		let first = 0;
		let last = 0;
		let repeatCents = 0;
		let anyOrder = false;
		let later = 0;
		for (let i = offsets[c]; i < end;) {
			const d = day[i];
			if (d > holdoutEnd) break;
			let net = 0;
			while (i < end && day[i] === d) net += amountCents[i++];
			if (d > asOfDay) {
				if (net >= 0 && days > 0) later++;
				continue;
			}
			anyOrder = true;
			if (net < 0) continue;
			if (days === 0) first = d;
			else repeatCents += net;
			last = d;
			days++;
		}
		if (days === 0) {
			status[c] = anyOrder ? CUSTOMER_STATUS.returnsOnly : CUSTOMER_STATUS.noOrders;
			continue;
		}
		x[c] = days - 1;
		firstDay[c] = first;
		lastDay[c] = last;
		tx[c] = (last - first) / unitDays;
		T[c] = (asOfDay - first) / unitDays;
		zbar[c] = days > 1 ? repeatCents / 100 / (days - 1) : 0;
		holdoutX[c] = later;
	}
	return {
		customerCount: n,
		unitDays,
		asOfDay,
		status,
		x,
		firstDay,
		lastDay,
		tx,
		T,
		zbar,
		holdoutX
	};
}
