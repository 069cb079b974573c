/**
 * Reading scored rows into columns: every value is checked (dates, whole numbers, exact money,
 * score ranges, FM = ceil((F + M) / 2), one as-of date, known segment and stage keys) and a row
 * with any problem is skipped and reported by row and column.
 */
import { dayFromIso, isoFromDay } from '../calendar';
import { parseAmountCents } from '../csv/amounts';
import { RFM_GRID_SEGMENTS, STAGE_KEYS, VALUE8_SEGMENTS } from '../analytics/labels';
import { fmScore } from '../analytics/scores';
import { KEY_PATTERN } from '../analytics/segments';
import {
	SCORED_COLUMNS,
	SCORED_PROBLEMS_KEPT,
	type ScoredColumn,
	type ScoredColumns,
	type ScoredProblem,
	type ScoredProblemCode,
	type ScoredReport
} from './columns';

/** Most tiers a scored file may name (the tier settings allow 2–5). */
export const MAX_SCORED_TIERS = 5;

const GRID_KEYS = RFM_GRID_SEGMENTS.map((s) => s.key);
const VALUE8_KEYS = VALUE8_SEGMENTS.map((s) => s.key);
const SEGMENT_INDEX = new Map<string, number>([
	...GRID_KEYS.map((key, i) => [key, i] as const),
	...VALUE8_KEYS.map((key, i) => [key, 100 + i] as const)
]);
const STAGE_INDEX = new Map<string, number>(STAGE_KEYS.map((key, i) => [key, i]));

/** A typed array that doubles when full. */
class Growing<T extends Int32Array | Float64Array | Uint8Array> {
	length = 0;
	constructor(
		public array: T,
		private readonly make: (size: number) => T
	) {}
	push(value: number) {
		if (this.length === this.array.length) {
			const bigger = this.make(this.array.length * 2);
			bigger.set(this.array);
			this.array = bigger;
		}
		this.array[this.length++] = value;
	}
	done(): T {
		return this.array.slice(0, this.length) as T;
	}
}

const ints = () => new Growing(new Int32Array(1024), (n) => new Int32Array(n));
const bytes = () => new Growing(new Uint8Array(1024), (n) => new Uint8Array(n));

class RowRefused extends Error {
	constructor(
		readonly code: ScoredProblemCode,
		readonly column: ScoredColumn,
		readonly value: string,
		readonly expected: string
	) {
		super(code);
	}
}

/**
 * Reads scored rows (values in `SCORED_COLUMNS` order, as text) into `ScoredColumns`.
 * @example
 * const reader = new ScoredReader();
 * reader.push(['c1', '2024-01-01', '2024-03-01', '0', '2', '120.50', '5', '4', '5', '5',
 *   'champions', 'gold', 'repeat']);
 * reader.finish().columns?.monetaryCents // → Float64Array [12050]
 */
export class ScoredReader {
	private rowsRead = 0;
	private readonly ids: string[] = [];
	private readonly seen = new Set<string>();
	private readonly first = ints();
	private readonly last = ints();
	private readonly recency = ints();
	private readonly frequency = ints();
	private readonly money = new Growing(new Float64Array(1024), (n) => new Float64Array(n));
	private readonly r = bytes();
	private readonly f = bytes();
	private readonly m = bytes();
	private readonly fm = bytes();
	private readonly segment = bytes();
	private readonly tier = bytes();
	private readonly stage = bytes();
	private readonly tierKeys: string[] = [];
	private readonly tierIndex = new Map<string, number>();
	private asOfDay: number | null = null;
	private readonly counts: Partial<Record<ScoredProblemCode, number>> = {};
	private readonly problems: ScoredProblem[] = [];

	/** Rows read so far (for progress). */
	get rowsSoFar(): number {
		return this.rowsRead;
	}

	/** Read one row; false (and the row reported) when it is refused. */
	push(values: readonly string[]): boolean {
		this.rowsRead++;
		try {
			this.read(values);
			return true;
		} catch (error) {
			if (!(error instanceof RowRefused)) throw error;
			this.counts[error.code] = (this.counts[error.code] ?? 0) + 1;
			if (this.problems.length < SCORED_PROBLEMS_KEPT)
				this.problems.push({
					code: error.code,
					row: this.rowsRead,
					column: error.column,
					params: { value: error.value.slice(0, 80), expected: error.expected }
				});
			return false;
		}
	}

