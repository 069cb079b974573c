/**
 * Every definition of `core/products` on hand-made baskets, with expectations computed by hand
 * (the working is in the comments).
 */
import { describe, expect, it } from 'vitest';
import { buildBaskets } from './baskets';
import { handChunk, type HandLine } from './fixture';
import { countPairs, MAX_BASKET_PRODUCTS } from './pairs';
import { PAIRS_CSV_HEADER, pairsCsv } from './pairs-csv';
import { productProfile } from './profile';
import { neighbours, recommendProducts, segmentFavourites } from './recommend';
import { fillPlaybookTokens, topColumns } from './tokens';
import {
	affinityIndex,
	affinityTable,
	basketsByCustomer,
	customersWhoBought,
	itemStats,
	repeatRate
} from './stats';

const [A, B, C] = [0, 1, 2];
// Customers 0, 1, 2; products A (100 a unit), B (200), C (300); as-of day 9.
const lines: HandLine[] = [
	[0, 1, 0, A, 1, 100], // o0 {A, B}
	[0, 1, 0, B, 1, 200],
	[0, 2, 1, A, 2, 200], // o1 {A}: B bought and returned within the order
	[0, 2, 1, B, 1, 200],
	[0, 2, 1, B, -1, -200],
	[1, 3, 2, A, 1, 100], // o2 {A, C}
	[1, 3, 2, C, 1, 300],
	[1, 4, 3, B, -3, -600], // o3 nets to a return: no basket
	[2, 5, 4, B, 1, 200], // o4 {B, C}
	[2, 5, 4, C, 1, 300],
	[2, 6, 5, -1, 1, 500], // o5: a purchase of an unnamed line: a basket without products
	[0, 10, 6, A, 1, 100], // o6 after the as-of day
	[1, 8, 7, B, 1, 200] // o7 {B}
];
const baskets = buildBaskets([handChunk(lines)], 8, 3, 9);
const byCustomer = basketsByCustomer(baskets, 3);

describe('baskets', () => {
	it('are purchases up to the as-of day with the products of positive net quantity', () => {
		expect(baskets.count).toBe(6); // o0 o1 o2 o4 o5 o7
		const sets = Array.from({ length: baskets.count }, (_, k) => [
			...baskets.items.subarray(baskets.offsets[k], baskets.offsets[k + 1])
		]);
		expect(sets).toEqual([[A, B], [A], [A, C], [B, C], [], [B]]);
		expect([...baskets.customer]).toEqual([0, 0, 1, 2, 2, 1]);
	});

	it('decide on net amount when the file has no quantity', () => {
		const noQuantity = buildBaskets(
			[
				handChunk(
					[
						[0, 1, 0, A, 0, 500],
						[0, 1, 0, A, 0, -500],
						[0, 1, 0, B, 0, 300]
					],
					false
				)
			],
			1,
			2,
			1
		);
		expect([...noQuantity.items]).toEqual([B]);
	});

	it('count nothing without an as-of day (no purchases)', () => {
		expect(buildBaskets([handChunk(lines)], 8, 3, null).count).toBe(0);
	});
});

