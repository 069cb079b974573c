/**
 * CPU time by thread of the Chromium processes this Node process started, from /proc
 * (`task/<tid>/schedstat`: nanoseconds on a CPU), sampled every 20 ms between `start` and `stop`.
 * On the 2-core bench machine the wall time of one import varies by ±20 % with the load that
 * Chromium's own processes make, the CPU of its workers by about ±10 % (1M uci, six imports:
 * 1.25–1.55 s): the steadier figure for an A/B (`tail.ts` prints both). A thread that ends
 * between two samples loses at most its last 20 ms. Empty where /proc is missing. (Chromium
 * rewrites its command lines with spaces between the arguments.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { chromiumPids } from './memory';

/** The groups of the renderer's dedicated workers and of its main thread. */
export const RENDERER_WORKERS = 'renderer: workers';
export const RENDERER_MAIN = 'renderer: main';

/** A thread's group: the process's `--type` (browser without one) and the thread's name. */
function groupOf(kind: string, name: string): string {
	// The renderer's main thread carries the process's name; its workers are DedicatedWorker.
	if (kind === 'renderer') {
		if (name === 'DedicatedWorker') return RENDERER_WORKERS;
		if (/^chrom/i.test(name)) return RENDERER_MAIN;
		return `renderer: ${name}`;
	}
	return kind;
}

/** The `--type` of a Chromium process (plus the utility's sub-type), 'browser' without one. */
function kindOf(pid: number): string {
	try {
		const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
		const type = args.find((arg) => arg.startsWith('--type='))?.slice(7) ?? 'browser';
		const sub = args.find((arg) => arg.startsWith('--utility-sub-type='))?.slice(19);
		return sub ? `${type} (${sub.split('.')[0]})` : type;
	} catch {
		return 'gone';
	}
}

export class ThreadCpu {
	#timer: ReturnType<typeof setInterval> | null = null;
	/** Per thread (pid/tid): its group, its nanoseconds at the first and the last sample. */
	#threads = new Map<string, { group: string; first: number; last: number }>();
	#kinds = new Map<number, string>();

	/** Start sampling; threads already running count from now. */
	start(): void {
		this.#threads.clear();
		this.sample(true);
		this.#timer = setInterval(() => this.sample(false), 20);
	}

	/** Stop; milliseconds of CPU per group since `start`, largest first. */
	stop(): Record<string, number> {
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
		this.sample(false);
		const byGroup = new Map<string, number>();
		for (const { group, first, last } of this.#threads.values()) {
			byGroup.set(group, (byGroup.get(group) ?? 0) + (last - first) / 1e6);
		}
		const entries = [...byGroup].filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]);
		return Object.fromEntries(entries.map(([group, ms]) => [group, Math.round(ms)]));
	}

	private sample(atStart: boolean): void {
		for (const pid of chromiumPids()) {
			let kind = this.#kinds.get(pid);
			if (kind === undefined) {
				kind = kindOf(pid);
				this.#kinds.set(pid, kind);
			}
			let tids: string[];
			try {
				tids = readdirSync(`/proc/${pid}/task`);
			} catch {
				continue;
			}
			for (const tid of tids) {
				try {
					const ns = Number(
						readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]
					);
					const key = `${pid}/${tid}`;
					const known = this.#threads.get(key);
					if (known) known.last = ns;
					else {
						const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
						// A thread born after the start counts from its birth.
						this.#threads.set(key, {
							group: groupOf(kind, name),
							first: atStart ? ns : 0,
							last: ns
						});
					}
				} catch {
					// The thread ended while we looked.
				}
			}
		}
	}
}
