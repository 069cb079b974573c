/**
 * Text sizing without a DOM: layouts run in Node tests and must decide whether a label fits
 * before anything is drawn. Estimates, tuned for the system UI fonts of `app.css`.
 */

/** Wide glyphs (CJK, full-width forms, Hangul) take about one em. */
const WIDE =
	/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * Estimated width of a one-line text in pixels. Tuned on DejaVu Sans, the widest of the usual
 * system UI fonts, so a text that fits here fits everywhere; bold adds about 10 %.
 * @example textWidth('客户', 12) // → 24
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let ems = 0;
	for (const char of text) {
		if (WIDE.test(char)) ems += 1;
		else if (char === '%') ems += 0.95;
		else if (/[\s.,:;'’|!il]/.test(char)) ems += 0.33;
		else if (/[A-Z]/.test(char)) ems += 0.68;
		else if (/[0-9$€£¥+\-−]/.test(char)) ems += 0.64;
		else ems += 0.57;
	}
	return Math.ceil(ems * fontSize * (bold ? 1.1 : 1));
}

/**
 * The text, shortened with an ellipsis until its estimated width fits `maxWidth` ('' when not
 * even one character and the ellipsis fit).
 * @example fitText('Potential loyalist', 60, 12) // → 'Potentia…'
 */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
	if (textWidth(text, fontSize, bold) <= maxWidth) return text;
	const chars = Array.from(text);
	for (let n = chars.length - 1; n > 0; n--) {
		const candidate = chars.slice(0, n).join('').trimEnd() + '…';
		if (textWidth(candidate, fontSize, bold) <= maxWidth) return candidate;
	}
	return '';
}
