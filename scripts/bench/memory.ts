/**
 * Peak memory while something runs:
 *
 * - JS heap: V8 heap used (`Runtime.getHeapUsage().usedSize`) of the page's main thread plus
 *   every dedicated worker it has at that moment, summed per sample (about every 100 ms); the peak is the largest sum.
 * - ArrayBuffers: the same targets' `backingStorageSize`, memory outside the V8 heap that holds
 *   ArrayBuffers (typed arrays, transferred chunks) and external strings. WebAssembly memory is
 *   NOT in it (checked on Chromium 156): the peer page reports DuckDB's wasm memory itself.
 * - Chromium PSS: proportional set size of all Chromium processes this Node process started
 *   (browser, GPU, network, renderers), from /proc; it includes IndexedDB's LevelDB buffers and
 *   the browser's own baseline. Reading it costs ~50 ms of this process's CPU, so it is sampled
 *   once a second (short peaks can be missed), and it is 0 where /proc is missing.
 *
 * Workers are reached through the page's CDP session with non-flat auto-attach
 * (`Target.sendMessageToTarget`), which Playwright's CDPSession can drive.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';

export interface MemoryPeaks {
	jsHeap: number;
	buffers: number;
	pss: number;
	samples: number;
}

interface HeapUsage {
	usedSize: number;
	backingStorageSize?: number;
}

const INTERVAL_MS = 100;
const PSS_INTERVAL_MS = 1_000;
const REPLY_TIMEOUT_MS = 2_000;

export class MemorySampler {
	#cdp: CDPSession;
	/** Attached worker sessions: sessionId → worker URL. */
	#workers = new Map<string, string>();
	#replies = new Map<number, (message: { result?: unknown }) => void>();
	#nextId = 0;
	#running = false;
	#loops: Promise<void>[] = [];
	/** Ends the loops' waits at once when sampling stops. */
	#wake = new AbortController();
	#peaks: MemoryPeaks = { jsHeap: 0, buffers: 0, pss: 0, samples: 0 };

	private constructor(cdp: CDPSession) {
		this.#cdp = cdp;
		cdp.on('Target.attachedToTarget', (event) => {
			if (event.targetInfo.type === 'worker')
				this.#workers.set(event.sessionId, event.targetInfo.url);
		});
		cdp.on('Target.detachedFromTarget', (event) => {
			if (event.sessionId) this.#workers.delete(event.sessionId);
		});
		cdp.on('Target.receivedMessageFromTarget', (event) => {
			const message = JSON.parse(event.message) as { id?: number; result?: unknown };
			const reply = message.id === undefined ? undefined : this.#replies.get(message.id);
			if (reply && message.id !== undefined) {
				this.#replies.delete(message.id);
				reply(message);
			}
		});
	}

	/** Attach to a page (and, from now on, to the workers it starts). */
	static async attach(context: BrowserContext, page: Page): Promise<MemorySampler> {
		const cdp = await context.newCDPSession(page);
		const sampler = new MemorySampler(cdp);
		await cdp.send('Target.setAutoAttach', {
			autoAttach: true,
			waitForDebuggerOnStart: false,
			flatten: false
		});
		return sampler;
	}

	/** Forget earlier peaks and start sampling. */
	start() {
		this.#peaks = { jsHeap: 0, buffers: 0, pss: 0, samples: 0 };
		this.#running = true;
		this.#wake = new AbortController();
		this.#loops = [
			this.#run(INTERVAL_MS, () => this.#sample()),
			this.#run(PSS_INTERVAL_MS, () => this.#samplePss())
		];
	}

	/** Stop sampling (after one last sample) and return the peaks since start(). */
	async stop(): Promise<MemoryPeaks> {
		this.#running = false;
		this.#wake.abort();
		await Promise.all(this.#loops);
		await this.#sample();
		this.#samplePss();
		return { ...this.#peaks };
	}

	async detach() {
		this.#running = false;
		this.#wake.abort();
		await Promise.all(this.#loops);
		await this.#cdp.detach().catch(() => undefined);
	}

	async #run(interval: number, sample: () => unknown) {
		while (this.#running) {
			await sample();
			const signal = this.#wake.signal;
			await new Promise<void>((done) => {
				const wake = () => {
					clearTimeout(timer);
					done();
				};
				const timer = setTimeout(() => {
					signal.removeEventListener('abort', wake);
					done();
				}, interval);
				signal.addEventListener('abort', wake, { once: true });
			});
		}
	}

	/**
	 * Collect garbage on the main thread and in every worker, so that what a measurement sees is
	 * its own: a reload keeps the renderer, and an earlier step's garbage would count as a peak.
	 */
	async collectGarbage() {
		await Promise.all([
			this.#cdp.send('HeapProfiler.collectGarbage').catch(() => undefined),
			...[...this.#workers.keys()].map((id) =>
				this.#sendToWorker(id, 'HeapProfiler.collectGarbage')
			)
		]);
	}

	/** Memory in use now: after `collectGarbage()`, what the page retains. */
	async current(): Promise<MemoryPeaks> {
		const saved = this.#peaks;
		this.#peaks = { jsHeap: 0, buffers: 0, pss: 0, samples: 0 };
		await this.#sample();
		this.#samplePss();
		const now = this.#peaks;
		this.#peaks = saved;
		return now;
	}

	#samplePss() {
		this.#peaks.pss = Math.max(this.#peaks.pss, chromiumPss());
	}

	async #sample() {
		const main = this.#cdp
			.send('Runtime.getHeapUsage')
			.then((usage) => usage as HeapUsage)
			.catch(() => null);
		const workers = [...this.#workers.keys()].map(
			(sessionId) =>
				this.#sendToWorker(sessionId, 'Runtime.getHeapUsage') as Promise<HeapUsage | null>
		);
		const usages = (await Promise.all([main, ...workers])).filter((u): u is HeapUsage => !!u);
		const peaks = this.#peaks;
		peaks.jsHeap = Math.max(peaks.jsHeap, sum(usages.map((u) => u.usedSize)));
		peaks.buffers = Math.max(peaks.buffers, sum(usages.map((u) => u.backingStorageSize ?? 0)));
		peaks.samples++;
	}

	/** One CDP command to a worker through the non-flat session; null on error or time-out. */
	#sendToWorker(sessionId: string, method: string): Promise<unknown> {
		const id = ++this.#nextId;
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				this.#replies.delete(id);
				resolve(null);
			}, REPLY_TIMEOUT_MS);
			this.#replies.set(id, (message) => {
				clearTimeout(timer);
				resolve(message.result ?? null);
			});
			this.#cdp
				.send('Target.sendMessageToTarget', {
					sessionId,
					message: JSON.stringify({ id, method })
				})
				.catch(() => {
					clearTimeout(timer);
					this.#replies.delete(id);
					resolve(null);
				});
		});
	}
}

