import { describe, expect, it } from 'vitest';
import { shippedDataUrl } from './shipped-data';

const base = 'https://team.github.io/strata/';

describe('?data= values', () => {
	it.each([
		['data/sales.csv', 'https://team.github.io/strata/data/sales.csv', 'sales.csv'],
		['./data/sales.csv', 'https://team.github.io/strata/data/sales.csv', 'sales.csv'],
		['/strata/data/q1.xlsx', 'https://team.github.io/strata/data/q1.xlsx', 'q1.xlsx'],
		['../shared/x.csv', 'https://team.github.io/shared/x.csv', 'x.csv'],
		[
			'data/%E9%94%80%E5%94%AE.csv',
			'https://team.github.io/strata/data/%E9%94%80%E5%94%AE.csv',
			'销售.csv'
		],
		['data/s.csv?v=2#top', 'https://team.github.io/strata/data/s.csv?v=2', 's.csv'],
		[
			'https://team.github.io/strata/data/s.csv',
			'https://team.github.io/strata/data/s.csv',
			's.csv'
		]
	])('%s → %s', (value, url, fileName) => {
		expect(shippedDataUrl(value, base)).toEqual({
			ok: true,
			url,
			path: decodeURI(new URL(url).pathname),
			fileName
		});
	});

	it.each([
		['https://evil.example/x.csv', 'otherOrigin'],
		['http://team.github.io/strata/data/s.csv', 'otherOrigin'],
		['https://team.github.io:8443/strata/s.csv', 'otherOrigin'],
		['//evil.example/x.csv', 'otherOrigin'],
		['/\\evil.example/x.csv', 'otherOrigin'],
		['\\\\evil.example\\x.csv', 'otherOrigin'],
		['javascript:alert(1)', 'otherOrigin'],
		['data:text/csv,a,b', 'otherOrigin'],
		['file:///etc/passwd', 'otherOrigin'],
		['', 'badPath'],
		['data/', 'badPath'],
		['data/%E9.csv', 'badPath'],
		['http://[bad', 'badPath']
	])('refuses %j (%s)', (value, code) => {
		expect(shippedDataUrl(value, base)).toMatchObject({ ok: false, code });
	});
});
