/**
 * The files of the append benchmark (issue 13), shared by the Node run (`append.ts`) and the
 * Chromium run (`append-browser.ts`): order lines of ~2.5 lines per order over 100,000 customers.
 */

/** A small deterministic generator (mulberry32), so every run reads the same files. */
export function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const day = (n: number) => new Date(Date.UTC(2023, 0, 1) + n * 864e5).toISOString().slice(0, 10);

/** `lines` order lines of ~2.5 lines per order, customers C0…, days from `firstDay` on. */
export function orderLines(
	lines: number,
	firstOrder: number,
	firstDay: number,
	seed: number
): string[] {
	const next = random(seed);
	const out: string[] = [];
	for (let order = firstOrder; out.length < lines; order++) {
		const customer = Math.floor(next() * 100_000);
		const date = day(firstDay + Math.floor(next() * 365));
		const items = 1 + Math.floor(next() * 4);
		for (let i = 0; i < items && out.length < lines; i++) {
			out.push(`C${customer},O${order},${date},${(1 + next() * 200).toFixed(2)}`);
		}
	}
	return out;
}

export const HEADER = 'customer_id,order_id,order_date,amount';

/**
 * The benchmark's files as line lists: the dataset's `lines` lines, and run `run`'s new file of
 * `rows` rows, whose first 10 % repeat the dataset's orders (so the dedupe has work to do).
 */
export function appendFiles(lines: number, rows: number) {
	const base = orderLines(lines, 0, 0, 1);
	const overlap = base.slice(0, Math.floor(rows / 10));
	const small = (run: number) => [
		...overlap,
		...orderLines(rows - overlap.length, 10_000_000 * (run + 1), 365 + 30 * run, run + 2)
	];
	return { base, small };
}
