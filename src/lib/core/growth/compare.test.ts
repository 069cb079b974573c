import { describe, expect, it } from 'vitest';
import { biggestSegmentChange, tierMoves } from './compare';

const N = 255;

describe('tierMoves', () => {
	it.each([
		// earlier, later, expected (tiers best first: 0 = gold)
		[[1, 0, 2, N], [0, 1, 2, 2], { up: 1, down: 1, same: 1, newcomers: 1 }],
		[[0, 0], [2, 2], { up: 0, down: 2, same: 0, newcomers: 0 }],
		[[N, N], [N, 1], { up: 0, down: 0, same: 0, newcomers: 1 }]
	])('%j → %j', (earlier, later, expected) => {
		expect(tierMoves(Uint8Array.from(earlier), Uint8Array.from(later))).toEqual(expected);
	});
});

describe('biggestSegmentChange', () => {
	it('names the segment that fell most and where its customers went', () => {
		// segment 0: 4 → 1 (−75 %), three leavers: two to 2, one to 1; segment 1: 2 → 3 (+50 %),
		// segment 2: 4 → 6 (+50 %)
		const earlier = Uint8Array.of(0, 0, 0, 0, 1, 1, 2, 2, 2, 2);
		const later = Uint8Array.of(0, 2, 2, 1, 1, 1, 2, 2, 2, 2);
		expect(biggestSegmentChange(earlier, later, 3)).toEqual({
			segment: 0,
			change: -0.75,
			other: 2
		});
	});

	it('names where a growing segment came from, null for new customers', () => {
		// segment 1: 1 → 3 (+200 %): joiners are two new customers and none from another segment
		const earlier = Uint8Array.of(0, 1, N, N);
		const later = Uint8Array.of(0, 1, 1, 1);
		expect(biggestSegmentChange(earlier, later, 2)).toEqual({ segment: 1, change: 2, other: null });
	});

	it('is null when nothing changed', () => {
		expect(biggestSegmentChange(Uint8Array.of(0, 1), Uint8Array.of(0, 1), 2)).toBeNull();
	});
});
