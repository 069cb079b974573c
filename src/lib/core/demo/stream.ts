/**
 * The demo shop's event stream: one seeded simulation that the columnar generator and the CSV
 * writer both read, line by line, so the same seed always gives the same data in either form.
 *
 * The model is the Pareto/NBD–BG/NBD story of customer-base analysis:
 * - each customer is acquired on some day (acquisitions grow over the window and follow the
 *   seasons) and that day is their first purchase;
 * - while alive they buy as a Poisson process whose rate is gamma-distributed across customers,
 *   modulated by month and weekday demand;
 * - after every purchase they drop out for good with their own beta-distributed probability;
 * - basket size (lines per order, units per line) scales with a gamma-distributed spend level.
 * A few percent of orders are partly returned some days later, as their own order.
 *
 * Phase 1 simulates customers into compact typed arrays of *orders* (no lines yet); phase 2 sorts
 * the orders chronologically with a counting sort and expands each into lines on demand, from a
 * per-order seed. Nothing is allocated per line: the stream fills one reused `DemoLine`.
 */
import { dayFromMonthIndex, dayFromYmd, monthIndexFromDay, ymdFromDay } from '../calendar';
import type { DayNumber } from '../calendar';
import {
	DEMO_CATEGORIES,
	DEMO_CHANNELS,
	DEMO_CITIES,
	DEMO_PRODUCTS,
	GIFT_CATEGORY,
	HOUR_DEMAND,
	MONTH_DEMAND,
	WEEKDAY_DEMAND
} from './catalog';
import { Random, cumulativeWeights, pickIndex } from './random';

/** What to generate. Every field is optional; the defaults make the stable built-in demo. */
export interface DemoOptions {
	/** PRNG seed (any 32-bit integer). Default 20251231. */
	seed?: number;
	/**
	 * Number of customers. Default 4,000, or — when only `rows` is given — as many as it takes to
	 * reach `rows` lines.
	 */
	customers?: number;
	/** Stop after exactly this many lines (fewer only if fixed `customers` produce fewer). */
	rows?: number;
	/** Last day of the data. Default 2025-12-31, so the built-in demo never changes. */
	endDay?: DayNumber;
	/** Whole calendar months covered, ending with the month of `endDay`. Default 24. */
	months?: number;
}

export const DEMO_DEFAULTS = {
	seed: 20251231,
	customers: 4000,
	endDay: dayFromYmd(2025, 12, 31),
	months: 24
} as const;

/** Invoice numbers count up from here, so ids look like a UCI Online Retail export. */
export const INVOICE_BASE = 500_001;

/** One line of the stream. The stream reuses a single object: copy what you keep. */
export interface DemoLine {
	/** Dense customer index, in order of first appearance (index into `customerIds`). */
	customer: number;
	day: DayNumber;
	/** Minute of the day, 0–1439. */
	minute: number;
	/** Dense order index, in order of first appearance; a return is its own order. */
	order: number;
	isReturn: boolean;
	/** Index into `DEMO_PRODUCTS`. */
	product: number;
	/** Index into `DEMO_CATEGORIES`. */
	category: number;
	/** Units; negative on return lines. */
	quantity: number;
	unitPriceCents: number;
	/** quantity × unitPriceCents. */
	amountCents: number;
	/** Index into `DEMO_COUNTRIES`. */
	country: number;
	/** Index into `DEMO_CITIES`. */
	city: number;
	/** Index into `DEMO_CHANNELS`. */
	channel: number;
}

/** A pull-based cursor over the demo lines in chronological order. */
export interface DemoLineStream {
	/** The current line, valid after `next()` returned true and until the next call. */
	readonly line: Readonly<DemoLine>;
	/** Customer ids ('C00001', …) of the customers seen so far, by dense index. */
	readonly customerIds: readonly string[];
	/** Exact number of lines the stream will produce. */
	readonly totalLines: number;
	/** First and last calendar day of the window. */
	readonly firstDay: DayNumber;
	readonly lastDay: DayNumber;
	/** Advance to the next line; false when the stream is exhausted. */
	next(): boolean;
	/** Orders started so far (after exhaustion: the dataset's order count). */
	readonly orderCount: number;
}

// --- Model parameters -------------------------------------------------------------------------

