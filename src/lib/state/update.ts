/**
 * Noticing a new build of Strata: a service worker that finished installing while another one
 * controls the page is an update waiting for the user. Only `applyUpdate` — called from a click —
 * lets it take over, and only the tab that asked reloads.
 */

/** The parts of `ServiceWorker` used here. */
export interface WorkerLike extends EventTarget {
	state: string;
	postMessage(message: unknown): void;
}

/** The parts of `ServiceWorkerRegistration` used here. */
export interface RegistrationLike extends EventTarget {
	installing: WorkerLike | null;
	waiting: WorkerLike | null;
}

/** The parts of `ServiceWorkerContainer` used here. */
export interface ContainerLike extends EventTarget {
	controller: unknown;
	ready: Promise<RegistrationLike>;
}

/**
 * Call `onWaiting` with the new service worker when an update has installed (now or later).
 * A first install (nothing controls the page yet) is not an update. Returns a stop function.
 */
export function watchForUpdate(
	container: ContainerLike,
	onWaiting: (worker: WorkerLike) => void
): () => void {
	let registration: RegistrationLike | null = null;
	let stopped = false;
	const watch = (worker: WorkerLike | null) => {
		worker?.addEventListener('statechange', () => {
			if (!stopped && worker.state === 'installed' && container.controller) onWaiting(worker);
		});
	};
	const onUpdateFound = () => watch(registration?.installing ?? null);
	void container.ready.then((ready) => {
		if (stopped) return;
		registration = ready;
		if (ready.waiting && container.controller) onWaiting(ready.waiting);
		watch(ready.installing);
		ready.addEventListener('updatefound', onUpdateFound);
	});
	return () => {
		stopped = true;
		registration?.removeEventListener('updatefound', onUpdateFound);
	};
}

/** Let the waiting worker take over, then reload this tab (and no other) once it has. */
export function applyUpdate(container: ContainerLike, worker: WorkerLike, reload: () => void) {
	container.addEventListener('controllerchange', () => reload(), { once: true });
	worker.postMessage({ type: 'skip-waiting' });
}
