import { afterEach, describe, expect, it, vi } from 'vitest';

const built = vi.hoisted(() => [] as string[]);
vi.mock('$lib/i18n/i18n.svelte', () => ({
	i18n: Object.fromEntries(
		['int', 'percent', 'decimal', 'money', 'day', 'month'].map((name) => [
			name,
			(...args: unknown[]) =>
				built.push(`${name}${args.length > 1 ? ' ' + args.slice(1).join(' ') : ''}`)
		])
	)
}));

import { warmOverviewFormatters } from './warm-formatters';

/** Idle callbacks queued, run one at a time by the test. */
const queue: (() => void)[] = [];

afterEach(() => {
	vi.unstubAllGlobals();
	built.length = 0;
	queue.length = 0;
});

describe('warmOverviewFormatters', () => {
	it('builds one formatter per idle callback, every one the overview uses, until cancelled', () => {
		vi.stubGlobal('requestIdleCallback', (run: () => void) => queue.push(run));
		vi.stubGlobal('cancelIdleCallback', (handle: number) => (queue[handle - 1] = () => {}));
		const cancel = warmOverviewFormatters('EUR');
		for (let step = 0; step < 3; step++) {
			expect(queue.length).toBe(step + 1);
			queue[step]();
			expect(built.length).toBe(step + 1); // one formatter in each callback
		}
		for (let step = 3; step < queue.length; step++) queue[step]();
		expect(built).toEqual([
			'int',
			'percent',
			'decimal 1',
			'money EUR',
			'money EUR headline',
			'day',
			'month'
		]);
		cancel(); // after the last step: nothing left to cancel
	});

	it('stops when cancelled', () => {
		vi.stubGlobal('requestIdleCallback', (run: () => void) => queue.push(run));
		vi.stubGlobal('cancelIdleCallback', (handle: number) => (queue[handle - 1] = () => {}));
		const cancel = warmOverviewFormatters('EUR');
		queue[0]();
		cancel();
		queue[1]();
		expect(built).toEqual(['int']);
	});
});