function sum(values: number[]): number {
	return values.reduce((total, value) => total + value, 0);
}

/** The Chromium processes descending from this Node process (none where /proc is missing). */
export function chromiumPids(): number[] {
	let names: string[];
	try {
		names = readdirSync('/proc');
	} catch {
		return [];
	}
	const children = new Map<number, number[]>();
	const commands = new Map<number, string>();
	for (const name of names) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// pid (comm) state ppid …; comm may hold spaces and parentheses.
			const close = stat.lastIndexOf(')');
			const ppid = Number(stat.slice(close + 2).split(' ')[1]);
			const pid = Number(name);
			commands.set(pid, stat.slice(stat.indexOf('(') + 1, close));
			children.set(ppid, [...(children.get(ppid) ?? []), pid]);
		} catch {
			// The process ended while we looked.
		}
	}
	const pids: number[] = [];
	const stack = [...(children.get(process.pid) ?? [])];
	while (stack.length) {
		const pid = stack.pop()!;
		// Only Chromium's tree: the app build and the CSV generator are children of this process too.
		if (!/chrom/i.test(commands.get(pid) ?? '')) continue;
		pids.push(pid);
		stack.push(...(children.get(pid) ?? []));
	}
	return pids;
}

/** PSS in bytes of the Chromium processes descending from this Node process. */
export function chromiumPss(): number {
	let total = 0;
	for (const pid of chromiumPids()) {
		try {
			const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
			const kib = /^Pss:\s+(\d+) kB/m.exec(rollup);
			if (kib) total += Number(kib[1]) * 1024;
		} catch {
			// Gone, or not ours to read.
		}
	}
	return total;
}
