/**
 * The interface language as a rune, with the message lookup and formatters bound to it.
 * The choice persists in localStorage; the first visit follows the browser's language.
 */
import { en, type MessageKey } from './en';
import {
	formatBytes,
	formatCurrencyName,
	formatDay,
	formatDecimal,
	formatInteger,
	formatList,
	formatMessage,
	formatMoney,
	formatMonth,
	formatPercent,
	type Lang,
	type MoneyStyle
} from './format';
import { initialLang, LANG_KEY } from './lang';
import { zh } from './zh';

export type { Lang, MessageKey };
const catalogs: Record<Lang, Record<MessageKey, string>> = { en, zh };
const NUMBERS_KEY = 'strata.numbers';

class I18n {
	lang = $state<Lang>(initialLang());
	/** 'auto' follows the language; otherwise a BCP 47 locale for numbers and money. */
	numberFormat = $state<string>(
		(typeof localStorage !== 'undefined' && localStorage.getItem(NUMBERS_KEY)) || 'auto'
	);
	#numbers = $derived(this.numberFormat === 'auto' ? this.lang : this.numberFormat);

	setNumberFormat(format: string) {
		this.numberFormat = format;
		localStorage.setItem(NUMBERS_KEY, format);
	}

	setLang(lang: Lang) {
		this.lang = lang;
		localStorage.setItem(LANG_KEY, lang);
		document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
	}

	t = (key: MessageKey, params?: Record<string, string | number>): string =>
		formatMessage(catalogs[this.lang][key], params, this.lang);

	/** A two-language label (segment, tier, stage names) in the current language. */
	label = (label: { en: string; zh: string }) => label[this.lang];

	int = (value: number) => formatInteger(value, this.#numbers);
	decimal = (value: number, digits = 1) => formatDecimal(value, this.#numbers, digits);
	percent = (value: number, digits = 1) => formatPercent(value, this.#numbers, digits);
	money = (cents: number, currency: string, style: MoneyStyle = 'exact') =>
		formatMoney(cents, this.#numbers, currency, style);
	day = (day: number) => formatDay(day, this.lang);
	month = (monthIndex: number) => formatMonth(monthIndex, this.lang);
	bytes = (bytes: number) => formatBytes(bytes, this.#numbers);
	currencyName = (code: string) => formatCurrencyName(code, this.lang);
	list = (items: readonly string[]) => formatList(items, this.lang);
}

/** The one language state of the page. */
export const i18n = new I18n();
