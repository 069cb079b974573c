/**
 * What a campaign did: target vs control since the campaign date, on purchase rate, revenue per
 * customer and orders per customer, each difference with its 95 % interval, and the incremental
 * revenue.
 */
import type { DayNumber } from '../calendar';
import type { PreparedOrders } from '../analytics/prepare';
import { moments, newcombeInterval, welchInterval } from './intervals';
import type { DifferenceInterval, WelchInterval } from './intervals';

/** Per list position: what the customer did in the measurement window. */
export interface CampaignOutcomes {
	/** Purchases (orders with amount > 0) dated in the window. */
	purchases: Int32Array;
	/** Net amount of all the customer's orders dated in the window (returns included), cents. */
	revenueCents: Float64Array;
}

/**
 * Each listed customer's purchases and net revenue from the campaign day to D, both included.
 * `members` are customer indexes in list order; `prepared` holds every order of the dataset.
 * @example
 * // customer 0: +10.00 on day 5, +20.00 on day 12, −5.00 on day 13; campaign on day 10, D = 30
 * campaignOutcomes(prepared, Int32Array.of(0), 10, 30)
 * // → { purchases: [1], revenueCents: [1500] }
 */
export function campaignOutcomes(
	prepared: PreparedOrders,
	members: ArrayLike<number>,
	campaignDay: DayNumber,
	asOfDay: DayNumber
): CampaignOutcomes {
	const purchases = new Int32Array(members.length);
	const revenueCents = new Float64Array(members.length);
	const { offsets, day, amountCents } = prepared;
	for (let k = 0; k < members.length; k++) {
		const c = members[k];
		for (let i = offsets[c]; i < offsets[c + 1]; i++) {
			if (day[i] < campaignDay) continue;
			if (day[i] > asOfDay) break;
			revenueCents[k] += amountCents[i];
			if (amountCents[i] > 0) purchases[k]++;
		}
	}
	return { purchases, revenueCents };
}

/** One group's figures in the window. */
export interface GroupOutcome {
	customers: number;
	/** Customers with at least one purchase. */
	buyers: number;
	/** buyers ÷ customers (0 for an empty group). */
	purchaseRate: number;
	revenuePerCustomerCents: number;
	ordersPerCustomer: number;
}

/** A difference with its interval and whether the interval excludes 0. */
export type Measured<I extends DifferenceInterval> = (I & { significant: boolean }) | null;

export interface CampaignMeasurement {
	target: GroupOutcome;
	control: GroupOutcome;
	/** Target − control purchase rate, Newcombe hybrid score interval. */
	purchaseRate: Measured<DifferenceInterval>;
	/** Target − control revenue per customer (cents), Welch interval. */
	revenuePerCustomer: Measured<WelchInterval>;
	/** Target − control purchases per customer, Welch interval. */
	ordersPerCustomer: Measured<WelchInterval>;
	/** Revenue difference per customer × target customers (cents), interval scaled the same way. */
	incrementalRevenue: Measured<DifferenceInterval>;
	/** No difference's interval excludes 0 yet (or a group is too small to tell). */
	notYetSignificant: boolean;
}

const significant = <I extends DifferenceInterval>(interval: I | null): Measured<I> =>
	interval && { ...interval, significant: interval.lower > 0 || interval.upper < 0 };

/**
 * Compare the target group (control[k] = 0) with the control group (1) on the outcomes.
 * @example
 * // target buyers 30 of 100, control 10 of 100 → purchaseRate.difference 0.2, interval
 * // [0.0900, 0.3058] (Newcombe), significant
 */
export function measureCampaign(
	outcomes: CampaignOutcomes,
	control: Uint8Array
): CampaignMeasurement {
	const groups = [0, 1].map((group) => {
		let size = 0;
		for (let k = 0; k < control.length; k++) if (control[k] === group) size++;
		const orders = new Float64Array(size);
		const revenue = new Float64Array(size);
		let buyers = 0;
		for (let k = 0, j = 0; k < control.length; k++) {
			if (control[k] !== group) continue;
			orders[j] = outcomes.purchases[k];
			revenue[j++] = outcomes.revenueCents[k];
			if (outcomes.purchases[k] > 0) buyers++;
		}
		return { buyers, orders: moments(orders), revenue: moments(revenue) };
	});
	const [t, c] = groups;
	const outcome = (g: (typeof groups)[number]): GroupOutcome => ({
		customers: g.orders.n,
		buyers: g.buyers,
		purchaseRate: g.orders.n === 0 ? 0 : g.buyers / g.orders.n,
		revenuePerCustomerCents: g.revenue.mean,
		ordersPerCustomer: g.orders.mean
	});
	const revenue = welchInterval(t.revenue, c.revenue);
	const scale = t.orders.n;
	const result = {
		target: outcome(t),
		control: outcome(c),
		purchaseRate: significant(newcombeInterval(t.buyers, t.orders.n, c.buyers, c.orders.n)),
		revenuePerCustomer: significant(revenue),
		ordersPerCustomer: significant(welchInterval(t.orders, c.orders)),
		incrementalRevenue: significant(
			revenue && {
				difference: revenue.difference * scale,
				lower: revenue.lower * scale,
				upper: revenue.upper * scale
			}
		)
	};
	return {
		...result,
		notYetSignificant: ![
			result.purchaseRate,
			result.revenuePerCustomer,
			result.ordersPerCustomer
		].some((m) => m?.significant)
	};
}
