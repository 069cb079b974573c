/** Parts of postal addresses kept as attributes by platform presets. */

/**
 * The first part of an address: the text before its first space, or without spaces its province
 * (up to 省, 自治区 or 特别行政区, or one of the four municipalities); '' when neither is found.
 * Used for a preset's province attribute (淘宝 收货地址 → 浙江省).
 * @example addressFirstPart('浙江省 杭州市 西湖区 文三路 1号') // → '浙江省'
 * @example addressFirstPart('上海上海市浦东新区世纪大道1号') // → '上海'
 */
export function addressFirstPart(value: string): string {
	const text = value.trim();
	const space = text.search(/[\s\u3000]/);
	if (space > 0) return text.slice(0, space);
	const match = /^(.{2,8}?(?:省|自治区|特别行政区)|北京|天津|上海|重庆)/.exec(text);
	return match ? match[1] : '';
}
