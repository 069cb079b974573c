/**
 * Chart export: SVG with its styles inlined (so the file looks the same outside the page) and PNG
 * at 2× through an offscreen canvas; both downloaded through a temporary `<a download>`.
 *
 * The pure parts (style diffing, CSS variable resolution, file names, sizes, the SVG envelope) are
 * exported and tested in Node; the rest needs a browser and runs only from a click handler.
 */

/** A canvas chart's layers, as handed to `ChartFrame` by `getCanvasLayers`. */
export interface CanvasLayers {
	canvas?: HTMLCanvasElement | null;
	svg?: SVGSVGElement | null;
	/** CSS pixel size of the chart (the canvas's backing store may be larger). */
	width: number;
	height: number;
}

export type ExportFormat = 'svg' | 'png';

/** PNG exports are drawn at this many pixels per CSS pixel. */
export const PNG_SCALE = 2;

/** CSS properties that inherit in SVG: inlined only where they differ from the parent. */
const INHERITED = [
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'letter-spacing',
	'paint-order',
	'visibility',
	'shape-rendering'
] as const;

/** Properties that do not inherit, with their initial values: inlined only when they differ. */
const NOT_INHERITED: Record<string, string[]> = {
	opacity: ['1'],
	'stop-color': ['rgb(0, 0, 0)', '#000000', 'black'],
	'stop-opacity': ['1']
};

/** Every property an export copies from the computed style. */
export const EXPORTED_PROPERTIES: readonly string[] = [...INHERITED, ...Object.keys(NOT_INHERITED)];

/**
 * The `style` attribute text for an element, given its computed style and its parent's (null for
 * the root, which gets every inherited property). Keeps files small: a 600-cell heatmap repeats
 * only what changes.
 * @example
 * styleText((p) => ({ fill: 'red', opacity: '0.5' })[p] ?? '', (p) => ({ fill: 'red' })[p] ?? '')
 * // → 'opacity:0.5'
 */
export function styleText(
	get: (property: string) => string,
	parent: ((property: string) => string) | null
): string {
	const declarations: string[] = [];
	for (const property of INHERITED) {
		const value = localUrls(get(property).trim());
		if (!value) continue;
		if (parent && parent(property).trim() === value) continue;
		declarations.push(`${property}:${value}`);
	}
	for (const [property, initial] of Object.entries(NOT_INHERITED)) {
		const value = get(property).trim();
		if (value && !initial.includes(value)) declarations.push(`${property}:${value}`);
	}
	return declarations.join(';');
}

/**
 * Makes `url(…#id)` references local: some browsers compute them as absolute page addresses,
 * which break once the SVG is a file of its own.
 * @example localUrls('url("http://localhost:5173/#g1")') // → 'url(#g1)'
 */
