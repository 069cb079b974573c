import { describe, expect, it, vi } from 'vitest';
import {
	applyUpdate,
	watchForUpdate,
	type ContainerLike,
	type RegistrationLike,
	type WorkerLike
} from './update';

class FakeWorker extends EventTarget implements WorkerLike {
	messages: unknown[] = [];
	constructor(public state: string) {
		super();
	}
	postMessage(message: unknown) {
		this.messages.push(message);
	}
	becomes(state: string) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

class FakeRegistration extends EventTarget implements RegistrationLike {
	installing: FakeWorker | null = null;
	waiting: FakeWorker | null = null;
	found(worker: FakeWorker) {
		this.installing = worker;
		this.dispatchEvent(new Event('updatefound'));
	}
}

function container(controller: unknown, registration: FakeRegistration): ContainerLike {
	return Object.assign(new EventTarget(), { controller, ready: Promise.resolve(registration) });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchForUpdate', () => {
	it('the first install is not an update', async () => {
		const registration = new FakeRegistration();
		const onWaiting = vi.fn();
		watchForUpdate(container(null, registration), onWaiting);
		await settle();
		const first = new FakeWorker('installing');
		registration.found(first);
		first.becomes('installed');
		expect(onWaiting).not.toHaveBeenCalled();
	});

	it('an update already waiting when the page opens', async () => {
		const registration = new FakeRegistration();
		registration.waiting = new FakeWorker('installed');
		const onWaiting = vi.fn();
		watchForUpdate(container({}, registration), onWaiting);
		await settle();
		expect(onWaiting).toHaveBeenCalledWith(registration.waiting);
	});

	it('an update found later, reported once it has installed', async () => {
		const registration = new FakeRegistration();
		const onWaiting = vi.fn();
		const stop = watchForUpdate(container({}, registration), onWaiting);
		await settle();
		const next = new FakeWorker('installing');
		registration.found(next);
		expect(onWaiting).not.toHaveBeenCalled();
		next.becomes('installed');
		expect(onWaiting).toHaveBeenCalledWith(next);
		stop();
		const later = new FakeWorker('installing');
		registration.found(later);
		later.becomes('installed');
		expect(onWaiting).toHaveBeenCalledTimes(1);
	});
});

describe('applyUpdate', () => {
	it('asks the waiting worker to take over and reloads only when it has', () => {
		const sw = container({}, new FakeRegistration());
		const worker = new FakeWorker('installed');
		const reload = vi.fn();
		applyUpdate(sw, worker, reload);
		expect(worker.messages).toEqual([{ type: 'skip-waiting' }]);
		expect(reload).not.toHaveBeenCalled();
		sw.dispatchEvent(new Event('controllerchange'));
		sw.dispatchEvent(new Event('controllerchange'));
		expect(reload).toHaveBeenCalledTimes(1);
	});
});
