import { describe, expect, it } from 'vitest';
import { AnalysisClient, CancelledError, type RemoteApi, type WorkerHandle } from './client.svelte';

/** A hand-driven stand-in for a worker: each call waits until the test settles it. */
function fakeWorkers() {
	const log: string[] = [];
	const open: { name: string; resolve: (value: unknown) => void; reject: (e: unknown) => void }[] =
		[];
	let started = 0;
	let terminated = 0;
	const start = (): WorkerHandle => {
		const worker = ++started;
		const remote = new Proxy(
			{},
			{
				get:
					(_, name: string) =>
					(...args: unknown[]) => {
						log.push(`${worker}:${name}(${args.filter((a) => typeof a !== 'function').join(',')})`);
						if (name === 'importFile') {
							const onProgress = args[2] as (event: unknown) => void;
							onProgress({ phase: 'reading', bytesRead: 1 });
						}
						return new Promise((resolve, reject) => open.push({ name, resolve, reject }));
					}
			}
		) as RemoteApi;
		return { remote, terminate: () => void terminated++ };
	};
	return {
		start,
		log,
		open,
		get started() {
			return started;
		},
		get terminated() {
			return terminated;
		}
	};
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('AnalysisClient', () => {
	it('starts the worker on first use and runs calls one at a time, in order', async () => {
		const fake = fakeWorkers();
		const client = new AnalysisClient(fake.start);
		expect(fake.started).toBe(0);
		const first = client.renameDataset('a', 'Shop');
		const second = client.deleteDataset('b');
		await tick();
		expect(fake.log).toEqual(['1:renameDataset(a,Shop)']);
		expect(client.pending).toBe(2);
		expect(client.status).toBe('busy');
		fake.open.shift()!.resolve(undefined);
		await first;
		await tick();
		expect(fake.log).toEqual(['1:renameDataset(a,Shop)', '1:deleteDataset(b)']);
		fake.open.shift()!.resolve(undefined);
		await second;
		expect(client.pending).toBe(0);
		expect(client.status).toBe('idle');
		expect(fake.started).toBe(1);
	});

	it('records a failure and keeps serving later calls', async () => {
		const fake = fakeWorkers();
		const client = new AnalysisClient(fake.start);
		const failing = client.setCurrency('a', 'xx');
		await tick();
		fake.open.shift()!.reject(new Error('bad currency'));
		await expect(failing).rejects.toThrow('bad currency');
		expect(client.lastError).toBe('bad currency');
		expect(client.status).toBe('error');
		const next = client.dictionaries('a');
		await tick();
		fake.open.shift()!.resolve({ customerIds: [], attributes: [] });
		await expect(next).resolves.toEqual({ customerIds: [], attributes: [] });
	});

	it('aborting terminates the worker, rejects with CancelledError, and the next call starts a fresh one', async () => {
		const fake = fakeWorkers();
		const client = new AnalysisClient(fake.start);
		const controller = new AbortController();
		const events: unknown[] = [];
		const file = new Blob(['x']) as File;
		const importing = client.importFile(file, { name: 'x', currency: 'EUR' } as never, {
			onProgress: (event) => events.push(event),
			signal: controller.signal
		});
		await tick();
		expect(events).toEqual([{ phase: 'reading', bytesRead: 1 }]);
		controller.abort();
		await expect(importing).rejects.toBeInstanceOf(CancelledError);
		expect(fake.terminated).toBe(1);
		expect(client.status).not.toBe('error');

		const after = client.start();
		await tick();
		expect(fake.started).toBe(2);
		expect(fake.log.at(-1)).toBe('2:start()');
		fake.open.at(-1)!.resolve({ datasets: [] });
		await expect(after).resolves.toEqual({ datasets: [] });
	});

	it('a call whose signal is already aborted never reaches the worker', async () => {
		const fake = fakeWorkers();
		const client = new AnalysisClient(fake.start);
		const controller = new AbortController();
		controller.abort();
		await expect(
			client.sniffFile(new Blob(['x']), 'en', undefined, undefined, { signal: controller.signal })
		).rejects.toBeInstanceOf(CancelledError);
		expect(fake.log).toEqual([]);
	});

	it('a call aborted while it waits in the queue is dropped without stopping the worker', async () => {
		const fake = fakeWorkers();
		const client = new AnalysisClient(fake.start);
		const controller = new AbortController();
		const running = client.analyze('a');
		const waiting = client.suggestLifecycle('a', null, { signal: controller.signal });
		const after = client.playbooks('a');
		await tick();
		controller.abort();
		fake.open.shift()!.resolve({ datasetId: 'a' });
		await expect(running).resolves.toEqual({ datasetId: 'a' });
		await expect(waiting).rejects.toBeInstanceOf(CancelledError);
		await tick();
		fake.open.shift()!.resolve({});
		await expect(after).resolves.toEqual({});
		expect(fake.log).toEqual(['1:analyze(a,)', '1:playbooks(a)']);
		expect(fake.terminated).toBe(0);
	});

	it('starts the worker before reading the language; the page’s start takes the early answer', async () => {
		const fake = fakeWorkers();
		const client = new AnalysisClient(fake.start);
		const startedBeforeLanguage: number[] = [];
		client.startEarly(
			() => {
				startedBeforeLanguage.push(fake.started);
				return 'zh';
			},
			() => true
		);
		expect(startedBeforeLanguage).toEqual([1]);
		const taken = client.start('zh');
		await tick();
		expect(fake.log).toEqual(['1:start(zh,true)']);
		const report = { datasets: [], generatedDemo: true, removedLeftovers: 0 };
		fake.open.shift()!.resolve(report);
		expect(await taken).toBe(report);
		// Taken once: a later start is a call of its own.
		const again = client.start('zh');
		await tick();
		expect(fake.log).toEqual(['1:start(zh,true)', '1:start(zh)']);
		fake.open.shift()!.resolve(report);
		await again;
	});

	it('does not hand the early answer to a start in another language', async () => {
		const fake = fakeWorkers();
		const client = new AnalysisClient(fake.start);
		client.startEarly(() => 'en');
		const other = client.start('zh');
		await tick();
		fake.open.shift()!.resolve('early');
		await tick();
		expect(fake.log).toEqual(['1:start(en,false)', '1:start(zh)']);
		fake.open.shift()!.resolve('own');
		expect(await other).toBe('own');
	});
});