/** Acquisitions per day at the window's end relative to its start: the shop is growing. */
const ACQUISITION_GROWTH = 2;
/** Months of trading simulated before the window; their orders are not part of the data. */
const LEAD_IN_MONTHS = 12;
/** Purchase rate λ ~ Gamma(shape, mean): most customers buy rarely, a few very often. */
const RATE_SHAPE = 0.7;
const RATE_MEAN_PER_YEAR = 10;
/** Dropout probability after each purchase p ~ Beta(α, β), mean ≈ 0.3. */
const DROPOUT_ALPHA = 1.4;
const DROPOUT_BETA = 2.8;
/** Spend level ~ Gamma(shape, 1/shape) (mean 1): scales lines per order and units per line. */
const SPEND_SHAPE = 1.1;
/** Mean number of lines per order beyond the first, for a spend level of 1. */
const EXTRA_LINES_MEAN = 2.6;
const MAX_LINES_PER_ORDER = 30;
/** Share of a customer's lines taken from their favourite category. */
const FAVOURITE_SHARE = 0.45;
/** Share of a customer's orders placed on their preferred channel. */
const PREFERRED_CHANNEL_SHARE = 0.85;
/** Probability that a purchase is partly returned, and the mean days until the return. */
const RETURN_PROBABILITY = 0.07;
const RETURN_DELAY_MEAN = 9;
/** Gift-category demand multiplier in November and December. */
const GIFT_SEASON_BOOST = 3;

const MINUTES_PER_DAY = 1440;

/** Growable typed arrays of simulated orders. */
class OrderLog {
	length = 0;
	key = new Int32Array(1024);
	customer = new Int32Array(1024);
	seed = new Uint32Array(1024);
	lines = new Uint8Array(1024);
	channel = new Uint8Array(1024);
	/** Index of the returned order, or −1 for a purchase. */
	source = new Int32Array(1024);

	push(
		key: number,
		customer: number,
		seed: number,
		lines: number,
		channel: number,
		source: number
	) {
		if (this.length === this.key.length) this.grow();
		const i = this.length++;
		this.key[i] = key;
		this.customer[i] = customer;
		this.seed[i] = seed;
		this.lines[i] = lines;
		this.channel[i] = channel;
		this.source[i] = source;
		return i;
	}

	private grow() {
		const size = this.key.length * 2;
		const widen = <T extends Int32Array | Uint32Array | Uint8Array>(
			old: T,
			make: (n: number) => T
		) => {
			const next = make(size);
			next.set(old);
			return next;
		};
		this.key = widen(this.key, (n) => new Int32Array(n));
		this.customer = widen(this.customer, (n) => new Int32Array(n));
		this.seed = widen(this.seed, (n) => new Uint32Array(n));
		this.lines = widen(this.lines, (n) => new Uint8Array(n));
		this.channel = widen(this.channel, (n) => new Uint8Array(n));
		this.source = widen(this.source, (n) => new Int32Array(n));
	}
}

/** Growable per-customer traits. */
class CustomerLog {
	length = 0;
	city = new Uint8Array(1024);
	favourite = new Uint8Array(1024);
	spend = new Float64Array(1024);

	push(city: number, favourite: number, spend: number) {
		if (this.length === this.city.length) {
			const size = this.city.length * 2;
			const city = new Uint8Array(size);
			const favourite = new Uint8Array(size);
			const spendLevel = new Float64Array(size);
			city.set(this.city);
			favourite.set(this.favourite);
			spendLevel.set(this.spend);
			this.city = city;
			this.favourite = favourite;
			this.spend = spendLevel;
		}
		const i = this.length++;
		this.city[i] = city;
		this.favourite[i] = favourite;
		this.spend[i] = spend;
	}
}

/** Tables derived once from the catalog. */
const productCdf = cumulativeWeights(DEMO_PRODUCTS.map((p) => p.weight));
const giftSeasonProductCdf = cumulativeWeights(
	DEMO_PRODUCTS.map((p) => p.weight * (p.category === GIFT_CATEGORY ? GIFT_SEASON_BOOST : 1))
);
/** Per category: its products' indexes and a cumulative table over them. */
const categoryProducts = DEMO_CATEGORIES.map((_, c) => {
	const members = DEMO_PRODUCTS.flatMap((p, i) => (p.category === c ? [i] : []));
	return { members, cdf: cumulativeWeights(members.map((i) => DEMO_PRODUCTS[i].weight)) };
});
const categoryCdf = cumulativeWeights(
	categoryProducts.map(({ members }) => members.reduce((s, i) => s + DEMO_PRODUCTS[i].weight, 0))
);
const cityCdf = cumulativeWeights(DEMO_CITIES.map((c) => c.weight));
const channelCdf = cumulativeWeights(DEMO_CHANNELS.map((c) => c.weight));
const hourCdf = cumulativeWeights(HOUR_DEMAND);
/** Returns are processed in working hours. */
const returnHourCdf = cumulativeWeights(HOUR_DEMAND.map((w, h) => (h >= 9 && h < 18 ? w : 0)));

/**
 * Open the demo's line stream. Simulation (phase 1) runs here; lines are produced by `next()`.
 * @example
 * const lines = openDemoLines({ customers: 10, seed: 1 });
 * while (lines.next()) console.log(lines.line.day, lines.line.amountCents);
 */