export function localUrls(value: string): string {
	return value.replace(/url\(\s*["']?[^"')]*?#([^"')]+)["']?\s*\)/g, 'url(#$1)');
}

/**
 * Replaces `var(--name)` and `var(--name, fallback)` with the variable's value (recursively, so a
 * variable defined through another works); unknown variables take their fallback or vanish.
 * @example resolveVariables('fill: var(--text)', (n) => (n === '--text' ? '#17202b' : '')) // → 'fill: #17202b'
 */
export function resolveVariables(text: string, lookup: (name: string) => string): string {
	let result = text;
	// Innermost first: a var() whose arguments contain no other var().
	const innermost = /var\(\s*(--[\w-]+)\s*(?:,\s*((?:[^()]|\([^()]*\))*?))?\s*\)/g;
	for (let pass = 0; pass < 10 && result.includes('var('); pass++) {
		result = result.replace(innermost, (_, name: string, fallback?: string) => {
			const value = lookup(name).trim();
			return value || (fallback ?? '').trim();
		});
	}
	return result;
}

/**
 * A file name for a download: the stem with path separators, reserved characters and spaces
 * replaced by '-', then the extension. CJK letters stay.
 * @example safeFileName('Cohort retention / 2024', 'png') // → 'cohort-retention-2024.png'
 */
export function safeFileName(stem: string, extension: string): string {
	const cleaned = stem
		.normalize('NFKC')
		.toLowerCase()
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u001f\\/:*?"<>|#%&{}$!'`@+=,;^~[\]\s]+/g, '-')
		.replace(/-+/g, '-')
		.replace(/^[-.]+|[-.]+$/g, '')
		.slice(0, 120);
	return `${cleaned || 'chart'}.${extension}`;
}

/**
 * Pixel size of an exported PNG.
 * @example pngSize(640.4, 300, 2) // → { width: 1281, height: 600 }
 */
export function pngSize(width: number, height: number, scale = PNG_SCALE) {
	return {
		width: Math.max(1, Math.round(width * scale)),
		height: Math.max(1, Math.round(height * scale))
	};
}

/** Escapes text for an XML attribute value. */
export function escapeAttribute(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

/**
 * A standalone SVG document around already serialised content: namespaces, pixel size, viewBox
 * and a background rectangle (exports must not be transparent: dark-mode text on a transparent
 * PNG disappears in a light slide deck).
 * @example svgDocument('<circle r="2"/>', 10, 20, '#fff')
 * // → '<svg xmlns="http://www.w3.org/2000/svg" … width="10" height="20" viewBox="0 0 10 20"><rect … fill="#fff"/><circle r="2"/></svg>'
 */
export function svgDocument(
	content: string,
	width: number,
	height: number,
	background: string,
	rootStyle = ''
): string {
	const w = round(width);
	const h = round(height);
	const style = rootStyle ? ` style="${escapeAttribute(rootStyle)}"` : '';
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"` +
		` width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"${style}>` +
		`<rect width="${w}" height="${h}" fill="${escapeAttribute(background)}"/>` +
		content +
		`</svg>`
	);
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}

// ---------------------------------------------------------------------------------------------
// Browser only
// ---------------------------------------------------------------------------------------------

/** Attributes that mean something on the page but nothing in a file. */
const DROPPED_ATTRIBUTES = ['tabindex', 'class', 'role', 'aria-label', 'aria-labelledby'];

/** The page's surface colour (the chart's background), resolved from `--surface`. */
export function surfaceColor(element: Element): string {
	return getComputedStyle(element).getPropertyValue('--surface').trim() || '#ffffff';
}

/** Size of a rendered SVG in CSS pixels. */
function svgSize(svg: SVGSVGElement) {
	const box = svg.getBoundingClientRect();
	const width = box.width || Number(svg.getAttribute('width')) || 300;
	const height = box.height || Number(svg.getAttribute('height')) || 150;
	return { width, height };
}

/**
 * The inner markup of a rendered SVG with computed styles inlined, CSS variables resolved and
 * page-only parts removed (`.no-export`, hidden elements, focus-only attributes).
 */
export function serializeSvgContent(svg: SVGSVGElement): { content: string; rootStyle: string } {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const removals: Element[] = [];
	const rootComputed = getComputedStyle(svg);
	const walk = (original: Element, copy: Element, parent: CSSStyleDeclaration | null) => {
		const computed = getComputedStyle(original);
		if (original.classList.contains('no-export') || computed.display === 'none') {
			removals.push(copy);
			return;
		}
		const text = styleText(
			(p) => computed.getPropertyValue(p),
			parent ? (p) => parent.getPropertyValue(p) : null
		);
		if (text) copy.setAttribute('style', text);
		else copy.removeAttribute('style');
		for (const name of DROPPED_ATTRIBUTES) copy.removeAttribute(name);
		for (let i = 0; i < original.children.length; i++) {
			walk(original.children[i], copy.children[i], computed);
		}
	};
	walk(svg, clone, null);
	for (const element of removals) element.remove();
	const rootStyle = clone.getAttribute('style') ?? '';
	const content = Array.from(clone.childNodes)
		.map((node) => new XMLSerializer().serializeToString(node))
		.join('')
		// XMLSerializer repeats the namespace on every top-level child.
		.replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '');
	const lookup = (name: string) => rootComputed.getPropertyValue(name);
	return {
		content: resolveVariables(content, lookup),
		rootStyle: resolveVariables(rootStyle, lookup)
	};
}

