/**
 * The real app for the benchmark: a production build under /strata, served as a static host
 * would serve it on 127.0.0.1:4175 (the browser tests use 4174, `npm run preview` 4173).
 *
 * The benchmark serves a snapshot of build/ in a temporary folder, not build/ itself through
 * `vite preview` (which reads .svelte-kit/output): other work on the same checkout — a browser
 * test run, another build — rewrites both mid-run, and the app then loads chunks that are gone.
 * (The snapshot stays out of the repository, where ESLint would lint its minified code.)
 */
import { spawn } from 'node:child_process';
import {
	cpSync,
	createWriteStream,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveFolders, type StaticServer } from './server';

export const BASE_PATH = '/strata';
/** 4175, or `BENCH_PORT`: two benches at once (helpers in worktrees) need a port each. */
export const APP_PORT = Number(process.env.BENCH_PORT ?? 4175);
export const APP_URL = `http://127.0.0.1:${APP_PORT}${BASE_PATH}/`;

/** `BASE_PATH=/strata vite build` into build/; its output goes to `.bench/build.log`. */
export async function buildApp(root: string): Promise<{ ok: boolean; log: string }> {
	mkdirSync(join(root, '.bench'), { recursive: true });
	const log = join(root, '.bench/build.log');
	const out = createWriteStream(log);
	const child = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: root,
		env: { ...process.env, BASE_PATH },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout.pipe(out);
	child.stderr.pipe(out);
	const code = await new Promise<number | null>((done) => {
		child.on('error', () => done(null));
		child.on('exit', done);
	});
	await new Promise((done) => out.end(done));
	return { ok: code === 0, log };
}

/**
 * Copy build/ to the folder `app` and check that the copy is whole: every script and stylesheet
 * its pages link to is there (a build running elsewhere at the wrong moment breaks that).
 */
function snapshotBuild(root: string, app: string) {
	const build = join(root, 'build');
	if (!existsSync(join(build, 'index.html'))) throw new Error('build/ has no index.html');
	cpSync(build, app, { recursive: true });
	const index = readFileSync(join(app, 'index.html'), 'utf8');
	const assets = [...index.matchAll(/(?:href|src)="\.\/(_app\/[^"]+)"/g)].map((m) => m[1]);
	const missing = assets.find((asset) => !existsSync(join(app, asset)));
	if (missing) throw new Error(`build/ changed while it was copied (${missing} is missing)`);
	// With relative paths the pages do not show the base; SvelteKit's runtime holds it as a string.
	const quotedBase = new RegExp(`[\`"']${BASE_PATH}[\`"']`);
	const hasBase = assets.some(
		(asset) => asset.endsWith('.js') && quotedBase.test(readFileSync(join(app, asset), 'utf8'))
	);
	if (!hasBase) throw new Error(`build/ was not built with BASE_PATH=${BASE_PATH}`);
}

/** Snapshot build/ and serve it under /strata on 127.0.0.1:`APP_PORT`; close() removes the snapshot. */
export async function serveApp(root: string): Promise<StaticServer> {
	const app = mkdtempSync(join(tmpdir(), 'strata-bench-app-'));
	const remove = () => rmSync(app, { recursive: true, force: true });
	try {
		snapshotBuild(root, app);
		const server = await serveFolders([[`${BASE_PATH}/`, app]], APP_PORT).catch((error: Error) => {
			throw new Error(`cannot serve the app on port ${APP_PORT}: ${error.message}`);
		});
		return {
			origin: server.origin,
			close: async () => {
				await server.close();
				remove();
			}
		};
	} catch (error) {
		remove();
		throw error;
	}
}
