/**
 * Work for an idle moment of the page. Safari has no `requestIdleCallback` (WebKit bugs 164193
 * and 285049): there the work runs in a timer task of its own, so it still never falls into the
 * task that called `whenIdle`. The one place the page asks for idle time (ESLint forbids the
 * globals elsewhere).
 */

/**
 * Run `work` when the page is idle, or after `timeout` ms at the latest; returns a cancel.
 * @example const cancel = whenIdle(() => i18n.int(0)); // cancel() before it ran: it never runs
 */
export function whenIdle(work: () => void, timeout = 1000): () => void {
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(() => work(), { timeout });
		return () => cancelIdleCallback(handle);
	}
	const handle = setTimeout(work, 1);
	return () => clearTimeout(handle);
}
