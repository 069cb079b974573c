import { describe, expect, it } from 'vitest';
import { fitColumns } from './fit-columns';

describe('fitColumns', () => {
	it.each([
		// shares, needs, box → widths (worked by hand)
		[[0.5, 0.5], [10, 10], 100, [50, 50]],
		[[0.5, 0.5], [80, 10], 100, [80, 20]],
		[[0.25, 0.25, 0.5], [40, 0, 0], 100, [40, 20, 40]],
		// the first column's need frees the third, whose share then falls short of its own need
		[[0.5, 0.25, 0.25], [60, 0, 30], 100, [60, 10, 30]],
		[[0.5, 0.5], [80, 40], 100, [80, 40]]
	])('shares %j, needs %j in %d px → %j', (shares, need, box, expected) => {
		expect(fitColumns(shares, need, box)).toEqual(expected);
	});
});
