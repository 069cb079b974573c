/**
 * Shared test data (../shared/data beside the repository), resolved relative to the repository
 * root — never an absolute path — and announced when absent, so a skip is never silent.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Absolute path of `../shared/data/<relative>` and whether it exists; warns when it does not.
 * @example const { path, present } = sharedData('uci-online-retail/online_retail.csv.gz');
 */
export function sharedData(relative: string): { path: string; present: boolean } {
	const path = resolve(repoRoot, '../shared/data', relative);
	const present = existsSync(path);
	if (!present) console.warn(`SKIPPED: ${path} is not on this machine; its tests are skipped.`);
	return { path, present };
}
