// Finds the system Chromium the browser tests drive; installs Debian's package when it can.
// Playwright's own browser download is not used: it needs hosts a locked-down machine can't reach.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function chromiumPath() {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	return candidates.find((path) => path && existsSync(path)) ?? null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	let path = chromiumPath();
	if (!path) {
		const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
		const hasApt = existsSync('/usr/bin/apt-get');
		if (isRoot && hasApt) {
			console.log('Chromium not found: installing Debian package "chromium" with apt-get…');
			execSync(
				'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk',
				{
					stdio: 'inherit'
				}
			);
			path = chromiumPath();
		}
		if (!path) {
			console.error(
				'Browser tests need Chromium: run "sudo apt-get install chromium" (or set CHROME_PATH to a Chromium/Chrome binary), then npm test again.'
			);
			process.exit(1);
		}
	}
	console.log(`Using Chromium at ${path}`);
}
