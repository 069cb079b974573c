/**
 * Order status and refunds: which status values mean an order that never became a sale
 * (cancelled, closed or unpaid — skipped as `cancelled_or_unpaid`), and the net amount of an order
 * with a refund column. The user may change the verdict for each value in the preview
 * (`TransactionMapping.statusCounts`); these are the defaults.
 */

/**
 * Status words of orders that are not sales: cancelled, closed, voided, unpaid or awaiting payment,
 * and refunded in full (the money went back, so nothing was bought). Compared after
 * `normaliseStatus`.
 */
export const NOT_A_SALE_STATUSES: readonly string[] = [
	// Cancelled, closed, voided
	'交易关闭',
	'已关闭',
	'订单关闭',
	'已取消',
	'订单取消',
	'取消',
	'已作废',
	'作废',
	'cancelled',
	'canceled',
	'voided',
	'void',
	'failed',
	'expired',
	'declined',
	// Unpaid, awaiting payment
	'未付款',
	'等待买家付款',
	'待付款',
	'待支付',
	'未支付',
	'支付失败',
	'pending',
	'pendingpayment',
	'awaitingpayment',
	'unpaid',
	'notpaid',
	'onhold',
	// Refunded in full
	'已退款',
	'全额退款',
	'退款成功',
	'退款完成',
	'refunded'
];

/**
 * Parts that mark a longer Chinese status as not a sale (`交易关闭（退款）`, `已取消，退款成功`).
 * Only words no sale's status contains: never `退款` alone (a partial refund is still a sale).
 */
const NOT_A_SALE_PARTS: readonly string[] = [
	'交易关闭',
	'已关闭',
	'订单关闭',
	'已取消',
	'订单取消',
	'未付款',
	'待付款',
	'待支付',
	'未支付',
	'等待买家付款'
];

const NOT_A_SALE = new Set(NOT_A_SALE_STATUSES);

/**
 * A status reduced for comparison: NFKC (full-width → ASCII), lower case, without spaces,
 * underscores and hyphens, and without WooCommerce's `wc-` prefix.
 * @example normaliseStatus(' Partially_Refunded ') // → 'partiallyrefunded'
 * @example normaliseStatus('wc-on-hold') // → 'onhold'
 */
export function normaliseStatus(value: string): string {
	return value
		.normalize('NFKC')
		.toLowerCase()
		.replace(/^\s*wc-/, '')
		.replace(/[\s_-]+/g, '');
}

/**
 * Whether an order with this status counts as a sale by default. Empty and unknown statuses
 * count (交易成功, 已完成, 已发货, paid, partially_refunded, authorized…); cancelled, closed,
 * unpaid and fully refunded ones do not.
 * @example statusCountsByDefault('交易成功') // → true
 * @example statusCountsByDefault('等待买家付款') // → false
 * @example statusCountsByDefault('partially_refunded') // → true
 */
export function statusCountsByDefault(value: string): boolean {
	const status = normaliseStatus(value);
	if (status === '') return true;
	if (NOT_A_SALE.has(status)) return false;
	return !NOT_A_SALE_PARTS.some((part) => status.includes(part));
}

/**
 * Whether a status counts, with the user's choices first (keyed by the value as written, trimmed).
 * @example statusCounts('pending', { pending: true }) // → true
 */
export function statusCounts(value: string, choices?: Readonly<Record<string, boolean>>): boolean {
	// Own keys only: a status written `constructor` must not find Object.prototype's.
	if (choices && Object.hasOwn(choices, value)) return choices[value] === true;
	return statusCountsByDefault(value);
}

/**
 * The net amount of an order line in cents: paid − refunded. A refund written as a negative number
 * (some exports sign refunds) subtracts the same; an unknown refund (NaN) subtracts nothing.
 * A refund larger than the payment gives a negative line, counted as a return.
 * @example netCents(12_990, 3_000) // → 9_990
 * @example netCents(12_990, -3_000) // → 9_990
 */
export function netCents(paidCents: number, refundedCents: number): number {
	if (refundedCents !== refundedCents) return paidCents;
	return paidCents - Math.abs(refundedCents);
}

/** One distinct status value of an import, with its rows and whether those rows counted. */
export interface StatusCount {
	/** The value as written (trimmed). */
	value: string;
	rows: number;
	counted: boolean;
}

/** Most distinct status values tallied (a status column has a handful; more means a wrong column). */
export const MAX_STATUS_VALUES = 200;

/**
 * Tallies the status values of an import and decides each once.
 * @example
 * const tally = new StatusTally({});
 * tally.counts('交易成功'); tally.counts('交易关闭'); tally.counts('交易成功');
 * tally.list() // → [{ value: '交易成功', rows: 2, counted: true }, { value: '交易关闭', rows: 1, counted: false }]
 */
export class StatusTally {
	private readonly entries = new Map<string, StatusCount>();
	private readonly choices: Readonly<Record<string, boolean>>;
	private last: StatusCount | null = null;
	private lastCounted = true;

	constructor(choices: Readonly<Record<string, boolean>> = {}) {
		this.choices = choices;
	}

	/** Count a row with this (trimmed) status; true when the row counts as a sale. */
	counts(value: string): boolean {
		let entry = this.entries.get(value);
		if (entry === undefined) {
			const counted = statusCounts(value, this.choices);
			if (this.entries.size >= MAX_STATUS_VALUES) {
				this.last = null;
				this.lastCounted = counted;
				return counted;
			}
			entry = { value, rows: 0, counted };
			this.entries.set(value, entry);
		}
		entry.rows++;
		this.last = entry;
		this.lastCounted = entry.counted;
		return entry.counted;
	}

	/** Count a row with the same status as the last one (no lookup). */
	again(): boolean {
		if (this.last) this.last.rows++;
		return this.lastCounted;
	}

	/** The values seen as first seen (a part's tally, for `absorb`). */
	inOrder(): StatusCount[] {
		return [...this.entries.values()].map((e) => ({ ...e }));
	}

	/**
	 * Whether the tally of the rest of the file (`inOrder`) adds up to what one tally would have
	 * counted: neither left a value out, and together they hold no more than `MAX_STATUS_VALUES`.
	 */
	canAbsorb(later: StatusCount[]): boolean {
		if (this.entries.size >= MAX_STATUS_VALUES || later.length >= MAX_STATUS_VALUES) return false;
		const added = later.filter((e) => !this.entries.has(e.value)).length;
		return this.entries.size + added <= MAX_STATUS_VALUES;
	}

	/**
	 * Add the tally of a later part of the file (check `canAbsorb` first). The last value stays
	 * the importer's own last one, which `again` counts when the importer reads on after the part.
	 */
	absorb(later: StatusCount[]): void {
		for (const theirs of later) {
			const entry = this.entries.get(theirs.value);
			if (entry) entry.rows += theirs.rows;
			else this.entries.set(theirs.value, { ...theirs });
		}
	}

	/** The values seen, most rows first (then as first seen). */
	list(): StatusCount[] {
		return [...this.entries.values()].sort((a, b) => b.rows - a.rows).map((e) => ({ ...e }));
	}
}
