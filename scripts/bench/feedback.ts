/**
 * Feedback speed (issue 16), printed (never asserted): reading a survey file of N responses with
 * the CSV core, then the page's work — latest response per customer, NPS by group, the trend,
 * valuable detractors and comment words — on the same code the worker runs, in Node.
 *
 *   npx tsx scripts/bench/feedback.ts [--sizes 100k,1m]
 */
import { dayFromYmd } from '../../src/lib/core/calendar';
import {
	feedbackByGroup,
	feedbackTrend,
	latestResponses,
	readFeedback,
	SCALE_NPS,
	valuableDetractors,
	wordCounts,
	NO_RESPONSE
} from '../../src/lib/core/feedback';

const COMMENTS = [
	'物流很快，质量很好',
	'包装破损，客服态度差',
	'great price, slow delivery',
	'还不错',
	''
];

/** A third of the comments are distinct texts (an order number in them), the rest repeat. */
const comment = (i: number) =>
	COMMENTS[i % COMMENTS.length] + (i % 3 === 0 ? ` 订单号${i}很快` : '');

function survey(responses: number, customers: number): Uint8Array {
	const lines = ['会员号,评价时间,推荐意愿,评价内容'];
	const first = dayFromYmd(2023, 1, 1);
	for (let i = 0; i < responses; i++) {
		const day = new Date((first + (i % 700)) * 86_400_000).toISOString().slice(0, 10);
		lines.push(`C${(i * 7919) % customers},${day},${(i * 7) % 11},${comment(i)}`);
	}
	return new TextEncoder().encode(lines.join('\n'));
}

function run(label: string) {
	const responses = Number(label.replace(/k$/i, '000').replace(/m$/i, '000000'));
	const customers = Math.max(1000, Math.round(responses / 2));
	const bytes = survey(responses, customers);
	const index = new Map(Array.from({ length: customers }, (_, c) => [`C${c}`, c]));
	const t0 = performance.now();
	const { store } = readFeedback(
		bytes,
		{
			encoding: 'utf-8',
			delimiter: ',',
			mapping: {
				kind: 'feedback',
				customerId: '会员号',
				responseDate: '评价时间',
				score: '推荐意愿',
				comment: '评价内容',
				channel: null
			},
			scale: SCALE_NPS,
			dateFormat: { dayOrder: 'dmy', excelEpoch: 1900 },
			todayDay: dayFromYmd(2030, 1, 1)
		},
		index
	);
	const read = performance.now() - t0;
	const asOf = dayFromYmd(2024, 12, 31);
	const t1 = performance.now();
	const latest = latestResponses(store, customers, asOf, SCALE_NPS);
	const group = Uint8Array.from({ length: customers }, (_, c) => c % 10);
	feedbackByGroup(store, latest, group, 10, SCALE_NPS);
	feedbackTrend(store, SCALE_NPS, asOf);
	valuableDetractors(store, latest, SCALE_NPS, {
		scored: new Uint8Array(customers).fill(1),
		tier: group,
		topTier: 0,
		clvCents: Float64Array.from({ length: customers }, (_, c) => (c * 31) % 1000)
	});
	const figures = performance.now() - t1;
	const texts: string[] = [];
	const bands: number[] = [];
	for (let c = 0; c < customers; c++) {
		const i = latest[c];
		if (i === NO_RESPONSE || store.comment[i] < 0) continue;
		texts.push(store.comments[store.comment[i]]);
		bands.push(store.score[i] >= 9 ? 2 : store.score[i] >= 7 ? 1 : 0);
	}
	const t2 = performance.now();
	wordCounts(texts, bands, 3, 15);
	const words = performance.now() - t2;
	console.log(
		`${label} responses (${(bytes.length / 1e6).toFixed(1)} MB, ${customers} customers): ` +
			`read ${read.toFixed(0)} ms, figures ${figures.toFixed(0)} ms, ` +
			`words of ${texts.length} comments ${words.toFixed(0)} ms`
	);
}

const sizes = (
	process.argv.find((a) => a.startsWith('--sizes='))?.slice(8) ??
	(process.argv.includes('--sizes') ? process.argv[process.argv.indexOf('--sizes') + 1] : '100k,1m')
).split(',');
for (const size of sizes) run(size);
