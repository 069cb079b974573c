/**
 * The most frequent words of comments, per group. Chinese is cut into words by the platform's
 * `Intl.Segmenter` (ICU's dictionary; nothing to download), English and other spaced languages by
 * the same segmenter's word boundaries; stop words and numbers are dropped.
 */

/** English function words that say nothing about what customers liked or disliked. */
const ENGLISH_STOP_WORDS =
	'a an the and or but if so of to in on at by for with from as is are was were be been being am ' +
	'i me my we our you your he she it its they them their this that these those there here ' +
	'do does did have has had will would can could should just very really too also than then ' +
	'not no yes all any some more most much many get got one what which who when where how ' +
	"about again only it's i'm don't im dont";

/** Chinese particles, pronouns and intensifiers (的 了 是 很 非常 …). */
const CHINESE_STOP_WORDS =
	'的 了 是 在 我 你 他 她 它 们 我们 你们 他们 也 都 就 和 与 及 或 很 还 又 有 这 那 这个 那个 ' +
	'吧 啊 呢 吗 呀 哦 嗯 么 着 过 给 把 被 让 对 说 要 会 能 可以 就是 一个 非常 比较 特别 真的 挺 ' +
	'太 再 但 但是 而且 因为 所以 如果 还是 已经 自己 什么 这样 那样 一下 一点 东西';

/** Words never counted. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
	`${ENGLISH_STOP_WORDS} ${CHINESE_STOP_WORDS}`.split(' ')
);

/** Something that cuts text into words, e.g. `new Intl.Segmenter('zh', { granularity: 'word' })`. */
export interface WordSegmenter {
	segment(text: string): Iterable<{ segment: string; isWordLike?: boolean }>;
}

/**
 * The default segmenter: ICU word boundaries with the Chinese dictionary (built into the browser and
 * Node; nothing is downloaded).
 * @example [...defaultSegmenter().segment('物流很快')].map((s) => s.segment) // → ['物流', '很快']
 */
export function defaultSegmenter(): WordSegmenter {
	return new Intl.Segmenter('zh', { granularity: 'word' });
}

/**
 * The distinct words of one comment, in order of first appearance: word-like segments in NFKC,
 * lower case, without stop words, numbers and single Latin letters.
 * @example commentWords('质量很好，物流很快，非常满意！', defaultSegmenter())
 * // → ['质量', '很好', '物流', '很快', '满意']
 * @example commentWords('Great quality, great price!', defaultSegmenter())
 * // → ['great', 'quality', 'price']
 */
export function commentWords(text: string, segmenter: WordSegmenter): string[] {
	const words = new Set<string>();
	for (const { segment, isWordLike } of segmenter.segment(text.normalize('NFKC'))) {
		if (!isWordLike) continue;
		const word = segment.toLowerCase();
		if (STOP_WORDS.has(word) || /^[\d.,]+$/.test(word) || /^[a-z]$/.test(word)) continue;
		words.add(word);
	}
	return [...words];
}

/** A word and the number of comments that contain it. */
export interface WordCount {
	word: string;
	comments: number;
}

/**
 * The `top` most frequent words per group: a word counts once per comment that contains it (so one
 * long complaint cannot fill the list); ties by first appearance. `groupOfComment[k]` is comment k's
 * group (0 … groupCount − 1; anything else is skipped); empty comments are skipped. `seen` keeps
 * each text's words; pass one map to several calls over the same comments to segment them once.
 * @example wordCounts(['物流很快', '物流慢', 'fast shipping'], Int32Array.of(0, 0, 1), 2)
 * // → [[{ word: '物流', comments: 2 }, { word: '很快', comments: 1 }, { word: '慢', comments: 1 }],
 * //    [{ word: 'fast', comments: 1 }, { word: 'shipping', comments: 1 }]]
 */
export function wordCounts(
	comments: readonly string[],
	groupOfComment: ArrayLike<number>,
	groupCount: number,
	top = 20,
	segmenter: WordSegmenter = defaultSegmenter(),
	seen = new Map<string, string[]>()
): WordCount[][] {
	const counts = Array.from({ length: groupCount }, () => new Map<string, number>());
	// Review exports repeat the same texts (好评, 此用户没有填写评价): segment each text once
	// (`seen` may be shared by calls over the same comments grouped another way).
	for (let k = 0; k < comments.length; k++) {
		const g = groupOfComment[k];
		if (!(g >= 0 && g < groupCount) || comments[k].trim() === '') continue;
		let words = seen.get(comments[k]);
		if (!words) seen.set(comments[k], (words = commentWords(comments[k], segmenter)));
		for (const word of words) {
			counts[g].set(word, (counts[g].get(word) ?? 0) + 1);
		}
	}
	// Map iteration follows first insertion, and the sort is stable: ties keep first appearance.
	return counts.map((map) =>
		[...map]
			.map(([word, n]) => ({ word, comments: n }))
			.sort((a, b) => b.comments - a.comments)
			.slice(0, top)
	);
}
