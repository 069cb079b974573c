/**
 * Phase 1 of the demo's line stream (`stream.ts`): customers simulated into compact typed arrays
 * of orders, no lines yet. Apart from the stream because this is the model's story (acquisition,
 * seasonal Poisson buying, dropout, returns), while the stream only hands out the lines of these
 * orders in time order; each reads without the other's details.
 */
import { dayFromMonthIndex, monthIndexFromDay, ymdFromDay } from '../calendar';
import type { DayNumber } from '../calendar';
import { MONTH_DEMAND, WEEKDAY_DEMAND } from './catalog';
import {
	ACQUISITION_GROWTH,
	DROPOUT_ALPHA,
	DROPOUT_BETA,
	EXTRA_LINES_MEAN,
	LEAD_IN_MONTHS,
	MAX_LINES_PER_ORDER,
	PREFERRED_CHANNEL_SHARE,
	RATE_MEAN_PER_YEAR,
	RATE_SHAPE,
	RETURN_DELAY_MEAN,
	RETURN_PROBABILITY,
	SPEND_SHAPE,
	categoryCdf,
	channelCdf,
	cityCdf,
	hourCdf,
	returnHourCdf
} from './model';
import { CustomerLog, MINUTES_PER_DAY, OrderLog } from './order-log';
import { Random, cumulativeWeights, pickIndex } from './random';

/** What to simulate, with the stream's defaults applied. */
export interface SimulationPlan {
	seed: number;
	/** First calendar day of the window. */
	firstDay: DayNumber;
	/** Days in the window. */
	days: number;
	/** Customers to simulate; Infinity: as many as `rowLimit` lines take. */
	customers: number;
	/** Lines after which no further customer is simulated; Infinity: no limit. */
	rowLimit: number;
}

/** The simulated orders of the window and what the stream needs to expand them into lines. */
export interface Simulation {
	orders: OrderLog;
	/** Traits of the customers who buy inside the window, by simulated customer index. */
	customers: CustomerLog;
	/** Month (1–12) of each day of the window. */
	monthOfDay: Uint8Array;
	/** Lines of all orders kept (the last customer's orders may pass `rowLimit`). */
	lines: number;
}

/**
 * Simulate the demo's customers into orders (no lines yet), from the seed alone.
 * @example
 * const { orders, customers } = simulateOrders({
 *   seed: 1, firstDay: dayFromYmd(2025, 1, 1), days: 365, customers: 10, rowLimit: Infinity
 * });
 * // customers.length ≤ 10 (only those who buy inside the window); orders.key[i] = minute in it
 */
export function simulateOrders(plan: SimulationPlan): Simulation {
	const { firstDay, days } = plan;
	const fixedCustomers = plan.customers;
	const rowLimit = plan.rowLimit;

	// The shop already trades before the window: customers acquired in the lead-in months buy
	// into the window too, so the first months are not empty. Index 0 is the lead-in's first day.
	const leadIn = firstDay - dayFromMonthIndex(monthIndexFromDay(firstDay) - LEAD_IN_MONTHS);
	const span = leadIn + days;
	const monthOfDay = new Uint8Array(days);
	const demand = new Float64Array(span);
	const acquisition = new Float64Array(span);
	for (let d = 0; d < span; d++) {
		const dayNumber = firstDay - leadIn + d;
		const month = ymdFromDay(dayNumber).month;
		// 1970-01-01 was a Thursday; weekday 0 is Monday.
		const weekday = (((dayNumber + 3) % 7) + 7) % 7;
		if (d >= leadIn) monthOfDay[d - leadIn] = month;
		demand[d] = MONTH_DEMAND[month - 1] * WEEKDAY_DEMAND[weekday];
		acquisition[d] = demand[d] * Math.pow(ACQUISITION_GROWTH, (d - leadIn) / Math.max(1, days - 1));
	}
	const acquisitionCdf = cumulativeWeights(acquisition);
	let peakDemand = 0;
	for (let d = 0; d < span; d++) peakDemand = Math.max(peakDemand, demand[d]);

	const random = new Random(plan.seed);
	const orders = new OrderLog();
	const customers = new CustomerLog();
	let lines = 0;
	const meanRate = RATE_MEAN_PER_YEAR / 365.25;
	/** Simulate one order on `day` (a window day offset); lead-in orders are drawn but not kept. */
	const recordOrder = (customer: number, day: number, channel: number, spend: number) => {
		const extraLines = EXTRA_LINES_MEAN * Math.sqrt(spend);
		const count = Math.min(MAX_LINES_PER_ORDER, 1 + random.geometric(1 / (1 + extraLines)));
		const key = day * MINUTES_PER_DAY + minuteOf(random, hourCdf);
		const seed = random.uint32();
		const returns = random.float() < RETURN_PROBABILITY;
		if (day < 0) return;
		const purchase = orders.push(key, customer, seed, count, channel, -1);
		lines += count;
		if (returns) {
			const returnDay = day + 1 + random.poisson(RETURN_DELAY_MEAN - 1);
			const returned = count > 1 && random.float() < 0.25 ? 2 : 1;
			const returnKey = returnDay * MINUTES_PER_DAY + minuteOf(random, returnHourCdf);
			const returnSeed = random.uint32();
			if (returnDay < days) {
				orders.push(returnKey, customer, returnSeed, returned, channel, purchase);
				lines += returned;
			}
		}
	};

	while (customers.length < fixedCustomers && lines < rowLimit) {
		const customer = customers.length;
		const rate = random.gamma(RATE_SHAPE, meanRate / RATE_SHAPE);
		const dropout = random.beta(DROPOUT_ALPHA, DROPOUT_BETA);
		const spend = random.gamma(SPEND_SHAPE, 1 / SPEND_SHAPE);
		const preferredChannel = pickIndex(channelCdf, random.float());
		const city = pickIndex(cityCdf, random.float());
		const favourite = pickIndex(categoryCdf, random.float());
		const channelOf = () =>
			random.float() < PREFERRED_CHANNEL_SHARE
				? preferredChannel
				: pickIndex(channelCdf, random.float());

		const ordersBefore = orders.length;
		let day = pickIndex(acquisitionCdf, random.float());
		let time = day + random.float();
		recordOrder(customer, day - leadIn, channelOf(), spend);
		// Thinning: candidate times at the peak rate, each kept with probability demand / peak.
		while (random.float() >= dropout) {
			const peakRate = rate * peakDemand;
			for (;;) {
				time += random.exponential(peakRate);
				day = Math.floor(time);
				if (day >= span || random.float() * peakDemand < demand[day]) break;
			}
			if (day >= span) break;
			recordOrder(customer, day - leadIn, channelOf(), spend);
		}
		// Only customers who buy inside the window exist in the data.
		if (orders.length > ordersBefore) customers.push(city, favourite, spend);
	}

	return { orders, customers, monthOfDay, lines };
}

/** A minute of the day drawn from an hour table, uniform within the hour. */
function minuteOf(random: Random, hours: Float64Array): number {
	return pickIndex(hours, random.float()) * 60 + random.int(60);
}
