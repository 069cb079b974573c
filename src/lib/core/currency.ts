/**
 * A currency guess for a new dataset: from signs and codes in sample amounts, else from a known
 * export, else from the interface language. Only changes how amounts are written; the user can
 * pick another on the Settings page.
 */

const SIGNS: [RegExp, string][] = [
	[/[¥￥元]|RMB|CNY/i, 'CNY'],
	[/€|EUR/i, 'EUR'],
	[/£|GBP/i, 'GBP'],
	[/HK\$|HKD/i, 'HKD'],
	[/US\$|\$|USD/i, 'USD']
];

/**
 * @example guessCurrency(['￥1,234.00', '￥56'], null, 'en') // → 'CNY'
 * @example guessCurrency(['12.50'], 'uci_online_retail', 'zh') // → 'GBP'
 * @example guessCurrency(['99.00'], 'taobao', 'en') // → 'CNY'
 */
export function guessCurrency(
	samples: readonly string[],
	preset: string | null,
	lang: 'en' | 'zh'
): string {
	const votes = new Map<string, number>();
	for (const sample of samples) {
		for (const [pattern, code] of SIGNS) {
			if (pattern.test(sample)) {
				votes.set(code, (votes.get(code) ?? 0) + 1);
				break;
			}
		}
	}
	let best: string | null = null;
	for (const [code, count] of votes) if (!best || count > votes.get(best)!) best = code;
	if (best) return best;
	if (preset === 'uci_online_retail') return 'GBP';
	// Exports of Chinese shop platforms are in yuan whatever the interface language.
	if (preset !== null && ['taobao', 'douyin', 'pinduoduo', 'youzan', 'jd'].includes(preset)) {
		return 'CNY';
	}
	return lang === 'zh' ? 'CNY' : 'USD';
}
