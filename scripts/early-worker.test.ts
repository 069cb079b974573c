import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialLang, LANG_KEY } from '../src/lib/i18n/lang';
import { ACTIVE_DATASET_KEY } from '../src/lib/state/keys';
import { earlyStartOf } from '../src/lib/worker/early-start';
import { earlyWorkerScript, withEarlyWorker } from './early-worker';

const WORKER = '_app/immutable/workers/analysis.worker-Ab1.js';

interface Started {
	url: string;
	options: { type: string; name: string };
}

/** Run the inline script with a fake storage, browser language and Worker; what it started. */
function run(script: string, stored: Record<string, string>, language: string | undefined) {
	const started: Started[] = [];
	const storage = { getItem: (key: string) => stored[key] ?? null };
	class FakeWorker {
		constructor(url: string, options: Started['options']) {
			started.push({ url, options });
		}
	}
	const scope = { __strataWorker: undefined as unknown };
	new Function('localStorage', 'navigator', 'Worker', 'globalThis', 'performance', script)(
		storage,
		{ language },
		FakeWorker,
		scope,
		{ mark: () => undefined }
	);
	return { started, adopted: scope.__strataWorker };
}

afterEach(() => vi.unstubAllGlobals());

describe('earlyWorkerScript', () => {
	const cases: [Record<string, string>, string | undefined][] = [
		[{}, 'zh-CN'],
		[{}, 'zh-TW'],
		[{}, 'en-US'],
		[{}, 'fr'],
		[{}, undefined],
		[{ [LANG_KEY]: 'en' }, 'zh-CN'],
		[{ [LANG_KEY]: 'zh' }, 'en-US'],
		[{ [LANG_KEY]: 'de' }, 'ZH-cn'],
		[{ [ACTIVE_DATASET_KEY]: 'demo' }, 'en-GB'],
		[{ [ACTIVE_DATASET_KEY]: 'd1', [LANG_KEY]: 'zh' }, 'en-GB']
	];
	it.each(cases)('%o, browser %s: the start the page would ask for', (stored, language) => {
		const { started, adopted } = run(earlyWorkerScript('../', WORKER), stored, language);
		expect(started).toHaveLength(1);
		expect(adopted).toBeInstanceOf(Object);
		expect(started[0].url).toBe(`../${WORKER}`);
		expect(started[0].options.type).toBe('module');
		// What hooks.client.ts asks the worker to start with, from the same storage and browser.
		vi.stubGlobal('localStorage', { getItem: (key: string) => stored[key] ?? null });
		vi.stubGlobal('navigator', { language });
		expect(earlyStartOf(started[0].options.name)).toEqual({
			language: initialLang(),
			fresh: stored[ACTIVE_DATASET_KEY] === undefined
		});
	});

	it('starts nothing when storage cannot be read', () => {
		const started: unknown[] = [];
		const scope: { __strataWorker?: unknown } = {};
		const blocked = {
			getItem() {
				throw new Error('SecurityError');
			}
		};
		new Function(
			'localStorage',
			'navigator',
			'Worker',
			'globalThis',
			'performance',
			earlyWorkerScript('./', WORKER)
		)(
			blocked,
			{ language: 'en' },
			function () {
				started.push(1);
			},
			scope,
			{ mark: () => undefined }
		);
		expect(started).toEqual([]);
		expect(scope.__strataWorker).toBeUndefined();
	});
});

describe('withEarlyWorker', () => {
	const page = (prefix: string) =>
		'<head>\n\t\t<title>Strata</title>\n' +
		`\t\t<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-kit='; style-src 'self'">\n` +
		`\t\t<link href="${prefix}_app/immutable/assets/0.css" rel="stylesheet">\n</head>\n` +
		`<body><script>Promise.all([import("${prefix}_app/immutable/entry/start.X.js")])</script></body>`;

	it.each(['./', '../', '../../'])(
		'puts the script before the stylesheets, with its hash in script-src (prefix %s)',
		(prefix) => {
			const html = withEarlyWorker(page(prefix), WORKER);
			const script = /<script>(try\{.*?)<\/script>/s.exec(html)?.[1] ?? '';
			expect(script).toBe(earlyWorkerScript(prefix, WORKER));
			const hash = createHash('sha256').update(script).digest('base64');
			expect(html).toContain(`script-src 'sha256-${hash}' 'self' 'sha256-kit='`);
			expect(html.indexOf(script)).toBeGreaterThan(html.indexOf('content-security-policy'));
			expect(html.indexOf(script)).toBeLessThan(html.indexOf('stylesheet'));
			expect(html).toContain(`new Worker("${prefix}${WORKER}"`);
		}
	);

	it('refuses a page without SvelteKit start script or policy', () => {
		expect(() => withEarlyWorker('<head></head>', WORKER)).toThrow(/start script/);
		expect(() =>
			withEarlyWorker('<script>import("./_app/immutable/entry/start.X.js")</script>', WORKER)
		).toThrow(/script-src/);
	});
});
