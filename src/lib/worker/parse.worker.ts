/// <reference lib="webworker" />
/**
 * The second parse worker, started by the analysis worker for a large file (`parallel.ts`): it
 * parses one part of the file and posts it back (`part.ts`). Imports only core/.
 */
import { parsePart, type PartJob } from './part';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<PartJob>) => {
	parsePart(event.data, (message, transfer) => scope.postMessage(message, transfer ?? [])).catch(
		(error: unknown) => scope.postMessage({ type: 'error', message: String(error) })
	);
};
