/**
 * 示例店铺的中文目录：一家经营茶叶、茶具与家居好物的国内网店，以人民币计价。
 * Index for index the same catalogue as `catalog.ts` (same prices, weights, countries of each
 * city, channel shares), so one seed gives the same shop in either language; only the names and
 * the currency differ. Names avoid commas and quotes, so CSV cells never need quoting.
 */

/** Categories, in the order of `DEMO_CATEGORIES`. */
export const DEMO_CATEGORIES_ZH: readonly string[] = [
	'茶叶',
	'茶具',
	'香薰蜡烛',
	'厨房用品',
	'家居装饰',
	'家纺',
	'文具',
	'礼盒套装'
];

/** Products, in the order of `DEMO_PRODUCTS` (units in Chinese: 克, 毫升, 寸). */
export const DEMO_PRODUCTS_ZH: readonly string[] = [
	'茉莉花茶 100克',
	'伯爵红茶散茶 100克',
	'珍藏乌龙茶 50克',
	'洋甘菊花草茶 20包',
	'特级抹茶粉 30克',
	'陈年普洱茶饼 357克',
	'玻璃茶壶 600毫升',
	'陶瓷茶杯两只装',
	'铸铁壶',
	'竹制茶盘',
	'不锈钢滤茶器',
	'无花果大豆蜡烛',
	'雪松大豆蜡烛',
	'薰衣草藤条香薰',
	'小茶蜡 24粒装',
	'檀香线香',
	'亚麻茶巾',
	'搪瓷杯',
	'橡木餐板',
	'粗陶碗',
	'铜制量勺',
	'白色爱心挂式烛台',
	'藤编收纳篮',
	'陶瓷小花瓶',
	'圆形挂镜',
	'7寸相框',
	'羊毛盖毯',
	'纯棉抱枕套',
	'亚麻餐巾四条装',
	'黄麻地垫',
	'针织热水袋',
	'亚麻封面笔记本',
	'再生纸礼品包装纸',
	'贺卡套装',
	'黄铜书签',
	'桌面周计划本',
	'品茶礼盒',
	'蜡烛香茗组合',
	'25元礼品卡',
	'50元礼品卡',
	'臻选节日礼篮'
];

/**
 * Countries, in the order of `DEMO_COUNTRIES`: the home market first (about 83% of customers, as
 * the United Kingdom in the English shop), then overseas buyers.
 */
export const DEMO_COUNTRIES_ZH: readonly string[] = [
	'中国',
	'美国',
	'加拿大',
	'澳大利亚',
	'日本',
	'英国',
	'新加坡',
	'马来西亚',
	'韩国',
	'德国',
	'新西兰'
];

/** Cities, in the order of `DEMO_CITIES`; each lies in the country of the same index there. */
export const DEMO_CITIES_ZH: readonly string[] = [
	'上海',
	'北京',
	'广州',
	'深圳',
	'杭州',
	'成都',
	'南京',
	'武汉',
	'苏州',
	'西安',
	'重庆',
	'长沙',
	'纽约',
	'洛杉矶',
	'旧金山',
	'温哥华',
	'多伦多',
	'悉尼',
	'墨尔本',
	'东京',
	'大阪',
	'伦敦',
	'曼彻斯特',
	'新加坡',
	'吉隆坡',
	'首尔',
	'柏林',
	'奥克兰'
];

/** Sales channels, in the order of `DEMO_CHANNELS` (the largest share first). */
export const DEMO_CHANNELS_ZH: readonly string[] = ['天猫', '微信小程序', '抖音', '门店'];
