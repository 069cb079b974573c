import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type AnalysisSettings } from '$lib/core/analytics/types';
import { cutsText, parseCuts, renamedLabel, SettingsDraft } from './settings-draft.svelte';

describe('renamedLabel', () => {
	it.each([
		[{ en: 'VIP', zh: '重要客户' }, 'en', 'Top', { en: 'Top', zh: '重要客户' }],
		[{ en: 'VIP', zh: '重要客户' }, 'zh', '核心客户', { en: 'VIP', zh: '核心客户' }],
		['Segment 5', 'zh', '新客', '新客']
	] as const)('%j renamed in %s to %s → %j', (label, lang, name, expected) => {
		expect(renamedLabel(label, lang, name)).toEqual(expected);
	});
});

describe('cut points as text', () => {
	it('reads commas, Chinese punctuation and spaces; money in currency units', () => {
		expect(parseCuts('30, 90；180 x')).toEqual([30, 90, 180]);
		expect(parseCuts('1.5 10', true)).toEqual([150, 1000]);
		expect(cutsText([150, 1000], true)).toBe('1.5, 10');
	});
});

describe('SettingsDraft', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	function draft() {
		const applied: AnalysisSettings[] = [];
		const settings = new SettingsDraft({
			apply: (s) => applied.push(s),
			suggest: async () => ({
				activeDays: 70,
				churnDays: 140,
				gaps: 10,
				medianGapDays: 30,
				p90GapDays: 60
			}),
			delay: 100
		});
		settings.load(DEFAULT_SETTINGS);
		return { settings, applied };
	}

	it('applies once, after the last of several quick edits, a copy of the draft', () => {
		const { settings, applied } = draft();
		settings.draft!.migrationOffsetDays = 30;
		settings.changed();
		settings.draft!.migrationOffsetDays = 60;
		settings.changed();
		vi.advanceTimersByTime(99);
		expect(applied).toHaveLength(0);
		vi.advanceTimersByTime(1);
		expect(applied.map((s) => s.migrationOffsetDays)).toEqual([60]);
		settings.draft!.migrationOffsetDays = 7;
		expect(applied[0].migrationOffsetDays).toBe(60);
	});

	it('holds back settings the engine would refuse and lists why, as codes', () => {
		const { settings, applied } = draft();
		settings.draft!.lifecycle.churnDays = 10;
		settings.changed();
		vi.advanceTimersByTime(500);
		expect(applied).toHaveLength(0);
		expect(settings.problems.map((p) => p.code)).toEqual(['lifecycle.churnDays']);
	});

	it('renames a template tier in one language only', () => {
		const { settings } = draft();
		const gold = settings.draft!.tiers.tiers[0];
		settings.rename(gold, 'en', 'Platinum');
		expect(gold.label).toEqual({ en: 'Platinum', zh: '金牌会员' });
	});

	it('keeps tiers between 2 and 5, the last one taking everyone left', () => {
		const { settings } = draft();
		settings.addTier();
		expect(settings.draft!.tiers.tiers.map((t) => t.cut)).toEqual([0.8, 0.5, 0.25, 0]);
		settings.removeTier(3);
		expect(settings.draft!.tiers.tiers.map((t) => t.cut)).toEqual([0.8, 0.5, 0]);
		settings.removeTier(0);
		settings.removeTier(0);
		expect(settings.draft!.tiers.tiers).toHaveLength(2);
	});

	it('takes a custom scheme from a template and reports its coverage', () => {
		const { settings } = draft();
		settings.setScheme('custom', () => [
			{ key: 'top', label: { en: 'Top', zh: '头部' }, r: [3, 5], fm: [1, 5] },
			{ key: 'rest', label: { en: 'Rest', zh: '其余' }, r: [1, 3], fm: [1, 5] }
		]);
		expect(settings.schemeCheck?.overlaps).toHaveLength(5);
		settings.removeSegment(1);
		expect(settings.schemeCheck?.gaps).toHaveLength(10);
	});

	it('uses a suggestion for the lifecycle windows', async () => {
		const { settings } = draft();
		await settings.suggest();
		settings.useSuggestion();
		expect(settings.draft!.lifecycle).toMatchObject({ activeDays: 70, churnDays: 140 });
	});
});
