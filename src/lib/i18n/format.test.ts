import { describe, expect, it } from 'vitest';
import { en } from './en';
import {
	formatBytes,
	formatCurrencyName,
	formatDay,
	formatInteger,
	formatList,
	formatMessage,
	formatMoney,
	formatMonth,
	formatPercent
} from './format';
import { zh } from './zh';

const NBSP = '\u00a0';

describe('formatting per language', () => {
	it('formats numbers, money and percentages', () => {
		expect(formatInteger(12345, 'en')).toBe('12,345');
		expect(formatInteger(12345, 'zh')).toBe('12,345');
		expect(formatMoney(-5, 'zh', 'CNY')).toBe('-¥0.05');
		expect(formatMoney(95158090, 'en', 'GBP', 'whole')).toBe('£951,581');
		expect(formatMoney(95158090, 'zh', 'CNY', 'compact')).toBe('¥95.2万');
		expect(formatPercent(0.4567, 'en')).toBe('45.7%');
		expect(formatMoney(123456, 'de-DE', 'EUR')).toBe(`1.234,56${NBSP}€`);
		expect(formatInteger(1234567, 'de-CH')).toMatch(/^1['’]234['’]567$/);
	});

	it.each([
		// English and other non-Chinese locales write the narrow symbol: $ rather than US$.
		[123456, 'en', 'USD', 'exact', '$1,234.56'],
		[123456, 'en', 'AUD', 'exact', '$1,234.56'],
		[123456, 'en-US', 'CNY', 'exact', '¥1,234.56'],
		[123456, 'zh', 'USD', 'exact', 'US$1,234.56'],
		// Headline: Chinese from 10万 up in 万/亿 with at most two decimals, else whole units.
		[95158090, 'zh', 'CNY', 'headline', '¥95.16万'],
		[12000000000, 'zh', 'CNY', 'headline', '¥1.2亿'],
		[10000000, 'zh', 'CNY', 'headline', '¥10万'],
		[9999900, 'zh', 'CNY', 'headline', '¥99,999'],
		[-95158090, 'zh', 'CNY', 'headline', '-¥95.16万'],
		[95158090, 'en', 'GBP', 'headline', '£951,581'],
		// Compact: Chinese writes amounts under 1万 whole, with grouping.
		[153920, 'zh', 'CNY', 'compact', '¥1,539'],
		[4734650, 'zh', 'CNY', 'compact', '¥4.7万'],
		[153920, 'en', 'GBP', 'compact', '£1.5k'],
		[70000, 'en', 'USD', 'compact', '$700'],
		[95158090, 'de-DE', 'EUR', 'headline', `951.581${NBSP}€`]
	] as const)('formatMoney(%d, %s, %s, %s) → %s', (cents, lang, currency, style, expected) => {
		expect(formatMoney(cents, lang, currency, style)).toBe(expected);
	});

	it.each([
		['CNY', 'zh', '人民币（CNY）'],
		['USD', 'zh', '美元（USD）'],
		['GBP', 'en', 'British Pound (GBP)'],
		['XYZ', 'en', 'XYZ'],
		['not a code', 'zh', 'not a code']
	] as const)('names currency %s in %s as %s', (code, lang, expected) => {
		expect(formatCurrencyName(code, lang)).toBe(expected);
	});

	it('keeps a number with its unit', () => {
		expect(formatBytes(1536, 'en')).toBe(`1.5${NBSP}KB`);
		expect(formatBytes(512, 'zh')).toBe(`512${NBSP}B`);
	});

	it('formats day numbers as calendar dates whatever the time zone', () => {
		expect(formatDay(19727, 'en')).toBe('5 Jan 2024');
		expect(formatDay(19727, 'zh')).toBe('2024年1月5日');
		expect(formatMonth(648, 'en')).toBe('Jan 2024');
		expect(formatMonth(648, 'zh')).toBe('2024年1月');
	});

	it('joins lists the way each language does', () => {
		expect(formatList(['DIV', 'DATE_DIFF', 'INT64'], 'en')).toBe('DIV, DATE_DIFF, and INT64');
		expect(formatList(['DIV', 'DATE_DIFF', 'INT64'], 'zh')).toBe('DIV、DATE_DIFF和INT64');
		expect(formatList(['DIV', 'DATEDIFF'], 'en')).toBe('DIV and DATEDIFF');
	});
});

