import { describe, expect, it } from 'vitest';
import { dayFromYmd, monthIndexFromDay, ymdFromDay } from '../calendar';
import { CHUNK_ROWS, chunkLength, dayRange } from '../columns';
import type { LineChunk } from '../columns';
import { buildOrders } from '../orders';
import { DEMO_CITIES, DEMO_COUNTRIES, DEMO_PRODUCTS } from './catalog';
import { DEMO_ATTRIBUTES, generateDemoColumns } from './generate';
import { DEMO_DEFAULTS, openDemoLines } from './stream';

// Speed is measured by `npm run bench`, never asserted here: wall-clock limits fail on a busy machine.
const demo = generateDemoColumns();
const orders = buildOrders(demo.chunks, demo.orderCount);

/** One column of all chunks, concatenated. */
function column(chunks: LineChunk[], pick: (chunk: LineChunk) => ArrayLike<number>): number[] {
	return chunks.flatMap((chunk) => Array.from(pick(chunk)));
}

describe('the default demo', () => {
	it('has the default 4,000 customers, each with at least one purchase', () => {
		expect(demo.customerIds.length).toBe(DEMO_DEFAULTS.customers);
		expect(demo.customerIds[0]).toBe('C00001');
		expect(demo.customerIds[3999]).toBe('C04000');
		const purchases = new Int32Array(demo.customerIds.length);
		for (let o = 0; o < orders.length; o++)
			if (orders.amountCents[o] > 0) purchases[orders.customer[o]]++;
		expect(purchases.every((count) => count > 0)).toBe(true);
		expect(demo.lineCount).toBeGreaterThan(30_000);
	});

	it('spans 24 whole months ending on 2025-12-31', () => {
		const range = dayRange(demo.chunks)!;
		expect(range.last).toBe(dayFromYmd(2025, 12, 31));
		expect(range.first).toBeLessThanOrEqual(dayFromYmd(2024, 1, 3));
		expect(demo.firstDay).toBe(dayFromYmd(2024, 1, 1));
		const months = new Set(column(demo.chunks, (c) => c.day).map(monthIndexFromDay));
		expect(months.size).toBe(24);
	});

	it('has a realistic share of one-time buyers (40–60%)', () => {
		const purchases = new Int32Array(demo.customerIds.length);
		for (let o = 0; o < orders.length; o++)
			if (orders.amountCents[o] > 0) purchases[orders.customer[o]]++;
		const oneTime = purchases.filter((count) => count === 1).length / purchases.length;
		expect(oneTime).toBeGreaterThan(0.4);
		expect(oneTime).toBeLessThan(0.6);
		// …and a long tail of loyal customers.
		expect(Math.max(...purchases)).toBeGreaterThanOrEqual(20);
	});

	it('has a few percent of return lines, each return its own later order', () => {
		const amounts = column(demo.chunks, (c) => c.amountCents);
		const share = amounts.filter((a) => a < 0).length / amounts.length;
		expect(share).toBeGreaterThanOrEqual(0.01);
		expect(share).toBeLessThanOrEqual(0.06);
		expect(demo.returnLineCount).toBe(amounts.filter((a) => a < 0).length);
		// No order mixes purchase and return lines.
		const order = column(demo.chunks, (c) => c.order);
		const sign = new Int8Array(demo.orderCount);
		let mixed = 0;
		amounts.forEach((a, i) => {
			const s = a < 0 ? -1 : 1;
			if (sign[order[i]] === 0) sign[order[i]] = s;
			else if (sign[order[i]] !== s) mixed++;
		});
		expect(mixed).toBe(0);
	});

	it('peaks in November and December and dips in summer', () => {
		const revenue = new Map<number, number>();
		for (let o = 0; o < orders.length; o++) {
			const m = monthIndexFromDay(orders.day[o]);
			revenue.set(m, (revenue.get(m) ?? 0) + orders.amountCents[o]);
		}
		const average = [...revenue.values()].reduce((a, b) => a + b, 0) / revenue.size;
		const ofMonths = (months: number[]) => {
			const picked = [...revenue].filter(([m]) => months.includes((m % 12) + 1));
			return picked.reduce((s, [, r]) => s + r, 0) / picked.length;
		};
		expect(ofMonths([11, 12])).toBeGreaterThan(1.3 * average);
		expect(ofMonths([7, 8])).toBeLessThan(average);
	});

	it('has a heavy monetary tail: the top 20% of customers hold at least half the revenue', () => {
		const revenue = new Float64Array(demo.customerIds.length);
		for (let o = 0; o < orders.length; o++) revenue[orders.customer[o]] += orders.amountCents[o];
		const sorted = [...revenue].sort((a, b) => b - a);
		const total = sorted.reduce((a, b) => a + b, 0);
		const top = sorted.slice(0, Math.ceil(sorted.length / 5)).reduce((a, b) => a + b, 0);
		expect(top / total).toBeGreaterThanOrEqual(0.5);
	});

	it('numbers customers and orders densely in order of first appearance', () => {
		for (const key of ['customer', 'order'] as const) {
			let next = 0;
			let skipped = 0;
			for (const v of column(demo.chunks, (c) => c[key])) {
				if (v > next) skipped++;
				if (v === next) next++;
			}
			expect(skipped).toBe(0);
			expect(next).toBe(key === 'customer' ? demo.customerIds.length : demo.orderCount);
		}
		// Each order belongs to one customer on one day.
		const customers = column(demo.chunks, (c) => c.customer);
		const days = column(demo.chunks, (c) => c.day);
		const strays = column(demo.chunks, (c) => c.order).filter(
			(o, i) => customers[i] !== orders.customer[o] || days[i] !== orders.day[o]
		);
		expect(strays).toEqual([]);
	});

	it('is chronological, with exact integer cents', () => {
		const days = column(demo.chunks, (c) => c.day);
		expect(days.every((d, i) => i === 0 || d >= days[i - 1])).toBe(true);
		expect(column(demo.chunks, (c) => c.amountCents).every(Number.isInteger)).toBe(true);
		const stream = openDemoLines({ customers: 200 });
		let wrong = 0;
		while (stream.next()) {
			const line = stream.line;
			if (
				line.amountCents !== line.quantity * line.unitPriceCents ||
				line.unitPriceCents !== DEMO_PRODUCTS[line.product].priceCents ||
				Math.sign(line.quantity) !== (line.isReturn ? -1 : 1)
			)
				wrong++;
		}
		expect(wrong).toBe(0);
	});

	it('fills whole chunks and dictionaries that decode every attribute', () => {
		expect(demo.chunks.length).toBe(Math.ceil(demo.lineCount / CHUNK_ROWS));
		demo.chunks.slice(0, -1).forEach((chunk) => expect(chunkLength(chunk)).toBe(CHUNK_ROWS));
		expect(demo.chunks.reduce((s, c) => s + chunkLength(c), 0)).toBe(demo.lineCount);
		expect(demo.attributes.map((a) => a.name)).toEqual([...DEMO_ATTRIBUTES]);
		demo.attributes.forEach(({ values }, a) => {
			expect(new Set(values).size).toBe(values.length);
			const indexes = column(demo.chunks, (c) => c.attributes[a]);
			expect(Math.min(...indexes)).toBe(0);
			expect(Math.max(...indexes)).toBe(values.length - 1);
		});
		// Mostly one home country, with several cities, and some customers abroad.
		const [country, city] = demo.attributes;
		expect(country.values.length).toBe(DEMO_COUNTRIES.length);
		expect(city.values.length).toBe(DEMO_CITIES.length);
		const firstCountry = new Map<number, number>();
		demo.chunks.forEach((c) =>
			c.customer.forEach((k, i) => firstCountry.set(k, c.attributes[0][i]))
		);
		const home = country.values.indexOf('United Kingdom');
		const homeShare =
			[...firstCountry.values()].filter((c) => c === home).length / firstCountry.size;
		expect(homeShare).toBeGreaterThan(0.7);
		expect(homeShare).toBeLessThan(0.95);
	});
});

