/**
 * Team presets: a dataset's definitions — settings (bins or cut points, segment scheme with any
 * custom segments, tiers, lifecycle windows, migration offset) and edited playbooks — as one small
 * versioned JSON file (`strata-presets.json`) that a team shares. The as-of date is left out: it
 * belongs to a dataset, not to a team's definitions.
 *
 * Reading never trusts the file: its shape is checked field by field and rebuilt (unknown fields
 * are dropped), then the settings go through `validateSettings`, so an imported preset can always
 * be analysed. Refusals are codes with parameters (`presets.*` or the settings problem codes).
 */
import { validateSettings } from '../analytics/settings';
import type { SettingsProblem } from '../analytics/problems';
import { KEY_PATTERN } from '../analytics/segments';
import type {
	AnalysisSettings,
	CustomSegment,
	Label,
	ScoreBinning,
	ScoreRange,
	SegmentScheme,
	TierDefinition
} from '../analytics/types';
import type { Playbook } from '../playbooks';

export const PRESETS_FORMAT = 'strata-presets';
/** The version this build writes and the newest it reads. */
export const PRESETS_VERSION = 1;
export const PRESETS_FILE_NAME = 'strata-presets.json';
/** Larger files are refused before parsing: a real preset is a few kB. */
export const PRESETS_MAX_BYTES = 1_000_000;

/** Settings as shared: everything but the as-of date. */
export type PresetSettings = Omit<AnalysisSettings, 'asOfDay'>;

/** The file's content. */
export interface TeamPresets {
	format: typeof PRESETS_FORMAT;
	version: typeof PRESETS_VERSION;
	settings: PresetSettings;
	/** Edited playbooks by segment key (defaults are not written). */
	playbooks: Record<string, Playbook>;
}

/** Why a file is refused before its settings are checked. */
export type PresetsProblemCode =
	| 'presets.tooLarge'
	| 'presets.notJson'
	| 'presets.wrongFile'
	| 'presets.newerVersion'
	| 'presets.badVersion'
	| 'presets.badField'
	| 'presets.badPlaybook';

export interface PresetsFileProblem {
	code: PresetsProblemCode;
	field: string;
	params: Record<string, string | number>;
}

/** A refusal of the file itself, or of the settings it holds (`validateSettings`' codes). */
export type PresetsProblem = PresetsFileProblem | SettingsProblem;

export type PresetsReading =
	{ ok: true; presets: TeamPresets } | { ok: false; problems: PresetsProblem[] };

/**
 * The presets of a dataset's settings and edited playbooks.
 * @example buildPresets(DEFAULT_SETTINGS, {}).settings.binning // → { kind: 'quantile', bins: 5 }
 * @example 'asOfDay' in buildPresets({ ...DEFAULT_SETTINGS, asOfDay: 19000 }, {}).settings // → false
 */
export function buildPresets(
	settings: AnalysisSettings,
	playbooks: Readonly<Record<string, Playbook>>
): TeamPresets {
	const { asOfDay: _asOfDay, ...shared } = structuredClone(settings);
	return {
		format: PRESETS_FORMAT,
		version: PRESETS_VERSION,
		settings: shared,
		playbooks: structuredClone({ ...playbooks })
	};
}

/**
 * The file's text: indented JSON, so a team can read and diff it.
 * @example presetsJson(buildPresets(DEFAULT_SETTINGS, {})).startsWith('{\n\t"format": "strata-presets"') // → true
 */
export function presetsJson(presets: TeamPresets): string {
	return JSON.stringify(presets, null, '\t') + '\n';
}

/**
 * Settings to apply: the preset's, with the dataset's own as-of date kept.
 * @example presetSettingsFor(buildPresets(DEFAULT_SETTINGS, {}).settings, 19000).asOfDay // → 19000
 */
export function presetSettingsFor(
	settings: PresetSettings,
	asOfDay: AnalysisSettings['asOfDay']
): AnalysisSettings {
	return { asOfDay, ...structuredClone(settings) };
}

/** Thrown inside the shape check with the field at fault; caught by `readPresets`. */
class ShapeError extends Error {
	constructor(
		readonly field: string,
		readonly playbook?: string
	) {
		super(field);
	}
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function objectAt(value: unknown, field: string): Record<string, unknown> {
	if (!isObject(value)) throw new ShapeError(field);
	return value;
}

function numberAt(value: unknown, field: string): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) throw new ShapeError(field);
	return value;
}

function stringAt(value: unknown, field: string): string {
	if (typeof value !== 'string') throw new ShapeError(field);
	return value;
}

function numbersAt(value: unknown, field: string): number[] {
	if (!Array.isArray(value)) throw new ShapeError(field);
	return value.map((v, i) => numberAt(v, `${field}.${i}`));
}

function stringsAt(value: unknown, field: string): string[] {
	if (!Array.isArray(value)) throw new ShapeError(field);
	return value.map((v, i) => stringAt(v, `${field}.${i}`));
}

function bilingual(value: unknown, field: string): Label {
	const o = objectAt(value, field);
	return { en: stringAt(o.en, `${field}.en`), zh: stringAt(o.zh, `${field}.zh`) };
}

function labelAt(value: unknown, field: string): Label | string {
	return typeof value === 'string' ? value : bilingual(value, field);
}

function rangeAt(value: unknown, field: string): ScoreRange | undefined {
	if (value === undefined) return undefined;
	const range = numbersAt(value, field);
	if (range.length !== 2) throw new ShapeError(field);
	return [range[0], range[1]];
}

