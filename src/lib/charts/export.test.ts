import { describe, expect, it } from 'vitest';
import {
	EXPORTED_PROPERTIES,
	escapeAttribute,
	localUrls,
	pngSize,
	resolveVariables,
	safeFileName,
	styleText,
	svgDocument
} from './export';

const styles = (values: Record<string, string>) => (property: string) => values[property] ?? '';

describe('styleText', () => {
	it('gives the root every inherited property that has a value', () => {
		expect(
			styleText(
				styles({ fill: 'rgb(0, 0, 0)', 'font-size': '12px', 'font-family': 'system-ui' }),
				null
			)
		).toBe('fill:rgb(0, 0, 0);font-family:system-ui;font-size:12px');
	});
	it('repeats inherited properties only where they differ from the parent', () => {
		const parent = styles({ fill: 'red', stroke: 'none', 'font-size': '12px' });
		expect(styleText(styles({ fill: 'red', stroke: 'blue', 'font-size': '12px' }), parent)).toBe(
			'stroke:blue'
		);
	});
	it('writes non-inherited properties only when not at their initial value', () => {
		expect(styleText(styles({ opacity: '1', 'stop-color': 'rgb(0, 0, 0)' }), styles({}))).toBe('');
		expect(styleText(styles({ opacity: '0.4', 'stop-color': 'rgb(8, 81, 156)' }), styles({}))).toBe(
			'opacity:0.4;stop-color:rgb(8, 81, 156)'
		);
	});
	it('makes url() references local', () => {
		expect(styleText(styles({ fill: 'url("http://localhost:5173/#s1-ramp")' }), styles({}))).toBe(
			'fill:url(#s1-ramp)'
		);
	});
	it('covers the properties the charts use', () => {
		for (const property of [
			'fill',
			'stroke',
			'stroke-width',
			'font-family',
			'font-size',
			'opacity'
		])
			expect(EXPORTED_PROPERTIES).toContain(property);
	});
});

describe('localUrls', () => {
	it.each([
		['url("http://localhost:5173/strata/#g1")', 'url(#g1)'],
		["url('#g2')", 'url(#g2)'],
		['url(#g3)', 'url(#g3)'],
		['rgb(1, 2, 3)', 'rgb(1, 2, 3)']
	])('%s → %s', (input, expected) => {
		expect(localUrls(input)).toBe(expected);
	});
});

describe('resolveVariables', () => {
	const variables: Record<string, string> = {
		'--text': ' #17202b',
		'--accent': 'var(--blue)',
		'--blue': '#1f5c99'
	};
	const lookup = (name: string) => variables[name] ?? '';
	it.each([
		['fill: var(--text)', 'fill: #17202b'],
		['stroke:var(--accent)', 'stroke:#1f5c99'],
		['fill: var(--missing, #fff)', 'fill: #fff'],
		['fill: var(--missing, var(--text))', 'fill: #17202b'],
		['fill: var(--missing, rgb(1, 2, 3))', 'fill: rgb(1, 2, 3)'],
		['fill: var(--missing)', 'fill: '],
		['no variables', 'no variables']
	])('%s → %s', (input, expected) => {
		expect(resolveVariables(input, lookup)).toBe(expected);
	});
});

describe('safeFileName', () => {
	it.each([
		['Cohort retention / 2024', 'png', 'cohort-retention-2024.png'],
		['  R × FM grid  ', 'svg', 'r-×-fm-grid.svg'],
		['同期群留存', 'svg', '同期群留存.svg'],
		['a:b*c?"d<e>f|g', 'png', 'a-b-c-d-e-f-g.png'],
		['...', 'png', 'chart.png'],
		['', 'svg', 'chart.svg']
	])('%s (.%s) → %s', (stem, extension, expected) => {
		expect(safeFileName(stem, extension)).toBe(expected);
	});
});

describe('pngSize', () => {
	it('scales and rounds, never below one pixel', () => {
		expect(pngSize(640.4, 300, 2)).toEqual({ width: 1281, height: 600 });
		expect(pngSize(0, 0)).toEqual({ width: 1, height: 1 });
	});
});

describe('svgDocument', () => {
	it('wraps content with namespaces, size, viewBox and a background', () => {
		expect(svgDocument('<circle r="2"/>', 10, 20.456, '#fff', 'font-size:12px')).toBe(
			'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"' +
				' width="10" height="20.46" viewBox="0 0 10 20.46" style="font-size:12px">' +
				'<rect width="10" height="20.46" fill="#fff"/><circle r="2"/></svg>'
		);
	});
	it('escapes attribute values', () => {
		expect(escapeAttribute('a "b" <c> & d')).toBe('a &quot;b&quot; &lt;c&gt; &amp; d');
	});
});
