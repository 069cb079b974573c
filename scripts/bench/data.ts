/**
 * The benchmark's input files: demo-shop CSVs in the UCI Online Retail shape, written once by
 * `scripts/gen.ts` into `.bench/` (gitignored) and reused while they are there.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchSize {
	/** As typed on the command line: 100k, 1m, 5m. */
	label: string;
	rows: number;
}

export interface BenchFile extends BenchSize {
	path: string;
	bytes: number;
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

/** The CSV of a size, generated when `.bench/` does not have it yet. */
export async function benchFile(root: string, size: BenchSize): Promise<BenchFile> {
	const folder = join(root, '.bench');
	const path = join(folder, `uci-${size.rows}.csv`);
	if (!existsSync(path)) {
		mkdirSync(folder, { recursive: true });
		// Write to a temporary name first, so an interrupted run leaves no truncated file behind.
		const partial = `${path}.partial`;
		const tsx = join(root, 'node_modules/.bin/tsx');
		const args = ['scripts/gen.ts', '--rows', String(size.rows), '--out', partial];
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
	return { ...size, path, bytes: statSync(path).size };
}
