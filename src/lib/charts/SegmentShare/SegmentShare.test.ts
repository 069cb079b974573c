import { render } from 'svelte/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { attributeValues, countTestId, group } from '../fixtures';
import SegmentShare from './SegmentShare.svelte';

const groups = [
	group('loyal', { customers: 30, share: 0.3, revenueShare: 0.2, revenueCents: 20_000 }),
	group('champions', { customers: 10, share: 0.1, revenueShare: 0.6, revenueCents: 60_000 }),
	group('lost', { customers: 60, share: 0.6, revenueShare: 0.2, revenueCents: 20_000 })
];

describe('SegmentShare (server render)', () => {
	beforeEach(() => {
		i18n.lang = 'en';
	});

	it('draws one row per group, largest revenue share first, two bars each', () => {
		const { body } = render(SegmentShare, { props: { currency: 'USD', groups } });
		expect(attributeValues(body, 'share-row', 'data-key')).toEqual(['champions', 'lost', 'loyal']);
		expect(attributeValues(body, 'share-bar', 'data-kind')).toEqual([
			'customers',
			'revenue',
			'customers',
			'revenue',
			'customers',
			'revenue'
		]);
		expect(body).toContain('aria-label="champions: 10.0% of customers, 60.0% of revenue"');
		expect(body).toContain('Export SVG');
		expect(body).toContain('Export PNG');
		expect(body).toContain('data-testid="segment-share"');
	});

	it('colours tiers with the tier palette', () => {
		const { body } = render(SegmentShare, {
			props: { currency: 'USD', kind: 'tier', groups: [group('gold', { customers: 1, share: 1 })] }
		});
		expect(body).toContain('fill="#c98a00"');
	});

	it('shows the empty text without customers and a status while loading', () => {
		const empty = render(SegmentShare, { props: { currency: 'USD', groups: [] } }).body;
		expect(countTestId(empty, 'chart-empty')).toBe(1);
		expect(countTestId(empty, 'share-row')).toBe(0);
		const loading = render(SegmentShare, {
			props: { currency: 'USD', groups: null, loading: true }
		});
		expect(loading.body).toContain('role="status"');
		expect(loading.body).toContain('Loading chart…');
	});

	it('speaks Chinese', () => {
		i18n.lang = 'zh';
		const { body } = render(SegmentShare, { props: { currency: 'CNY', groups } });
		expect(body).toContain('客户占比与销售额占比');
		expect(body).toContain('导出 SVG');
	});
});
