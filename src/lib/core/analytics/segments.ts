/**
 * Segment schemes: the built-in R × FM grid, 客户价值八分类 (value8) and user-defined score
 * ranges, with the coverage check that custom schemes must pass.
 */
import type { CustomerStats } from './customer-stats';
import { RFM_GRID, RFM_GRID_SEGMENTS, VALUE8_BY_BITS, VALUE8_SEGMENTS, toLabel } from './labels';
import type { SegmentDefinition } from './labels';
import { gridScore } from './scores';
import type { CustomerScores } from './scores';
import { problem, type SettingsProblem } from './problems';
import type { CustomSegment, SchemeCell, SchemeValidation, SegmentScheme } from './types';
import { NONE } from './types';

/** Stable keys: lower-case letters, digits and underscores. */
export const KEY_PATTERN = /^[a-z0-9_]+$/;

/**
 * The segments of a scheme, in display order; `CustomerTable.segment` indexes this list.
 * @example schemeSegments({ kind: 'value8' })[0] // → { key: 'important_value', label: {…} }
 */
export function schemeSegments(scheme: SegmentScheme): SegmentDefinition[] {
	if (scheme.kind === 'rfm_grid') return RFM_GRID_SEGMENTS.map(copyDefinition);
	if (scheme.kind === 'value8') return VALUE8_SEGMENTS.map(copyDefinition);
	return scheme.segments.map((s) => ({ key: s.key, label: toLabel(s.label) }));
}

function copyDefinition(d: SegmentDefinition): SegmentDefinition {
	return { key: d.key, label: { ...d.label } };
}

/**
 * Check that custom segments tile the 5 × 5 R × FM grid (every segment gives `r` and `fm`) or the
 * 5 × 5 × 5 R × F × M cube (every segment gives `r`, `f` and `m`) exactly once.
 * @example
 * validateCustomScheme([
 *   { key: 'top', label: 'Top', r: [3, 5], fm: [1, 5] },
 *   { key: 'rest', label: 'Rest', r: [1, 3], fm: [1, 4] }
 * ])
 * // → { ok: false, mode: 'r_fm', overlaps: [{ cell: { r: 3, fm: 1 }, keys: ['top', 'rest'] }, …],
 * //     gaps: [{ r: 1, fm: 5 }, { r: 2, fm: 5 }], problems: [],
 * //     coverage: [['rest'], …] (the keys claiming each cell, index `gridCell(r, fm)`) }
 */
export function validateCustomScheme(segments: readonly CustomSegment[]): SchemeValidation {
	const cube = segments.some((s) => s.f !== undefined || s.m !== undefined);
	const mode = cube ? 'r_f_m' : 'r_fm';
	const problems: SettingsProblem[] = [];
	if (segments.length === 0) problems.push(problem('scheme.empty', 'scheme.segments'));
	if (segments.length >= NONE)
		problems.push(problem('scheme.tooMany', 'scheme.segments', { max: NONE - 1 }));
	const seen = new Set<string>();
	const claims: number[][] = Array.from({ length: cube ? 125 : 25 }, () => []);
	segments.forEach((segment, index) => {
		const field = `scheme.segments.${index}`;
		const about = { segment: index + 1, key: segment.key };
		if (!KEY_PATTERN.test(segment.key))
			problems.push(problem('segment.badKey', `${field}.key`, about));
		if (seen.has(segment.key))
			problems.push(problem('segment.duplicateKey', `${field}.key`, about));
		seen.add(segment.key);
		const label = toLabel(segment.label);
		if (label.en.trim() === '' || label.zh.trim() === '')
			problems.push(problem('segment.emptyName', `${field}.label`, about));
		const axes = cube
			? { r: segment.r, f: segment.f, m: segment.m, fm: segment.fm }
			: { r: segment.r, fm: segment.fm };
		let usable = true;
		for (const [axis, range] of Object.entries(axes)) {
			const wanted = cube ? axis !== 'fm' : true;
			if (!wanted) {
				if (range !== undefined)
					problems.push(problem('segment.mixedAxes', `${field}.${axis}`, { ...about, axis }));
				continue;
			}
			if (range === undefined) {
				problems.push(problem('segment.missingRange', `${field}.${axis}`, { ...about, axis }));
				usable = false;
			} else if (!isScoreRange(range)) {
				problems.push(
					problem('segment.badRange', `${field}.${axis}`, { ...about, axis, min: 1, max: 5 })
				);
				usable = false;
			}
		}
		if (!usable) return;
		const [r0, r1] = segment.r;
		if (cube) {
			const [f0, f1] = segment.f!;
			const [m0, m1] = segment.m!;
			for (let r = r0; r <= r1; r++)
				for (let f = f0; f <= f1; f++)
					for (let m = m0; m <= m1; m++) claims[cubeCell(r, f, m)].push(index);
		} else {
			const [c0, c1] = segment.fm!;
			for (let r = r0; r <= r1; r++)
				for (let fm = c0; fm <= c1; fm++) claims[gridCell(r, fm)].push(index);
		}
	});
	const overlaps: SchemeValidation['overlaps'] = [];
	const gaps: SchemeCell[] = [];
	claims.forEach((owners, cellIndex) => {
		const cell = cube
			? {
					r: Math.floor(cellIndex / 25) + 1,
					f: (Math.floor(cellIndex / 5) % 5) + 1,
					m: (cellIndex % 5) + 1
				}
			: { r: Math.floor(cellIndex / 5) + 1, fm: (cellIndex % 5) + 1 };
		if (owners.length === 0) gaps.push(cell);
		else if (owners.length > 1) overlaps.push({ cell, keys: owners.map((i) => segments[i].key) });
	});
	const ok = problems.length === 0 && overlaps.length === 0 && gaps.length === 0;
	const coverage = claims.map((owners) => owners.map((i) => segments[i].key));
	return { ok, mode, overlaps, gaps, problems, coverage };
}

