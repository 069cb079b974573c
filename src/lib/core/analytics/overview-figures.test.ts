import { describe, expect, it } from 'vitest';
import { generateDemoColumns } from '../demo/generate';
import { buildOrders, type OrderTable } from '../orders';
import { analyze, overviewFigures } from './analyze';
import { overviewFiguresOfOrders } from './order-figures';
import { SHOP_CUSTOMERS, SHOP_ROWS, orderTable } from './order-table.fixture';
import { prepare } from './prepare';
import type { AnalysisSettings, OverviewFigures } from './types';
import { DEFAULT_SETTINGS } from './types';

const shopOrders = orderTable(SHOP_ROWS);
const onlyReturnsOrders = orderTable([[0, 3, -500]]);
const shop = prepare(shopOrders, SHOP_CUSTOMERS);
const onlyReturns = prepare(onlyReturnsOrders, 2);

/** The fields of a full analysis that the first figures hold. */
function pick({ asOfDay, headline, scoredCount, unscoredCount }: OverviewFigures): OverviewFigures {
	return { asOfDay, headline, scoredCount, unscoredCount };
}

// Hand-computed from the rows of `order-table.fixture.ts` (A…G, see its comment).
const cases: {
	name: string;
	orders: OrderTable;
	prepared: typeof shop;
	settings: AnalysisSettings;
	expected: OverviewFigures;
}[] = [
	{
		name: 'the example shop as of its latest purchase (day 100)',
		orders: shopOrders,
		prepared: shop,
		settings: DEFAULT_SETTINGS,
		expected: {
			asOfDay: 100,
			// A, B, D, E, F; C has only a return, G no order
			scoredCount: 5,
			unscoredCount: 2,
			headline: {
				customers: 5,
				orders: 12,
				purchases: 9,
				returns: 3,
				revenueCents: 10400,
				firstDay: 5,
				lastDay: 100,
				aovCents: 10400 / 9,
				repeatRate: 3 / 5 // A, B, F
			}
		}
	},
	{
		name: 'the example shop as of day 60 (later orders left out)',
		orders: shopOrders,
		prepared: shop,
		settings: { ...DEFAULT_SETTINGS, asOfDay: 60 },
		expected: {
			asOfDay: 60,
			// A (days 10, 50), B (20, 20, −60), E (5, −8); C's return only
			scoredCount: 3,
			unscoredCount: 4,
			headline: {
				customers: 3,
				orders: 8,
				purchases: 5,
				returns: 3,
				revenueCents: 3000 + 1000 - 400 + 0,
				firstDay: 5,
				lastDay: 60,
				aovCents: 3600 / 5,
				repeatRate: 2 / 3 // A, B
			}
		}
	},
	{
		name: 'a dataset without purchases',
		orders: onlyReturnsOrders,
		prepared: onlyReturns,
		settings: DEFAULT_SETTINGS,
		expected: {
			asOfDay: null,
			scoredCount: 0,
			unscoredCount: 2,
			headline: {
				customers: 0,
				orders: 1,
				purchases: 0,
				returns: 1,
				revenueCents: -500,
				firstDay: 3,
				lastDay: 3,
				aovCents: 0,
				repeatRate: 0
			}
		}
	}
];

describe('overviewFigures', () => {
	it.each(cases)('$name', ({ prepared, settings, expected }) => {
		const figures = overviewFigures(prepared, settings);
		expect(figures).toEqual(expected);
		// The page swaps them for the full analysis: it must not change what it shows.
		expect(figures).toEqual(pick(analyze(prepared, settings)));
	});

	it('gives what the full analysis gives on a generated shop, under several settings', () => {
		const columns = generateDemoColumns({ rows: 5000, seed: 3 });
		const prepared = prepare(
			buildOrders(columns.chunks, columns.orderCount),
			columns.customerIds.length
		);
		const variants: AnalysisSettings[] = [
			DEFAULT_SETTINGS,
			{ ...DEFAULT_SETTINGS, binning: { kind: 'quantile', bins: 3 } },
			{ ...DEFAULT_SETTINGS, asOfDay: (prepared.latestPurchaseDay ?? 0) - 200 }
		];
		for (const settings of variants)
			expect(overviewFigures(prepared, settings)).toEqual(pick(analyze(prepared, settings)));
	});

	it('refuses invalid settings like analyze', () => {
		const bad = {
			...DEFAULT_SETTINGS,
			scheme: { kind: 'custom', segments: [{ key: 'a', label: 'A', r: [1, 4], fm: [1, 5] }] }
		} satisfies AnalysisSettings;
		expect(() => overviewFigures(shop, bad)).toThrow(/scheme\.gaps/);
	});
});

describe('overviewFiguresOfOrders', () => {
	it.each(cases)('$name', ({ orders, prepared, settings, expected }) => {
		expect(overviewFiguresOfOrders(orders, prepared.customerCount, settings)).toEqual(expected);
	});

	it('leaves out orders of customers outside the dictionary, like prepare', () => {
		// The shop's rows plus an unused order slot (customer −1) and a customer past the count.
		const orders = orderTable([...SHOP_ROWS, [-1, 2 ** 31 - 1, 0], [SHOP_CUSTOMERS, 200, 900]]);
		expect(overviewFiguresOfOrders(orders, SHOP_CUSTOMERS, DEFAULT_SETTINGS)).toEqual(
			cases[0].expected
		);
	});

	it('gives what the full analysis gives on a generated shop, under several settings', () => {
		const columns = generateDemoColumns({ rows: 5000, seed: 7 });
		const orders = buildOrders(columns.chunks, columns.orderCount);
		const customers = columns.customerIds.length;
		const prepared = prepare(orders, customers);
		const variants: AnalysisSettings[] = [
			DEFAULT_SETTINGS,
			{ ...DEFAULT_SETTINGS, asOfDay: (prepared.latestPurchaseDay ?? 0) - 200 },
			{ ...DEFAULT_SETTINGS, asOfDay: (prepared.latestOrderDay ?? 0) + 30 }
		];
		for (const settings of variants)
			expect(overviewFiguresOfOrders(orders, customers, settings)).toEqual(
				pick(analyze(prepared, settings))
			);
	});

	it.each([
		[
			'cents that are not whole',
			[
				[0, 1, 0.1],
				[0, 2, 0.2],
				[0, 3, 0.3]
			]
		],
		[
			'an absolute sum past 2^53',
			[
				[0, 1, 2 ** 52],
				[1, 2, 2 ** 52],
				[0, 3, -(2 ** 52)]
			]
		],
		[
			'an amount that is not a number',
			[
				[0, 1, NaN],
				[0, 2, 100]
			]
		]
	] as const)(
		'answers null with %s (summed in another order, the total could differ)',
		(_, rows) => {
			expect(overviewFiguresOfOrders(orderTable(rows), 2, DEFAULT_SETTINGS)).toBeNull();
		}
	);

	it('refuses invalid settings like analyze', () => {
		const bad = {
			...DEFAULT_SETTINGS,
			scheme: { kind: 'custom', segments: [{ key: 'a', label: 'A', r: [1, 4], fm: [1, 5] }] }
		} satisfies AnalysisSettings;
		expect(() => overviewFiguresOfOrders(shopOrders, SHOP_CUSTOMERS, bad)).toThrow(/scheme\.gaps/);
	});
});