describe('pairs', () => {
	const pairs = countPairs(baskets);
	it('count baskets_a, baskets_b and baskets_both', () => {
		expect(pairs.baskets).toBe(6);
		expect([...pairs.basketsOf]).toEqual([3, 3, 2]); // A: o0 o1 o2; B: o0 o4 o7; C: o2 o4
		expect([...pairs.a]).toEqual([A, A, B]);
		expect([...pairs.b]).toEqual([B, C, C]);
		expect([...pairs.both]).toEqual([1, 1, 1]);
	});

	it('write support, confidence both ways and lift', () => {
		const csv = pairsCsv({
			table: pairs,
			products: {
				ids: ['A', 'B', '=C'],
				names: ['Apple', '', 'Cherry, red'],
				category: Int32Array.of(-1, -1, -1),
				categories: []
			}
		});
		// A–B: support 1/6, confidence 1/3 and 1/3, lift 1 × 6 / (3 × 3) = 0.6667
		// A–C: 1/6, 1/3, 1/2, lift 6 / (3 × 2) = 1; B–C the same. B has no name; '=C' is guarded.
		expect(csv.split('\r\n')).toEqual([
			PAIRS_CSV_HEADER,
			'A,Apple,B,,3,3,1,0.166667,0.333333,0.333333,0.6667',
			`A,Apple,'=C,"Cherry, red",3,2,1,0.166667,0.333333,0.500000,1.0000`,
			`B,,'=C,"Cherry, red",3,2,1,0.166667,0.333333,0.500000,1.0000`,
			''
		]);
		expect(PAIRS_CSV_HEADER).toBe(
			'product_a,product_a_name,product_b,product_b_name,baskets_a,baskets_b,baskets_both,support,confidence_a_to_b,confidence_b_to_a,lift'
		);
	});

	it('select baskets by customer and a minimum of baskets in common', () => {
		const segmentZero = countPairs(baskets, { includeCustomer: (c) => c !== 1 });
		expect(segmentZero.baskets).toBe(4); // o0 o1 o4 o5
		expect([...segmentZero.a, ...segmentZero.b]).toEqual([A, B, B, C]); // A–B, B–C
		expect(countPairs(baskets, { minBaskets: 2 }).a.length).toBe(0);
	});

	it('leave baskets above the cap out of baskets_both only', () => {
		const big: HandLine[] = Array.from({ length: MAX_BASKET_PRODUCTS + 1 }, (_, p) => [
			0,
			1,
			0,
			p,
			1,
			100
		]);
		const capped = buildBaskets(
			[handChunk([...big, [1, 1, 1, 0, 1, 100], [1, 1, 1, 1, 1, 100]])],
			2,
			200,
			1
		);
		const table = countPairs(capped);
		expect(table.basketsOf[0]).toBe(2);
		expect([...table.both]).toEqual([1]); // only 0–1 of the small basket
	});
});

describe('item figures and affinity', () => {
	const categoryOf = Int32Array.of(0, 0, 1); // A, B → 0; C → 1
	it('count baskets, buyers, repeat buyers and net revenue per product', () => {
		const stats = itemStats(baskets, byCustomer);
		expect([...stats.baskets]).toEqual([3, 3, 2]);
		expect([...stats.buyers]).toEqual([2, 3, 2]);
		expect([...stats.repeatBuyers]).toEqual([1, 0, 0]); // customer 0 bought A in o0 and o1
		// A: 100 + 200 + 100 (o6 is after the as-of day); B: 200 + 200 − 200 − 600 + 200 + 200
		expect([...stats.revenueCents]).toEqual([400, 0, 600]);
		expect(repeatRate(1, 2)).toBe(0.5);
	});

	it('and per category', () => {
		const stats = itemStats(baskets, byCustomer, categoryOf, 2);
		expect([...stats.baskets]).toEqual([5, 2]);
		expect([...stats.buyers]).toEqual([3, 2]);
		expect([...stats.repeatBuyers]).toEqual([2, 0]); // customer 0 (o0, o1), customer 1 (o2, o7)
		expect([...stats.revenueCents]).toEqual([400, 600]);
	});

	it('index a group’s share of baskets against everyone’s (100 = average)', () => {
		const groupOf = Uint8Array.of(0, 1, 0);
		const table = affinityTable(baskets, groupOf, 2, categoryOf, 2);
		expect([...table.rowBaskets]).toEqual([4, 2]);
		expect([...table.counts]).toEqual([3, 1, 2, 1]);
		const index = (g: number, c: number) =>
			affinityIndex(table.counts[g * 2 + c], table.rowBaskets[g], table.columnBaskets[c], 6);
		expect(index(0, 0)).toBeCloseTo(90); // (3/4) / (5/6)
		expect(index(0, 1)).toBeCloseTo(75); // (1/4) / (2/6)
		expect(index(1, 0)).toBeCloseTo(120); // (2/2) / (5/6)
		expect(index(1, 1)).toBeCloseTo(150); // (1/2) / (2/6)
	});
});

