/**
 * Number, money and date formatting for the interface language. Pure: runs in Node tests too.
 * Dates are day numbers (see core/calendar.ts) formatted in UTC so no time zone shifts them.
 */
export type Lang = 'en' | 'zh';

const localeOf: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };

/** Number formats a user may choose instead of the language's own. */
export const NUMBER_LOCALES = ['en-GB', 'en-US', 'de-DE', 'fr-FR', 'de-CH', 'zh-CN'] as const;

/** A language, or a BCP 47 locale that overrides how numbers are written. */
export type NumberLocale = Lang | string;

function localeFor(lang: NumberLocale): string {
	return lang === 'en' || lang === 'zh' ? localeOf[lang] : lang;
}
const MS_PER_DAY = 86_400_000;

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(lang: NumberLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = 'n' + lang + JSON.stringify(options);
	let format = cache.get(key) as Intl.NumberFormat | undefined;
	if (!format) cache.set(key, (format = new Intl.NumberFormat(localeFor(lang), options)));
	return format;
}
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = 'd' + lang + JSON.stringify(options);
	let format = cache.get(key) as Intl.DateTimeFormat | undefined;
	if (!format)
		cache.set(
			key,
			(format = new Intl.DateTimeFormat(localeOf[lang], { ...options, timeZone: 'UTC' }))
		);
	return format;
}

