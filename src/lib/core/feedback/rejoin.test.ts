import { describe, expect, it } from 'vitest';
import { rejoinFeedback } from './rejoin';

describe('rejoinFeedback', () => {
	it('follows renumbered customers, drops removed ones to "no purchase" and joins new buyers', () => {
		// Before: customers A, B, C; responses of C, A, an unknown Z, B, Z again.
		const store = { customer: Int32Array.of(2, 0, -1, 1, -1), unknownIds: ['Z'], score: 9 };
		// After: A was removed (its only source went), Z bought, the rest renumbered.
		const joined = rejoinFeedback(store, ['A', 'B', 'C'], ['C', 'B', 'Z']);
		expect(Array.from(joined.customer)).toEqual([0, -1, 2, 1, 2]);
		expect(joined.unknownIds).toEqual(['A']);
		expect(joined.score).toBe(9);
	});

	it('changes nothing when the ids did not change', () => {
		const store = { customer: Int32Array.of(1, -1, 0), unknownIds: ['Q'] };
		const joined = rejoinFeedback(store, ['A', 'B'], ['A', 'B']);
		expect(Array.from(joined.customer)).toEqual([1, -1, 0]);
		expect(joined.unknownIds).toEqual(['Q']);
	});
});
