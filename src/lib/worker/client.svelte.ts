/**
 * The page's handle on the analysis worker.
 *
 * Starts the worker lazily on first use, runs calls one at a time in the order they were made,
 * and cancels with an AbortSignal: aborting terminates the worker (the only way to stop a
 * synchronous loop mid-flight) and the next call starts a fresh one. Status is a rune.
 */
import * as Comlink from 'comlink';
import { untrack } from 'svelte';
import type { AnalysisApi } from './api';

export type WorkerStatus = 'idle' | 'busy' | 'error';

/** Thrown to callers whose call was cancelled. */
export class CancelledError extends Error {
	constructor() {
		super('cancelled');
		this.name = 'CancelledError';
	}
}

export class AnalysisClient {
	status = $state<WorkerStatus>('idle');
	/** Message of the last failure, if the last call failed. */
	lastError = $state<string | null>(null);
	/** Calls waiting or running. */
	pending = $state(0);

	#worker: Worker | null = null;
	#remote: Comlink.Remote<AnalysisApi> | null = null;
	#tail: Promise<unknown> = Promise.resolve();
	#generation = 0;

	#ensure(): Comlink.Remote<AnalysisApi> {
		if (!this.#remote) {
			// Vite bundles the worker only from this literal `new URL(…, import.meta.url)` form.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			this.#worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), {
				type: 'module',
				name: 'strata-analysis'
			});
			this.#remote = Comlink.wrap<AnalysisApi>(this.#worker);
		}
		return this.#remote;
	}

	/** Stop the worker now; calls in flight reject with CancelledError. */
	terminate() {
		this.#worker?.terminate();
		this.#worker = null;
		this.#remote?.[Comlink.releaseProxy]?.();
		this.#remote = null;
		this.#generation++;
	}

	/**
	 * Run one call on the worker after every earlier call has settled.
	 * @param call receives the remote API; pass callbacks through `Comlink.proxy`.
	 */
	run<T>(call: (api: Comlink.Remote<AnalysisApi>) => Promise<T>, signal?: AbortSignal): Promise<T> {
		// Calls are often made from effects: counting must not make the effect depend on `pending`.
		untrack(() => this.pending++);
		const result = this.#tail.then(() => this.#execute(call, signal));
		this.#tail = result.catch(() => undefined);
		return result.finally(() => {
			this.pending--;
			if (this.pending === 0 && this.status === 'busy') this.status = 'idle';
		});
	}

	async #execute<T>(
		call: (api: Comlink.Remote<AnalysisApi>) => Promise<T>,
		signal?: AbortSignal
	): Promise<T> {
		if (signal?.aborted) throw new CancelledError();
		const generation = this.#generation;
		this.status = 'busy';
		this.lastError = null;
		let onAbort: (() => void) | undefined;
		const aborted = new Promise<never>((_, reject) => {
			onAbort = () => {
				this.terminate();
				reject(new CancelledError());
			};
			signal?.addEventListener('abort', onAbort, { once: true });
		});
		try {
			return await Promise.race([call(this.#ensure()), aborted]);
		} catch (error) {
			if (error instanceof CancelledError || generation !== this.#generation) {
				throw new CancelledError();
			}
			this.status = 'error';
			this.lastError = error instanceof Error ? error.message : String(error);
			throw error;
		} finally {
			if (onAbort) signal?.removeEventListener('abort', onAbort);
		}
	}
}

/** The one worker client of the page. */
export const analysis = new AnalysisClient();
