/**
 * The marks `tail.ts` puts into a copy of the app: after which line of which file each is taken.
 * Every mark posts its name, its thread and the time (`performance.timeOrigin + now()`, one clock
 * for the page and every worker) on a BroadcastChannel the page collects; the app itself has no
 * such code. An anchor that is no longer in its file stops `tail.ts` with its name, so that a
 * change to the import shows here rather than as a silently missing mark.
 */

/** One mark: taken before or after the first occurrence of `anchor` in `file`. */
export interface TailMark {
	name: string;
	file: string;
	anchor: string;
	where: 'before' | 'after';
}

export const TAIL_MARKS: TailMark[] = [
	{
		name: 'click',
		file: 'src/lib/state/import-session.svelte.ts',
		anchor: '\t\tthis.#controller = new AbortController();\n',
		where: 'before'
	},
	{
		name: 'outcome-in-page',
		file: 'src/lib/state/import-session.svelte.ts',
		anchor: '\t\t\tconst outcome: ImportOutcome = await importing;\n',
		where: 'after'
	},
	{
		// The analysis worker's own segments are parsed (and their chunks' writes issued).
		name: 'own-done',
		file: 'src/lib/worker/parallel.ts',
		anchor: '\twhile (merged < count) {\n\t\tawait mergeParsed();',
		where: 'before'
	},
	{
		// In the parse worker: its segment's last slice is parsed (before `finishPart`).
		name: 'part-parsed',
		file: 'src/lib/worker/part.ts',
		anchor: '\t\tconst boundary = to === file.size || importer.atRecordBoundary();\n',
		where: 'before'
	},
	{
		name: 'part-in',
		file: 'src/lib/worker/parallel.ts',
		anchor: "\t\t\tparsed.set(message.index, message.type === 'part' ? message : null);\n",
		where: 'before'
	},
	{
		name: 'absorbed',
		file: 'src/lib/worker/parallel.ts',
		anchor:
			'\t\t\tif (exact && boundary && got.boundary && importer.absorb(got.part as ImportPart)) {\n',
		where: 'after'
	},
	{
		name: 'finished',
		file: 'src/lib/worker/import.ts',
		anchor: '\t\tconst result = importer.finish();\n',
		where: 'after'
	},
	{
		// The last chunks and the dictionaries put (serialised in this thread).
		name: 'last-put',
		file: 'src/lib/worker/import.ts',
		anchor:
			"\t\t// The overview's first figures come straight from the orders while the last writes land\n",
		where: 'before'
	},
	{
		name: 'orders-built',
		file: 'src/lib/worker/import.ts',
		anchor: '\t\tconst orders = buildOrders(kept, result.orderCount);\n',
		where: 'after'
	},
	{
		name: 'part-write-start',
		file: 'src/lib/worker/part.ts',
		anchor: '\t\tawait putRecords(await openDatabase(), job.records);\n',
		where: 'before'
	},
	{
		name: 'part-write-done',
		file: 'src/lib/worker/part.ts',
		anchor: "\t\treturn { type: 'written', write: job.write };\n",
		where: 'before'
	},
	{
		// Every chunk write of the import committed (the last `await writing` of `importFile`).
		name: 'writes-done',
		file: 'src/lib/worker/import.ts',
		anchor: '\t\tconst shown = await figures;\n',
		where: 'before'
	},
	{
		name: 'figures-done',
		file: 'src/lib/worker/import.ts',
		anchor: '\t\tconst shown = await figures;\n',
		where: 'after'
	},
	{
		// The frame after the overview has the import's first figures.
		name: 'painted',
		file: 'src/routes/+page.svelte',
		anchor: '\t\tif (early && headline) firstFigures.drawn(early);\n',
		where: 'before'
	}
];

/** The statement a mark becomes (one line, no imports: it works in any module of the app). */
export function markStatement(name: string): string {
	const post =
		"((globalThis as any).__tailMark ??= ((channel) => (n: string) => channel.postMessage({ n, t: performance.timeOrigin + performance.now(), w: (globalThis as any).name || 'page' }))(new BroadcastChannel('strata-tail')))";
	// The overview's mark waits for the frame that shows the figures.
	return name === 'painted'
		? `\t\tif (early && headline) requestAnimationFrame(() => ${post}('${name}'));\n`
		: `${post}('${name}');\n`;
}

/**
 * `source` with the marks of its file put in, each before or after its anchor (marks after the
 * same anchor keep their order); throws with the mark's name when an anchor is missing.
 */
export function withMarks(file: string, source: string, marks = TAIL_MARKS): string {
	let text = source;
	for (const mark of marks.filter((m) => m.file === file)) {
		const at = text.indexOf(mark.anchor);
		if (at < 0) throw new Error(`tail mark "${mark.name}": its anchor is no longer in ${file}`);
		const indent = mark.name === 'painted' ? '' : (/^\t*/.exec(mark.anchor)?.[0] ?? '');
		const statement = indent + markStatement(mark.name);
		text =
			mark.where === 'before'
				? text.slice(0, at) + statement + text.slice(at)
				: text.slice(0, at + mark.anchor.length) + statement + text.slice(at + mark.anchor.length);
	}
	return text;
}
