import { describe, expect, it } from 'vitest';
import { planAppend } from './append';
import { appendOrderIds, PackedOrderIds } from './order-ids';
import type { LineChunk } from './columns';
import {
	groupsBySource,
	keepSource,
	multiChannelShare,
	oneSourceOfCounts,
	oneSourceOverview,
	sourceOverview
} from './sources';

const chunk = (customer: number[], day: number[], source: number[]): LineChunk => ({
	customer: Int32Array.from(customer),
	day: Int32Array.from(day),
	amountCents: new Float64Array(customer.length),
	order: Int32Array.from(customer, (_, i) => i),
	attributes: [Int32Array.from(source)]
});

describe('sources of a dataset', () => {
	it('counts rows, customers and dates per source and the channel mix, by hand', () => {
		// A: shop (day 1) and web (day 5); B: web twice (days 2, 9); C: shop (day 3); D: no source.
		const chunks = [
			chunk([0, 1, 2], [1, 2, 3], [0, 1, 0]),
			chunk([0, 1, 3], [5, 9, 4], [1, 1, -1])
		];
		const overview = sourceOverview(chunks, 4, 0, ['shop', 'web', 'unused']);
		expect(overview).toEqual({
			sources: [
				{ name: 'shop', rows: 2, customers: 2, firstDay: 1, lastDay: 3 },
				{ name: 'web', rows: 3, customers: 2, firstDay: 2, lastDay: 9 }
			],
			singleChannel: 2,
			multiChannel: 1
		});
		expect(multiChannelShare(overview)).toBeCloseTo(1 / 3, 12);
	});

	it('counts the lines of one source without reading the column, by hand and as sourceOverview', () => {
		// A: days 4 and 8; C: day 6; B and D: no line.
		const chunks = [chunk([0, 2], [8, 6], [0, 0]), chunk([0], [4], [0])];
		const expected = {
			sources: [{ name: 'shop', rows: 3, customers: 2, firstDay: 4, lastDay: 8 }],
			singleChannel: 2,
			multiChannel: 0
		};
		expect(oneSourceOverview(chunks, 4, 'shop')).toEqual(expected);
		expect(sourceOverview(chunks, 4, 0, ['shop'])).toEqual(expected);
		expect(oneSourceOverview([], 4, 'shop')).toEqual(sourceOverview([], 4, 0, ['shop']));
		const { rows: lines, customers, firstDay, lastDay } = expected.sources[0];
		expect(oneSourceOfCounts('shop', { lines, customers, firstDay, lastDay })).toEqual(expected);
	});

	it('splits groups by source and keeps a source’s members', () => {
		// Segments: A 0, B 1, C 0, D none. shop = {A, C}, web = {A, B}.
		const split = groupsBySource(Uint8Array.of(0, 1, 0, 255), 2, [
			Uint8Array.of(1, 0, 1, 0),
			Uint8Array.of(1, 1, 0, 1)
		]);
		expect(split).toEqual({
			counts: [
				[2, 0],
				[1, 1]
			],
			shares: [
				[1, 0],
				[0.5, 0.5]
			]
		});
		const columns = {
			customerIds: ['A', 'B', 'C'],
			orderCount: 3,
			attributes: [{ name: 'source', values: ['shop', 'web'] }],
			chunks: [chunk([0, 1, 2], [1, 1, 1], [0, 1, 1])]
		};
		expect([...keepSource(Int32Array.of(2, 0, 1), columns, 'web')]).toEqual([2, 1]);
		expect([...keepSource(Int32Array.of(2, 0), columns, 'nowhere')]).toEqual([]);
	});
});

describe('planAppend', () => {
	it('extends attribute values and products without renumbering, padding old chunks', () => {
		const stored = {
			customerIds: ['A'],
			orderCount: 1,
			orderIds: PackedOrderIds.from(['1']),
			attributes: [{ name: 'City', values: ['上海'] }],
			products: { ids: ['P1'], names: ['Tea'], category: Int32Array.of(0), categories: ['Drinks'] },
			chunks: [{ ...chunk([0], [10], [0]), product: Int32Array.of(0) }]
		};
		const incoming = {
			customerIds: ['B'],
			orderCount: 1,
			orderIds: ['2'],
			attributes: [
				{ name: 'Tier', values: ['Gold'] },
				{ name: 'City', values: ['北京', '上海'] },
				{ name: 'source', values: ['web'] }
			],
			products: {
				ids: ['P2', 'P1'],
				names: ['Cup', 'Tea'],
				category: Int32Array.of(0, 1),
				categories: ['Home', 'Drinks']
			},
			chunks: [
				{
					customer: Int32Array.of(0, 0),
					day: Int32Array.of(20, 20),
					amountCents: Float64Array.of(1, 2),
					order: Int32Array.of(0, 0),
					attributes: [Int32Array.of(0, -1), Int32Array.of(1, 0), Int32Array.of(0, 0)],
					product: Int32Array.of(1, 0)
				}
			]
		};
		const plan = planAppend(stored, incoming, 'old.csv');
		// Layout: City (stored), source (added, old lines = old.csv), Tier (only the file has it).
		expect(plan.dictionaries.attributes).toEqual([
			{ name: 'City', values: ['上海', '北京'] },
			{ name: 'source', values: ['old.csv', 'web'] },
			{ name: 'Tier', values: ['Gold'] }
		]);
		expect(plan.chunks[0].attributes.map((c) => [...c])).toEqual([
			[0, 1],
			[1, 1],
			[0, -1]
		]);
		expect(plan.dictionaries.products).toEqual({
			ids: ['P1', 'P2'],
			names: ['Tea', 'Cup'],
			category: Int32Array.of(0, 1),
			categories: ['Drinks', 'Home']
		});
		expect([...(plan.chunks[0].product ?? [])]).toEqual([0, 1]);
		expect(plan.rewritten?.[0].attributes.map((c) => [...c])).toEqual([[0], [0], [-1]]);
		expect([...plan.chunks[0].order]).toEqual([1, 1]);
	});
});

describe('packed order ids', () => {
	it.each([
		[['A-1', '', 'A-2'], 'A-1\u0000\u0000A-2'],
		[[''], ''],
		[['x'], 'x'],
		[['', ''], '\u0000']
	])('%j ↔ %j', (ids, text) => {
		expect(PackedOrderIds.from(ids).text).toBe(text);
		const read = PackedOrderIds.read(text, ids.length);
		expect(read?.toArray()).toEqual(ids);
		expect(ids.map((_, o) => read?.hasId(o))).toEqual(ids.map((id) => id !== ''));
	});

	it('refuses text that does not hold the stated number of ids', () => {
		expect(PackedOrderIds.read('a\u0000b', 1)).toBeNull();
		expect(PackedOrderIds.read('a', 2)).toBeNull();
		expect(PackedOrderIds.read(undefined, 2)).toBeNull();
	});

	it('extends the stored text with the added ids', () => {
		expect(appendOrderIds(PackedOrderIds.from(['A-1']), 1, ['B-7', ''])).toBe('A-1\u0000B-7\u0000');
		expect(appendOrderIds(null, 2, ['B-7'])).toBe('\u0000\u0000B-7');
		expect(appendOrderIds(PackedOrderIds.from(['A-1']), 1, [])).toBe('A-1');
	});
});
