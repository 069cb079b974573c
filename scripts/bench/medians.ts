/**
 * Medians over repeated bench runs (`npm run bench -- --repeat N`, issue 18): single runs on the
 * 2-core bench machine vary by ±20 %, more than most changes they are meant to show. Each cell
 * is the median of the runs with their range; a ratio is taken within each run (both sides under
 * the same load) and then its median.
 */
import type { SizeResult } from './report';

/**
 * The median of some numbers (the mean of the middle two for an even count); undefined for none.
 * @example median([3, 1, 2]) // → 2
 * @example median([4, 1, 3, 2]) // → 2.5
 */
export function median(values: readonly number[]): number | undefined {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function secondsText(value: number): string {
	return value.toFixed(value < 10 ? 2 : 1);
}

/**
 * Median and range of some seconds: '1.07 (1.04–1.26)'; one value alone; '–' for none.
 * @example spread([1.26, 1.04, 1.07]) // → '1.07 (1.04–1.26)'
 */
export function spread(values: readonly number[], format = secondsText): string {
	const middle = median(values);
	if (middle === undefined) return '–';
	if (values.length === 1) return format(middle);
	return `${format(middle)} (${format(Math.min(...values))}–${format(Math.max(...values))})`;
}

const times = (format: (value: number) => string) => (values: readonly number[]) =>
	spread(values, format);
const ratioText = (value: number) => `${value.toFixed(1)}×`;

function secondsOf(value: { seconds: number } | { error: string } | undefined): number | undefined {
	return value && !('error' in value) ? value.seconds : undefined;
}

function defined(values: (number | undefined)[]): number[] {
	return values.filter((value): value is number => value !== undefined && value > 0);
}

/**
 * A markdown table of the medians of `runs` (each run: one `SizeResult` per file, in the same
 * order), or '' for fewer than two runs.
 */
export function renderMedians(runs: readonly (readonly SizeResult[])[]): string {
	if (runs.length < 2) return '';
	const lines = [
		`## Medians of ${runs.length} runs (range in brackets)`,
		'',
		'| rows | (0) raw | (a) papaparse | (b) DuckDB | (c) Strata | (c)/(0) | (c)/(a) | (c)/(b) | longest main-thread task (c), worst run | reopen | first visit |',
		'|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
	];
	for (let f = 0; f < runs[0].length; f++) {
		const cells = runs.map((run) => run[f]);
		const { file } = cells[0];
		const raw = cells.map((cell) => secondsOf(cell.raw));
		const floor = cells.map((cell) => secondsOf(cell.floor));
		const peer = cells.map((cell) => secondsOf(cell.peer));
		const strata = cells.map((cell) => cell.strata.import?.seconds);
		const within = (other: (number | undefined)[]) =>
			defined(strata.map((time, r) => (time && other[r] ? time / other[r] : undefined)));
		const longest = defined(cells.map((cell) => cell.strata.import?.longTasks.longest));
		const seconds = times(secondsText);
		const ratios = times(ratioText);
		lines.push(
			`| ${[
				`${file.label} ${file.shape}`,
				seconds(defined(raw)),
				seconds(defined(floor)),
				seconds(defined(peer)),
				seconds(defined(strata)),
				ratios(within(raw)),
				ratios(within(floor)),
				ratios(within(peer)),
				longest.length ? `${Math.max(...longest).toFixed(0)} ms` : 'none over 50 ms',
				seconds(defined(cells.map((cell) => cell.strata.reopen?.seconds))),
				seconds(defined(cells.map((cell) => cell.strata.firstVisit?.seconds)))
			].join(' | ')} |`
		);
	}
	return lines.join('\n') + '\n';
}
