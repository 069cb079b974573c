/// <reference lib="webworker" />
/**
 * A parse worker, started by the analysis worker for a large file (`parallel.ts`): it parses the
 * segments it is given, one after the other in the order given, and posts each part back
 * (`part.ts`). Imports only core/.
 */
import { parsePart, warmUp, type PartJob, type WarmJob } from './part';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The segment being parsed; the next waits for it (two run at once would only share the core). */
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event: MessageEvent<PartJob | WarmJob>) => {
	const job = event.data;
	if ('warm' in job) {
		queue = queue.then(() => warmUp(job));
		return;
	}
	queue = queue.then(() =>
		parsePart(job, (message, transfer) => scope.postMessage(message, transfer ?? []))
	);
};
