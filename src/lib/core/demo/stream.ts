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
 *
 * This file holds the stream's contract and phase 2; phase 1 is `simulate.ts`, the model's
 * numbers are in `model.ts`, the order storage and its sort in `order-log.ts`.
 */
import { dayFromMonthIndex, dayFromYmd, monthIndexFromDay } from '../calendar';
import type { DayNumber } from '../calendar';
import { DEMO_CITIES, DEMO_PRODUCTS } from './catalog';
import {
	FAVOURITE_SHARE,
	MAX_LINES_PER_ORDER,
	categoryProducts,
	giftSeasonProductCdf,
	productCdf
} from './model';
import { chronological, MINUTES_PER_DAY } from './order-log';
import type { CustomerLog, OrderLog } from './order-log';
import { Random, pickIndex } from './random';
import { simulateOrders } from './simulate';

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

	private readonly orders: OrderLog;
	private readonly customers: CustomerLog;
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
		const { orders, customers, monthOfDay, lines } = simulateOrders({
			seed,
			firstDay: this.firstDay,
			days,
			customers: fixedCustomers,
			rowLimit
		});
		this.orders = orders;
		this.customers = customers;
		this.monthOfDay = monthOfDay;

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
