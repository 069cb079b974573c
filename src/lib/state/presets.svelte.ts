/**
 * Team presets as the settings page sees them: export the active dataset's definitions as
 * `strata-presets.json`, import such a file into it, and the outcome of the last attempt (as
 * message keys and coded problems, rendered in the current language). The file's format and its
 * checks live in `core/presets`.
 */
import type { AnalysisSettings } from '$lib/core/analytics/types';
import {
	PRESETS_FILE_NAME,
	buildPresets,
	presetSettingsFor,
	presetsJson,
	readPresets,
	type PresetsProblem
} from '$lib/core/presets/presets';
import { downloadBlob } from '$lib/ui/download';
import { analysis } from '$lib/worker/client.svelte';
import { app } from './app.svelte';
import type { Notice } from './backup.svelte';

class PresetsState {
	busy = $state(false);
	notice = $state.raw<Notice | null>(null);
	/** Why the last file was refused (empty when it was not). */
	problems = $state.raw<PresetsProblem[]>([]);

	/** Hand the active dataset's settings and edited playbooks to the browser as a download. */
	async exportFile() {
		const id = app.activeId;
		const settings = app.settings;
		if (!id || !settings) return;
		await this.#run(async () => {
			const playbooks = await analysis.playbooks(id);
			const text = presetsJson(buildPresets(settings, playbooks));
			downloadBlob(new Blob([text], { type: 'application/json' }), PRESETS_FILE_NAME);
			this.notice = { key: 'presets.exported', params: { file: PRESETS_FILE_NAME }, tone: 'info' };
		});
	}

	/**
	 * Check a presets file and apply it to the active dataset: its settings (keeping the dataset's
	 * as-of date) and its playbooks, which replace the edited ones. Returns the settings applied,
	 * or null when the file was refused.
	 */
	async importFile(file: File): Promise<AnalysisSettings | null> {
		const id = app.activeId;
		const current = app.settings;
		if (!id || !current) return null;
		let applied: AnalysisSettings | null = null;
		await this.#run(async () => {
			const reading = readPresets(await file.text());
			if (!reading.ok) {
				this.problems = reading.problems;
				this.notice = { key: 'presets.refused', params: { file: file.name }, tone: 'error' };
				return;
			}
			const { settings, playbooks } = reading.presets;
			const edited = await analysis.playbooks(id);
			for (const key of Object.keys(edited)) {
				if (!(key in playbooks)) await analysis.savePlaybook(id, key, null);
			}
			for (const [key, playbook] of Object.entries(playbooks)) {
				await analysis.savePlaybook(id, key, playbook);
			}
			applied = presetSettingsFor(settings, current.asOfDay);
			await app.applySettings(applied);
			this.notice = {
				key: 'presets.imported',
				params: { file: file.name, playbooks: Object.keys(playbooks).length },
				tone: 'info'
			};
		});
		return applied;
	}

	async #run(work: () => Promise<void>) {
		this.busy = true;
		this.problems = [];
		this.notice = null;
		try {
			await work();
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			this.notice = { key: 'presets.failed', params: { message }, tone: 'error' };
		} finally {
			this.busy = false;
		}
	}
}

export const presets = new PresetsState();
