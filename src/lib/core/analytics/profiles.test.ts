import { describe, expect, it } from 'vitest';
import type { LineChunk } from '../columns';
import { customerAttributeValues } from './attributes';
import { customerStatsAt } from './customer-stats';
import { SHOP_CUSTOMERS, SHOP_ROWS, orderTable } from './order-table.fixture';
import { prepare } from './prepare';
import { attributeDistributions, groupProfiles } from './profiles';
import { scoreCustomers } from './scores';

const stats = customerStatsAt(prepare(orderTable(SHOP_ROWS), SHOP_CUSTOMERS), 100);
const scores = scoreCustomers(stats, { kind: 'quantile', bins: 5 });

describe('groupProfiles', () => {
	// Two groups: 0 = {A, F}, 1 = {B, D, E}; C and G are unscored (their group value is ignored).
	const group = Uint8Array.of(0, 1, 0, 1, 1, 0, 1);
	const definitions = [
		{ key: 'one', label: { en: 'One', zh: '一' } },
		{ key: 'two', label: { en: 'Two', zh: '二' } }
	];
	const country = { name: 'country', values: Int32Array.of(0, 1, 5, 1, -1, 2, 3) };
	const [one, two] = groupProfiles(stats, scores, group, definitions, [country]);

	it('sums, shares and means per group', () => {
		// scored revenue 6000 + 1000 + 800 + 0 + 3000 = 10800
		expect(one).toMatchObject({
			key: 'one',
			label: { en: 'One', zh: '一' },
			customers: 2,
			share: 0.4,
			revenueCents: 9000,
			revenueShare: 9000 / 10800,
			purchases: 5,
			aovCents: 1800,
			meanRecencyDays: 5, // (10 + 0) / 2
			meanFrequency: 2.5,
			meanMonetaryCents: 4500,
			meanRScore: 3.5, // (3 + 4) / 2
			meanFScore: 4, // (5 + 3) / 2
			meanMScore: 4.5, // (5 + 4) / 2
			repurchaseRate: 1
		});
		expect(two).toMatchObject({
			customers: 3,
			share: 0.6,
			revenueCents: 1800,
			purchases: 4,
			aovCents: 450,
			meanRecencyDays: 175 / 3, // (80 + 0 + 95) / 3
			meanFrequency: 4 / 3,
			meanMonetaryCents: 600,
			repurchaseRate: 1 / 3 // only B
		});
	});

	it('counts attribute values per group', () => {
		expect(one.attributes).toEqual([
			{
				name: 'country',
				top: [
					{ value: 0, customers: 1 },
					{ value: 2, customers: 1 }
				],
				other: 0,
				empty: 0
			}
		]);
		expect(two.attributes).toEqual([
			{ name: 'country', top: [{ value: 1, customers: 2 }], other: 0, empty: 1 }
		]);
	});

	it('gives zeros to an empty group', () => {
		const [, empty] = groupProfiles(stats, scores, new Uint8Array(7), definitions);
		expect(empty).toMatchObject({ customers: 0, share: 0, aovCents: 0, meanFrequency: 0 });
		expect(empty.attributes).toEqual([]);
	});
});

describe('attributeDistributions', () => {
	it('keeps the 10 largest values (ties by index) and counts the rest as other', () => {
		// 12 values: value v is held by v + 1 customers for v < 11; value 11 by 1 customer
		const values: number[] = [];
		for (let v = 0; v < 11; v++) for (let k = 0; k <= v; k++) values.push(v);
		values.push(11, -1);
		const n = values.length;
		const [d] = attributeDistributions(new Uint8Array(n).fill(1), new Uint8Array(n), 1, {
			name: 'city',
			values: Int32Array.from(values)
		});
		expect(d.top.map((t) => t.value)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
		expect(d.top[0].customers).toBe(11);
		// left over: value 0 (1 customer) and value 11 (1 customer, after 0 on the tie)
		expect(d.other).toBe(2);
		expect(d.empty).toBe(1);
	});
});

describe('customerAttributeValues', () => {
	it('takes the value on the latest-day line, ties → last seen', () => {
		const chunk = (customer: number[], day: number[], attr: number[]): LineChunk => ({
			customer: Int32Array.from(customer),
			day: Int32Array.from(day),
			amountCents: new Float64Array(customer.length),
			order: new Int32Array(customer.length),
			attributes: [new Int32Array(customer.length), Int32Array.from(attr)]
		});
		const chunks = [
			chunk([0, 0, 1, 2], [5, 7, 3, 9], [1, 2, 4, 6]),
			chunk([0, 1, 2], [7, 2, 9], [3, 5, -1])
		];
		// 0: day 7 twice → last seen 3; 1: day 3 beats day 2 → 4; 2: day 9 twice → last seen −1;
		// 3: no lines → −1
		expect([...customerAttributeValues(chunks, 4, 1)]).toEqual([3, 4, -1, -1]);
	});
});
