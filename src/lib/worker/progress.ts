/** The progress event of an import (`ImportProgressEvent`), from what is done so far. */
import type { ImportProgressEvent } from './import';

/**
 * Progress after `bytesDone` of `bytesTotal` bytes and `rows` rows, `t0` the start
 * (`performance.now()`): rows per second so far, and the seconds left at that pace.
 * @example
 * progressEvent(25, 100, 1000, performance.now() - 2000).secondsLeft // → about 6
 */
export function progressEvent(
	bytesDone: number,
	bytesTotal: number,
	rows: number,
	t0: number
): ImportProgressEvent {
	const seconds = (performance.now() - t0) / 1000;
	return {
		bytesDone,
		bytesTotal,
		rows,
		rowsPerSecond: seconds > 0 ? rows / seconds : 0,
		secondsLeft: bytesDone > 0 ? (seconds * (bytesTotal - bytesDone)) / bytesDone : null
	};
}
