import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import ChartFrame from './ChartFrame.svelte';

const children = createRawSnippet(() => ({ render: () => '<svg data-testid="inner"></svg>' }));
const controls = createRawSnippet(() => ({
	render: () => '<button type="button">Option</button>'
}));
const base = { title: 'Title', description: 'What it shows', exportName: 'chart', children };

describe('ChartFrame (server render)', () => {
	beforeEach(() => {
		i18n.lang = 'en';
	});

	it('is a figure labelled by its title and described by its description', () => {
		const { body } = render(ChartFrame, {
			props: { ...base, testid: 'frame', getSvg: () => null }
		});
		const labelledBy = body.match(/aria-labelledby="([^"]+)"/)![1];
		const describedBy = body.match(/aria-describedby="([^"]+)"/)![1];
		expect(body).toMatch(new RegExp(`<h2 id="${labelledBy}"[^>]*>Title<`));
		expect(body).toMatch(new RegExp(`<p id="${describedBy}"[^>]*>What it shows</p>`));
		expect(body).toMatch(/<figure[^>]*data-testid="frame"/);
		expect(body).toContain('data-testid="inner"');
		expect(body).toContain('>Export SVG</button>');
		expect(body).toContain('>Export PNG</button>');
	});

	it('puts controls and export in a no-print header, and has no export without a source', () => {
		const { body } = render(ChartFrame, { props: { ...base, controls, headingLevel: 3 } });
		expect(body).toMatch(/class="actions no-print[^"]*"/);
		expect(body).toContain('Option');
		expect(body).not.toContain('Export SVG');
		expect(body).toContain('<h3');
	});

	it('shows a status while loading and the empty text when empty, not the chart', () => {
		const loading = render(ChartFrame, {
			props: { ...base, loading: true, getSvg: () => null }
		}).body;
		expect(loading).toMatch(/role="status"/);
		expect(loading).toContain('aria-busy="true"');
		expect(loading).not.toContain('data-testid="inner"');
		expect(loading).toMatch(/<button[^>]*disabled[^>]*>Export SVG/);
		const empty = render(ChartFrame, {
			props: { ...base, empty: true, emptyText: 'Nothing yet' }
		}).body;
		expect(empty).toContain('Nothing yet');
		expect(empty).not.toContain('data-testid="inner"');
	});
});