/** A standalone SVG document of a rendered chart, with an optional raster layer underneath. */
export function svgFile(
	svg: SVGSVGElement | null | undefined,
	size: { width: number; height: number },
	background: string,
	rasterDataUrl?: string
): string {
	const image = rasterDataUrl
		? `<image width="${round(size.width)}" height="${round(size.height)}" href="${escapeAttribute(rasterDataUrl)}" xlink:href="${escapeAttribute(rasterDataUrl)}" preserveAspectRatio="none"/>`
		: '';
	const serialized = svg ? serializeSvgContent(svg) : { content: '', rootStyle: '' };
	return svgDocument(
		image + serialized.content,
		size.width,
		size.height,
		background,
		serialized.rootStyle
	);
}

function loadImage(url: string): Promise<HTMLImageElement> {
	return new Promise((resolve, reject) => {
		const image = new Image();
		image.onload = () => resolve(image);
		image.onerror = () => reject(new Error('The chart image could not be rendered.'));
		image.src = url;
	});
}

/** Draws SVG markup (and optional layers under it) onto a 2× canvas and returns the PNG. */
async function renderPng(
	markup: string | null,
	size: { width: number; height: number },
	background: string,
	under?: HTMLCanvasElement | null
): Promise<Blob> {
	const pixels = pngSize(size.width, size.height);
	const canvas = document.createElement('canvas');
	canvas.width = pixels.width;
	canvas.height = pixels.height;
	const context = canvas.getContext('2d');
	if (!context) throw new Error('Canvas 2D is not available.');
	context.fillStyle = background;
	context.fillRect(0, 0, pixels.width, pixels.height);
	if (under) context.drawImage(under, 0, 0, pixels.width, pixels.height);
	if (markup) {
		const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
		try {
			const image = await loadImage(url);
			context.drawImage(image, 0, 0, pixels.width, pixels.height);
		} finally {
			URL.revokeObjectURL(url);
		}
	}
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed.'))),
			'image/png'
		)
	);
}

/** Saves a blob through a temporary `<a download>`. */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	// Some browsers start reading the URL after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Exports an SVG chart as a file. */
export async function exportSvgChart(
	svg: SVGSVGElement,
	stem: string,
	format: ExportFormat
): Promise<void> {
	const size = svgSize(svg);
	const background = surfaceColor(svg);
	if (format === 'svg') {
		const markup = svgFile(svg, size, background);
		downloadBlob(
			new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }),
			safeFileName(stem, 'svg')
		);
	} else {
		// Without the background: renderPng paints it, and the markup must stay transparent there.
		const markup = svgFile(svg, size, 'none');
		downloadBlob(await renderPng(markup, size, background), safeFileName(stem, 'png'));
	}
}

/**
 * Exports a canvas chart: PNG = the canvas with the SVG overlay drawn on top; SVG = the overlay
 * with the canvas embedded as an `<image>` data URL.
 */
export async function exportCanvasChart(
	layers: CanvasLayers,
	stem: string,
	format: ExportFormat
): Promise<void> {
	const size = { width: layers.width, height: layers.height };
	const reference = layers.svg ?? layers.canvas ?? document.documentElement;
	const background = surfaceColor(reference);
	if (format === 'svg') {
		const raster = layers.canvas ? layers.canvas.toDataURL('image/png') : undefined;
		const markup = svgFile(layers.svg, size, background, raster);
		downloadBlob(
			new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }),
			safeFileName(stem, 'svg')
		);
	} else {
		const markup = layers.svg ? svgFile(layers.svg, size, 'none') : null;
		downloadBlob(
			await renderPng(markup, size, background, layers.canvas),
			safeFileName(stem, 'png')
		);
	}
}
