import { render } from 'svelte/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import type { ImportSession } from '$lib/state/import-session.svelte';
import ImportProgress from './ImportProgress.svelte';

const session = (bytesDone: number) =>
	({
		progress: { bytesDone, bytesTotal: 80, rows: 1000, rowsPerSecond: 500, secondsLeft: 6 },
		cancel: () => undefined
	}) as unknown as ImportSession;
const file = { name: 'orders.csv', size: 80 } as File;

describe('ImportProgress (server render)', () => {
	beforeEach(() => {
		i18n.lang = 'en';
	});

	it('tells the share read to assistive technology and draws it as a scale, not a width', () => {
		const { body } = render(ImportProgress, { props: { session: session(20), file } });
		expect(body).toContain('aria-valuenow="25"');
		// A bar sized by its width is laid out and painted again at every update (and was animated
		// through every frame of an import): a scale is only composited (issue 18).
		expect(body).toMatch(/class="fill[^"]*" style="transform: scaleX\(0\.25\);?"/);
		expect(body).not.toMatch(/width:/);
	});
});
