import { describe, expect, it } from 'vitest';
import { customerStatsAt } from './customer-stats';
import { SHOP_CUSTOMERS, SHOP_ROWS, orderTable } from './order-table.fixture';
import { prepare } from './prepare';
import { scoreCustomers } from './scores';
import { assignTiers, tierMetricValues } from './tiers';
import type { TierMetric, TierSettings } from './types';
import { DEFAULT_SETTINGS, NONE } from './types';

const stats = customerStatsAt(prepare(orderTable(SHOP_ROWS), SHOP_CUSTOMERS), 100);
const scores = scoreCustomers(stats, { kind: 'quantile', bins: 5 });

function tierKeys(settings: TierSettings): (string | null)[] {
	const tier = assignTiers(stats, scores, settings);
	return [...tier].map((t) => (t === NONE ? null : settings.tiers[t].key));
}

describe('tiers', () => {
	it('defaults to monetary with gold ≥ 0.8 and silver ≥ 0.5 of customers strictly below', () => {
		// monetary 6000, 1000, –, 800, 0, 3000 → below / n = 4/5, 2/5, –, 1/5, 0, 3/5
		expect(tierKeys(DEFAULT_SETTINGS.tiers)).toEqual([
			'gold',
			'regular',
			null,
			'regular',
			'regular',
			'silver',
			null
		]);
	});

	it('ranks the same whether quantile scoring counted already or not', () => {
		const thresholds = scoreCustomers(stats, {
			kind: 'thresholds',
			recency: [],
			frequency: [],
			monetary: []
		});
		expect(thresholds.below).toBeNull();
		expect(assignTiers(stats, thresholds, DEFAULT_SETTINGS.tiers)).toEqual(
			assignTiers(stats, scores, DEFAULT_SETTINGS.tiers)
		);
	});

	it.each([
		['monetary', [6000, 1000, 0, 800, 0, 3000, 0]],
		['frequency', [3, 2, 0, 1, 1, 2, 0]],
		['aov', [2000, 500, 0, 800, 0, 1500, 0]],
		// R + F + M with 5 bins: 3+5+5, 2+3+3, –, 4+1+2, 1+1+1, 4+3+4
		['rfm_sum', [13, 8, 0, 7, 3, 11, 0]]
	] as [TierMetric, number[]][])('metric %s', (metric, expected) => {
		expect([...tierMetricValues(stats, scores, metric)]).toEqual(expected);
	});

	it('ranks on frequency with three custom tiers (ties share a tier)', () => {
		// frequency 3, 2, –, 1, 1, 2 → below / n = 0.8, 0.4, –, 0, 0, 0.4
		const settings: TierSettings = {
			metric: 'frequency',
			tiers: [
				{ key: 'top', label: 'Top', cut: 0.6 },
				{ key: 'mid', label: 'Mid', cut: 0.2 },
				{ key: 'base', label: 'Base', cut: 0 }
			]
		};
		expect(tierKeys(settings)).toEqual(['top', 'mid', null, 'base', 'base', 'mid', null]);
	});

	it('ranks on average order value', () => {
		// aov 2000, 500, –, 800, 0, 1500 → below / n = 0.8, 0.2, –, 0.4, 0, 0.6
		expect(tierKeys({ ...DEFAULT_SETTINGS.tiers, metric: 'aov' })).toEqual([
			'gold',
			'regular',
			null,
			'regular',
			'regular',
			'silver',
			null
		]);
	});

	it('uses two tiers and the R + F + M sum', () => {
		// sums 13, 8, –, 7, 3, 11 → below / n = 0.8, 0.4, –, 0.2, 0, 0.6
		const settings: TierSettings = {
			metric: 'rfm_sum',
			tiers: [
				{ key: 'vip', label: 'VIP', cut: 0.4 },
				{ key: 'member', label: 'Member', cut: 0 }
			]
		};
		expect(tierKeys(settings)).toEqual(['vip', 'vip', null, 'member', 'member', 'vip', null]);
	});
});
