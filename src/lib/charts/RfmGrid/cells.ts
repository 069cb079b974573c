/**
 * Which segment each R × FM cell belongs to, for the grid's boundaries and labels. The engine
 * assigns customers; these helpers only map a scheme's definition onto the 25 cells.
 */
import { RFM_GRID, RFM_GRID_SEGMENTS } from '$lib/core/analytics/labels';
import type { GroupProfile, Language, SegmentScheme } from '$lib/core/analytics/types';

/** The segment of a grid cell, as drawn: stable key and display name. */
export interface SegmentCell {
	key: string;
	label: string;
	/** Palette index of the segment (its position in the result's segments), if known. */
	index?: number;
}

/** Index of cell (r, fm) in 25-entry arrays (defined once in core). */
export { gridCell as cellIndex } from '$lib/core/analytics/segments';

/**
 * The 25-entry `cells` array of `RfmGrid` from a function of (r, fm), both 1–5.
 * @example gridCells(() => null).length // → 25
 */
export function gridCells(
	segmentOf: (r: number, fm: number) => SegmentCell | null
): (SegmentCell | null)[] {
	const cells: (SegmentCell | null)[] = [];
	for (let r = 1; r <= 5; r++) for (let fm = 1; fm <= 5; fm++) cells.push(segmentOf(r, fm));
	return cells;
}

/**
 * The cells of a segment scheme: the built-in R × FM grid, or a custom scheme defined on R × FM
 * ranges. Schemes that do not live on the R × FM plane (客户价值八分类, R × F × M cubes) give 25
 * nulls: the grid then shows counts without boundaries. Names come from `segments` (the result's
 * profiles, so they match the other charts), else from the scheme.
 * @example schemeCells({ kind: 'rfm_grid' }, [], 'en')[24] // → { key: 'champions', label: 'Champions', index: 0 }
 */
export function schemeCells(
	scheme: SegmentScheme,
	segments: readonly Pick<GroupProfile, 'key' | 'label'>[],
	lang: Language
): (SegmentCell | null)[] {
	const profileName = (key: string) => segments.find((s) => s.key === key)?.label[lang];
	const profileIndex = (key: string, fallback: number) => {
		const index = segments.findIndex((s) => s.key === key);
		return index >= 0 ? index : fallback;
	};
	if (scheme.kind === 'rfm_grid') {
		return gridCells((r, fm) => {
			const key = RFM_GRID[r - 1][fm - 1];
			const builtInIndex = RFM_GRID_SEGMENTS.findIndex((s) => s.key === key);
			const builtIn = RFM_GRID_SEGMENTS[builtInIndex]?.label[lang];
			return {
				key,
				label: profileName(key) ?? builtIn ?? key,
				index: profileIndex(key, builtInIndex)
			};
		});
	}
	if (scheme.kind === 'custom' && scheme.segments.every((s) => s.fm)) {
		return gridCells((r, fm) => {
			const schemeIndex = scheme.segments.findIndex(
				(s) => s.fm && s.r[0] <= r && r <= s.r[1] && s.fm[0] <= fm && fm <= s.fm[1]
			);
			if (schemeIndex < 0) return null;
			const segment = scheme.segments[schemeIndex];
			const own = typeof segment.label === 'string' ? segment.label : segment.label[lang];
			return {
				key: segment.key,
				label: profileName(segment.key) ?? own,
				index: profileIndex(segment.key, schemeIndex)
			};
		});
	}
	return gridCells(() => null);
}
