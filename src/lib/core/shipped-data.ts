/**
 * Data shipped beside the build: `?data=<path>` names a CSV or workbook served by the same site
 * (for example `data/sales.csv` next to the app on GitHub Pages). Only same-origin http(s) URLs
 * are accepted; the CSP (`connect-src 'self'`) would block any other fetch anyway, but refusing it
 * here gives the user a message instead of a network error.
 */

/** Why a `?data=` value is refused. */
export type ShippedDataProblemCode = 'otherOrigin' | 'badPath';

export type ShippedDataUrl =
	| {
			ok: true;
			url: string;
			/** The path on this site, decoded, for messages. */
			path: string;
			fileName: string;
	  }
	| { ok: false; code: ShippedDataProblemCode; params: { value: string } };

/**
 * The URL a `?data=` value names, resolved against the app's base URL (so a relative path works
 * under any `BASE_PATH`), or why it is refused: another origin (an absolute URL, `//host/…`, a
 * backslash trick), another scheme (`javascript:`, `data:`, `file:`), or no file name at all.
 *
 * @example
 * shippedDataUrl('data/sales.csv', 'https://me.github.io/strata/');
 * // → { ok: true, url: 'https://me.github.io/strata/data/sales.csv', path: '/strata/data/sales.csv',
 * //     fileName: 'sales.csv' }
 * shippedDataUrl('//evil.example/x.csv', 'https://me.github.io/strata/');
 * // → { ok: false, code: 'otherOrigin', params: { value: '//evil.example/x.csv' } }
 */
export function shippedDataUrl(value: string, base: string): ShippedDataUrl {
	const trimmed = value.trim();
	const refuse = (code: ShippedDataProblemCode): ShippedDataUrl => ({
		ok: false,
		code,
		params: { value: trimmed }
	});
	const app = new URL(base);
	let url: URL;
	try {
		url = new URL(trimmed, app);
	} catch {
		return refuse('badPath');
	}
	if (url.origin !== app.origin || (url.protocol !== 'http:' && url.protocol !== 'https:'))
		return refuse('otherOrigin');
	const name = url.pathname.split('/').pop() ?? '';
	if (trimmed === '' || name === '') return refuse('badPath');
	let fileName: string;
	let path: string;
	try {
		fileName = decodeURIComponent(name);
		path = decodeURI(url.pathname);
	} catch {
		return refuse('badPath');
	}
	url.hash = '';
	return { ok: true, url: url.href, path, fileName };
}
