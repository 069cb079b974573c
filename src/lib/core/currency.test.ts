import { describe, expect, it } from 'vitest';
import { guessCurrency } from './currency';

describe('guessCurrency', () => {
	it.each([
		[['￥1,234.00', '￥56'], null, 'en', 'CNY'],
		[['56 元', '12元'], null, 'en', 'CNY'],
		[['1.234,50 €', '€ 3'], null, 'zh', 'EUR'],
		[['£12.50'], null, 'zh', 'GBP'],
		[['$3.00', 'US$4'], null, 'zh', 'USD'],
		[['HK$3.00'], null, 'en', 'HKD'],
		[['12.50'], 'uci_online_retail', 'zh', 'GBP'],
		[['99.00'], 'taobao', 'en', 'CNY'],
		[['99.00'], 'jd', 'en', 'CNY'],
		[['12.50'], null, 'zh', 'CNY'],
		[['12.50'], 'shopify', 'en', 'USD']
	] as const)('%j (preset %s, %s) → %s', (samples, preset, lang, code) => {
		expect(guessCurrency(samples, preset, lang)).toBe(code);
	});
});
