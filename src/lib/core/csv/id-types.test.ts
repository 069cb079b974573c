import { describe, expect, it } from 'vitest';
import { addressFirstPart } from './address';
import { isNormalEmail, normaliseEmail, normaliseId, normalisePhone } from './id-types';

describe('normalisePhone', () => {
	it.each([
		// Chinese mobiles: country code removed, separators dropped
		['13800138000', '13800138000'],
		['+86 138 0013 8000', '13800138000'],
		['+86-138-0013-8000', '13800138000'],
		['0086 13800138000', '13800138000'],
		['008613800138000', '13800138000'],
		['86 13800138000', '13800138000'],
		['8613800138000', '13800138000'],
		['(+86) 138-0013-8000', '13800138000'],
		['（+86）138 0013 8000', '13800138000'],
		['138.0013.8000', '13800138000'],
		['１３８００１３８０００', '13800138000'],
		[' 138 0013 8000 ', '13800138000'],
		// Masked numbers stay distinct
		['138****8000', '138****8000'],
		['+86 138****8000', '138****8000'],
		// Not an 11-digit mobile after 86: kept as digits
		['+86 10 8888 6666', '861088886666'],
		['010-8888-6666', '01088886666'],
		// Other countries keep their digits as written
		['+1 (415) 555-2671', '14155552671'],
		['+44 20 7946 0958', '442079460958'],
		['(415) 555-2671', '4155552671'],
		// No digits: kept as written
		['unknown', 'unknown']
	])('%s → %s', (value, expected) => {
		expect(normalisePhone(value)).toBe(expected);
	});
});

describe('normaliseEmail', () => {
	it.each([
		['ann@example.com', 'ann@example.com'],
		['  Ann.Lee@Example.COM ', 'ann.lee@example.com'],
		['BOB@EXAMPLE.CN', 'bob@example.cn']
	])('%s → %s', (value, expected) => {
		expect(normaliseEmail(value)).toBe(expected);
	});
});

describe('isNormalEmail', () => {
	// Only ids that normaliseEmail leaves unchanged may be looked up in place by the importer.
	it.each([
		['ann@example.com', true],
		['c00001.buyer@example.com', true],
		['Ann@example.com', false],
		['ann@EXAMPLE.com', false],
		['ann lee@example.com', false],
		['ann@example.com\u000b', false],
		['安@example.com', false],
		['ann@exämple.com', false]
	])('%s → %s', (value, expected) => {
		expect(isNormalEmail(`x,${value},y`, 2, 2 + value.length)).toBe(expected);
		if (expected) expect(normaliseEmail(value)).toBe(value);
	});
});

describe('normaliseId', () => {
	it.each([
		['text', ' Ann@Example.com ', 'Ann@Example.com'],
		['text', '+86 138 0013 8000', '+86 138 0013 8000'],
		['phone', '+86 138 0013 8000', '13800138000'],
		['email', ' Ann@Example.com ', 'ann@example.com']
	] as const)('%s: %s → %s', (type, value, expected) => {
		expect(normaliseId(value, type)).toBe(expected);
	});
});

describe('addressFirstPart', () => {
	it.each([
		['浙江省 杭州市 西湖区 文三路 1号', '浙江省'],
		['北京 北京市 朝阳区 建国路 1号', '北京'],
		['广西壮族自治区南宁市青秀区', '广西壮族自治区'],
		['广东省深圳市南山区', '广东省'],
		['上海上海市浦东新区世纪大道1号', '上海'],
		['香港特别行政区 九龙', '香港特别行政区'],
		['', '']
	])('%s → %s', (value, expected) => {
		expect(addressFirstPart(value)).toBe(expected);
	});
});
