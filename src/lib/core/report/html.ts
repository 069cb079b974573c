/**
 * The self-contained report (Download report): one HTML string with its CSS inline, no script,
 * no external resource, so the file opens from a USB stick in any browser with no network and
 * prints cleanly. Pure: the page hands in texts already in the user's language (core never writes
 * sentences) and charts already serialised as SVG; this module escapes, lays out and styles.
 */

/** A headline figure; `id` becomes `data-testid` so the report can be checked against the page. */
export interface ReportFigure {
	id: string;
	label: string;
	value: string;
	hint?: string;
}

export interface ReportTable {
	caption: string;
	columns: string[];
	/** Cells as displayed; columns flagged in `numeric` are right-aligned. */
	rows: string[][];
	numeric?: boolean[];
	id?: string;
}

/** A titled block of text with a list (a segment's playbook, a definition). */
export interface ReportNote {
	title: string;
	text?: string;
	list?: string[];
}

export interface ReportChart {
	title: string;
	/** A standalone `<svg>` document (`charts/export.ts`'s `svgFile`); scripts are stripped. */
	svg: string;
}

export interface ReportSection {
	title: string;
	intro?: string;
	figures?: ReportFigure[];
	charts?: ReportChart[];
	tables?: ReportTable[];
	notes?: ReportNote[];
}

export interface ReportDocument {
	/** BCP 47 language of the texts (`en`, `zh-CN`). */
	lang: string;
	title: string;
	/** Dataset, as-of date, generation date: one line under the title. */
	subtitle: string;
	/** The note at the bottom (how the report was made). */
	footer: string;
	sections: ReportSection[];
}

/**
 * Text for HTML element content and attribute values.
 * @example escapeHtml('<b>"R&D"</b>') // → '&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/**
 * An SVG safe to inline: no script, event handler, `<foreignObject>` or link to anything but a
 * `data:` image or an in-document `#id` (the report must not run code or reach the network).
 * @example inlineSvg('<svg onload="x()"><script>x()</script><image href="https://a.b/c.png"/></svg>')
 * // → '<svg><image/></svg>'
 */