/** @example formatInteger(12345, 'en') // → '12,345' */
export function formatInteger(value: number, lang: NumberLocale): string {
	return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

/** @example formatDecimal(1.234, 'en', 1) // → '1.2' */
export function formatDecimal(value: number, lang: NumberLocale, digits = 1): string {
	return numberFormat(lang, {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(value);
}

/** @example formatPercent(0.4567, 'en') // → '45.7%' */
export function formatPercent(value: number, lang: NumberLocale, digits = 1): string {
	return numberFormat(lang, {
		style: 'percent',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(value);
}

/**
 * How much of an amount to show: every cent, whole units, compact (1.2K, 3.4万), or `headline`:
 * whole units, except that Chinese writes amounts from 10万 up in 万/亿 with up to two decimals
 * (95.16万, 1.2亿), as Chinese dashboards do. Pair a headline figure with its exact amount.
 */
export type MoneyStyle = 'exact' | 'whole' | 'compact' | 'headline';

const moneyOptions: Record<Exclude<MoneyStyle, 'headline'>, Intl.NumberFormatOptions> = {
	exact: {},
	whole: { maximumFractionDigits: 0, minimumFractionDigits: 0 },
	compact: { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }
};
const WAN_STYLE: Intl.NumberFormatOptions = {
	notation: 'compact',
	minimumFractionDigits: 0,
	maximumFractionDigits: 2
};
/** From 10万 (six digits) up, Chinese headline amounts switch to 万/亿. */
const WAN_FROM = 100_000;

const isChinese = (lang: NumberLocale) => localeFor(lang).toLowerCase().startsWith('zh');

/**
 * Money from integer cents. Outside Chinese the symbol is the narrow one ($, not US$): the
 * currency is set per dataset, so the page never mixes two dollars.
 * @example formatMoney(123456, 'en', 'USD') // → '$1,234.56'
 * @example formatMoney(123456, 'en', 'GBP', 'whole') // → '£1,235'
 * @example formatMoney(95158090, 'zh', 'CNY', 'headline') // → '¥95.16万'
 */
export function formatMoney(
	cents: number,
	lang: NumberLocale,
	currency: string,
	style: MoneyStyle = 'exact'
): string {
	const chinese = isChinese(lang);
	const large = Math.abs(cents / 100) >= (style === 'compact' ? 10_000 : WAN_FROM);
	// Below 1万, Chinese compact notation writes the plain amount with a decimal (¥1539.2): whole
	// units with grouping read better (¥1,539).
	const options =
		style === 'headline'
			? chinese && large
				? WAN_STYLE
				: moneyOptions.whole
			: style === 'compact' && chinese && !large
				? moneyOptions.whole
				: moneyOptions[style];
	const display: Intl.NumberFormatOptions = chinese ? {} : { currencyDisplay: 'narrowSymbol' };
	return numberFormat(lang, { style: 'currency', currency, ...display, ...options }).format(
		cents / 100
	);
}

/**
 * A currency by name, code in brackets, in the interface language: the Chinese interface reads
 * 人民币 rather than a bare code.
 * @example formatCurrencyName('CNY', 'zh') // → '人民币（CNY）'
 * @example formatCurrencyName('GBP', 'en') // → 'British Pound (GBP)'
 */
export function formatCurrencyName(code: string, lang: Lang): string {
	let name = code;
	try {
		name = new Intl.DisplayNames(localeOf[lang], { type: 'currency' }).of(code) ?? code;
	} catch {
		// Not a well-formed code: show it as it is.
	}
	return name === code ? code : lang === 'zh' ? `${name}（${code}）` : `${name} (${code})`;
}

const pluralCache = new Map<string, Intl.PluralRules>();
function pluralRules(lang: Lang): Intl.PluralRules {
	let rules = pluralCache.get(lang);
	if (!rules) pluralCache.set(lang, (rules = new Intl.PluralRules(localeOf[lang])));
	return rules;
}

/**
 * The number a parameter stands for. Counts often arrive already formatted ('1,234', '1.234',
 * '1 234'); for integers, dropping everything but the digits gives the count back.
 */
function countOf(value: string | number): number {
	if (typeof value === 'number') return value;
	const digits = value.replace(/[^\d]/g, '');
	if (!digits) return NaN;
	return /^\s*[-\u2212]/.test(value) ? -Number(digits) : Number(digits);
}

/** Index of the `}` that closes the `{` at `open`, or −1. */
function closing(text: string, open: number): number {
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		if (text[i] === '{') depth++;
		else if (text[i] === '}' && --depth === 0) return i;
	}
	return -1;
}

/** The branch of `one {…} other {…}` (or `=0 {…}`) that fits `count`. */
function pluralBranch(cases: string, count: number, lang: Lang): string | null {
	const branches = new Map<string, string>();
	let i = 0;
	while (i < cases.length) {
		const match = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(cases.slice(i));
		if (!match) break;
		const open = i + match[0].length - 1;
		const close = closing(cases, open);
		if (close < 0) break;
		branches.set(match[1], cases.slice(open + 1, close));
		i = close + 1;
	}
	return (
		branches.get(`=${count}`) ??
		(Number.isFinite(count) ? branches.get(pluralRules(lang).select(count)) : undefined) ??
		branches.get('other') ??
		null
	);
}

/**
 * Fill a message: `{name}` takes a parameter; `{name, plural, one {…} other {…}}` picks the
 * branch by `Intl.PluralRules` of the language (exact `=0 {…}` branches first), and `#` inside a
 * branch stands for the parameter as given. Unknown parameters stay as written.
 * @example formatMessage('{count, plural, one {# customer} other {# customers}}', { count: 1 }, 'en') // → '1 customer'
 * @example formatMessage('{k, plural, =0 {当月} other {第 # 个月}}', { k: 0 }, 'zh') // → '当月'
 */
export function formatMessage(
	text: string,
	params: Record<string, string | number> | undefined,
	lang: Lang
): string {
	if (!params || !text.includes('{')) return text;
	let out = '';
	let i = 0;
	while (i < text.length) {
		const open = text.indexOf('{', i);
		if (open < 0) break;
		const close = closing(text, open);
		if (close < 0) break;
		out += text.slice(i, open);
		const inner = text.slice(open + 1, close);
		const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
		const name = plural ? plural[1] : inner.trim();
		if (!(name in params) || (!plural && !/^\w+$/.test(name))) {
			out += text.slice(open, close + 1);
		} else if (!plural) {
			out += String(params[name]);
		} else {
			const value = params[name];
			const branch = pluralBranch(plural[2], countOf(value), lang);
			out +=
				branch === null
					? String(value)
					: formatMessage(branch.replace(/#/g, String(value)), params, lang);
		}
		i = close + 1;
	}
	return out + text.slice(i);
}

/** @example formatDay(19727, 'en') // → '5 Jan 2024' */
export function formatDay(day: number, lang: Lang): string {
	return dateFormat(lang, { year: 'numeric', month: 'short', day: 'numeric' }).format(
		new Date(day * MS_PER_DAY)
	);
}

/** @example formatMonth(648, 'en') // → 'Jan 2024' (month index since 1970-01) */
export function formatMonth(monthIndex: number, lang: Lang): string {
	const year = 1970 + Math.floor(monthIndex / 12);
	const month = monthIndex - (year - 1970) * 12;
	return dateFormat(lang, { year: 'numeric', month: 'short' }).format(
		new Date(Date.UTC(year, month, 1))
	);
}

/** A number and its unit never break apart (U+00A0). @example formatBytes(1536, 'en') // → '1.5 KB' */
export function formatBytes(bytes: number, lang: NumberLocale): string {
	const units = ['B', 'KB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return `${numberFormat(lang, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)}\u00a0${units[unit]}`;
}

/**
 * Items joined as a list in the language ("a, b and c", "a、b和c").
 * @example formatList(['DIV', 'DATEDIFF'], 'zh') // 'DIV和DATEDIFF'
 */
export function formatList(items: readonly string[], lang: Lang): string {
	return new Intl.ListFormat(lang === 'zh' ? 'zh-CN' : 'en', { type: 'conjunction' }).format(items);
}
