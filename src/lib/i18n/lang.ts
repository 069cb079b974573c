/**
 * The interface language a page opens in, readable without the message catalogues: the saved
 * choice, else the browser's language. `hooks.client.ts` reads it to start the worker's first
 * call (the demo shop's language) before the catalogues have loaded.
 */
import type { Lang } from './format';

/** localStorage key of the chosen language. */
export const LANG_KEY = 'strata.lang';

/**
 * The saved language, else Chinese for a browser in Chinese, else English. Self-contained (no
 * outer names): the built pages' inline script that starts the worker holds its source
 * (`scripts/early-worker.ts`).
 * @example langOf(null, 'zh-CN') // → 'zh'
 * @example langOf('en', 'zh-CN') // → 'en'
 */
export function langOf(saved: string | null, browser: string | undefined): Lang {
	if (saved === 'en' || saved === 'zh') return saved;
	if (browser && browser.toLowerCase().indexOf('zh') === 0) return 'zh';
	return 'en';
}

/** `langOf` the saved choice and the browser's language. */
export function initialLang(): Lang {
	return langOf(
		typeof localStorage !== 'undefined' ? localStorage.getItem(LANG_KEY) : null,
		typeof navigator !== 'undefined' ? navigator.language : undefined
	);
}