export function inlineSvg(svg: string): string {
	return svg
		.replace(/<\?xml[^>]*>/gi, '')
		.replace(/<(script|foreignObject)\b[\s\S]*?<\/\1\s*>/gi, '')
		.replace(/<(script|foreignObject)\b[^>]*\/?>/gi, '')
		.replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
		.replace(/\s+(?:xlink:)?href\s*=\s*("[^"]*"|'[^']*')/gi, (attribute, value: string) =>
			/^["'](#|data:image\/)/i.test(value) ? attribute : ''
		)
		.replace(/url\(\s*(["']?)(?!#|data:)[^)]*\)/gi, 'none');
}

/** No script at all, styles inline only, images only as data: (the SVGs are inline anyway). */
export const REPORT_CSP =
	"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE = `
:root { color-scheme: light; --text: #1d2430; --muted: #5b6472; --border: #d6dbe3; --surface: #fff; --accent: #1f5fbf; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; color: var(--text); background: #f5f7fa; }
main { max-width: 1100px; margin: 0 auto; padding: 32px 24px 48px; }
h1 { font-size: 1.8rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 36px 0 8px; border-bottom: 2px solid var(--accent); padding-bottom: 4px; }
h3 { font-size: 1.05rem; margin: 16px 0 6px; }
.muted { color: var(--muted); }
section { break-inside: auto; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 12px; margin: 12px 0; }
.figure, .note, .chart, .table { background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: 12px 14px; break-inside: avoid; }
.figure .label { font-size: 0.85rem; color: var(--muted); }
.figure .value { font-size: 1.5rem; font-weight: 700; font-variant-numeric: tabular-nums; }
.figure .hint { font-size: 0.8rem; color: var(--muted); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 12px; margin: 12px 0; }
.chart svg { display: block; width: 100%; height: auto; }
.chart h3 { margin-top: 0; }
.notes { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 12px; margin: 12px 0; }
.note h3 { margin-top: 0; }
.note ul { margin: 6px 0 0; padding-left: 1.2em; }
.table { margin: 12px 0; overflow-x: auto; padding: 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 10px 12px 6px; }
th, td { padding: 5px 12px; border-top: 1px solid var(--border); text-align: left; vertical-align: top; }
th { background: #eef1f5; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
footer { margin-top: 40px; font-size: 0.85rem; color: var(--muted); }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  .figure, .note, .chart, .table { border-color: #bbb; }
  .charts { grid-template-columns: 1fr 1fr; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  @page { margin: 14mm; }
}
`;

function figureHtml(f: ReportFigure): string {
	const hint = f.hint ? `<div class="hint">${escapeHtml(f.hint)}</div>` : '';
	return (
		`<div class="figure"><div class="label">${escapeHtml(f.label)}</div>` +
		`<div class="value" data-testid="${escapeHtml(f.id)}">${escapeHtml(f.value)}</div>${hint}</div>`
	);
}

function tableHtml(t: ReportTable): string {
	const cls = (i: number) => (t.numeric?.[i] ? ' class="num"' : '');
	const head = t.columns.map((c, i) => `<th scope="col"${cls(i)}>${escapeHtml(c)}</th>`).join('');
	const body = t.rows
		.map((row) => `<tr>${row.map((c, i) => `<td${cls(i)}>${escapeHtml(c)}</td>`).join('')}</tr>`)
		.join('\n');
	const id = t.id ? ` data-testid="${escapeHtml(t.id)}"` : '';
	return (
		`<div class="table"><table${id}><caption>${escapeHtml(t.caption)}</caption>` +
		`<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`
	);
}

function noteHtml(n: ReportNote): string {
	const text = n.text ? `<p>${escapeHtml(n.text)}</p>` : '';
	const list = n.list?.length
		? `<ul>${n.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
		: '';
	return `<div class="note"><h3>${escapeHtml(n.title)}</h3>${text}${list}</div>`;
}

function chartHtml(c: ReportChart): string {
	return `<figure class="chart"><h3>${escapeHtml(c.title)}</h3>${inlineSvg(c.svg)}</figure>`;
}

function sectionHtml(s: ReportSection): string {
	const parts = [`<h2>${escapeHtml(s.title)}</h2>`];
	if (s.intro) parts.push(`<p class="muted">${escapeHtml(s.intro)}</p>`);
	if (s.figures?.length)
		parts.push(`<div class="figures">${s.figures.map(figureHtml).join('')}</div>`);
	if (s.charts?.length) parts.push(`<div class="charts">${s.charts.map(chartHtml).join('')}</div>`);
	if (s.notes?.length) parts.push(`<div class="notes">${s.notes.map(noteHtml).join('')}</div>`);
	for (const table of s.tables ?? []) parts.push(tableHtml(table));
	return `<section>${parts.join('\n')}</section>`;
}

/**
 * The report as one HTML document.
 * @example
 * reportHtml({ lang: 'en', title: 'Shop', subtitle: 'As of 1 Jan 2025', footer: 'Strata',
 *   sections: [{ title: 'Overview', figures: [{ id: 'kpi-customers', label: 'Customers', value: '3' }] }] });
 * // → '<!doctype html>\n<html lang="en">…<div class="value" data-testid="kpi-customers">3</div>…</html>\n'
 */
export function reportHtml(doc: ReportDocument): string {
	return [
		'<!doctype html>',
		`<html lang="${escapeHtml(doc.lang)}">`,
		'<head>',
		'<meta charset="utf-8">',
		`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">`,
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeHtml(doc.title)}</title>`,
		`<style>${STYLE}</style>`,
		'</head>',
		'<body><main>',
		`<header><h1>${escapeHtml(doc.title)}</h1><p class="muted" data-testid="report-subtitle">${escapeHtml(doc.subtitle)}</p></header>`,
		...doc.sections.map(sectionHtml),
		`<footer>${escapeHtml(doc.footer)}</footer>`,
		'</main></body>',
		'</html>',
		''
	].join('\n');
}
