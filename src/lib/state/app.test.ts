import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisResponse } from '$lib/worker/api';

// The worker, replaced by calls whose answers each test releases in the order it wants.
const worker = vi.hoisted(() => ({ storedFigures: vi.fn(), analyze: vi.fn(), start: vi.fn() }));
vi.mock('$lib/worker/client.svelte', () => ({
	analysis: worker,
	CancelledError: class CancelledError extends Error {}
}));

function deferred<T>() {
	let resolve!: (value: T) => void;
	const promise = new Promise<T>((done) => (resolve = done));
	return { promise, resolve };
}

/** A stand-in analysis: the state only keeps and compares it. */
const responseOf = (id: string) =>
	({ id, result: {}, settings: {} }) as unknown as AnalysisResponse;

/** A fresh `app` (it is the page's one instance) over a fresh store of the remembered dataset. */
async function freshApp() {
	vi.resetModules();
	const stored = new Map<string, string>();
	vi.stubGlobal('localStorage', {
		getItem: (key: string) => stored.get(key) ?? null,
		setItem: (key: string, value: string) => stored.set(key, value)
	});
	return (await import('./app.svelte')).app;
}

/** Ids of the datasets whose analysis the page asked the worker for, in order. */
const analysed = () => worker.analyze.mock.calls.map(([id]) => id as string);

describe('app.select', () => {
	beforeEach(() => {
		worker.storedFigures.mockReset();
		worker.analyze.mockReset();
	});

	it('asks for the analysis once the kept figures were asked for, and shows it', async () => {
		const app = await freshApp();
		const kept = deferred<null>();
		worker.storedFigures.mockReturnValue(kept.promise);
		worker.analyze.mockImplementation(async (id: string) => responseOf(id));

		const selected = app.select('a');
		expect(app.state).toBe('loading');
		expect(analysed()).toEqual([]); // the kept figures are asked for first
		kept.resolve(null);
		await selected;

		expect(analysed()).toEqual(['a']);
		expect(app.state).toBe('ready');
		expect(app.response).toEqual(responseOf('a'));
	});

	// Commit c6b6843: `a`'s select, still waiting for its kept figures, went on to ask for `a`'s
	// analysis after `b` had asked for its own; only the newest request's answer is kept, and `a`
	// is no longer active, so neither answer was shown and the page stayed on "Loading…".
	it('shows a dataset chosen while the previous one waited for its kept figures', async () => {
		const app = await freshApp();
		const keptA = deferred<null>();
		const analysisB = deferred<AnalysisResponse>();
		worker.storedFigures.mockImplementation((id: string) =>
			id === 'a' ? keptA.promise : Promise.resolve(null)
		);
		worker.analyze.mockImplementation((id: string) =>
			id === 'b' ? analysisB.promise : Promise.resolve(responseOf(id))
		);

		const selectedA = app.select('a');
		const selectedB = app.select('b');
		await vi.waitFor(() => expect(analysed()).toEqual(['b']));
		keptA.resolve(null); // `a`'s question answers after `b` asked for its analysis
		await selectedA;
		analysisB.resolve(responseOf('b'));
		await selectedB;

		expect(analysed()).toEqual(['b']);
		expect(app.activeId).toBe('b');
		expect(app.state).toBe('ready');
		expect(app.response).toEqual(responseOf('b'));
		expect(app.recomputing).toBe(false);
	});
});

describe('an import’s analysis', () => {
	beforeEach(() => {
		worker.storedFigures.mockReset();
		worker.analyze.mockReset();
		worker.analyze.mockImplementation(async (id: string) => responseOf(id));
	});

	it('is asked for once the first figures are painted, not before', async () => {
		const app = await freshApp();
		const { firstFigures } = await import('./first-figures.svelte');
		vi.stubGlobal('document', { hidden: true }); // `afterPaint` resolves at once
		const shown = { datasetId: 'new', currency: 'EUR', figures: {} } as never;
		firstFigures.current = shown;

		const selected = app.select('new', firstFigures.painted(shown, 60_000));
		await new Promise((done) => setTimeout(done, 10));
		expect(analysed()).toEqual([]); // the figures are not drawn yet
		firstFigures.drawn(shown); // the overview drew them
		await selected;
		expect(analysed()).toEqual(['new']);
		expect(worker.storedFigures).not.toHaveBeenCalled(); // the outcome brought the figures
		vi.unstubAllGlobals();
	});

	it('is asked for after a while when no overview draws the figures', async () => {
		const app = await freshApp();
		const { firstFigures } = await import('./first-figures.svelte');
		const shown = { datasetId: 'new', currency: 'EUR', figures: {} } as never;
		firstFigures.current = shown;
		const selected = app.select('new', firstFigures.painted(shown, 30));
		expect(analysed()).toEqual([]);
		await selected;
		expect(analysed()).toEqual(['new']);
	});

	it('is not asked for when another dataset was chosen meanwhile', async () => {
		const app = await freshApp();
		const painted = deferred<void>();
		worker.storedFigures.mockResolvedValue(null);
		const selected = app.select('new', painted.promise);
		await app.select('other');
		painted.resolve();
		await selected;
		expect(analysed()).toEqual(['other']);
		expect(app.activeId).toBe('other');
	});
});

describe('app.start', () => {
	it('shows the first figures before it loads the page’s own database module', async () => {
		worker.analyze.mockReset();
		worker.start.mockReset();
		const steps: string[] = [];
		vi.doMock('./database', async (original) => {
			steps.push('database');
			return original();
		});
		vi.stubGlobal('document', { hidden: true }); // `afterPaint` resolves at once
		const app = await freshApp();
		const demo = { id: 'demo', name: 'Demo shop', isDemo: true, currency: 'USD' };
		worker.start.mockResolvedValue({ datasets: [demo], generatedDemo: true, removedLeftovers: 0 });
		worker.analyze.mockImplementation(async (id: string) => {
			steps.push(`analyze ${id}`);
			return responseOf(id);
		});

		const started = app.start();
		expect(app.generatingDemo).toBe(true); // nothing remembered: a first visit
		await started;
		expect(app.response).toEqual(responseOf('demo'));
		expect(app.datasets.map((d) => d.id)).toEqual(['demo']);
		await vi.waitFor(() => expect(steps).toEqual(['analyze demo', 'database']));
		vi.doUnmock('./database');
		vi.unstubAllGlobals();
	});
});