	private read(values: readonly string[]) {
		const text = (i: number) => {
			const value = (values[i] ?? '').trim();
			if (value === '') throw new RowRefused('missing_value', SCORED_COLUMNS[i], '', 'a value');
			return value;
		};
		const id = text(0);
		const first = date(text(1), 'first_purchase_date');
		const last = date(text(2), 'last_purchase_date');
		if (first > last)
			throw new RowRefused('dates_out_of_order', 'first_purchase_date', values[1], '≤ last');
		const recency = whole(text(3), 'recency_days', 0);
		const frequency = whole(text(4), 'frequency', 1);
		const cents = parseAmountCents(text(5));
		if (!Number.isFinite(cents))
			throw new RowRefused('not_an_amount', 'monetary', values[5], '123.45');
		const r = score(text(6), 'r_score');
		const f = score(text(7), 'f_score');
		const m = score(text(8), 'm_score');
		const fm = score(text(9), 'fm_score');
		if (fm !== fmScore(f, m))
			throw new RowRefused('fm_mismatch', 'fm_score', values[9], String(fmScore(f, m)));
		const segment = SEGMENT_INDEX.get(text(10));
		if (segment === undefined)
			throw new RowRefused('unknown_segment', 'segment', values[10], 'a built-in segment key');
		const tierKey = text(11);
		if (!KEY_PATTERN.test(tierKey))
			throw new RowRefused('bad_tier_key', 'tier', tierKey, '[a-z0-9_]+');
		const stage = STAGE_INDEX.get(text(12));
		if (stage === undefined)
			throw new RowRefused('unknown_stage', 'lifecycle_stage', values[12], STAGE_KEYS.join('|'));
		const asOf = last + recency;
		if (this.asOfDay !== null && asOf !== this.asOfDay)
			throw new RowRefused(
				'recency_mismatch',
				'recency_days',
				values[3],
				String(this.asOfDay - last)
			);
		if (this.seen.has(id))
			throw new RowRefused('duplicate_customer', 'customer_id', id, 'one row per customer');
		this.asOfDay = asOf;
		this.seen.add(id);
		let tier = this.tierIndex.get(tierKey);
		if (tier === undefined) {
			tier = this.tierKeys.length;
			this.tierKeys.push(tierKey);
			this.tierIndex.set(tierKey, tier);
		}
		this.ids.push(id);
		this.first.push(first);
		this.last.push(last);
		this.recency.push(recency);
		this.frequency.push(frequency);
		this.money.push(cents);
		this.r.push(r);
		this.f.push(f);
		this.m.push(m);
		this.fm.push(fm);
		this.segment.push(segment);
		this.tier.push(Math.min(tier, 255));
		this.stage.push(stage);
	}

	/** The columns read (null when the file as a whole cannot be used) and the report. */
	finish(): { columns: ScoredColumns | null; report: ScoredReport } {
		const imported = this.ids.length;
		const segment = this.segment.done();
		let grid = 0;
		for (let i = 0; i < imported; i++) if (segment[i] < 100) grid++;
		const scheme = grid === imported ? 'rfm_grid' : grid === 0 ? 'value8' : null;
		const fileProblem =
			imported === 0
				? 'nothing_imported'
				: scheme === null
					? 'mixed_schemes'
					: this.tierKeys.length > MAX_SCORED_TIERS
						? 'too_many_tiers'
						: null;
		const report: ScoredReport = {
			rowsRead: this.rowsRead,
			imported,
			skipped: this.rowsRead - imported,
			counts: this.counts,
			problems: this.problems,
			fileProblem,
			scheme,
			asOfDay: this.asOfDay
		};
		if (fileProblem !== null || scheme === null) return { columns: null, report };
		if (scheme === 'value8') for (let i = 0; i < imported; i++) segment[i] -= 100;
		const money = this.money.done();
		const { keys, tier } = tiersBestFirst(this.tierKeys, this.tier.done(), money);
		return {
			columns: {
				customerIds: this.ids,
				asOfDay: this.asOfDay,
				scheme,
				segmentKeys: scheme === 'rfm_grid' ? GRID_KEYS : VALUE8_KEYS,
				tierKeys: keys,
				firstPurchaseDay: this.first.done(),
				lastPurchaseDay: this.last.done(),
				recencyDays: this.recency.done(),
				frequency: this.frequency.done(),
				monetaryCents: money,
				rScore: this.r.done(),
				fScore: this.f.done(),
				mScore: this.m.done(),
				fmScore: this.fm.done(),
				segment,
				tier,
				stage: this.stage.done()
			},
			report
		};
	}
}

/**
 * Tiers ordered best first — by their customers' mean monetary value, highest first (a file
 * does not say which tier is best; under every tier metric the better tier spends more on
 * average in practice) — and the per-customer indexes renumbered to that order.
 * @example tiersBestFirst(['regular', 'gold'], Uint8Array.of(0, 1), Float64Array.of(100, 900))
 * // → { keys: ['gold', 'regular'], tier: Uint8Array [1, 0] }
 */
export function tiersBestFirst(
	keys: readonly string[],
	tier: Uint8Array,
	monetaryCents: Float64Array
): { keys: string[]; tier: Uint8Array } {
	const sums = new Float64Array(keys.length);
	const counts = new Float64Array(keys.length);
	for (let i = 0; i < tier.length; i++) {
		sums[tier[i]] += monetaryCents[i];
		counts[tier[i]]++;
	}
	const order = keys
		.map((_, k) => k)
		.sort((a, b) => sums[b] / counts[b] - sums[a] / counts[a] || a - b);
	const rank = new Uint8Array(keys.length);
	order.forEach((k, position) => (rank[k] = position));
	const renumbered = new Uint8Array(tier.length);
	for (let i = 0; i < tier.length; i++) renumbered[i] = rank[tier[i]];
	return { keys: order.map((k) => keys[k]), tier: renumbered };
}

function date(text: string, column: ScoredColumn): number {
	const day = dayFromIso(text);
	if (!Number.isFinite(day) || isoFromDay(day) !== text.slice(0, 10))
		throw new RowRefused('not_a_date', column, text, 'YYYY-MM-DD');
	return day;
}

function whole(text: string, column: ScoredColumn, min: number): number {
	const value = Number(text);
	if (!/^-?\d+(\.0*)?$/.test(text) || !Number.isSafeInteger(value) || value < min)
		throw new RowRefused('not_a_whole_number', column, text, `≥ ${min}`);
	return value;
}

function score(text: string, column: ScoredColumn): number {
	const value = Number(text);
	if (!/^\d+$/.test(text) || value < 1 || value > 5)
		throw new RowRefused('score_out_of_range', column, text, '1–5');
	return value;
}
