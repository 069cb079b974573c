import { describe, expect, it } from 'vitest';
import { escapeHtml, inlineSvg, reportHtml, type ReportDocument } from './html';

const doc: ReportDocument = {
	lang: 'zh-CN',
	title: 'Shop <A&B>',
	subtitle: '截至 2025-01-01',
	footer: 'Strata',
	sections: [
		{
			title: '概览',
			figures: [{ id: 'kpi-customers', label: '客户数', value: '4,000', hint: '"x"' }],
			charts: [
				{
					title: 'Share',
					svg: '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>'
				}
			],
			tables: [
				{
					caption: 'Tiers',
					columns: ['Tier', 'Customers'],
					rows: [
						['Gold', '800'],
						['<script>alert(1)</script>', '3,200']
					],
					numeric: [false, true],
					id: 'tiers'
				}
			],
			notes: [{ title: 'Champions', text: 'Reward them', list: ['Early access', 'VIP'] }]
		}
	]
};

describe('the self-contained report', () => {
	const html = reportHtml(doc);

	it('is one HTML document with its language, title and a CSP that forbids scripts and network', () => {
		expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
		expect(html).toContain('<title>Shop &lt;A&amp;B&gt;</title>');
		expect(html).toContain(
			`content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:;`
		);
		expect(html).not.toMatch(/<script|<link|src=|@import|https?:\/\/(?!www\.w3\.org)/i);
	});

	it('escapes every text and keeps the figures addressable', () => {
		expect(html).toContain('<div class="value" data-testid="kpi-customers">4,000</div>');
		expect(html).toContain('<div class="hint">&quot;x&quot;</div>');
		expect(html).toContain(
			'<td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td class="num">3,200</td>'
		);
		expect(html).toContain('<th scope="col" class="num">Customers</th>');
		expect(html).toContain('<ul><li>Early access</li><li>VIP</li></ul>');
	});

	it('inlines the chart SVG', () => {
		expect(html).toContain(
			'<figure class="chart"><h3>Share</h3><svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg></figure>'
		);
	});

	it('prints: a print stylesheet that repeats table headers and keeps cards whole', () => {
		expect(html).toMatch(/@media print \{[\s\S]*thead \{ display: table-header-group; \}/);
		expect(html).toContain('break-inside: avoid');
	});

	it.each([
		['<svg><script>alert(1)</script><g/></svg>', '<svg><g/></svg>'],
		['<svg onload="x()"><rect onclick=\'y()\' width="1"/></svg>', '<svg><rect width="1"/></svg>'],
		['<svg><image href="https://a.b/c.png"/></svg>', '<svg><image/></svg>'],
		[
			'<svg><image xlink:href="data:image/png;base64,AA"/></svg>',
			'<svg><image xlink:href="data:image/png;base64,AA"/></svg>'
		],
		['<svg><use href="#dot"/></svg>', '<svg><use href="#dot"/></svg>'],
		[
			'<svg><rect style="fill: url(https://a.b/x)"/></svg>',
			'<svg><rect style="fill: none"/></svg>'
		],
		['<svg><rect style="fill: url(#grad)"/></svg>', '<svg><rect style="fill: url(#grad)"/></svg>'],
		['<svg><foreignObject><div>x</div></foreignObject></svg>', '<svg></svg>']
	])('inlineSvg(%s)', (svg, safe) => {
		expect(inlineSvg(svg)).toBe(safe);
	});

	it('escapes quotes for attributes', () => {
		expect(escapeHtml(`a'b"c`)).toBe('a&#39;b&quot;c');
	});
});
