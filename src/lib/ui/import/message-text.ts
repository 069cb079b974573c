/**
 * Import messages in the user's language: coded messages from core and the worker
 * (`{ code, field?, params }`), the outcome of a refused import, and the page's notices.
 */
import type { ImportMessage } from '$lib/core/csv';
import type { MessageKey } from '$lib/i18n/en';
import { i18n } from '$lib/i18n/i18n.svelte';
import type { ImportNotice } from '$lib/state/import-terms';
import type { ImportOutcome } from '$lib/worker/api';

/** A coded message as a sentence: roles by their labels, encodings by their names. */
export function importMessageText(message: ImportMessage): string {
	const params: Record<string, string | number> = { ...message.params };
	if (message.field) params.field = i18n.t(`import.role.${message.field}` as MessageKey);
	if (typeof params.encoding === 'string')
		params.encoding = i18n.t(`import.encoding.${params.encoding}` as MessageKey);
	return i18n.t(`import.msg.${message.code}` as MessageKey, params);
}

/** Why an import was not stored. */
export function outcomeText(outcome: Exclude<ImportOutcome, { ok: true }>): string {
	switch (outcome.reason) {
		case 'too_many_skipped':
			return i18n.t('import.failed.too_many_skipped', {
				skipped: i18n.int(outcome.report.skipped),
				read: i18n.int(outcome.report.rowsRead),
				share: i18n.percent(outcome.report.skipped / Math.max(1, outcome.report.rowsRead))
			});
		case 'nothing_imported':
			return i18n.t('import.failed.nothing_imported');
		case 'quota':
			return outcome.availableBytes === null
				? i18n.t('import.failed.quotaUnknown', { needed: i18n.bytes(outcome.neededBytes) })
				: i18n.t('import.failed.quota', {
						needed: i18n.bytes(outcome.neededBytes),
						available: i18n.bytes(outcome.availableBytes)
					});
		case 'error':
			return i18n.t('import.failed.error', { message: importMessageText(outcome.problem) });
	}
}

/** The notice above the page. */
export function noticeText(notice: ImportNotice): string {
	if (notice.kind === 'problem') return importMessageText(notice.problem);
	if (notice.kind === 'outcome') return outcomeText(notice.outcome);
	if (notice.kind === 'shipped')
		return i18n.t(`data.problem.${notice.code}` as MessageKey, notice.params);
	return i18n.t('import.cancelled');
}