export function openDemoLines(options: DemoOptions = {}): DemoLineStream {
	return new DemoLines(options);
}

class DemoLines implements DemoLineStream {
	readonly line: DemoLine = {
		customer: 0,
		day: 0,
		minute: 0,
		order: 0,
		isReturn: false,
		product: 0,
		category: 0,
		quantity: 0,
		unitPriceCents: 0,
		amountCents: 0,
		country: 0,
		city: 0,
		channel: 0
	};
	readonly customerIds: string[] = [];
	readonly totalLines: number;
	readonly firstDay: DayNumber;
	readonly lastDay: DayNumber;
	orderCount = 0;

	private readonly orders = new OrderLog();
	private readonly customers = new CustomerLog();
	/** Dense customer index per simulated customer, −1 until first seen. */
	private readonly denseCustomer: Int32Array;
	/** Simulated order indexes in chronological order. */
	private readonly sequence: Int32Array;
	/** Month (1–12) of each day of the window. */
	private readonly monthOfDay: Uint8Array;
	private readonly lineRandom = new Random(0);
	private position = -1;
	private emitted = 0;
	// The current order's lines, expanded from its seed.
	private readonly orderProducts = new Int32Array(MAX_LINES_PER_ORDER);
	private readonly orderQuantities = new Int32Array(MAX_LINES_PER_ORDER);
	private orderLines = 0;
	private lineInOrder = 0;
	// Scratch for re-expanding a returned order, and for distinct products within an order.
	private readonly sourceProducts = new Int32Array(MAX_LINES_PER_ORDER);
	private readonly sourceQuantities = new Int32Array(MAX_LINES_PER_ORDER);
	private readonly productStamp = new Int32Array(DEMO_PRODUCTS.length);
	private stamp = 0;

	constructor(options: DemoOptions) {
		const seed = options.seed ?? DEMO_DEFAULTS.seed;
		const endDay = options.endDay ?? DEMO_DEFAULTS.endDay;
		const months = Math.max(1, Math.floor(options.months ?? DEMO_DEFAULTS.months));
		const rowLimit = options.rows === undefined ? Infinity : Math.max(0, Math.floor(options.rows));
		const fixedCustomers =
			options.customers !== undefined || options.rows === undefined
				? Math.max(0, Math.floor(options.customers ?? DEMO_DEFAULTS.customers))
				: Infinity;

		this.firstDay = dayFromMonthIndex(monthIndexFromDay(endDay) - months + 1);
		this.lastDay = endDay;
		const days = endDay - this.firstDay + 1;

		// The shop already trades before the window: customers acquired in the lead-in months buy
		// into the window too, so the first months are not empty. Index 0 is the lead-in's first day.
		const leadIn =
			this.firstDay - dayFromMonthIndex(monthIndexFromDay(this.firstDay) - LEAD_IN_MONTHS);
		const span = leadIn + days;
		this.monthOfDay = new Uint8Array(days);
		const demand = new Float64Array(span);
		const acquisition = new Float64Array(span);
		for (let d = 0; d < span; d++) {
			const dayNumber = this.firstDay - leadIn + d;
			const month = ymdFromDay(dayNumber).month;
			// 1970-01-01 was a Thursday; weekday 0 is Monday.
			const weekday = (((dayNumber + 3) % 7) + 7) % 7;
			if (d >= leadIn) this.monthOfDay[d - leadIn] = month;
			demand[d] = MONTH_DEMAND[month - 1] * WEEKDAY_DEMAND[weekday];
			acquisition[d] =
				demand[d] * Math.pow(ACQUISITION_GROWTH, (d - leadIn) / Math.max(1, days - 1));
		}
		const acquisitionCdf = cumulativeWeights(acquisition);
		let peakDemand = 0;
		for (let d = 0; d < span; d++) peakDemand = Math.max(peakDemand, demand[d]);

		const random = new Random(seed);
		const orders = this.orders;
		const customers = this.customers;
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

		this.totalLines = Math.min(lines, rowLimit);
		this.denseCustomer = new Int32Array(customers.length).fill(-1);
		this.sequence = chronological(orders.key, orders.length, days * MINUTES_PER_DAY);
	}

	next(): boolean {
		if (this.emitted >= this.totalLines) return false;
		while (this.lineInOrder >= this.orderLines) {
			this.position++;
			if (this.position >= this.orders.length) return false;
			this.startOrder(this.sequence[this.position]);
		}
		const line = this.line;
		const product = this.orderProducts[this.lineInOrder];
		const quantity = this.orderQuantities[this.lineInOrder];
		const { priceCents, category } = DEMO_PRODUCTS[product];
		line.product = product;
		line.category = category;
		line.quantity = quantity;
		line.unitPriceCents = priceCents;
		line.amountCents = quantity * priceCents;
		this.lineInOrder++;
		this.emitted++;
		return true;
	}