describe('customers who bought', () => {
	it('are those with the product in a basket (a return within the order does not count)', () => {
		// C: customers 1 (o2) and 2 (o4). B: 0 (o0), 2 (o4), 1 (o7). A and C: all three.
		expect([...customersWhoBought(baskets, Uint8Array.of(0, 0, 1), 3)]).toEqual([0, 1, 1]);
		expect([...customersWhoBought(baskets, Uint8Array.of(0, 1, 0), 3)]).toEqual([1, 1, 1]);
		// Only a return of B in o3 for customer 1 would not count; customer 1 has B in o7.
		const noB = buildBaskets([handChunk(lines.filter((l) => l[2] !== 7))], 8, 3, 9);
		expect([...customersWhoBought(noB, Uint8Array.of(0, 1, 0), 3)]).toEqual([1, 0, 1]);
	});
});

describe('product profile', () => {
	it('splits buyers into new (first purchase had it) and returning, by group, with what goes along', () => {
		const profile = productProfile(
			B,
			baskets,
			byCustomer,
			{
				segment: Uint8Array.of(0, 1, 0),
				tier: Uint8Array.of(1, 1, 0),
				stage: Uint8Array.of(255, 0, 0),
				segments: 2,
				tiers: 2,
				stages: 1
			},
			countPairs(baskets).basketsOf
		);
		expect(profile.buyers).toBe(3);
		expect(profile.newBuyers).toBe(2); // customers 0 (o0) and 2 (o4)
		expect(profile.returningBuyers).toBe(1); // customer 1: o2 without B, then o7
		expect([...profile.bySegment]).toEqual([2, 1]);
		expect([...profile.byTier]).toEqual([1, 2]);
		expect([...profile.byStage]).toEqual([2]);
		expect(profile.boughtWith.map((w) => [w.product, w.both])).toEqual([
			[A, 1],
			[C, 1]
		]);
		expect(profile.boughtWith[0].confidence).toBeCloseTo(1 / 3);
		expect(profile.boughtWith[1].lift).toBeCloseTo(1);
	});
});

describe('next products', () => {
	// One basket each: c0–c2 {A, B}, c3 {C, D}, c4 {A}, c5 {C}. A–B: 3 baskets of 6, A in 4, B in
	// 3: lift 3 × 6 / (4 × 3) = 1.5 > 1, a link. C–D has 1 basket (< 3): no link.
	const [D] = [3];
	const own: HandLine[] = [
		...[0, 1, 2].flatMap((c): HandLine[] => [
			[c, 1, c, A, 1, 100],
			[c, 1, c, B, 1, 100]
		]),
		[3, 1, 3, C, 1, 100],
		[3, 1, 3, D, 1, 100],
		[4, 1, 4, A, 1, 100],
		[5, 1, 5, C, 1, 100]
	];
	const recBaskets = buildBaskets([handChunk(own)], 6, 4, 1);
	const recByCustomer = basketsByCustomer(recBaskets, 7);
	const segmentOf = new Uint8Array(7); // all in segment 0; customer 6 has no basket
	const recommended = recommendProducts(
		recBaskets,
		recByCustomer,
		neighbours(countPairs(recBaskets), 4),
		segmentFavourites(recBaskets, recByCustomer, segmentOf, 1),
		segmentOf
	);
	const of = (c: number) => [...recommended.subarray(c * 3, c * 3 + 3)];
	it('offers linked products first, then the segment’s favourites, never what was bought', () => {
		// Segment favourites by buyers: A 4, B 3, C 2, D 1.
		expect(of(4)).toEqual([B, C, D]);
		expect(of(5)).toEqual([A, B, D]);
		expect(of(0)).toEqual([C, D, -1]);
		expect(of(6)).toEqual([-1, -1, -1]);
	});
});

describe('playbook tokens', () => {
	it('name each group’s top column and fill the text', () => {
		const table = affinityTable(baskets, Uint8Array.of(0, 1, 0), 3);
		// Group 0 (customers 0, 2): A in o0 o1, B in o0 o4, C in o4 → A and B tie at 2: A.
		// Group 1 (customer 1): A in o2, B in o7, C in o2 → tie at 1: A. Group 2: no baskets.
		expect([...topColumns(table)]).toEqual([A, A, -1]);
		expect(
			fillPlaybookTokens('Offer {top_category}, then {top_product}; {other}', {
				top_category: 'Candles'
			})
		).toBe('Offer Candles, then {top_product}; {other}');
	});
});
