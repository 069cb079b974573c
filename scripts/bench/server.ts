/**
 * A tiny static server on 127.0.0.1: URL prefixes mapped to folders, like a static host.
 * It serves the floor and peer pages (with the few node_modules folders they load) and the
 * snapshot of the built app. Nothing comes from a CDN.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.map': 'application/json',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

/** URL prefix (starting and ending with '/') → folder. */
export type Mounts = [prefix: string, folder: string][];

export interface StaticServer {
	/** Origin, e.g. `http://127.0.0.1:40123`. */
	origin: string;
	close(): Promise<void>;
}

/** The file a path names, trying `x`, `x.html` and `x/index.html` as static hosts do. */
function fileFor(mounts: Mounts, path: string): { file: string; size: number } | null {
	const mount = mounts.find(([prefix]) => path.startsWith(prefix));
	if (!mount) return null;
	const folder = resolve(mount[1]);
	const rest = path.slice(mount[0].length);
	for (const candidate of [rest, `${rest}.html`, join(rest, 'index.html')]) {
		const file = resolve(folder, `./${candidate}`);
		if (file !== folder && !file.startsWith(folder + sep)) return null;
		try {
			const stat = statSync(file);
			if (stat.isFile()) return { file, size: stat.size };
		} catch {
			// Try the next form.
		}
	}
	return null;
}

/** Serve `mounts` on 127.0.0.1, on `port` (0: any free one). */
export async function serveFolders(mounts: Mounts, port = 0): Promise<StaticServer> {
	const server = createServer((request, response) => {
		let path: string;
		try {
			path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		} catch {
			response.writeHead(400).end();
			return;
		}
		if (mounts.some(([prefix]) => `${path}/` === prefix)) {
			response.writeHead(301, { location: `${path}/` }).end();
			return;
		}
		const found = fileFor(mounts, path);
		if (!found) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		response.writeHead(200, {
			'content-type': MIME[extname(found.file)] ?? 'application/octet-stream',
			'content-length': found.size,
			'cache-control': 'no-cache'
		});
		if (request.method === 'HEAD') response.end();
		else createReadStream(found.file).pipe(response);
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', done);
	});
	const address = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${address.port}`,
		close: () =>
			new Promise((done) => {
				server.closeAllConnections();
				server.close(() => done());
			})
	};
}

/** The floor and peer pages of `scripts/bench/www/` under /bench/, and what they load. */
export function serveBenchPages(root: string): Promise<StaticServer> {
	const modules = join(root, 'node_modules');
	return serveFolders([
		['/bench/', join(root, 'scripts/bench/www')],
		['/node_modules/papaparse/', join(modules, 'papaparse')],
		['/node_modules/@duckdb/duckdb-wasm/dist/', join(modules, '@duckdb/duckdb-wasm/dist')],
		['/node_modules/apache-arrow/', join(modules, 'apache-arrow')],
		['/node_modules/flatbuffers/', join(modules, 'flatbuffers')],
		['/node_modules/tslib/', join(modules, 'tslib')]
	]);
}
