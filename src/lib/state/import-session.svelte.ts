/**
 * One visit to the import page: the chosen file, what the worker sniffed, the options the user is
 * editing, the trial import, and the running import with its progress. The page and its pieces
 * (`ui/import/*`) read and call this; only this class talks to the worker. Its plain vocabulary
 * (phases, notices, column roles, start problems) is in `import-terms.ts`.
 */
import type { DayNumber } from '$lib/core/calendar';
import type { ColumnGuess, Delimiter, Encoding, IdType, ImportOptions } from '$lib/core/csv';
import { messageOfError } from '$lib/core/csv';
import { shippedDataUrl } from '$lib/core/shipped-data';
import { i18n } from '$lib/i18n/i18n.svelte';
import { app } from '$lib/state/app.svelte';
import { firstFigures } from '$lib/state/first-figures.svelte';
import type {
	ImportOutcome,
	ImportProgressEvent,
	ScoredImportOutcome,
	SniffResponse
} from '$lib/worker/api';
import { analysis, CancelledError } from '$lib/worker/client.svelte';
import { warmOverviewFormatters } from '$lib/ui/warm-formatters';
import {
	browserToday,
	SUMMARY_ROLES,
	TRANSACTION_ROLES,
	type ImportNotice,
	type ImportPhase,
	type StartProblem
} from './import-terms';

export class ImportSession {
	phase = $state<ImportPhase>('choose');
	file = $state.raw<File | null>(null);
	sniffed = $state.raw<SniffResponse | null>(null);
	/** The options the user is editing; starts from the sniff's guesses. */
	options = $state<ImportOptions | null>(null);
	/** Day order chosen by the user when the sample could not decide it. */
	dayOrderChosen = $state(false);
	name = $state('');
	/** `new`, or the id of the dataset the file is added to (see `ImportTarget.svelte`). */
	target = $state('new');
	/** The source (channel) of the file's lines; starts as the file name (see `ImportSource.svelte`). */
	source = $state('');
	currency = $state('USD');
	/** The file is read as customer feedback (issue 16): `ui/feedback/FeedbackImport` takes over. */
	asFeedback = $state(false);
	progress = $state.raw<ImportProgressEvent | null>(null);
	notice = $state.raw<ImportNotice | null>(null);
	#controller: AbortController | null = null;
	#trialTimer: ReturnType<typeof setTimeout> | undefined;

	readonly header = $derived(this.sniffed?.sniff.header ?? []);

	/** The guess behind each role of the current kind (for "detected from the header"). */
	readonly guesses = $derived.by((): Partial<Record<string, ColumnGuess>> => {
		if (!this.sniffed || !this.options) return {};
		const sniff = this.sniffed.sniff;
		const guess = this.options.mapping.kind === 'transactions' ? sniff.transactions : sniff.summary;
		return (guess?.guesses ?? {}) as Partial<Record<string, ColumnGuess>>;
	});

	/** Problems that stop the import (empty: it may start). */
	readonly problems = $derived.by((): StartProblem[] => {
		if (!this.sniffed || !this.options) return [];
		if (this.sniffed.sniff.empty) return ['empty'];
		if (this.sniffed.scored) return [];
		const list: StartProblem[] = [];
		const m = this.options.mapping;
		if (m.kind === 'transactions') {
			if (!m.customerId) list.push('customerId');
			if (!m.orderDate) list.push('orderDate');
			if (!m.amount && !(m.quantity && m.unitPrice)) list.push('amount');
		} else if (
			!m.customerId ||
			!m.frequency ||
			!m.monetary ||
			(!m.lastPurchaseDate && !m.recencyDays)
		) {
			list.push('summary');
		}
		if (!this.dayOrderChosen) list.push('dayOrder');
		return list;
	});

	/** Role of each mapped column, by column name. */
	readonly mappedRoles = $derived.by(() => {
		// A fresh map per derivation, never mutated afterwards: no reactivity needed.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const roles = new Map<string, string>();
		if (!this.options) return roles;
		const m = this.options.mapping as unknown as Record<string, string | null | string[]>;
		for (const role of [...TRANSACTION_ROLES, ...SUMMARY_ROLES]) {
			const column = m[role];
			if (typeof column === 'string') roles.set(column, role);
		}
		return roles;
	});

	/** Read the start of a chosen file and show what it holds, or why it cannot be imported. */
	async choose(chosen: File | undefined | null): Promise<void> {
		if (!chosen) return;
		this.file = chosen;
		this.notice = null;
		this.sniffed = null;
		this.options = null;
		this.phase = 'reading';
		this.name = chosen.name.replace(/\.(csv|tsv|txt|xlsx|parquet)$/i, '');
		this.source = chosen.name;
		await this.#open(chosen);
	}

	/** Read another sheet of the chosen workbook: header, guesses and preview start again. */
	async chooseSheet(sheet: number): Promise<void> {
		if (this.file) await this.#open(this.file, sheet);
	}

