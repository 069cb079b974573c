/**
 * Backing up, restoring and deleting everything, as the datasets page sees it: the passwords the
 * user typed, what is running, and the last outcome as a message key (rendered in the current
 * language). The work itself runs in the analysis worker (`worker/backup.ts`).
 */
import { version } from '$app/environment';
import { appCacheName } from '$lib/core/offline/precache';
import { i18n, type MessageKey } from '$lib/i18n/i18n.svelte';
import { downloadBlob } from '$lib/ui/download';
import type { DatasetSummary, WipeReport } from '$lib/worker/api';
import { analysis } from '$lib/worker/client.svelte';
import { app } from './app.svelte';

/** The extension of a backup file, quoted by the messages that name the format. */
export const BACKUP_EXTENSION = '.strata';

export interface Notice {
	key: MessageKey;
	params?: Record<string, string | number>;
	tone: 'info' | 'error';
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

class BackupState {
	/** Password for new backups; empty: not encrypted. */
	backupPassword = $state('');
	/** Password to open an encrypted backup with. */
	restorePassword = $state('');
	busy = $state(false);
	backupNotice = $state.raw<Notice | null>(null);
	restoreNotice = $state.raw<Notice | null>(null);

	/** Write a dataset's `.strata` file and hand it to the browser as a download. */
	async backup(dataset: DatasetSummary, name: string) {
		this.busy = true;
		this.backupNotice = { key: 'backup.working', params: { name }, tone: 'info' };
		const password = this.backupPassword;
		try {
			const file = await analysis.backupDataset(dataset.id, password);
			downloadBlob(file.blob, file.fileName);
			this.backupNotice = {
				key: 'backup.done',
				params: {
					file: file.fileName,
					size: i18n.bytes(file.blob.size),
					seconds: i18n.decimal(file.millis / 1000, 1)
				},
				tone: 'info'
			};
		} catch (error) {
			this.backupNotice = {
				key: 'backup.failed',
				params: { message: errorText(error) },
				tone: 'error'
			};
		} finally {
			this.busy = false;
		}
	}

	/** Restore a backup as a new dataset and make it the active one. */
	async restore(file: File) {
		this.busy = true;
		this.restoreNotice = { key: 'restore.working', params: { file: file.name }, tone: 'info' };
		const password = this.restorePassword;
		try {
			const outcome = await analysis.restoreBackup(file, password);
			if (!outcome.ok) {
				this.restoreNotice = {
					key: `restore.error.${outcome.code}` satisfies MessageKey,
					params: { ext: BACKUP_EXTENSION, ...outcome.params },
					tone: 'error'
				};
				return;
			}
			await app.select(outcome.datasetId);
			this.restoreNotice = {
				key: 'restore.done',
				params: { name: outcome.name, seconds: i18n.decimal(outcome.millis / 1000, 1) },
				tone: 'info'
			};
		} catch (error) {
			this.restoreNotice = {
				key: 'restore.error.error',
				params: { message: errorText(error) },
				tone: 'error'
			};
		} finally {
			this.busy = false;
		}
	}
}

/** The one backup state of the page. */
export const backups = new BackupState();

/**
 * Delete every dataset, setting, cache, key and file of this site, keeping only the current app
 * shell cache (Strata's code, so it still opens offline). Returns what the browser reports as
 * used afterwards.
 */
export async function deleteAllData(): Promise<{ report: WipeReport; usage: number | null }> {
	const report = await analysis.deleteAllData(appCacheName(version));
	// A fresh worker starts on the next call: nothing of the old one's memory survives.
	analysis.terminate();
	localStorage.clear();
	sessionStorage.clear();
	await app.forgetAll();
	const usage = (await navigator.storage?.estimate?.())?.usage ?? null;
	return { report, usage };
}
