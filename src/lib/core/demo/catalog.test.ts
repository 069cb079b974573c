import { describe, expect, it } from 'vitest';
import {
	DEMO_CATEGORIES,
	DEMO_CHANNELS,
	DEMO_CITIES,
	DEMO_COUNTRIES,
	DEMO_PRODUCTS,
	demoNames
} from './catalog';
import { DEMO_ATTRIBUTES, generateDemoColumns } from './generate';

const en = demoNames('en');
const zh = demoNames('zh');
const lists = ['categories', 'products', 'countries', 'cities', 'channels'] as const;

describe('the Chinese demo catalogue', () => {
	it('lines up index for index with the English one', () => {
		expect(zh.categories).toHaveLength(DEMO_CATEGORIES.length);
		expect(zh.products).toHaveLength(DEMO_PRODUCTS.length);
		expect(zh.countries).toHaveLength(DEMO_COUNTRIES.length);
		expect(zh.cities).toHaveLength(DEMO_CITIES.length);
		expect(zh.channels).toHaveLength(DEMO_CHANNELS.length);
		// Spot checks by index: the home market, its largest city, the largest channel.
		expect(zh.countries[DEMO_CITIES[0].country]).toBe('中国');
		expect(zh.cities[0]).toBe('上海');
		expect(zh.channels[0]).toBe('天猫');
		expect(zh.categories[0]).toBe('茶叶');
	});

	it.each(lists)('writes every %s name in Chinese, distinct and CSV-safe', (list) => {
		const names = zh[list];
		expect(names.filter((name) => !/[\u4e00-\u9fff]/.test(name))).toEqual([]);
		expect(names.filter((name) => /[A-Za-z,"'\n]/.test(name))).toEqual([]);
		expect(new Set(names).size).toBe(names.length);
	});

	it('sells in yuan through Chinese channels', () => {
		expect(zh.currency).toBe('CNY');
		expect(en.currency).toBe('GBP');
		expect([...zh.channels].sort()).toEqual(['天猫', '微信小程序', '抖音', '门店'].sort());
	});
});

describe('the demo in either language', () => {
	const options = { customers: 300, seed: 7 };
	const english = generateDemoColumns({ ...options, language: 'en' });
	const chinese = generateDemoColumns({ ...options, language: 'zh' });
	const byDefault = generateDemoColumns(options);

	it('has the same customers, orders, days and amounts for the same seed', () => {
		expect(chinese.customerIds).toEqual(english.customerIds);
		expect(chinese.orderCount).toBe(english.orderCount);
		expect(chinese.lineCount).toBe(english.lineCount);
		expect(chinese.returnLineCount).toBe(english.returnLineCount);
		expect(chinese.chunks.length).toBe(english.chunks.length);
		english.chunks.forEach((chunk, c) => {
			const other = chinese.chunks[c];
			expect(Array.from(other.customer)).toEqual(Array.from(chunk.customer));
			expect(Array.from(other.day)).toEqual(Array.from(chunk.day));
			expect(Array.from(other.amountCents)).toEqual(Array.from(chunk.amountCents));
			expect(Array.from(other.order)).toEqual(Array.from(chunk.order));
			chunk.attributes.forEach((column, a) =>
				expect(Array.from(other.attributes[a])).toEqual(Array.from(column))
			);
		});
		expect(byDefault.attributes).toEqual(english.attributes);
	});

	it('names each attribute value with the Chinese name at the same catalogue index', () => {
		const listOf = {
			country: 'countries',
			city: 'cities',
			channel: 'channels',
			category: 'categories',
			product: 'products'
		} as const;
		DEMO_ATTRIBUTES.forEach((name, a) => {
			const list = listOf[name];
			expect(chinese.attributes[a].name).toBe(name);
			const translated = english.attributes[a].values.map(
				(value) => zh[list][en[list].indexOf(value)]
			);
			expect(chinese.attributes[a].values).toEqual(translated);
		});
	});
});
