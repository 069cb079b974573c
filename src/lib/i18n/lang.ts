/**
 * The interface language a page opens in, readable without the message catalogues: the saved
 * choice, else the browser's language. `hooks.client.ts` reads it to start the worker's first
 * call (the demo shop's language) before the catalogues have loaded.
 */
import type { Lang } from './format';

/** localStorage key of the chosen language. */
export const LANG_KEY = 'strata.lang';

/** The saved language, else Chinese for a browser in Chinese, else English. */
export function initialLang(): Lang {
	if (typeof localStorage !== 'undefined') {
		const saved = localStorage.getItem(LANG_KEY);
		if (saved === 'en' || saved === 'zh') return saved;
	}
	if (typeof navigator !== 'undefined' && navigator.language?.toLowerCase().startsWith('zh'))
		return 'zh';
	return 'en';
}
