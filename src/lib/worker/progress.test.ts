import { describe, expect, it } from 'vitest';
import { progressEvent } from './progress';

describe('progressEvent', () => {
	it('gives the pace so far and the seconds left at that pace', () => {
		// 2 s in, a quarter of the bytes read: 6 s left; 1,000 rows in 2 s: 500 a second.
		const event = progressEvent(25, 100, 1000, performance.now() - 2000);
		expect(event).toMatchObject({ bytesDone: 25, bytesTotal: 100, rows: 1000 });
		expect(event.secondsLeft).toBeCloseTo(6, 0);
		expect(event.rowsPerSecond).toBeGreaterThan(450);
		expect(event.rowsPerSecond).toBeLessThanOrEqual(500);
	});

	it('says nothing of the time left before the first byte', () => {
		expect(progressEvent(0, 100, 0, performance.now() - 1000).secondsLeft).toBeNull();
	});
});
