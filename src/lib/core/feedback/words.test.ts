import { describe, expect, it } from 'vitest';
import { commentWords, defaultSegmenter, wordCounts } from './words';

const segmenter = defaultSegmenter();

describe('commentWords', () => {
	it.each([
		['质量很好，物流很快，非常满意！', ['质量', '很好', '物流', '很快', '满意']],
		['包装破损了，是的', ['包装', '破损']],
		['Great quality, great price! I will buy it again.', ['great', 'quality', 'price', 'buy']],
		['Ｔｈｅ box was 2 days late', ['box', 'days', 'late']]
	])('%s', (text, words) => {
		expect(commentWords(text, segmenter)).toEqual(words);
	});
});

describe('wordCounts', () => {
	it('counts comments per word and group on a small bilingual corpus', () => {
		const comments = [
			'物流很快，质量很好', // group 0
			'物流太慢了', // group 0
			'质量很好，物流也快', // group 0
			'', // group 0, empty
			'Fast shipping, good quality', // group 1
			'Slow shipping. Shipping was slow!', // group 1: each word once
			'物流很快' // no group (−1)
		];
		const counts = wordCounts(comments, Int32Array.of(0, 0, 0, 0, 1, 1, -1), 2, 3);
		// group 0: 物流 3 comments; 质量, 很好 2; 很快, 慢, 快 1 → top 3 in order of appearance
		expect(counts[0]).toEqual([
			{ word: '物流', comments: 3 },
			{ word: '质量', comments: 2 },
			{ word: '很好', comments: 2 }
		]);
		// group 1: shipping 2; fast, good, quality, slow 1 → shipping, fast, good
		expect(counts[1]).toEqual([
			{ word: 'shipping', comments: 2 },
			{ word: 'fast', comments: 1 },
			{ word: 'good', comments: 1 }
		]);
	});
});