function isScoreRange(range: unknown): range is [number, number] {
	if (!Array.isArray(range) || range.length !== 2) return false;
	const [min, max] = range as unknown[];
	return (
		Number.isInteger(min) &&
		Number.isInteger(max) &&
		(min as number) >= 1 &&
		(max as number) <= 5 &&
		(min as number) <= (max as number)
	);
}

/**
 * Index of grid cell (r, fm), both 1–5: (r − 1) × 5 + (fm − 1).
 * @example gridCell(5, 1) // → 20
 */
export function gridCell(r: number, fm: number): number {
	return (r - 1) * 5 + (fm - 1);
}

/**
 * Index of cube cell (r, f, m), all 1–5: (r − 1) × 25 + (f − 1) × 5 + (m − 1).
 * @example cubeCell(5, 5, 5) // → 124
 */
export function cubeCell(r: number, f: number, m: number): number {
	return (r - 1) * 25 + (f - 1) * 5 + (m - 1);
}

/**
 * Segment index of every scored customer (`NONE` for the others). Throws on an invalid custom
 * scheme.
 * @example
 * // rfm_grid, 5 bins, a customer with R 5, F 4, M 5 → FM 5 → 'champions' (index 0)
 */
export function assignSegments(
	stats: CustomerStats,
	scores: CustomerScores,
	scheme: SegmentScheme
): Uint8Array {
	const count = stats.scored.length;
	const segment = new Uint8Array(count).fill(NONE);
	const { scored } = stats;
	const { bins, r, f, m, fm } = scores;
	if (scheme.kind === 'value8') {
		// value > sum / n is tested as value × n > sum: exact in integers, no rounding at the mean.
		const sums = rawSums(stats);
		const n = stats.scoredCount;
		for (let c = 0; c < count; c++) {
			if (!scored[c]) continue;
			const bits =
				(stats.recencyDays[c] * n < sums.recency ? 4 : 0) +
				(stats.frequency[c] * n > sums.frequency ? 2 : 0) +
				(stats.monetaryCents[c] * n > sums.monetary ? 1 : 0);
			segment[c] = VALUE8_BY_BITS[bits];
		}
		return segment;
	}
	const lookup = cellLookup(scheme);
	const cube = lookup.length === 125;
	for (let c = 0; c < count; c++) {
		if (!scored[c]) continue;
		const gr = gridScore(r[c], bins.r);
		segment[c] = cube
			? lookup[cubeCell(gr, gridScore(f[c], bins.f), gridScore(m[c], bins.m))]
			: lookup[gridCell(gr, gridScore(fm[c], bins.f))];
	}
	return segment;
}

/**
 * Segment index per grid (25, by `gridCell`) or cube (125, by `cubeCell`) cell of a grid or custom
 * scheme. Throws on value8 and on an invalid custom scheme.
 * @example cellLookup({ kind: 'rfm_grid' })[gridCell(5, 5)] // → 0 (champions)
 */
export function cellLookup(scheme: SegmentScheme): Uint8Array {
	if (scheme.kind === 'rfm_grid') {
		const keys = RFM_GRID_SEGMENTS.map((s) => s.key);
		const lookup = new Uint8Array(25);
		for (let r = 1; r <= 5; r++)
			for (let fm = 1; fm <= 5; fm++)
				lookup[gridCell(r, fm)] = keys.indexOf(RFM_GRID[r - 1][fm - 1]);
		return lookup;
	}
	if (scheme.kind !== 'custom') throw new Error(`no cell lookup for ${scheme.kind}`);
	const validation = validateCustomScheme(scheme.segments);
	if (!validation.ok) throw new Error('invalid custom segment scheme: ' + describe(validation));
	const cube = validation.mode === 'r_f_m';
	const lookup = new Uint8Array(cube ? 125 : 25);
	scheme.segments.forEach((s, index) => {
		for (let r = s.r[0]; r <= s.r[1]; r++) {
			if (cube) {
				for (let f = s.f![0]; f <= s.f![1]; f++)
					for (let m = s.m![0]; m <= s.m![1]; m++) lookup[cubeCell(r, f, m)] = index;
			} else {
				for (let fm = s.fm![0]; fm <= s.fm![1]; fm++) lookup[gridCell(r, fm)] = index;
			}
		}
	});
	return lookup;
}

function describe(v: SchemeValidation): string {
	// An internal error (the page validates first): codes, not sentences.
	const parts: string[] = v.problems.map((p) => p.code);
	if (v.overlaps.length > 0) parts.push(`scheme.overlaps (${v.overlaps.length})`);
	if (v.gaps.length > 0) parts.push(`scheme.gaps (${v.gaps.length})`);
	return parts.join('; ');
}

/**
 * Sums of the raw values over scored customers; divided by `scoredCount` they are the means that
 * value8 compares against.
 * @example // recency 10 and 20 days, frequency 1 and 4, monetary 1000 and 0 → { 30, 5, 1000 }
 */
export function rawSums(stats: CustomerStats): {
	recency: number;
	frequency: number;
	monetary: number;
} {
	let recency = 0;
	let frequency = 0;
	let monetary = 0;
	for (let c = 0; c < stats.scored.length; c++) {
		if (!stats.scored[c]) continue;
		recency += stats.recencyDays[c];
		frequency += stats.frequency[c];
		monetary += stats.monetaryCents[c];
	}
	return { recency, frequency, monetary };
}