describe('generation options', () => {
	it('is deterministic for a seed and differs between seeds', () => {
		const a = generateDemoColumns({ customers: 500, seed: 7 });
		const b = generateDemoColumns({ customers: 500, seed: 7 });
		const c = generateDemoColumns({ customers: 500, seed: 8 });
		expect(b).toEqual(a);
		expect(generateDemoColumns()).toEqual(demo);
		expect(
			c.lineCount === a.lineCount &&
				c.chunks[0].amountCents.every((x, i) => x === a.chunks[0].amountCents[i])
		).toBe(false);
	});

	it('stops at exactly `rows` lines, scaling customers to reach them', () => {
		for (const rows of [1, 1000, CHUNK_ROWS + 17]) {
			const data = generateDemoColumns({ rows });
			expect(data.lineCount).toBe(rows);
			expect(data.chunks.reduce((s, c) => s + chunkLength(c), 0)).toBe(rows);
			expect(new Set(column(data.chunks, (c) => c.order)).size).toBe(data.orderCount);
		}
		const big = generateDemoColumns({ rows: 120_000 });
		expect(big.customerIds.length).toBeGreaterThan(DEMO_DEFAULTS.customers);
		expect(dayRange(big.chunks)!.last).toBe(dayFromYmd(2025, 12, 31));
		// Fixed customers may run out before the limit.
		expect(generateDemoColumns({ customers: 5, rows: 1_000_000 }).lineCount).toBeLessThan(1000);
	});

	it('covers a chosen window', () => {
		const data = generateDemoColumns({
			customers: 300,
			months: 18,
			endDay: dayFromYmd(2023, 6, 30)
		});
		const range = dayRange(data.chunks)!;
		expect(ymdFromDay(range.first)).toMatchObject({ year: 2022, month: 1 });
		expect(range.last).toBeLessThanOrEqual(dayFromYmd(2023, 6, 30));
		expect(data.customerIds.length).toBe(300);
	});
});
