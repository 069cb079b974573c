/**
 * Figures of the demo shop computed here, in a few lines, straight from the generator's lines —
 * not by the app's engine — so browser tests can assert exact numbers.
 */
import { dayFromIso } from '../../src/lib/core/calendar';
import { generateDemoColumns } from '../../src/lib/core/demo/generate';

const demo = generateDemoColumns();

/**
 * Customers with at least one purchase (an order whose lines sum to > 0) dated on or before
 * `iso`; an order's day is the earliest day of its lines.
 */
export function demoCustomersBuyingBy(iso: string): number {
	const limit = dayFromIso(iso);
	const amount = new Float64Array(demo.orderCount);
	const day = new Int32Array(demo.orderCount).fill(2 ** 31 - 1);
	const customer = new Int32Array(demo.orderCount);
	for (const chunk of demo.chunks) {
		for (let i = 0; i < chunk.order.length; i++) {
			const o = chunk.order[i];
			amount[o] += chunk.amountCents[i];
			day[o] = Math.min(day[o], chunk.day[i]);
			customer[o] = chunk.customer[i];
		}
	}
	const buyers = new Set<number>();
	for (let o = 0; o < demo.orderCount; o++)
		if (amount[o] > 0 && day[o] <= limit) buyers.add(customer[o]);
	return buyers.size;
}

/** Every customer of the demo (each has at least one purchase). */
export const DEMO_CUSTOMERS = demo.customerIds.length;
