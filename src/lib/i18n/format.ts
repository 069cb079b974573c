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

/** How much of an amount to show: every cent, whole units, or compact (1.2K, 3.4万). */
export type MoneyStyle = 'exact' | 'whole' | 'compact';

const moneyOptions: Record<MoneyStyle, Intl.NumberFormatOptions> = {
	exact: {},
	whole: { maximumFractionDigits: 0, minimumFractionDigits: 0 },
	compact: { notation: 'compact', maximumFractionDigits: 1 }
};

/**
 * Money from integer cents.
 * @example formatMoney(123456, 'en', 'USD') // → 'US$1,234.56'
 * @example formatMoney(123456, 'en', 'GBP', 'whole') // → '£1,235'
 */
export function formatMoney(
	cents: number,
	lang: NumberLocale,
	currency: string,
	style: MoneyStyle = 'exact'
): string {
	return numberFormat(lang, { style: 'currency', currency, ...moneyOptions[style] }).format(
		cents / 100
	);
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

/** @example formatBytes(1536, 'en') // → '1.5 KB' */
export function formatBytes(bytes: number, lang: NumberLocale): string {
	const units = ['B', 'KB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return `${numberFormat(lang, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
