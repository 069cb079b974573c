/**
 * The value after a flag on a bench script's command line.
 * @example option('--size', '1m', ['--size', '5m']) // → '5m'
 * @example option('--runs', '8', []) // → '8'
 */
export function option(name: string, fallback: string, argv = process.argv.slice(2)): string {
	const at = argv.indexOf(name);
	return at >= 0 ? (argv[at + 1] ?? fallback) : fallback;
}
