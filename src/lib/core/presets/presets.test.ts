import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type AnalysisSettings } from '../analytics/types';
import type { Playbook } from '../playbooks';
import {
	PRESETS_MAX_BYTES,
	buildPresets,
	presetSettingsFor,
	presetsJson,
	readPresets
} from './presets';

const customSettings: AnalysisSettings = {
	asOfDay: 19_999,
	binning: { kind: 'thresholds', recency: [30, 90], frequency: [2, 5], monetary: [5000, 20000] },
	scheme: {
		kind: 'custom',
		segments: [
			{ key: 'top', label: { en: 'Top', zh: '核心客户' }, r: [4, 5], fm: [1, 5] },
			{ key: 'rest', label: 'Rest', r: [1, 3], fm: [1, 5] }
		]
	},
	tiers: {
		metric: 'aov',
		tiers: [
			{ key: 'vip', label: 'VIP', cut: 0.9 },
			{ key: 'all', label: { en: 'All', zh: '全部' }, cut: 0 }
		]
	},
	lifecycle: { activeDays: 60, churnDays: 200, funnelSteps: [1, 3] },
	migrationOffsetDays: 30
};

const lostPlaybook: Playbook = {
	goal: { en: 'One last offer', zh: '最后一次优惠' },
	actions: { en: ['Send a coupon'], zh: ['发送优惠券'] }
};

/** The file a team would write by hand for `customSettings` (independent of `presetsJson`). */
const handWritten = {
	format: 'strata-presets',
	version: 1,
	settings: {
		binning: customSettings.binning,
		scheme: customSettings.scheme,
		tiers: customSettings.tiers,
		lifecycle: customSettings.lifecycle,
		migrationOffsetDays: 30
	},
	playbooks: { lost: lostPlaybook }
};

describe('team presets', () => {
	it('writes the documented shape, without the as-of date', () => {
		const written = JSON.parse(presetsJson(buildPresets(customSettings, { lost: lostPlaybook })));
		expect(written).toEqual(handWritten);
	});

	it('round-trips settings (custom scheme, thresholds, tiers, lifecycle) and playbooks', () => {
		const reading = readPresets(presetsJson(buildPresets(customSettings, { lost: lostPlaybook })));
		expect(reading.ok).toBe(true);
		if (!reading.ok) return;
		expect(reading.presets.playbooks).toEqual({ lost: lostPlaybook });
		// Applied to a dataset, the dataset keeps its own as-of date.
		expect(presetSettingsFor(reading.presets.settings, 18_000)).toEqual({
			...customSettings,
			asOfDay: 18_000
		});
	});

	it('reads a hand-written file and drops fields it does not know', () => {
		const extra = {
			...handWritten,
			comment: 'ours',
			settings: { ...handWritten.settings, asOfDay: 1, colour: 'red' }
		};
		const reading = readPresets(JSON.stringify(extra));
		expect(reading.ok && reading.presets.settings).toEqual(handWritten.settings);
	});

	it('accepts a file without playbooks', () => {
		const { playbooks: _none, ...bare } = handWritten;
		const reading = readPresets(JSON.stringify(bare));
		expect(reading.ok && reading.presets.playbooks).toEqual({});
	});

	const withSettings = (patch: Record<string, unknown>) =>
		JSON.stringify({ ...handWritten, settings: { ...handWritten.settings, ...patch } });

	it.each([
		['too large', ' '.repeat(PRESETS_MAX_BYTES + 1), 'presets.tooLarge', ''],
		['not JSON', '{"format":', 'presets.notJson', ''],
		['a JSON array', '[]', 'presets.wrongFile', 'format'],
		[
			'another format',
			JSON.stringify({ ...handWritten, format: 'strata-backup' }),
			'presets.wrongFile',
			'format'
		],
		[
			'no version',
			JSON.stringify({ ...handWritten, version: undefined }),
			'presets.badVersion',
			'version'
		],
		[
			'version 1.5',
			JSON.stringify({ ...handWritten, version: 1.5 }),
			'presets.badVersion',
			'version'
		],
		[
			'a newer version',
			JSON.stringify({ ...handWritten, version: 2 }),
			'presets.newerVersion',
			'version'
		],
		[
			'no settings',
			JSON.stringify({ ...handWritten, settings: null }),
			'presets.badField',
			'settings'
		],
		['lifecycle as text', withSettings({ lifecycle: '90' }), 'presets.badField', 'lifecycle'],
		[
			'a text bin count',
			withSettings({ binning: { kind: 'quantile', bins: '5' } }),
			'presets.badField',
			'binning.bins'
		],
		[
			'a cut point as text',
			withSettings({ binning: { ...customSettings.binning, recency: [30, '90'] } }),
			'presets.badField',
			'binning.recency.1'
		],
		[
			'a segment range of three',
			withSettings({
				scheme: { kind: 'custom', segments: [{ key: 'a', label: 'A', r: [1, 2, 3], fm: [1, 5] }] }
			}),
			'presets.badField',
			'scheme.segments.0.r'
		],
		[
			'a tier without a cut',
			withSettings({ tiers: { metric: 'aov', tiers: [{ key: 'a', label: 'A' }] } }),
			'presets.badField',
			'tiers.tiers.0.cut'
		],
		[
			'a playbook without goal',
			JSON.stringify({ ...handWritten, playbooks: { lost: { actions: lostPlaybook.actions } } }),
			'presets.badPlaybook',
			'playbooks.lost.goal'
		],
		[
			'a playbook with a bad key',
			JSON.stringify({ ...handWritten, playbooks: { 'Lost!': lostPlaybook } }),
			'presets.badPlaybook',
			'playbooks.Lost!'
		]
	])('refuses %s with its code', (_name, text, code, field) => {
		const reading = readPresets(text);
		expect(reading.ok).toBe(false);
		if (reading.ok) return;
		expect(reading.problems.map((p) => [p.code, p.field])).toEqual([[code, field]]);
	});

	it('names the newer version and the one this build reads', () => {
		const reading = readPresets(JSON.stringify({ ...handWritten, version: 3 }));
		expect(!reading.ok && reading.problems[0].params).toEqual({ version: 3, supported: 1 });
	});

	it.each([
		['6 bins', { binning: { kind: 'quantile', bins: 6 } }, ['binning.bins']],
		['an unknown binning', { binning: { kind: 'deciles' } }, ['binning.unknownKind']],
		['an unknown scheme', { scheme: { kind: 'abc' } }, ['scheme.unknownKind']],
		[
			'a custom scheme with a gap',
			{
				scheme: { kind: 'custom', segments: [{ key: 'top', label: 'Top', r: [4, 5], fm: [1, 5] }] }
			},
			['scheme.gaps']
		],
		[
			'churn before active',
			{ lifecycle: { activeDays: 90, churnDays: 30, funnelSteps: [1] } },
			['lifecycle.churnDays']
		],
		[
			'an unknown tier metric',
			{ tiers: { ...customSettings.tiers, metric: 'age' } },
			['tiers.unknownMetric']
		],
		['offset 0', { migrationOffsetDays: 0 }, ['migration.offsetDays']]
	])('refuses settings with %s with the settings codes', (_name, patch, codes) => {
		const reading = readPresets(withSettings(patch));
		expect(!reading.ok && reading.problems.map((p) => p.code)).toEqual(codes);
	});

	it('keeps the defaults intact', () => {
		const reading = readPresets(presetsJson(buildPresets(DEFAULT_SETTINGS, {})));
		expect(reading.ok && presetSettingsFor(reading.presets.settings, null)).toEqual(
			DEFAULT_SETTINGS
		);
	});
});
