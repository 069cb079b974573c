/**
 * Built-in segment schemes and lifecycle stages: stable keys and their names in both languages.
 * Keys never change (they are exported and saved); names may be polished.
 */
import type { Label, StageKey } from './types';

/** A built-in segment: stable key and display names. */
export interface SegmentDefinition {
	key: string;
	label: Label;
}

/** The 11 segments of the default R × FM grid, in display order (best first). */
export const RFM_GRID_SEGMENTS: readonly SegmentDefinition[] = [
	{ key: 'champions', label: { en: 'Champions', zh: '核心客户' } },
	{ key: 'loyal', label: { en: 'Loyal', zh: '忠诚客户' } },
	{ key: 'potential_loyalist', label: { en: 'Potential loyalist', zh: '潜在忠诚客户' } },
	{ key: 'new_customers', label: { en: 'New customers', zh: '新客户' } },
	{ key: 'promising', label: { en: 'Promising', zh: '潜力新客' } },
	{ key: 'need_attention', label: { en: 'Need attention', zh: '需关注客户' } },
	{ key: 'about_to_sleep', label: { en: 'About to sleep', zh: '即将沉睡客户' } },
	{ key: 'at_risk', label: { en: 'At risk', zh: '流失风险客户' } },
	{ key: 'cant_lose_them', label: { en: "Can't lose them", zh: '重点挽回客户' } },
	{ key: 'hibernating', label: { en: 'Hibernating', zh: '沉睡客户' } },
	{ key: 'lost', label: { en: 'Lost', zh: '已流失客户' } }
];

/**
 * The default grid: `RFM_GRID[r - 1][fm - 1]` is the key of the segment of grid scores (r, fm).
 * Rows are R 1…5, columns FM 1…5.
 */
export const RFM_GRID: readonly (readonly string[])[] = [
	['lost', 'lost', 'at_risk', 'cant_lose_them', 'cant_lose_them'],
	['hibernating', 'hibernating', 'at_risk', 'at_risk', 'cant_lose_them'],
	['about_to_sleep', 'need_attention', 'need_attention', 'loyal', 'loyal'],
	['promising', 'potential_loyalist', 'potential_loyalist', 'loyal', 'champions'],
	['new_customers', 'potential_loyalist', 'potential_loyalist', 'champions', 'champions']
];

/**
 * The eight value classes (客户价值八分类), in the order of their index: bit 2 = R high, bit 1 = F high, bit 0 = M high is
 * looked up through `VALUE8_BY_BITS`.
 */
export const VALUE8_SEGMENTS: readonly SegmentDefinition[] = [
	{ key: 'important_value', label: { en: 'High value', zh: '重要价值客户' } },
	{ key: 'important_develop', label: { en: 'High potential', zh: '重要发展客户' } },
	{ key: 'important_retain', label: { en: 'Key to retain', zh: '重要保持客户' } },
	{ key: 'important_winback', label: { en: 'Key to win back', zh: '重要挽留客户' } },
	{ key: 'general_value', label: { en: 'Steady value', zh: '一般价值客户' } },
	{ key: 'general_develop', label: { en: 'To develop', zh: '一般发展客户' } },
	{ key: 'general_retain', label: { en: 'To keep engaged', zh: '一般保持客户' } },
	{ key: 'general_winback', label: { en: 'Low priority', zh: '一般挽留客户' } }
];

/**
 * Index into `VALUE8_SEGMENTS` by (R high ? 4 : 0) + (F high ? 2 : 0) + (M high ? 1 : 0).
 * @example VALUE8_SEGMENTS[VALUE8_BY_BITS[0b101]].key // → 'important_develop' (R high, F low, M high)
 */
export const VALUE8_BY_BITS: readonly number[] = [
	7, // R low, F low, M low → general_winback
	3, // R low, F low, M high → important_winback
	6, // R low, F high, M low → general_retain
	2, // R low, F high, M high → important_retain
	5, // R high, F low, M low → general_develop
	1, // R high, F low, M high → important_develop
	4, // R high, F high, M low → general_value
	0 // R high, F high, M high → important_value
];

/** Lifecycle stages in the order of `CustomerTable.stage` indexes. */
export const STAGE_KEYS: readonly StageKey[] = ['new', 'repeat', 'loyal', 'at_risk', 'lost'];

/**
 * Names of the lifecycle stages. They differ from every segment name in both languages, so a
 * stage ("Lapsing", 沉默期) is never mistaken for a segment ("At risk", 流失风险客户); Chinese
 * names them as phases (…期), as Chinese CRM lifecycle models do.
 */
export const STAGE_LABELS: Readonly<Record<StageKey, Label>> = {
	new: { en: 'New', zh: '新客期' },
	repeat: { en: 'Repeat', zh: '成长期' },
	loyal: { en: 'Frequent', zh: '成熟期' },
	at_risk: { en: 'Lapsing', zh: '沉默期' },
	lost: { en: 'Churned', zh: '流失期' }
};

/**
 * A label as both languages; a plain string stands for both.
 * @example toLabel('VIP') // → { en: 'VIP', zh: 'VIP' }
 */
export function toLabel(label: Label | string): Label {
	return typeof label === 'string' ? { en: label, zh: label } : { en: label.en, zh: label.zh };
}
