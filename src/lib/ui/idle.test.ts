import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './idle';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('whenIdle', () => {
	it('asks for an idle callback with the timeout, and cancels it', () => {
		const asked: { run: () => void; timeout?: number }[] = [];
		const cancelled: number[] = [];
		vi.stubGlobal('requestIdleCallback', (run: () => void, options?: { timeout?: number }) =>
			asked.push({ run, timeout: options?.timeout })
		);
		vi.stubGlobal('cancelIdleCallback', (handle: number) => cancelled.push(handle));
		const work = vi.fn();
		const cancel = whenIdle(work, 500);
		expect(work).not.toHaveBeenCalled();
		expect(asked.map((a) => a.timeout)).toEqual([500]);
		asked[0].run();
		expect(work).toHaveBeenCalledOnce();
		cancel();
		expect(cancelled).toEqual([1]);
	});

	// Safari: a ReferenceError here once stopped every import before it began.
	it('runs the work in a later task where the browser has no requestIdleCallback', () => {
		vi.useFakeTimers();
		vi.stubGlobal('requestIdleCallback', undefined);
		vi.stubGlobal('cancelIdleCallback', undefined);
		const work = vi.fn();
		whenIdle(work);
		expect(work).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(work).toHaveBeenCalledOnce();

		const never = vi.fn();
		whenIdle(never)();
		vi.runAllTimers();
		expect(never).not.toHaveBeenCalled();
	});
});