	private startOrder(index: number) {
		const orders = this.orders;
		const customer = orders.customer[index];
		let dense = this.denseCustomer[customer];
		if (dense < 0) {
			dense = this.denseCustomer[customer] = this.customerIds.length;
			this.customerIds.push('C' + String(dense + 1).padStart(5, '0'));
		}
		const key = orders.key[index];
		const dayOffset = Math.floor(key / MINUTES_PER_DAY);
		const city = this.customers.city[customer];
		const line = this.line;
		line.customer = dense;
		line.day = this.firstDay + dayOffset;
		line.minute = key - dayOffset * MINUTES_PER_DAY;
		line.order = this.orderCount++;
		line.city = city;
		line.country = DEMO_CITIES[city].country;
		line.channel = orders.channel[index];

		const source = orders.source[index];
		line.isReturn = source >= 0;
		this.lineInOrder = 0;
		this.orderLines = orders.lines[index];
		if (source < 0) {
			this.expandOrder(index, this.orderProducts, this.orderQuantities);
			return;
		}
		// A return takes back one or two lines of its purchase, wholly or in part.
		const sourceLines = orders.lines[source];
		this.expandOrder(source, this.sourceProducts, this.sourceQuantities);
		const random = this.lineRandom;
		random.reseed(orders.seed[index]);
		const first = random.int(sourceLines);
		for (let i = 0; i < this.orderLines; i++) {
			const j = i === 0 ? first : (first + 1 + random.int(sourceLines - 1)) % sourceLines;
			const bought = this.sourceQuantities[j];
			const back = bought <= 2 || random.float() < 0.6 ? bought : 1 + random.int(bought);
			this.orderProducts[i] = this.sourceProducts[j];
			this.orderQuantities[i] = -back;
		}
	}

	/** Products and units of a purchase's lines, re-derived from its seed. */
	private expandOrder(index: number, products: Int32Array, quantities: Int32Array) {
		const orders = this.orders;
		const random = this.lineRandom;
		random.reseed(orders.seed[index]);
		const customer = orders.customer[index];
		const spend = this.customers.spend[customer];
		const favourite = categoryProducts[this.customers.favourite[customer]];
		const month = this.monthOfDay[Math.floor(orders.key[index] / MINUTES_PER_DAY)];
		const overall = month >= 11 ? giftSeasonProductCdf : productCdf;
		const stamp = ++this.stamp;
		const count = orders.lines[index];
		for (let i = 0; i < count; i++) {
			let product = 0;
			// Distinct products within an order, as in a real basket; give up after a few tries.
			for (let attempt = 0; attempt < 8; attempt++) {
				product =
					random.float() < FAVOURITE_SHARE
						? favourite.members[pickIndex(favourite.cdf, random.float())]
						: pickIndex(overall, random.float());
				if (this.productStamp[product] !== stamp) break;
			}
			this.productStamp[product] = stamp;
			products[i] = product;
			quantities[i] = 1 + random.poisson(DEMO_PRODUCTS[product].extraUnits * spend);
		}
	}
}

/** A minute of the day drawn from an hour table, uniform within the hour. */
function minuteOf(random: Random, hours: Float64Array): number {
	return pickIndex(hours, random.float()) * 60 + random.int(60);
}

/** Bits of the key sorted per pass of `chronological`: 2,048 buckets. */
const RADIX_BITS = 11;

/**
 * Indexes 0…length − 1 sorted by `keys[i]`, stable (equal keys keep index order); keys lie in
 * [0, keyCount). An LSD radix sort by 11-bit digits: for the demo's ~1M minutes in the window,
 * two passes over the orders and two 2,048-slot tables, where one counting sort zeroed and
 * summed a million-slot table on every first visit (issue 18).
 * @example chronological(Int32Array.of(5, 1, 5, 0), 4, 8) // → Int32Array [3, 1, 0, 2]
 */
export function chronological(keys: Int32Array, length: number, keyCount: number): Int32Array {
	const size = 1 << RADIX_BITS;
	const mask = size - 1;
	const counts = new Int32Array(size + 1);
	let order = new Int32Array(length);
	for (let i = 0; i < length; i++) order[i] = i;
	let spare = new Int32Array(length);
	for (let shift = 0; shift < 31 && (keyCount - 1) >>> shift > 0; shift += RADIX_BITS) {
		counts.fill(0);
		for (let i = 0; i < length; i++) counts[((keys[i] >>> shift) & mask) + 1]++;
		for (let d = 0; d < size; d++) counts[d + 1] += counts[d];
		for (let i = 0; i < length; i++) {
			const index = order[i];
			spare[counts[(keys[index] >>> shift) & mask]++] = index;
		}
		[order, spare] = [spare, order];
	}
	return order;
}
