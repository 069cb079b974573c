/**
 * The benchmark's input files: demo-shop CSVs written once by `scripts/gen.ts` into `.bench/`
 * (gitignored) and reused while they are there, in two shapes — `uci`, the UCI Online Retail
 * export, and `shop`, a web-shop export with e-mail ids, quoted product names holding commas
 * and quotes, quantity × unit price, and eight columns of which five are used.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchSize {
	/** As typed on the command line: 100k, 1m, 5m. */
	label: string;
	rows: number;
}

/** The file shapes, as `scripts/gen.ts --format` names them. */
export type BenchShape = 'uci' | 'shop';

export const BENCH_SHAPES: readonly BenchShape[] = ['uci', 'shop'];

export interface BenchFile extends BenchSize {
	shape: BenchShape;
	path: string;
	bytes: number;
}

/**
 * Parse a comma-separated list of shapes.
 * @example parseShapes('shop') → ['shop']
 */
export function parseShapes(text: string): BenchShape[] {
	return text.split(',').map((part) => {
		const shape = part.trim().toLowerCase() as BenchShape;
		if (!BENCH_SHAPES.includes(shape)) throw new Error(`not a shape: "${part}" (uci or shop)`);
		return shape;
	});
}

/**
 * Parse a comma-separated list of sizes.
 * @example parseSizes('100k,1m') → [{ label: '100k', rows: 100000 }, { label: '1m', rows: 1000000 }]
 */
export function parseSizes(text: string): BenchSize[] {
	return text.split(',').map((part) => {
		const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(part.trim());
		if (!match) throw new Error(`not a size: "${part}" (use e.g. 100k, 1m, 5m or 250000)`);
		const unit = { '': 1, k: 1e3, m: 1e6 }[match[2].toLowerCase() as '' | 'k' | 'm'];
		return { label: part.trim().toLowerCase(), rows: Math.round(Number(match[1]) * unit) };
	});
}

/** The CSV of a size and shape, generated when `.bench/` does not have it yet. */
export async function benchFile(
	root: string,
	size: BenchSize,
	shape: BenchShape = 'uci'
): Promise<BenchFile> {
	const folder = join(root, '.bench');
	const path = join(folder, `${shape}-${size.rows}.csv`);
	if (!existsSync(path)) {
		mkdirSync(folder, { recursive: true });
		// Write to a temporary name first, so an interrupted run leaves no truncated file behind.
		const partial = `${path}.partial`;
		const tsx = join(root, 'node_modules/.bin/tsx');
		const args = ['scripts/gen.ts', '--rows', String(size.rows), '--format', shape];
		args.push('--out', partial);
		const code = await new Promise<number | null>((done, fail) => {
			const child = spawn(tsx, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
			child.on('error', fail);
			child.on('exit', done);
		});
		if (code !== 0) {
			rmSync(partial, { force: true });
			throw new Error(`scripts/gen.ts exited with ${code}`);
		}
		renameSync(partial, path);
	}
	return { ...size, shape, path, bytes: statSync(path).size };
}