describe('formatMessage', () => {
	const customers = '{count, plural, one {# customer} other {# customers}}';
	it.each([
		[customers, { count: 1 }, 'en', '1 customer'],
		[customers, { count: 2 }, 'en', '2 customers'],
		[customers, { count: 0 }, 'en', '0 customers'],
		// Counts arrive formatted; the digits give the count back.
		[customers, { count: '1' }, 'en', '1 customer'],
		[customers, { count: '1,001' }, 'en', '1,001 customers'],
		[customers, { count: '1.0' }, 'en', '1.0 customers'],
		// Chinese has one form only.
		['{count, plural, one {# 位} other {# 位客户}}', { count: 1 }, 'zh', '1 位客户'],
		// Exact branches come first; nested parameters are filled inside a branch.
		['{k, plural, =0 {当月} other {第 # 个月}}', { k: 0 }, 'zh', '当月'],
		['{k, plural, =0 {当月} other {第 # 个月}}', { k: 3 }, 'zh', '第 3 个月'],
		[
			'{n, plural, one {# day in {where}} other {# days in {where}}}',
			{ n: 1, where: 'X' },
			'en',
			'1 day in X'
		],
		// Plain parameters, unknown ones left as written.
		['{a} and {b}', { a: 'x' }, 'en', 'x and {b}'],
		['{a} and {a}', { a: 2 }, 'en', '2 and 2']
	] as const)('%s with %o in %s → %s', (text, params, lang, expected) => {
		expect(formatMessage(text, params, lang)).toBe(expected);
	});
});

/** Parameter names a message uses, plain or plural. */
const paramsOf = (text: string) =>
	[
		...new Set(
			[...text.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+)\s*)\{(\w+)(?=[},])/g)].map(
				(m) => m[1]
			)
		)
	].sort();

describe('catalogs', () => {
	const keys = Object.keys(en) as (keyof typeof en)[];

	it('has a Chinese text for every English one, with the same parameters', () => {
		for (const key of keys) {
			expect(zh[key], key).toBeTruthy();
			expect(paramsOf(zh[key]), key).toEqual(paramsOf(en[key]));
		}
	});

	it('gives every plural an "other" branch', () => {
		for (const [key, text] of [...Object.entries(en), ...Object.entries(zh)]) {
			for (const match of text.matchAll(/\{\w+, plural,/g)) {
				expect(text.slice(match.index), key).toMatch(/^\{\w+, plural,.*other \{/s);
			}
		}
	});

	it('writes no Chinese inside English texts', () => {
		const cjk = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
		expect(keys.filter((key) => cjk.test(en[key]))).toEqual([]);
	});

	it('writes no English words in the Chinese interface, except names and standard abbreviations', () => {
		// Product, format and standard names that Chinese interfaces keep in Latin letters. Code
		// (SQL, file extensions, model symbols) is passed as a parameter, never written here.
		const allowed = new Set(
			[
				'Strata CSV SVG PNG UTF LE BE GBK GB Windows Excel Mac ERP UCI Online Retail Shopify WooCommerce R F M FM RFM CRM GB18030 X Y A W floor C00042 Esc Shift',
				// File formats and programs named in import messages.
				'PDF Word ZIP JSON XML OpenDocument LibreOffice SQLite gzip Parquet',
				// Product id, association rules "A → B", model names, the CLV abbreviation.
				'SKU B BG NBD Gamma CLV',
				// Survey measures (issue 16).
				'NPS CSAT',
				// Databases and the SQL language of "Run it in your warehouse".
				'SQL DuckDB PostgreSQL PGlite BigQuery Spark Databricks UTC',
				// Cryptography: backup encryption and campaign pseudonyms.
				'AES HMAC SHA'
			]
				.join(' ')
				.split(' ')
		);
		const words = new Set<string>();
		for (const key of keys) {
			const text = zh[key].replace(/\{\w+(, plural,)?|\b(one|other) \{|=\d+ \{/g, '');
			for (const [word] of text.matchAll(/[A-Za-z][A-Za-z0-9]*/g))
				if (!allowed.has(word)) words.add(`${key}: ${word}`);
		}
		expect([...words]).toEqual([]);
	});

	it('names each concept one way in Chinese', () => {
		// 销售额 (not 收入), 客群 (not 分群/客户群), 距上次购买天数 (not 距今天数), 客群迁移 (not 客户迁移),
		// 笔单价 for revenue ÷ purchases (客单价 would be revenue ÷ buyers, which no page shows).
		// 倍增 names the doubling simulator only (the /growth page's title), never a growth chart.
		// NPS bands are 推荐者/中立者/贬损者 (not the calque 被动者), a response rate is 作答率 like
		// 作答数 beside it (not 回复率), the as-of date is 统计截止日 (not 分析日期), and the app says
		// 你 or nothing to the user, never 您.
		const banned =
			/收入|分群|客户群|距今|客户迁移|客单价|倍增|冠军|第 0 个月|被动者|回复率|分析日期|您/;
		const named = keys.filter(
			(key) => banned.test(zh[key]) && !(key === 'growth.title' && /客户倍增模拟/.test(zh[key]))
		);
		expect(named.map((key) => `${key}: ${zh[key]}`)).toEqual([]);
		expect(banned.test(zh['import.role.recencyDays'])).toBe(false);
	});

	it('keeps numbers and their units together in Chinese', () => {
		// A plain space or none at all: both let the unit drift from its number or read cramped. The
		// number is a parameter or a plural's #.
		const loose = keys.filter((key) =>
			/[}#] ?(位|笔|天|行|次|个|项|秒|毫秒|分钟|条|档|字节|件|种|级|列|星)/.test(zh[key])
		);
		expect(loose).toEqual([]);
	});
});
