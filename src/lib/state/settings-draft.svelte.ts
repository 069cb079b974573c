/**
 * The settings page's editable copy of a dataset's settings: every edit goes through here, is
 * validated by core, and is applied shortly after the last edit when the engine will accept it.
 * Free of the DOM and of the worker (both are passed in), so Node tests drive it.
 */
import { validateCustomScheme } from '$lib/core/analytics/segments';
import { validateSettings } from '$lib/core/analytics/settings';
import {
	DEFAULT_SETTINGS,
	type AnalysisSettings,
	type CustomSegment,
	type Language,
	type LifecycleSuggestion
} from '$lib/core/analytics/types';

type Label = CustomSegment['label'];

/** Thresholds offered when the user switches from quantile bins to fixed cut points. */
export function defaultThresholds(): AnalysisSettings['binning'] {
	return {
		kind: 'thresholds',
		recency: [30, 90, 180, 365],
		frequency: [2, 3, 5, 10],
		monetary: [5000, 10000, 25000, 50000]
	};
}

/**
 * A label after the user renamed it in one language: a two-language label keeps the other
 * language's text; a plain one stays plain.
 * @example renamedLabel({ en: 'VIP', zh: '重要客户' }, 'en', 'Top') // → { en: 'Top', zh: '重要客户' }
 * @example renamedLabel('Segment 5', 'zh', '新客') // → '新客'
 */
export function renamedLabel(label: Label, lang: Language, name: string): Label {
	return typeof label === 'string' ? name : { ...label, [lang]: name };
}

/**
 * Cut points typed as text ("30, 90；180") → numbers; money in currency units → cents.
 * @example parseCuts('30, 90；180') // → [30, 90, 180]
 * @example parseCuts('1.5 10', true) // → [150, 1000]
 */
export function parseCuts(text: string, money = false): number[] {
	return text
		.split(/[,，;；\s]+/)
		.filter(Boolean)
		.map((t) => Number(t))
		.filter((v) => Number.isFinite(v))
		.map((v) => (money ? Math.round(v * 100) : v));
}

/**
 * Cut points as text; cents shown in currency units.
 * @example cutsText([150, 1000], true) // → '1.5, 10'
 */
export function cutsText(values: readonly number[], money = false): string {
	return values.map((v) => (money ? v / 100 : v)).join(', ');
}

export interface SettingsDraftOptions {
	/** Apply valid settings (the app recomputes with them). */
	apply: (settings: AnalysisSettings) => unknown;
	/** Lifecycle windows proposed from the data, up to an as-of day. */
	suggest: (asOfDay: number | null) => Promise<LifecycleSuggestion | null>;
	/** Milliseconds to wait after the last edit before applying. */
	delay?: number;
}

export class SettingsDraft {
	/** Editable copy of the settings; null until loaded. */
	draft = $state<AnalysisSettings | null>(null);
	/** The last lifecycle suggestion: undefined = not asked, null = the data has none. */
	suggestion = $state<LifecycleSuggestion | null | undefined>(undefined);

	readonly problems = $derived(this.draft ? validateSettings(this.draft) : []);
	/** Coverage of a custom scheme (null for the built-in ones). */
	readonly schemeCheck = $derived(
		this.draft?.scheme.kind === 'custom' ? validateCustomScheme(this.draft.scheme.segments) : null
	);

	#options: SettingsDraftOptions;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(options: SettingsDraftOptions) {
		this.#options = options;
	}

	/** Start editing a copy of `settings`. */
	load(settings: AnalysisSettings) {
		this.draft = structuredClone(settings);
		this.suggestion = undefined;
	}

	/** Apply the draft shortly after the last edit, if the engine will accept it. */
	changed = () => {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			if (this.draft && validateSettings(this.draft).length === 0)
				this.#options.apply($state.snapshot(this.draft) as AnalysisSettings);
		}, this.#options.delay ?? 250);
	};

	reset = () => {
		this.draft = structuredClone(DEFAULT_SETTINGS);
		this.changed();
	};

	setBinningKind = (kind: 'quantile' | 'thresholds') => {
		if (!this.draft) return;
		this.draft.binning = kind === 'quantile' ? { kind: 'quantile', bins: 5 } : defaultThresholds();
		this.changed();
	};

	/** Switch scheme; a custom scheme starts from `template` (names in both languages). */
	setScheme = (kind: 'rfm_grid' | 'value8' | 'custom', template: () => CustomSegment[]) => {
		if (!this.draft) return;
		this.draft.scheme = kind === 'custom' ? { kind, segments: template() } : { kind };
		this.changed();
	};

	/** Rename in the language shown, keeping the other language's name. */
	rename = (target: { label: Label }, lang: Language, name: string) => {
		target.label = renamedLabel(target.label, lang, name);
		this.changed();
	};

	addSegment = () => {
		if (this.draft?.scheme.kind !== 'custom') return;
		const n = this.draft.scheme.segments.length + 1;
		this.draft.scheme.segments.push({
			key: `segment_${n}`,
			label: `Segment ${n}`,
			r: [1, 1],
			fm: [1, 1]
		});
		this.changed();
	};

	removeSegment = (index: number) => {
		if (this.draft?.scheme.kind !== 'custom') return;
		this.draft.scheme.segments.splice(index, 1);
		this.changed();
	};

	addTier = () => {
		if (!this.draft || this.draft.tiers.tiers.length >= 5) return;
		const tiers = this.draft.tiers.tiers;
		const n = tiers.length + 1;
		const cut = tiers.length > 1 ? tiers[tiers.length - 2].cut / 2 : 0.5;
		tiers.splice(tiers.length - 1, 0, { key: `tier_${n}`, label: `Tier ${n}`, cut });
		this.changed();
	};

	removeTier = (index: number) => {
		if (!this.draft || this.draft.tiers.tiers.length <= 2) return;
		this.draft.tiers.tiers.splice(index, 1);
		this.draft.tiers.tiers[this.draft.tiers.tiers.length - 1].cut = 0;
		this.changed();
	};

	suggest = async () => {
		if (!this.draft) return;
		this.suggestion = await this.#options.suggest(this.draft.asOfDay);
	};

	useSuggestion = () => {
		if (!this.draft || !this.suggestion) return;
		this.draft.lifecycle.activeDays = this.suggestion.activeDays;
		this.draft.lifecycle.churnDays = this.suggestion.churnDays;
		this.changed();
	};
}