	async #open(chosen: File, sheet?: number): Promise<void> {
		try {
			const overrides = sheet === undefined ? undefined : { sheet };
			const response = await analysis.sniffFile(chosen, i18n.lang, overrides);
			if (response.sniff.fileKind) {
				this.notice = { kind: 'problem', problem: { code: response.sniff.fileKind, params: {} } };
				this.phase = 'choose';
				return;
			}
			this.sniffed = response;
			this.asFeedback = Boolean(response.feedback);
			this.currency = response.currency;
			const today = browserToday();
			this.options = {
				encoding: response.sniff.encoding.encoding,
				delimiter: response.sniff.delimiter.delimiter,
				mapping: structuredClone(response.sniff.mapping),
				dateFormat: {
					dayOrder: response.sniff.dateFormat.dayOrder,
					excelEpoch: response.sniff.dateFormat.excelEpoch
				},
				decimalSeparator: response.sniff.decimalSeparator.decimalSeparator,
				asOfDay: today,
				todayDay: today,
				source: response.source ?? undefined
			};
			this.dayOrderChosen = !response.sniff.dateFormat.ambiguous;
			this.phase = 'preview';
		} catch (error) {
			this.notice = { kind: 'problem', problem: messageOfError(error) };
			this.phase = 'choose';
		}
	}

	/**
	 * Open a file shipped beside the build (`?data=<path>`, resolved against the app's `base` URL)
	 * in the normal preview. Only this site's files are fetched; the fetch bypasses the HTTP cache
	 * so a team's updated sample is seen at once (the service worker never caches it either).
	 */
	async openShipped(value: string, base: string): Promise<void> {
		const target = shippedDataUrl(value, base);
		if (!target.ok) {
			this.notice = { kind: 'shipped', code: target.code, params: target.params };
			return;
		}
		const path = target.path;
		let blob: Blob;
		try {
			const response = await fetch(target.url, { credentials: 'same-origin', cache: 'no-cache' });
			if (!response.ok) {
				this.notice = {
					kind: 'shipped',
					code: 'fetchFailed',
					params: { path, status: response.status }
				};
				return;
			}
			blob = await response.blob();
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			this.notice = { kind: 'shipped', code: 'network', params: { path, message } };
			return;
		}
		await this.choose(new File([blob], target.fileName, { type: blob.type }));
	}

	/** Re-read with another encoding or delimiter: the header and the guesses may change. */
	async reread(overrides: { encoding?: Encoding; delimiter?: Delimiter }): Promise<void> {
		const file = this.file;
		const options = this.options;
		if (!file || !options) return;
		const response = await analysis.sniffFile(file, i18n.lang, {
			encoding: overrides.encoding ?? options.encoding,
			delimiter: overrides.delimiter ?? options.delimiter,
			sheet: options.source?.format === 'xlsx' ? options.source.sheet : undefined
		});
		this.sniffed = response;
		this.options = {
			...options,
			encoding: response.sniff.encoding.encoding,
			delimiter: response.sniff.delimiter.delimiter,
			mapping: structuredClone(response.sniff.mapping),
			decimalSeparator: response.sniff.decimalSeparator.decimalSeparator,
			source: response.source ?? undefined
		};
	}

	/** Re-run the trial import after a change of mapping, dates or numbers (debounced). */
	retry(): void {
		clearTimeout(this.#trialTimer);
		this.#trialTimer = setTimeout(() => void this.#trial(), 200);
	}

	async #trial(): Promise<void> {
		const file = this.file;
		if (!file || !this.options || this.problems.length) return;
		const current = $state.snapshot(this.options) as ImportOptions;
		const response = await analysis.sniffFile(file, i18n.lang, undefined, current);
		if (this.sniffed) {
			this.sniffed = {
				...this.sniffed,
				preview: response.preview,
				previewError: response.previewError
			};
		}
	}

	setKind(kind: 'transactions' | 'customer_summary'): void {
		if (!this.sniffed || !this.options) return;
		const sniff = this.sniffed.sniff;
		const guess = kind === 'transactions' ? sniff.transactions : sniff.summary;
		if (guess) this.options.mapping = structuredClone(guess.mapping);
		this.retry();
	}

	setRole(role: string, column: string): void {
		if (!this.options) return;
		(this.options.mapping as unknown as Record<string, string | null>)[role] =
			column === '' ? null : column;
		this.retry();
	}

	/** Count the rows with this status value as sales, or skip them (the preview's status list). */
	setStatusCounted(value: string, counted: boolean): void {
		const mapping = this.options?.mapping;
		if (mapping?.kind !== 'transactions') return;
		mapping.statusCounts = { ...mapping.statusCounts, [value]: counted };
		this.retry();
	}

	setIdType(type: IdType): void {
		if (!this.options) return;
		this.options.mapping.customerIdType = type;
		this.retry();
	}

	toggleAttribute(column: string, on: boolean): void {
		if (!this.options) return;
		const kept = this.options.mapping.attributes.filter((c) => c !== column);
		this.options.mapping.attributes = on ? [...kept, column] : kept;
		this.retry();
	}

	setDecimalSeparator(separator: '.' | ','): void {
		if (!this.options) return;
		this.options.decimalSeparator = separator;
		this.retry();
	}

	setExcelEpoch(epoch: 1900 | 1904): void {
		if (!this.options) return;
		this.options.dateFormat.excelEpoch = epoch;
		this.retry();
	}

	setAsOfDay(day: DayNumber): void {
		if (!this.options || !Number.isFinite(day)) return;
		// Recency counted up to a day after today would make every customer more recent than real.
		this.options.asOfDay = Math.min(day, browserToday());
		this.retry();
	}

	chooseDayOrder(dayOrder: 'dmy' | 'mdy'): void {
		if (!this.options) return;
		this.options.dateFormat.dayOrder = dayOrder;
		this.dayOrderChosen = true;
		this.retry();
	}

	/**
	 * Import the file; true when it was stored (the page then leaves for the overview). With the
	 * outcome's first figures, true as soon as it is stored: the analysis arrives on the overview.
	 */
	async start(): Promise<boolean> {
		const file = this.file;
		if (!file || !this.options || this.problems.length || this.#controller) return false;
		const options = $state.snapshot(this.options) as ImportOptions;
		const request = {
			options: { ...options, todayDay: browserToday() },
			name: this.name,
			currency: this.currency,
			source: this.source,
			target: this.target
		};
		this.#controller = new AbortController();
		this.progress = null;
		const importing = analysis.importFile(file, request, {
			onProgress: (event: ImportProgressEvent) => (this.progress = event),
			signal: this.#controller.signal
		});
		importing.catch(() => undefined); // awaited below
		// The click's task only sends the file; the preview gives way to the progress in a task of
		// its own (together, one task that grew past 50 ms while the workers warmed up; issue 18).
		await new Promise((next) => setTimeout(next));
		this.phase = 'importing';
		this.notice = null;
		// The overview's figures are drawn in the task that receives the outcome: their formatters
		// are built now, while the worker parses.
		warmOverviewFormatters(this.currency);
		try {
			const outcome: ImportOutcome = await importing;
			if (!outcome.ok) {
				this.notice = { kind: 'outcome', outcome };
				this.phase = 'preview';
				return false;
			}
			const appendedTo = app.datasets.find((d) => d.id === this.target);
			// The overview draws the outcome's figures now, the rest when the analysis arrives.
			const shown = outcome.figures && {
				datasetId: outcome.datasetId,
				currency: request.currency,
				figures: outcome.figures
			};
			if (shown) firstFigures.current = shown;
			const completing = app.completeImport(outcome.datasetId, {
				name: appendedTo?.name ?? (request.name || file.name),
				report: outcome.report,
				rejectedCsv: outcome.rejectedCsv,
				millis: outcome.millis
			});
			if (!shown) await completing;
			else
				void completing
					.catch((error: unknown) => app.fail(error))
					.finally(() => {
						if (firstFigures.current === shown) firstFigures.current = null;
					});
			return true;
		} catch (error) {
			await this.#stopped(error);
			return false;
		} finally {
			this.#controller = null;
		}
	}

	/** The last scored import's outcome when it was refused or skipped rows (else null). */
	scoredOutcome = $state.raw<ScoredImportOutcome | null>(null);

	/** Import a scored-customers file (`sniffed.scored`); true when it was stored. */
	async startScored(): Promise<boolean> {
		const file = this.file;
		if (!file || !this.sniffed?.scored) return false;
		this.phase = 'importing';
		this.progress = null;
		this.notice = null;
		this.scoredOutcome = null;
		const controller = new AbortController();
		this.#controller = controller;
		try {
			const outcome = await analysis.importScored(
				file,
				{ name: this.name, currency: this.currency },
				{ onProgress: (event) => (this.progress = event), signal: controller.signal }
			);
			if (!outcome.ok && outcome.reason === 'error')
				this.notice = { kind: 'problem', problem: outcome.problem };
			if (!outcome.ok || outcome.report.skipped > 0) this.scoredOutcome = outcome;
			if (outcome.ok) await app.select(outcome.datasetId);
			this.phase = 'preview';
			return outcome.ok && outcome.report.skipped === 0;
		} catch (error) {
			await this.#stopped(error);
			return false;
		} finally {
			this.#controller = null;
		}
	}

	/** After an import stopped by a cancel or an error: say so and go back to the preview. */
	async #stopped(error: unknown): Promise<void> {
		if (error instanceof CancelledError) {
			this.notice = { kind: 'cancelled' };
			await app.cleanUp();
		} else {
			this.notice = { kind: 'problem', problem: messageOfError(error) };
		}
		this.phase = 'preview';
	}

	cancel(): void {
		this.#controller?.abort();
	}
}
