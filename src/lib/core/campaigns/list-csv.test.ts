import { describe, expect, it } from 'vitest';
import { CAMPAIGN_CSV_HEADER, campaignListRows } from './list-csv';

describe('campaignListRows', () => {
	it('writes the header and one row per listed customer in list order', () => {
		const rows = campaignListRows({
			members: Int32Array.of(2, 0),
			ids: ['C3', '=HYPERLINK("x")'],
			segment: Uint8Array.of(1, 255, 0),
			tier: Uint8Array.of(0, 1, 1),
			stage: Uint8Array.of(2, 0, 1),
			segmentKeys: ['champions', 'loyal'],
			tierKeys: ['gold', 'regular'],
			stageKeys: ['new', 'repeat', 'loyal'],
			actionOfSegment: ['Early access', '老带新：邀请推荐好友'],
			recommendedProducts: (c) => (c === 2 ? ['Tea', 'Cup, blue'] : []),
			control: Uint8Array.of(0, 1)
		});
		expect(CAMPAIGN_CSV_HEADER.join(',')).toBe(
			'customer_id,segment,tier,lifecycle_stage,action,recommended_products,group'
		);
		expect(rows).toEqual([
			[...CAMPAIGN_CSV_HEADER],
			['C3', 'champions', 'regular', 'repeat', 'Early access', 'Tea|Cup, blue', 'target'],
			// cells stay raw: the shared CSV writer guards '=' and quotes commas
			['=HYPERLINK("x")', 'loyal', 'gold', 'loyal', '老带新：邀请推荐好友', '', 'control']
		]);
	});
});
