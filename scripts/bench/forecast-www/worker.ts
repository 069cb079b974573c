/**
 * The forecast bench's Web Worker (bundled by `forecast-browser.ts`): simulates the shop, then
 * times the forecast with the worker's own clock and sends the per-customer scores back as
 * transferables, the way the app's analysis worker answers the forecast page.
 */
import { simulate, timeForecast } from '../forecast-data';

/** The part of a dedicated worker's scope used here (the project's TS config has the DOM lib). */
interface WorkerScope {
	onmessage: ((event: MessageEvent<{ customers: number }>) => void) | null;
	postMessage(message: unknown, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
	const prepared = simulate(event.data.customers, 11);
	const { timings, scores } = timeForecast(prepared, () => performance.now());
	const buffers = Object.values(scores).map((array) => array.buffer as ArrayBuffer);
	const sentAt = performance.timeOrigin + performance.now();
	scope.postMessage({ timings, scores, sentAt }, buffers);
};