function binningAt(value: unknown): ScoreBinning {
	const o = objectAt(value, 'binning');
	if (o.kind === 'quantile')
		return { kind: 'quantile', bins: numberAt(o.bins, 'binning.bins') as 3 | 4 | 5 };
	if (o.kind === 'thresholds') {
		return {
			kind: 'thresholds',
			recency: numbersAt(o.recency, 'binning.recency'),
			frequency: numbersAt(o.frequency, 'binning.frequency'),
			monetary: numbersAt(o.monetary, 'binning.monetary')
		};
	}
	// An unknown kind is a settings problem (`binning.unknownKind`), reported by validateSettings.
	return { kind: stringAt(o.kind, 'binning.kind') } as unknown as ScoreBinning;
}

function segmentAt(value: unknown, field: string): CustomSegment {
	const o = objectAt(value, field);
	const segment: CustomSegment = {
		key: stringAt(o.key, `${field}.key`),
		label: labelAt(o.label, `${field}.label`),
		r: rangeAt(o.r, `${field}.r`) as ScoreRange
	};
	for (const axis of ['fm', 'f', 'm'] as const) {
		const range = rangeAt(o[axis], `${field}.${axis}`);
		if (range) segment[axis] = range;
	}
	return segment;
}

function schemeAt(value: unknown): SegmentScheme {
	const o = objectAt(value, 'scheme');
	if (o.kind === 'custom') {
		if (!Array.isArray(o.segments)) throw new ShapeError('scheme.segments');
		return {
			kind: 'custom',
			segments: o.segments.map((s, i) => segmentAt(s, `scheme.segments.${i}`))
		};
	}
	return { kind: stringAt(o.kind, 'scheme.kind') } as SegmentScheme;
}

function tierAt(value: unknown, field: string): TierDefinition {
	const o = objectAt(value, field);
	return {
		key: stringAt(o.key, `${field}.key`),
		label: labelAt(o.label, `${field}.label`),
		cut: numberAt(o.cut, `${field}.cut`)
	};
}

function settingsAt(value: unknown): PresetSettings {
	const o = objectAt(value, 'settings');
	const tiers = objectAt(o.tiers, 'tiers');
	if (!Array.isArray(tiers.tiers)) throw new ShapeError('tiers.tiers');
	const lifecycle = objectAt(o.lifecycle, 'lifecycle');
	return {
		binning: binningAt(o.binning),
		scheme: schemeAt(o.scheme),
		tiers: {
			metric: stringAt(tiers.metric, 'tiers.metric') as PresetSettings['tiers']['metric'],
			tiers: tiers.tiers.map((t, i) => tierAt(t, `tiers.tiers.${i}`))
		},
		lifecycle: {
			activeDays: numberAt(lifecycle.activeDays, 'lifecycle.activeDays'),
			churnDays: numberAt(lifecycle.churnDays, 'lifecycle.churnDays'),
			funnelSteps: numbersAt(lifecycle.funnelSteps, 'lifecycle.funnelSteps')
		},
		migrationOffsetDays: numberAt(o.migrationOffsetDays, 'migrationOffsetDays')
	};
}

function playbooksAt(value: unknown): Record<string, Playbook> {
	const o = objectAt(value, 'playbooks');
	const playbooks: Record<string, Playbook> = {};
	for (const [key, raw] of Object.entries(o)) {
		if (!KEY_PATTERN.test(key)) throw new ShapeError(`playbooks.${key}`, key);
		try {
			const p = objectAt(raw, key);
			const actions = objectAt(p.actions, `${key}.actions`);
			playbooks[key] = {
				goal: bilingual(p.goal, `${key}.goal`),
				actions: {
					en: stringsAt(actions.en, `${key}.actions.en`),
					zh: stringsAt(actions.zh, `${key}.actions.zh`)
				}
			};
		} catch (error) {
			if (error instanceof ShapeError) throw new ShapeError(`playbooks.${error.field}`, key);
			throw error;
		}
	}
	return playbooks;
}

/**
 * Read a presets file's text: the presets, or why they are refused.
 * @example readPresets('{}') // → { ok: false, problems: [{ code: 'presets.wrongFile', field: 'format', params: {} }] }
 * @example readPresets(presetsJson(buildPresets(DEFAULT_SETTINGS, {}))).ok // → true
 */
export function readPresets(text: string): PresetsReading {
	const refuse = (
		code: PresetsProblemCode,
		field: string,
		params: Record<string, string | number> = {}
	): PresetsReading => ({ ok: false, problems: [{ code, field, params }] });
	if (text.length > PRESETS_MAX_BYTES)
		return refuse('presets.tooLarge', '', { max: PRESETS_MAX_BYTES });
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return refuse('presets.notJson', '');
	}
	if (!isObject(parsed) || parsed.format !== PRESETS_FORMAT)
		return refuse('presets.wrongFile', 'format');
	const version = parsed.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		return refuse('presets.badVersion', 'version');
	if (version > PRESETS_VERSION)
		return refuse('presets.newerVersion', 'version', { version, supported: PRESETS_VERSION });
	let settings: PresetSettings;
	let playbooks: Record<string, Playbook>;
	try {
		settings = settingsAt(parsed.settings);
		playbooks = playbooksAt(parsed.playbooks ?? {});
	} catch (error) {
		if (!(error instanceof ShapeError)) throw error;
		return error.playbook !== undefined
			? refuse('presets.badPlaybook', error.field, { key: error.playbook })
			: refuse('presets.badField', error.field, { field: error.field });
	}
	const problems = validateSettings(presetSettingsFor(settings, null));
	if (problems.length > 0) return { ok: false, problems };
	return {
		ok: true,
		presets: { format: PRESETS_FORMAT, version: PRESETS_VERSION, settings, playbooks }
	};
}
